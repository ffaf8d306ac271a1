"""The contact list: the paged table model, filters, search, delete with undo, retention."""

from __future__ import annotations

import random
import time
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from tests.ui.contacts_helpers import Recorder, fill, make_ctx, now, sample

from peerdesk.core.contacts.model import Contact, ContactFilter


@pytest.fixture
def stack(qtbot, vault_factory):
    """(desk, repository) over one unlocked vault."""
    from peerdesk.storage.assembly import open_desk
    from peerdesk.storage.repos.contacts import SqliteContactRepo

    vault, _ = vault_factory()
    return open_desk(vault), SqliteContactRepo(vault.db)


@pytest.fixture
def make_page(qtbot):
    from peerdesk.ui.contacts.page import Page

    made = []

    def make(desk):
        recorder = Recorder()
        page = Page(make_ctx(desk, recorder))
        page.recorder = recorder
        qtbot.addWidget(page)
        page.resize(1000, 700)
        page.show()
        made.append(page)
        return page

    yield make
    for page in made:
        page.clear()  # as a lock does: no draft timer fires after the vault is gone


def test_model_passes_qtmodeltester_across_pages(qtmodeltester, stack):
    from peerdesk.ui.contacts.model import PAGE_SIZE, ContactTableModel

    desk, repo = stack
    fill(repo, PAGE_SIZE * 2 + 17)
    model = ContactTableModel(desk.contacts)
    model.reload()
    qtmodeltester.check(model)
    assert model.rowCount() == PAGE_SIZE * 2 + 17
    model.sort(1, Qt.SortOrder.AscendingOrder)
    durations = [model.contact_at(r).duration_min for r in range(model.rowCount())]
    assert durations == sorted(durations)
    qtmodeltester.check(model)


def test_note_never_shown_nor_in_tooltips(stack):
    from peerdesk.ui.contacts.model import HAS_NOTE, ContactTableModel

    desk, _ = stack
    desk.contacts.add(Contact(when=now(), duration_min=5, note="a very private sentence"))
    model = ContactTableModel(desk.contacts)
    model.reload()
    for col in range(model.columnCount()):
        index = model.index(0, col)
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                     Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.WhatsThisRole,
                     Qt.ItemDataRole.StatusTipRole):  # fmt: skip
            assert "private" not in str(model.data(index, role) or "")
    assert model.data(model.index(0, 7)) == HAS_NOTE


def test_filters_narrow_the_list(qtbot, stack, make_page):
    desk, _ = stack
    rng = random.Random(1)
    desk.contacts.add(sample(0, rng, channel="phone", risk="some_concern", topics=("grief_loss",)))
    desk.contacts.add(sample(1, rng, channel="video", risk="none", topics=("conflict",)))
    desk.contacts.add(
        sample(
            2,
            rng,
            channel="video",
            when=now() - timedelta(days=40),
            topics=("conflict",),
            risk="none",
            followup_due=date.today() - timedelta(days=3),
        )
    )
    page = make_page(desk)
    bar = page.filters
    assert page.model.rowCount() == 3
    bar.channel.setCurrentIndex(bar.channel.findData("video"))
    assert page.model.rowCount() == 2
    bar.topic.setCurrentIndex(bar.topic.findData("conflict"))
    assert page.model.rowCount() == 2
    bar.period.setCurrentIndex(bar.period.findData(30))
    assert page.model.rowCount() == 1
    bar.period.setCurrentIndex(0)
    bar.followup.setCurrentIndex(bar.followup.findData("overdue"))
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, 6)).startswith("Overdue")
    assert page.model.data(page.model.index(0, 6), Qt.ItemDataRole.FontRole).bold()
    for box in (bar.channel, bar.topic, bar.followup):
        box.setCurrentIndex(0)
    bar.risk.setCurrentIndex(bar.risk.findData("some_concern"))
    assert page.model.rowCount() == 1
    bar.risk.setCurrentIndex(0)
    bar.period.setCurrentIndex(bar.period.findData(-1))  # between dates
    bar.start.setDate(QDate(date.today() - timedelta(days=45)))
    bar.end.setDate(QDate(date.today() - timedelta(days=35)))
    assert page.model.rowCount() == 1
    assert "follow-up" in page.summary.text()


