"""The shared guard widget: the softer "could identify" style, and where the guard is used."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat
from tests.ui.test_page_training import make_page, module_id

from peerdesk.ui.shared.deid_guard import GuardBar, GuardedNoteEdit, summary_text

SOFT = "the only female medic on C shift at Station 2 was upset. Ngozi rang me."


def _editor(qtbot, text: str) -> tuple[GuardedNoteEdit, GuardBar]:
    editor = GuardedNoteEdit()
    bar = GuardBar(editor)
    qtbot.addWidget(editor)
    qtbot.addWidget(bar)
    editor.setPlainText(text)
    editor.scan_now()
    return editor, bar


def test_could_identify_gets_a_dotted_quieter_underline(qtbot):
    editor, _bar = _editor(qtbot, SOFT)
    styles = [s.format.underlineStyle() for s in editor.extraSelections()]
    assert styles == [
        QTextCharFormat.UnderlineStyle.DotLine,
        QTextCharFormat.UnderlineStyle.WaveUnderline,
    ]


def test_bar_names_both_kinds_and_replace_all_keeps_the_soft_one(qtbot):
    editor, bar = _editor(qtbot, SOFT)
    assert "1 possible detail" in bar.summary.text()
    assert "could point to one person" in bar.summary.text()
    assert [b.isFlat() for b in bar.buttons] == [True, False]
    editor.replace_all()
    assert editor.toPlainText().endswith("[NAME] rang me.")
    assert editor.toPlainText().startswith("the only female medic")
    bar.buttons[0].click()  # the person may still choose to replace the detail
    assert editor.toPlainText() == "[DETAIL] was upset. [NAME] rang me."


def test_summary_for_soft_only_has_no_replace_all(qtbot):
    _, bar = _editor(qtbot, "the only guy on D shift dispatch is struggling")
    assert summary_text([]) == ""
    assert "possible detail" not in bar.summary.text()
    assert not bar.replace_all_button.isVisibleTo(bar)
    assert bar._row.indexOf(bar.replace_all_button) == -1


def test_resource_private_note_is_guarded(qtbot):
    from peerdesk.ui.resources.page import NotePanel

    panel = NotePanel()
    qtbot.addWidget(panel)
    assert isinstance(panel.note, GuardedNoteEdit)
    panel.note.setPlainText("Ask for Siobhán, her cell is 902-555-0178.")
    kinds = [f.kind for f in panel.note.scan_now()]
    assert kinds == ["name", "phone"]
    assert panel.findChild(GuardBar) is not None


def test_training_reflections_are_guarded(qtbot, desk):
    page = make_page(qtbot, desk)
    view = page.open_module(module_id(desk))
    edit = next(iter(view.reflect.edits.values()))
    assert isinstance(edit, GuardedNoteEdit)
    edit.setPlainText("I thought of Tevita and the night on B shift.")
    assert [f.text for f in edit.scan_now()] == ["Tevita"]
    assert len(view.reflect.findChildren(GuardBar)) == len(view.reflect.edits)


def test_configure_guard_reads_the_users_directory_numbers(monkeypatch, tmp_path):
    from peerdesk.core import deid
    from peerdesk.storage.directory import Directory
    from peerdesk.ui.shared.deid_guard import configure_guard

    real = Directory.open(tmp_path / "dir" / "directory.sqlite")
    real.add_user_resource(
        {"id": "team-eap", "name": "Team EAP line", "country": "CA", "phones": ["416-555-0104"]}
    )
    monkeypatch.setattr(Directory, "open", classmethod(lambda _cls: real))
    text = "The EAP line 1 (416) 555-0104 helped, and her cell 416-555-0177."
    assert [f.kind for f in deid.scan(text)] == ["phone", "phone"]
    configure_guard("CA")
    try:
        assert [f.text for f in deid.scan(text)] == ["416-555-0177"]
    finally:
        deid.configure()
        real.close()
