"""Drafts survive everything: type, lock (Ctrl+L, idle, Esc, quit), unlock, the text is back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from tests.ui.conftest import unlock

NOTE = "Talked through the night shift; wants to try the 𝒮leep diary — 夜勤 ✓"


def _type_contact(qtbot, window, note: str = NOTE, minutes: str = "45"):
    page = window.go("contacts")
    page.new_contact()
    form = page.form
    form.duration.setText(minutes)
    form.note.setPlainText(note)
    form.incident_ref.setText("INC-77")
    return page, form


def _saved_status(window) -> bool:
    return window.save_label.text() == "All changes saved"


def test_typed_contact_survives_lock_and_comes_back_on_the_same_page(
    qtbot, make_window, existing_vault
):
    window = make_window(existing_vault[0])
    unlock(qtbot, window)
    _type_contact(qtbot, window)
    assert window.save_label.text() != "All changes saved"  # the draft is not kept yet
    assert window.lock()  # at once, before the draft's quiet period is over
    unlock(qtbot, window)
    page = window.session.view.current_page()
    assert window.session.view.current_key() == "contacts"
    assert page.stack.currentWidget() is page.form
    assert page.form.note.toPlainText() == NOTE
    assert page.form.duration.text() == "45"
    assert page.form.incident_ref.text() == "INC-77"


def test_draft_reaches_the_file_and_status_says_saved_only_then(qtbot, make_window, existing_vault):
    from tests.ui.conftest import PASSPHRASE

    from peerdesk.storage.assembly import open_desk
    from peerdesk.storage.vault import open_vault

    window = make_window(existing_vault[0])
    unlock(qtbot, window)
    _type_contact(qtbot, window, note="unfinished thought")
    qtbot.waitUntil(lambda: _saved_status(window), timeout=5000)
    # Another process opening the file now (as after a crash) finds the draft.
    window.session.vault.close()
    window.session = None
    again = open_vault(existing_vault[0], passphrase=PASSPHRASE)
    try:
        assert open_desk(again).drafts.fields("contact:new")["note"] == "unfinished thought"
    finally:
        again.close()


def test_escape_keeps_the_draft_and_new_contact_brings_it_back(qtbot, make_window, existing_vault):
    window = make_window(existing_vault[0])
    unlock(qtbot, window)
    page, form = _type_contact(qtbot, window, note="half a sentence")
    form.note.setFocus()
    qtbot.keyClick(form.note, Qt.Key.Key_Escape)
    assert page.stack.currentWidget() is page.list_view
    assert page.draft_bar.isVisibleTo(page)
    assert "1 unfinished contact" in page.draft_label.text()
    page.new_contact()
    assert form.note.toPlainText() == "half a sentence"
    form.discard_button.click()
    assert not page.draft_bar.isVisibleTo(page)
    page.new_contact()
    assert form.note.toPlainText() == ""


def test_saving_the_contact_removes_its_draft(qtbot, make_window, existing_vault):
    window = make_window(existing_vault[0])
    unlock(qtbot, window)
    page, form = _type_contact(qtbot, window, note="done")
    form.keeper.flush()
    form.confirm_findings = lambda _n: True
    assert form.save() is not None
    assert window.session.desk.drafts.keys() == []
    assert not page.draft_bar.isVisibleTo(page)


def test_idle_lock_keeps_an_edit_of_a_stored_contact(qtbot, make_window, existing_vault):
    window = make_window(existing_vault[0])
    unlock(qtbot, window)
    page, form = _type_contact(qtbot, window, note="first version")
    form.confirm_findings = lambda _n: True
    stored = form.save()
    page.edit_selected()
    form.note.setPlainText("second version, not saved")
    window.idle.idle.emit()  # what the idle watch does after the auto-lock minutes
    assert window.session is None
    unlock(qtbot, window)
    page = window.session.view.current_page()
    assert page.form.editing is not None and page.form.editing.id == stored.id
    assert page.form.note.toPlainText() == "second version, not saved"
    assert window.session.desk.contacts.get(stored.id).note == "first version"


def test_quit_keeps_the_draft(qtbot, make_window, existing_vault, local_settings, tmp_path):
    window = make_window(existing_vault[0])
    unlock(qtbot, window)
    _type_contact(qtbot, window, note="closing the lid")
    window.close()
    assert window.session is None
    second = make_window(existing_vault[0])
    unlock(qtbot, second)
    page = second.session.view.current_page()
    assert page.form.note.toPlainText() == "closing the lid"


def test_unsaved_plan_survives_lock_on_the_plan_tab(qtbot, make_window, existing_vault):
    window = make_window(existing_vault[0])
    unlock(qtbot, window)
    page = window.go("selfcare")
    page.tabs.setCurrentWidget(page.plan)
    page.plan.edits["what_helps"].setPlainText("a walk at lunch\nμουσική on the way home")
    assert window.lock()
    unlock(qtbot, window)
    page = window.session.view.current_page()
    assert page.tabs.currentWidget() is page.plan
    assert page.plan.edits["what_helps"].toPlainText() == "a walk at lunch\nμουσική on the way home"
    assert page.plan.has_unsaved()  # still to be saved on purpose
    assert page.plan.save()
    assert window.session.desk.drafts.keys() == []


def test_unsaved_reflection_survives_lock_in_its_module(qtbot, make_window, existing_vault):
    window = make_window(existing_vault[0])
    unlock(qtbot, window)
    page = window.go("training")
    module_id = next(iter(page.service.catalogue.modules))
    view = page.open_module(module_id)
    first = next(iter(view.reflect.edits))
    view.reflect.edits[first].setPlainText("I notice I rush to fix things.")
    assert window.lock()
    unlock(qtbot, window)
    page = window.session.view.current_page()
    view = page.module_view
    assert view is not None and view.module.id == module_id
    assert view.tabs.currentWidget() is view.reflect
    assert view.reflect.edits[first].toPlainText() == "I notice I rush to fix things."
    assert view.reflect.has_unsaved()


def test_unsaved_resource_note_survives_lock_on_the_same_entry(qtbot, make_window, existing_vault):
    window = make_window(existing_vault[0])
    unlock(qtbot, window)
    page = window.go("resources")
    assert page.shown_id is not None  # the shipped directory always has entries
    shown = page.shown_id
    page.panel.note.setPlainText("Ask for the duty worker — 24 h line")
    assert window.lock()
    unlock(qtbot, window)
    page = window.session.view.current_page()
    assert page.shown_id == shown
    assert page.panel.note.toPlainText() == "Ask for the duty worker — 24 h line"
    page.save_note()
    assert (
        window.session.desk.resource_notes.get(shown).note == "Ask for the duty worker — 24 h line"
    )
    assert window.session.desk.drafts.keys() == []
