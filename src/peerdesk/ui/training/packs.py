"""Import a module pack (zip or folder): checked in the background, problems listed by field."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from peerdesk.core.training.packs import PackReport, read_pack
from peerdesk.ui.shared.i18n import translate
from peerdesk.ui.shared.page import UiContext
from peerdesk.ui.training.common import fill, text_label


def zip_filters() -> str:
    return translate("TrainingPacks", "Module packs (*.zip);;All files (*)")


def problems_text(report: PackReport) -> str:
    """One line per problem: file, field and what is wrong (never the module's content)."""
    return "\n".join(str(problem) for problem in report.problems)


def default_packs_folder() -> Path:
    from peerdesk.storage.repos.training import packs_folder

    return packs_folder()


class PackImporter(QWidget):
    """The "Import module pack…" button, its menu, and the list of problems when there are any."""

    imported = Signal(list)  # ids of the modules now in the catalogue

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.service = ctx, ctx.desk.training
        self.dest = default_packs_folder()
        self.busy = False
        self.button = QPushButton(translate("TrainingPacks", "&Import module pack…"))
        menu = QMenu(self.button)
        zip_action = QAction(translate("TrainingPacks", "From a &zip file…"), menu)
        folder_action = QAction(translate("TrainingPacks", "From a &folder…"), menu)
        menu.addAction(zip_action)
        menu.addAction(folder_action)
        self.button.setMenu(menu)
        zip_action.triggered.connect(self.choose_zip)
        folder_action.triggered.connect(self.choose_folder)
        self.message = text_label("")
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        self.problems.setAccessibleName(
            translate("TrainingPacks", "Problems found in the module pack")
        )
        self.problems.setTabChangesFocus(True)
        self.problems.setMaximumHeight(self.problems.fontMetrics().lineSpacing() * 8)
        self.problems.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message)
        layout.addWidget(self.problems)

    def choose_zip(self) -> None:
        from peerdesk.ui.shared.filedialogs import ask_open_path

        path = ask_open_path(
            self, translate("TrainingPacks", "Import a module pack"), zip_filters()
        )
        if path is not None:
            self.import_from(path)

    def choose_folder(self) -> None:
        from peerdesk.ui.shared.filedialogs import run_dialog

        dialog = QFileDialog(self, translate("TrainingPacks", "Choose a module pack folder"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        chosen = run_dialog(dialog)
        if chosen:
            self.import_from(chosen[0])

    def import_from(self, path: Path) -> None:
        """Check the pack off the GUI thread; install it only when it has no problem at all."""
        if self.busy:
            return
        self.busy = True
        self.button.setEnabled(False)
        self.problems.hide()
        self.message.setText(fill(translate("TrainingPacks", "Checking %1…"), path.name))
        self.ctx.runner.run(lambda: read_pack(path), lambda r: self._checked(path, r), self._failed)

    def _checked(self, path: Path, report: PackReport) -> None:
        self.busy = False
        self.button.setEnabled(True)
        if report.ok:
            # Read again on this thread: installing also checks the ids against the catalogue
            # and notifies the window, which must happen on the GUI thread.
            report = self.service.import_pack(path, self.dest)
        if not report.ok:
            self.show_problems(path, report)
            return
        titles = ", ".join(module.title for module in report.modules)
        done = translate("TrainingPacks", "Imported %n module(s): %1.", None, len(report.modules))
        self.message.setText(fill(done, titles))
        self.imported.emit([module.id for module in report.modules])

    def show_problems(self, path: Path, report: PackReport) -> None:
        count = len(report.problems)
        if count == 0:
            empty = translate("TrainingPacks", "%1 holds no training module; nothing was imported.")
            self.message.setText(fill(empty, path.name))
            return
        refused = translate(
            "TrainingPacks", "%1 was not imported: %n problem(s) found. Nothing was changed.", None,
            count,
        )  # fmt: skip
        self.message.setText(fill(refused, path.name))
        self.problems.setPlainText(problems_text(report))
        self.problems.show()
        self.problems.setFocus()

    def _failed(self, err: BaseException) -> None:
        self.busy = False
        self.button.setEnabled(True)
        failed = translate("TrainingPacks", "The pack could not be read (%1).")
        self.message.setText(fill(failed, type(err).__name__))

    def clear(self) -> None:
        self.message.clear()
        self.problems.clear()
        self.problems.hide()