def test_search_notes_and_clear(qtbot, stack, make_page):
    desk, _ = stack
    rng = random.Random(2)
    desk.contacts.add(sample(0, rng, note="worried about the night shift rota"))
    desk.contacts.add(sample(1, rng, note="money trouble at home"))
    desk.contacts.add(sample(2, rng, note=""))
    page = make_page(desk)
    page.filters.search.setText("rota")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)  # debounced
    assert "rota" in page.model.contact_at(0).note
    page.filters.search.setText("money home")
    page.filters.flush()
    assert page.model.rowCount() == 1
    page.filters.clear_search.click()
    assert page.filters.search.text() == ""
    assert page.model.rowCount() == 3


def test_delete_and_undo_with_button_and_ctrl_z(qtbot, stack, make_page):
    desk, _ = stack
    rng = random.Random(4)
    for i in range(3):
        desk.contacts.add(sample(i, rng, note=f"note {i}"))
    page = make_page(desk)
    first = page.selected_id()
    before = desk.contacts.get(first)
    page.delete_selected()
    assert desk.contacts.count() == 2 and page.model.rowCount() == 2
    assert page.undo_bar.isVisible()
    page.undo_button.click()
    assert desk.contacts.get(first) == before  # same number, same note
    assert page.selected_id() == first
    with qtbot.waitActive(page):
        page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert desk.contacts.count() == 2
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert desk.contacts.count() == 3
    assert not page.undo_bar.isVisible()


def test_log_similar_copies_choices_without_note(stack, make_page):
    desk, _ = stack
    original = desk.contacts.add(
        Contact(
            when=now() - timedelta(days=1),
            duration_min=40,
            channel="video",
            topics=("conflict",),
            note="private",
            incident_ref="INC-1",
        )
    )
    page = make_page(desk)
    page.log_similar()
    assert page.form.note.toPlainText() == "" and page.form.incident_ref.text() == ""
    copy = page.form.save()
    assert copy.id != original.id
    assert (copy.channel, copy.topics, copy.duration_min) == ("video", ("conflict",), 40)
    assert desk.contacts.count() == 2


def test_refresh_reloads_once_after_a_change_elsewhere(qtbot, stack, make_page):
    desk, _ = stack
    page = make_page(desk)
    desk.subscribe(page.refresh)
    desk.contacts.add(sample(0, random.Random(5)))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)


def test_five_thousand_contacts_open_lazily(qtbot, stack, make_page):
    desk, repo = stack
    fill(repo, 5000)
    started = time.perf_counter()
    page = make_page(desk)
    qtbot.wait(10)
    opened_ms = (time.perf_counter() - started) * 1000
    assert page.model.rowCount() == 5000
    assert len(page.model._pages) <= 2  # only what is on screen was read
    page.table.scrollToBottom()
    qtbot.wait(10)
    assert page.model.contact_at(4999) is not None
    assert len(page.model._pages) <= 4
    print(f"5,000 contacts opened in {opened_ms:.0f} ms")  # a figure, not an assertion


def test_retention_purge_after_preview_and_confirmation(stack):
    from peerdesk.ui.contacts.retention import offer_retention_purge

    desk, _ = stack
    desk.contacts.add(Contact(when=now() - timedelta(days=400), duration_min=30, note="old words"))
    desk.contacts.add(Contact(when=now() - timedelta(days=2), duration_min=30, note="new words"))
    recorder = Recorder()
    ctx = make_ctx(desk, recorder)
    assert offer_retention_purge(ctx, confirm=lambda _n, _m: True) == 0  # retention is off
    desk.contacts.set_retention_months(6)
    from peerdesk.ui.contacts import retention as contacts_retention

    contacts_retention._offered.discard(desk)
    asked = []
    assert offer_retention_purge(ctx, confirm=lambda n, m: asked.append((n, m)) or False) == 0
    assert asked == [(1, 6)]
    assert {c.note for c in desk.contacts.list()} == {"old words", "new words"}
    contacts_retention._offered.discard(desk)
    assert offer_retention_purge(ctx, confirm=lambda _n, _m: True) == 1
    notes = sorted(c.note for c in desk.contacts.list())
    assert notes == ["", "new words"]
    assert desk.contacts.count() == 2  # statistics stay
    assert offer_retention_purge(ctx, confirm=lambda _n, _m: True) == 0  # once per unlock


