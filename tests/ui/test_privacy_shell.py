"""Qt's own leaks: file-dialog history, clipboard hints, log scrubbing, input hints, crashes."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from peerdesk.ui.shared.clipboard import SecureClipboard
from peerdesk.ui.shared.filedialogs import qt_project_settings, run_dialog
from peerdesk.ui.shell import application


def _all_qtproject_files(*roots: Path) -> list[Path]:
    return [p for root in roots if root.exists() for p in root.rglob("QtProject.conf")]


def test_file_dialog_leaves_no_qtproject_history(qtbot, isolated_home, tmp_path):
    application.configure_qsettings()
    folder = tmp_path / "private-folder-name"
    folder.mkdir()
    dialog = QFileDialog(None, "Save", str(folder / "report.pdf"))
    dialog.setProperty("peerdesk_keep_folder", True)  # this folder, not Documents
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # the widget dialog is the leaky one
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    QTimer.singleShot(100, dialog.accept)
    chosen = run_dialog(dialog)
    assert chosen and chosen[0].parent == folder
    target = Path(qt_project_settings().fileName())
    assert not target.exists() or "private-folder-name" not in target.read_text()
    leaks = [p for p in _all_qtproject_files(isolated_home, Path.home()) if p.read_text().strip()]
    assert leaks == []
    assert QSettings(QSettings.Scope.UserScope, "QtProject").childGroups() == []


def test_secure_copy_marks_secret_and_clears_only_if_unchanged(qtbot):
    clip = SecureClipboard(clear_after_ms=100)
    clip.copy("1-800-000-0000")
    mime = QGuiApplication.clipboard().mimeData()
    assert bytes(mime.data("x-kde-passwordManagerHint")) == b"secret"
    assert any("CanIncludeInClipboardHistory" in f for f in mime.formats())
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=2000)
    clip.copy("again")
    QGuiApplication.clipboard().setText("mine")
    assert clip.clear_if_ours() is False
    assert QGuiApplication.clipboard().text() == "mine"


def test_qt_messages_are_scrubbed():
    assert application.scrub('QLineEdit "my private note" failed') == 'QLineEdit "…" failed'
    assert "secret" not in application.scrub("can't find 'secret text'")


def test_crash_summary_has_no_message_or_locals():
    def fail(note: str) -> None:
        raise ValueError(f"bad note: {note}")

    try:
        fail("the client's name")
    except ValueError as err:
        summary = application.crash_summary(err, err.__traceback__)
    assert "ValueError" in summary and "fail" in summary
    assert "client" not in summary


def test_crash_hook_logs_calmly(qtbot, monkeypatch, caplog):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **_k: shown.append(a[1]))
    with caplog.at_level(logging.ERROR, logger="peerdesk.qt"):
        try:
            raise RuntimeError("note text that must not be logged")
        except RuntimeError as err:
            application._excepthook(RuntimeError, err, err.__traceback__)
    assert shown == ["Something went wrong"]
    assert "note text" not in caplog.text and "RuntimeError" in caplog.text


def test_core_dumps_are_disabled():
    import resource

    application.disable_core_dumps()
    assert resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)


def test_passphrase_fields_are_sensitive(qtbot, make_window, tmp_path):
    window = make_window(tmp_path / "v.peerdesk")
    field = window.flow.unlock_screen.field
    hints = field.inputMethodHints()
    assert hints & Qt.InputMethodHint.ImhSensitiveData
    assert hints & Qt.InputMethodHint.ImhNoPredictiveText
    assert field.echoMode() == field.EchoMode.Password


def test_wipe_text_leaves_nothing_for_undo(qtbot):
    from PySide6.QtWidgets import QPlainTextEdit

    from peerdesk.ui.shared.text import wipe_text

    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    edit.insertPlainText("a private note")
    changes = []
    edit.textChanged.connect(lambda: changes.append(1))
    wipe_text(edit)
    edit.undo()
    assert edit.toPlainText() == "" and not edit.document().isUndoAvailable()
    assert changes == []  # wiping is not reported as an edit (no autosave, no rescan)


def test_file_dialogs_start_in_documents_then_the_last_folder_kept_in_the_vault(
    qtbot, make_window, existing_vault, tmp_path, monkeypatch
):
    from tests.ui.conftest import unlock

    from peerdesk.ui.shared import filedialogs

    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(filedialogs, "documents_folder", lambda: documents)
    window = make_window(existing_vault[0])
    unlock(qtbot, window)
    elsewhere = tmp_path / "reports-for-the-coordinator"
    elsewhere.mkdir()

    def start_of_a_new_dialog() -> Path:
        dialog = QFileDialog(window, "Save", "", "PDF (*.pdf)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        filedialogs._start_in(dialog)  # what run_dialog does before showing it
        start = Path(dialog.directory().absolutePath())
        dialog.deleteLater()
        return start

    assert start_of_a_new_dialog() == documents  # not the process's working folder
    filedialogs.remember_folder(elsewhere / "plan.pdf")  # what run_dialog does after a choice
    assert start_of_a_new_dialog() == elsewhere
    assert window.session.desk.drafts.fields("shell:folder") == {"path": str(elsewhere)}
    assert window.session.desk.drafts.keys() == []  # a folder is not an editor draft
    elsewhere.rmdir()
    assert start_of_a_new_dialog() == documents  # a folder that is gone: Documents again
    window.lock()
    unlock(qtbot, window)
    target = Path(qt_project_settings().fileName())
    assert not target.exists() or "reports-for-the-coordinator" not in target.read_text()
