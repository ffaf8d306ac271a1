"""The contact form: keyboard-only logging, bad input, crisis help, the identifier guard."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication
from tests.ui.a11y_walk import unnamed as unlabelled_inputs
from tests.ui.contacts_helpers import Recorder, make_ctx, now


@pytest.fixture
def page(qtbot, desk):
    from peerdesk.ui.contacts.page import Page

    recorder = Recorder()
    widget = Page(make_ctx(desk, recorder))
    widget.recorder = recorder
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    yield widget
    widget.clear()  # as a lock does: no draft timer fires after the vault is gone


class Keys:
    """Presses keys on whatever has the focus, as a person would, and counts them."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.count = 0

    def press(self, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        self.qtbot.keyClick(widget, key, modifier)
        self.count += 1

    def type_uncounted(self, text: str) -> None:
        widget = QApplication.focusWidget()
        assert widget is not None
        self.qtbot.keyClicks(widget, text)


def test_typical_contact_logged_with_at_most_ten_keystrokes(qtbot, page, desk):
    # The window maps Ctrl+N to page.new_contact(); the same shortcut stands in for it here.
    QShortcut(QKeySequence("Ctrl+N"), page, page.new_contact)
    page.form.confirm_findings = lambda _n: pytest.fail("the note was flagged")
    with qtbot.waitActive(page):
        page.table.setFocus()
    keys = Keys(qtbot)
    keys.press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.form.duration
    keys.press(Qt.Key.Key_4)
    keys.press(Qt.Key.Key_5)
    keys.press(Qt.Key.Key_Tab)  # to the channel
    keys.press(Qt.Key.Key_P)  # "Phone"
    keys.press(Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # Topics
    keys.press(Qt.Key.Key_Space)  # tick "Work stress"
    keys.press(Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # Note
    keys.type_uncounted("talked through a hard week at work")
    keys.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert keys.count <= 10
    stored = desk.contacts.list()
    assert len(stored) == 1
    contact = stored[0]
    assert (contact.duration_min, contact.channel, contact.topics) == (
        45,
        "phone",
        ("work_stress",),
    )
    assert contact.note == "talked through a hard week at work"
    assert abs(contact.when - now()) <= timedelta(minutes=1)
    assert page.stack.currentWidget() is page.list_view
    assert page.model.rowCount() == 1
    assert page.recorder.saves == 1


@pytest.mark.parametrize("duration", ["-5", "0", "1441", "abc", ""])
def test_bad_duration_names_the_field_and_stores_nothing(qtbot, page, desk, duration):
    page.new_contact()
    page.form.duration.setText(duration)
    page.form.topics.set_checked(["conflict"])
    assert page.form.save() is None
    assert "Duration" in page.form.error.text()
    assert desk.contacts.count() == 0
    assert page.stack.currentWidget() is page.form
    assert page.form.duration.hasFocus() or not page.isActiveWindow()


def test_future_date_names_the_field_and_stores_nothing(page, desk):
    page.new_contact()
    page.form.when.setDateTime(QDateTime(now() + timedelta(days=2)))
    page.form.topics.set_checked(["conflict"])
    assert page.form.save() is None
    assert "Date and time" in page.form.error.text()
    assert "future" in page.form.error.text()
    assert desk.contacts.count() == 0


def test_empty_contact_is_refused(page, desk):
    page.new_contact()
    assert page.form.save() is None
    assert "nothing to log" in page.form.error.text()
    assert desk.contacts.count() == 0


@pytest.mark.parametrize("risk", ["escalated", "emergency"])
def test_escalated_risk_shows_the_crisis_panel_at_once(page, risk):
    page.new_contact()
    assert not page.form.crisis.isVisible()
    page.form.risk.setCurrentIndex(page.form.risk.findData(risk))
    assert page.form.crisis.isVisible()
    assert "emergency number" in page.form.crisis.checklist.text()
    assert "secret" in page.form.crisis.checklist.text()
    assert "call" in page.form.crisis.services.text()  # crisis lines from the directory
    page.form.risk.setCurrentIndex(page.form.risk.findData("some_concern"))
    assert not page.form.crisis.isVisible()


def test_group_size_only_for_group_kinds(page, desk):
    page.new_contact()
    form = page.form
    assert not form.group_size.isVisibleTo(form)
    form.kind.setCurrentIndex(form.kind.findData("group_debrief"))
    assert form.group_size.isVisibleTo(form)
    form.group_size.setValue(12)
    form.topics.set_checked(["critical_incident"])
    assert form.save().group_size == 12
    assert desk.contacts.list()[0].group_size == 12


def test_guard_underlines_name_and_phone_and_replace_works(qtbot, page):
    page.new_contact()
    note = page.form.note
    note.setPlainText("I spoke with Sarah Jones, her number is 07700 900123.")
    qtbot.waitUntil(lambda: len(note.extraSelections()) >= 2, timeout=2000)  # debounced scan
    kinds = {f.kind for f in note.findings}
    assert {"name", "phone"} <= kinds
    selection = note.extraSelections()[0]
    style = selection.format.underlineStyle()
    assert style == style.WaveUnderline  # a shape, not only a colour
    assert page.form.guard.isVisible()
    from peerdesk.ui.shared.deid_guard import kind_word

    named = kind_word("name")  # "a name" in the window's language
    name_button = next(b for b in page.form.guard.buttons if named in b.accessibleName())
    name_button.click()
    assert "[NAME]" in note.toPlainText() and "Sarah" not in note.toPlainText()
    assert "07700" in note.toPlainText()
    page.form.guard.replace_all_button.click()
    assert "[PHONE]" in note.toPlainText()
    assert note.findings == [] and note.extraSelections() == []
    note.undo()
    assert "07700" in note.toPlainText()  # one replacement is one undo step


def test_saving_with_findings_asks_and_may_still_save(page, desk):
    asked = []
    page.new_contact()
    page.form.note.setPlainText("Follow up with Sarah Jones about the roster.")
    page.form.confirm_findings = lambda n: asked.append(n) or False
    assert page.form.save() is None
    assert asked and desk.contacts.count() == 0
    page.form.confirm_findings = lambda n: asked.append(n) or True
    stored = page.form.save()
    assert stored is not None and "Sarah" in stored.note
    assert desk.contacts.count() == 1


def test_referral_free_label_and_declined(page, desk):
    page.new_contact()
    editor = page.form.referrals
    editor.label_edit.setText("employee assistance programme")
    editor.category.setCurrentIndex(editor.category.findData("eap"))
    editor.declined.setChecked(True)
    editor.add_button.click()
    assert editor.listing.count() == 1
    assert "declined" in editor.listing.item(0).text()
    stored = page.form.save()
    assert stored.referrals[0].category == "eap" and stored.referrals[0].declined


def test_edit_keeps_id_and_updates(page, desk):
    from peerdesk.core.contacts.model import Contact

    original = desk.contacts.add(Contact(when=now(), duration_min=20, topics=("health",)))
    page.reload()
    page.edit_selected()
    assert page.form.editing is not None
    page.form.duration.setText("50")
    saved = page.form.save()
    assert saved.id == original.id
    assert desk.contacts.get(original.id).duration_min == 50
    assert desk.contacts.count() == 1


def test_form_and_page_have_accessible_names(page):
    page.new_contact()
    page.form.risk.setCurrentIndex(page.form.risk.findData("emergency"))
    shared = pytest.importorskip("tests.ui.a11y_walk")  # the shared walker, when present
    assert unlabelled_inputs(page.form) == []
    assert shared.unnamed_inputs(page.form) == []
    page.show_list()
    assert unlabelled_inputs(page) == []
    assert shared.unnamed_inputs(page) == []


def test_lock_clears_the_form(page):
    page.new_contact()
    page.form.note.setPlainText("something private")
    page.clear()
    assert page.form.note.toPlainText() == ""
    assert not page.form.note.document().isUndoAvailable()
    assert page.model.rowCount() == 0


def test_second_contact_reuses_the_way_of_meeting_and_needs_few_keys(qtbot, page, desk):
    """Remembered defaults: after a phone call, the next contact starts as a phone call."""
    from peerdesk.core.contacts.model import Contact

    earlier = Contact(
        when=now() - timedelta(hours=3), duration_min=20, channel="phone", topics=("conflict",)
    )
    desk.contacts.add(earlier)
    page.reload()
    QShortcut(QKeySequence("Ctrl+N"), page, page.new_contact)
    page.form.confirm_findings = lambda _n: pytest.fail("the note was flagged")
    with qtbot.waitActive(page):
        page.table.setFocus()
    keys = Keys(qtbot)
    keys.press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.form.channel.currentData() == "phone"
    keys.press(Qt.Key.Key_4)
    keys.press(Qt.Key.Key_0)
    keys.press(Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # Topics
    keys.press(Qt.Key.Key_Down)  # "Workload / burnout"
    keys.press(Qt.Key.Key_Space)
    keys.press(Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # Risk level
    keys.press(Qt.Key.Key_S)  # "Some concern"
    keys.press(Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # Note
    assert page.form.note.visibleRegion().boundingRect().height() > 20  # in view, not scrolled off
    keys.type_uncounted("long shifts again")
    keys.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert keys.count <= 10
    newest = desk.contacts.list(limit=1)[0]
    assert (newest.duration_min, newest.channel, newest.topics, newest.risk) == (
        40,
        "phone",
        ("workload_burnout",),
        "some_concern",
    )


def test_guard_suggestions_come_before_save_in_tab_order(qtbot, page):
    page.new_contact()
    form = page.form
    form.note.setPlainText("Met Jane Smith, call her on 0412 345 678")
    form.note.scan_now()
    assert form.guard.buttons, "the guard found nothing to suggest"
    qtbot.waitUntil(form.guard.buttons[0].isVisible, timeout=1000)  # shown when idle
    order = []
    widget = form.note
    for _ in range(len(form.guard.buttons) + 5):
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isVisible():
            widget = widget.nextInFocusChain()
        order.append(widget)
    assert order.index(form.guard.buttons[0]) < order.index(form.save_button)
    assert order.index(form.guard.replace_all_button) < order.index(form.save_button)


def test_more_details_opens_for_a_problem_in_a_folded_field(qtbot, page):
    page.new_contact()
    form = page.form
    assert not form.details.isVisibleTo(form)
    form.show_problems([("affect", "must be between 1 and 5")])
    assert form.details.isVisibleTo(form)
    assert form.window().focusWidget() is form.affect
    assert "How it affected me: must be between 1 and 5" in form.error.text()