def test_focus_search_and_new_contact_hooks(qtbot, stack, make_page):
    desk, _ = stack
    page = make_page(desk)
    with qtbot.waitActive(page):
        page.focus_search()
    assert page.filters.search.hasFocus()
    page.new_contact()
    assert page.stack.currentWidget() is page.form
    page.focus_search()
    assert page.stack.currentWidget() is page.form  # a half-typed contact is never thrown away
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert page.stack.currentWidget() is page.list_view


def test_filter_with_range_backwards_shows_message(stack, make_page):
    desk, _ = stack
    page = make_page(desk)
    bar = page.filters
    bar.period.setCurrentIndex(bar.period.findData(-1))
    bar.start.setDate(QDate(date.today()))
    bar.end.setDate(QDate(date.today() - timedelta(days=5)))
    assert "start date" in page.summary.text()
    assert isinstance(page.model.filter, ContactFilter)


def test_window_ctrl_n_opens_the_form_and_lock_clears(
    qtbot, make_window, existing_vault, monkeypatch
):
    from tests.ui.conftest import unlock

    from peerdesk.ui.shell import deskview, pages

    def only_contacts(key, ctx):  # other pages are tested by their own suites
        if key == "contacts":
            return pages.build_page(key, ctx)
        return pages.PlaceholderPage(ctx, pages.BY_KEY[key])

    monkeypatch.setattr(deskview, "build_page", only_contacts)
    path, _ = existing_vault
    window = make_window(path)
    unlock(qtbot, window)
    with qtbot.waitActive(window):
        window.activateWindow()
    window.new_contact_action.trigger()  # what Ctrl+N does
    page = window.session.view.current_page()
    assert page.stack.currentWidget() is page.form
    page.form.duration.setText("25")
    page.form.topics.set_checked(["career"])
    assert page.form.save() is not None
    assert window.session.desk.contacts.count() == 1
    assert page.model.rowCount() == 1
    assert window.lock()
    assert page.model.rowCount() == 0 and page.deleted == []


def test_columns_fit_their_content_and_topics_take_the_spare_width(make_page, desk):
    from peerdesk.ui.contacts.columns import TOPICS_COLUMN

    page = make_page(desk)
    for width in (800, 1920):
        page.resize(width, 700)
        page.show()
        header = page.table.horizontalHeader()
        widths = [header.sectionSize(c) for c in range(header.count())]
        metrics = page.table.fontMetrics()
        assert widths[TOPICS_COLUMN] == max(widths) or width == 800
        assert widths[-1] < metrics.horizontalAdvance("Has note") * 2  # "Note" stays narrow
        assert widths[0] >= metrics.horizontalAdvance("2026-12-31 23:59")  # dates not cut


def test_cell_texts_are_made_once_per_page_and_forgotten_on_reload(stack):
    """The cached texts of a row follow an edit and the day, and unused roles cost nothing."""
    from dataclasses import replace

    from peerdesk.ui.contacts.model import FOLLOWUP_COLUMN, PAGE_SIZE, ContactTableModel

    desk, repo = stack
    fill(repo, PAGE_SIZE + 5)
    model = ContactTableModel(desk.contacts)
    model.reload()
    index = model.index(0, 1)
    before = model.data(index)
    assert model.data(index, Qt.ItemDataRole.DecorationRole) is None
    assert model.data(index, Qt.ItemDataRole.ToolTipRole) is None
    assert model.data(index, Qt.ItemDataRole.UserRole) == model.id_at(0)
    assert model.data(model.index(0, 99)) is None and model.data(model.index(-1, 0)) is None
    contact = desk.contacts.get(model.id_at(0))
    due = contact.when.date()  # on or before today: due or overdue, so shown in bold
    desk.contacts.update(
        replace(contact, duration_min=contact.duration_min % 600 + 7, followup_due=due)
    )
    assert model.data(index) == before  # not reloaded yet: the cached page is still shown
    model.reload()
    assert model.data(index) == str(contact.duration_min % 600 + 7)
    cell = model.index(0, FOLLOWUP_COLUMN)
    assert (
        model.data(cell).startswith(("Overdue", "Due today"))
        and model.data(cell, Qt.ItemDataRole.FontRole).bold()
    )
    assert model.data(model.index(PAGE_SIZE + 4, 0)) == model.cell_text(
        model.contact_at(PAGE_SIZE + 4), 0
    )
