"""The Resources page: typing, filters, the card, copying, favourites and notes, the model."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from tests.ui.resources_helpers import ids, make_ctx, names, unnamed_inputs

PASSPHRASE = "correct horse battery staple"


# Plural forms ("2 services found") come from the English catalogue, as in the window.
pytestmark = pytest.mark.usefixtures("english_catalogue")


@pytest.fixture
def page(qtbot, desk):
    from peerdesk.ui.resources.page import Page

    page = Page(make_ctx(desk))
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    yield page
    page.clear()


def test_typing_narrows_the_results_after_a_short_pause(qtbot, page):
    everything = page.browser.model.rowCount()
    assert everything >= 26
    qtbot.keyClicks(page.browser.filter_bar.search, "samaritans")
    qtbot.waitUntil(lambda: page.browser.model.rowCount() < everything, timeout=2000)
    assert names(page) and all("Samaritans" in name for name in names(page))
    assert page.browser.count_label.text() == f"{len(names(page))} services found"


def test_a_typo_still_finds_the_service(qtbot, page):
    page.browser.filter_bar.search.setText("samaritens")
    page.browser.filter_bar.flush()
    assert any("Samaritans" in name for name in names(page))


def test_related_needs_find_services_and_nothing_found_suggests_needs(qtbot, page):
    page.browser.filter_bar.search.setText("grief")  # the entries say "bereavement"
    page.browser.filter_bar.flush()
    assert "pd-au-suicide-call-back" in ids(page.browser)
    page.browser.filter_bar.search.setText("detbs")
    page.browser.filter_bar.flush()
    assert page.browser.model.rowCount() == 0
    assert "Closest needs" in page.browser.count_label.text()
    assert "money and debt" in page.browser.count_label.text()


def test_filters_combine_and_clear_filters_restores_everything(qtbot, page):
    bar = page.browser.filter_bar
    everything = page.browser.model.rowCount()
    assert not bar.clear_button.isEnabled()
    assert bar.set_filter("country", "GB")
    countries = {page.browser.model.resource(r).country for r in range(len(names(page)))}
    assert countries == {"GB"}
    assert bar.set_filter("channel", "text")
    shown = [page.browser.model.resource(r) for r in range(page.browser.model.rowCount())]
    assert shown and all("text" in r.channels and r.country == "GB" for r in shown)
    bar.open_24_7.setChecked(True)
    assert all(r.open_24_7 for r in [page.browser.model.resource(0)])
    assert bar.clear_button.isEnabled()
    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    assert page.browser.model.rowCount() == everything
    assert bar.filters() == {} and bar.query() == ""
    assert not bar.clear_button.isEnabled()


def test_language_and_need_filters(page):
    bar = page.browser.filter_bar
    assert bar.set_filter("language", "mi")
    shown = [page.browser.model.resource(r) for r in range(page.browser.model.rowCount())]
    assert shown and all("mi" in r.languages for r in shown)
    bar.clear_filters()
    assert bar.set_filter("category", "youth")
    shown = [page.browser.model.resource(r) for r in range(page.browser.model.rowCount())]
    assert shown and all("youth" in r.categories for r in shown)
    assert not bar.set_filter("country", "ZZ")  # not in the directory: nothing changes


def test_browsing_lists_emergency_and_crisis_lines_first(page):
    from peerdesk.ui.resources.query import urgency

    page.browser.filter_bar.set_filter("country", "CA")
    shown = [page.browser.model.resource(r) for r in range(page.browser.model.rowCount())]
    ranks = [urgency(r) for r in shown]
    assert ranks == sorted(ranks) and ranks[0] == 0


def test_card_shows_every_field(page):
    page.browser.select("pd-ca-988")
    text = page.browser.card.view.toPlainText()
    resource = page.directory.get("pd-ca-988")
    for expected in ("9-8-8", "Call: 988", "Text 988", "English (en)", "French (fr)",
                     "Phone call, Text message", "https://988.ca", resource.source,
                     "Last verified", resource.last_verified.isoformat(), "Canada (CA)",
                     resource.description, resource.hours):  # fmt: skip
        assert expected in text
    assert page.browser.card.stale.isHidden()


def test_card_flags_an_entry_not_checked_for_a_year(page):
    page.directory.add_user_resource(
        {"id": "user-old", "name": "Old staff line", "country": "CA",
         "phones": [{"number": "416-555-0100"}], "last_verified": "2020-02-01"}
    )  # fmt: skip
    page.browser.reload()
    page.browser.select("user-old")
    card = page.browser.card
    assert not card.stale.isHidden()
    assert "Possibly out of date" in card.stale.text() and "2020-02-01" in card.stale.text()
    row = page.browser.model.row_of("user-old")
    assert "possibly out of date" in page.browser.model.index(row, 0).data()
    assert page.edit_button.isVisibleTo(page)  # one of the supporter's own entries


def test_copy_puts_the_contact_text_on_the_clipboard_marked_secret(qtbot, page):
    page.browser.select("pd-gb-shout")
    resource = page.browser.current()
    assert resource is not None and resource.id == "pd-gb-shout"
    qtbot.mouseClick(page.browser.card.copy_button, Qt.MouseButton.LeftButton)
    board = QGuiApplication.clipboard()
    assert board.text() == resource.contact_text()
    assert "85258" in board.text()
    assert board.mimeData().hasFormat("x-kde-passwordManagerHint")
    assert bytes(board.mimeData().data("x-kde-passwordManagerHint")) == b"secret"
    assert page.ctx.clipboard.holds_ours()


def test_favourite_and_note_are_kept_in_the_vault(qtbot, vault_factory, tmp_path):
    from peerdesk.storage.assembly import open_desk
    from peerdesk.storage.vault import open_vault
    from peerdesk.ui.resources.page import Page

    vault, _ = vault_factory("notes.peerdesk")
    desk = open_desk(vault)
    page = Page(make_ctx(desk))
    qtbot.addWidget(page)
    desk.subscribe(page.refresh)
    page.browser.select("pd-ie-pieta")
    page.panel.favourite.click()
    page.panel.note.setPlainText("Ask for the Cork centre first.")
    qtbot.mouseClick(page.panel.save, Qt.MouseButton.LeftButton)
    assert page.panel.state.text() == "Note saved in your vault."
    qtbot.waitUntil(lambda: ids(page.browser)[0] == "pd-ie-pieta", timeout=2000)
    assert page.browser.model.index(0, 0).data().startswith("★ ")
    page.clear()
    vault.save()
    vault.close()
    again = open_desk(open_vault(tmp_path / "notes.peerdesk", passphrase=PASSPHRASE))
    note = again.resource_notes.get("pd-ie-pieta")
    assert note is not None and note.favourite and note.note == "Ask for the Cork centre first."


def test_favourites_only_and_switching_keeps_a_typed_note(page):
    page.notes.set_favourite("pd-nz-1737", True)
    page._reload_favourites()
    page.browser.filter_bar.favourites_only.setChecked(True)
    assert ids(page.browser) == ["pd-nz-1737"]
    page.browser.filter_bar.search.setText("lifeline")
    page.browser.filter_bar.flush()
    assert ids(page.browser) == []
    page.browser.filter_bar.clear_filters()
    page.browser.select("pd-nz-1737")
    page.panel.note.setPlainText("typed, not yet saved")
    page.panel.note.document().setModified(True)
    page.browser.select("pd-au-lifeline")
    assert page.notes.get("pd-nz-1737").note == "typed, not yet saved"
    assert page.panel.note.toPlainText() == ""


def test_model_passes_the_model_tester(qtmodeltester, page):
    page.notes.set_favourite("pd-ca-988", True)
    page._reload_favourites()
    qtmodeltester.check(page.browser.model)
    model = page.browser.model
    assert model.index(0, 0).data(model.FavouriteRole) is True
    assert model.index(0, 0).data(model.ResourceRole).id == "pd-ca-988"


def test_clear_drops_everything(page):
    page.browser.select("pd-ca-988")
    page.panel.note.setPlainText("something private")
    page.clear()
    assert page.browser.model.rowCount() == 0
    assert page.panel.note.toPlainText() == ""
    assert page.browser.card.view.toPlainText().startswith("Choose a service")
    page.refresh("resource_notes")  # after clear: quietly does nothing


def test_keyboard_search_from_ctrl_f(qtbot, page):
    with qtbot.waitActive(page):
        page.activateWindow()
    page.focus_search()
    search = page.browser.filter_bar.search
    assert search.hasFocus()
    qtbot.keyClicks(search, "shout")
    page.browser.filter_bar.flush()
    assert names(page) == ["Shout 85258"]
    assert search.inputMethodHints() & Qt.InputMethodHint.ImhSensitiveData
    assert page.panel.note.tabChangesFocus()


def test_every_input_has_a_name(page):
    from tests.ui.a11y_walk import unnamed_inputs as shell_walk  # the window shell's walker

    assert unnamed_inputs(page) == []
    assert shell_walk(page) == []


def test_the_page_is_found_by_the_window_registry():
    from peerdesk.ui.resources.page import Page
    from peerdesk.ui.shell.pages import page_class

    assert page_class("resources") is Page


def test_verified_date_shown_is_today_for_a_new_form_entry(page):
    from peerdesk.ui.resources.form import ServiceForm

    form = ServiceForm(page.directory, page)
    assert form.verified.date().toPython() == date.today()


def test_page_in_the_window_and_lock_clears_it(qtbot, make_window, existing_vault):
    from tests.ui.conftest import unlock

    from peerdesk.ui.resources.page import Page

    window = make_window(existing_vault[0])
    unlock(qtbot, window)
    page = window.go("resources")
    assert isinstance(page, Page) and page.browser.model.rowCount() >= 26
    page.browser.select("pd-ca-988")
    page.panel.favourite.click()
    qtbot.waitUntil(lambda: page.browser.model.index(0, 0).data().startswith("★ "), timeout=3000)
    directory = page.directory
    window.lock()
    assert window.session is None
    assert page.directory is None and page.browser.model.rowCount() == 0
    with pytest.raises(Exception, match="closed"):
        directory.count()


def test_a_note_that_may_identify_someone_goes_through_the_guard(qtbot, page, monkeypatch):
    asked: list[int] = []
    monkeypatch.setattr(page, "confirm_findings", lambda n: asked.append(n) or False)
    page.browser.select("pd-ie-pieta")
    page.panel.note.setPlainText("Call Mary O'Brien back on 087 123 4567 about her brother.")
    qtbot.mouseClick(page.panel.save, Qt.MouseButton.LeftButton)
    assert asked and asked[0] >= 1  # asked first; the answer was "Cancel"
    assert page.notes.get("pd-ie-pieta") is None
    assert page.panel.guard.isVisibleTo(page) and page.panel.guard.buttons
    page.panel.note.document().setModified(True)
    page.browser.select("pd-gb-samaritans")  # moving on saves it anyway: nothing typed is lost
    assert "087 123 4567" in page.notes.get("pd-ie-pieta").note


def test_the_chosen_country_comes_first_with_its_emergency_number(qtbot, desk):
    from peerdesk import paths
    from peerdesk.core.settings import LocalSettings
    from peerdesk.ui.resources.page import Page

    LocalSettings(paths.config_dir() / "settings.json").set("country", "NZ")
    page = Page(make_ctx(desk))
    qtbot.addWidget(page)
    shown = [page.browser.model.resource(r) for r in range(page.browser.model.rowCount())]
    assert {r.country for r in shown} == {"NZ"} and shown[0].id == "pd-nz-111"
    page.clear()
