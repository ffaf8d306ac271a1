"""Import… for the directory: choose a file, read the preview and report, then all or nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.errors import PeerDeskError
from peerdesk.core.resources.report import ImportRejected, ImportReport
from peerdesk.ui.resources.countries import country_name, preferred_country
from peerdesk.ui.shared import words
from peerdesk.ui.shared.filedialogs import ask_open_path, run_dialog
from peerdesk.ui.shared.i18n import translate


def file_filters() -> str:
    return translate("ImportDialog", "Directory files (*.csv *.json *.zip);;All files (*)")


COUNTRIES = ("AU", "CA", "GB", "IE", "NZ", "US")


class _ProgressRelay(QObject):
    """Created on the GUI thread; the worker emits, Qt queues the call onto the GUI thread."""

    moved = Signal(int, int, str)


def open_directory(path: Path) -> Any:
    """A connection of the worker's own, so the page's searches never share its transaction."""
    from peerdesk.storage.directory import Directory

    return Directory.open(path)


def _work(kind: str, directory_path: Path, source: Path, country: str | None, relay: Any) -> Any:
    directory = open_directory(directory_path)
    try:
        call = directory.import_path if kind == "import" else directory.preview_import
        return call(source, default_country=country, progress=relay.moved.emit)
    finally:
        directory.close()


def report_text(report: ImportReport) -> str:
    lines = report.summary_lines()
    if report.resources:
        lines.append("")
        lines.append(translate("ImportDialog", "First services in the file:"))
        none = translate("ImportDialog", "no country")
        row_text = translate("ImportDialog", "  %1 (%2)", "a service's name and country")
        lines += [
            row_text.replace("%1", row["name"]).replace("%2", row["country"] or none)
            for row in report.preview()
        ]
    return "\n".join(lines)


def preview_message(report: ImportReport) -> str:
    """What the preview found, in one or two sentences."""
    if not report.ok:
        errors = len(report.errors)  # a plain name: pyside6-lupdate misses calls as the count
        problems = translate(
            "ImportDialog",
            "⚠ This file has %n problem(s) that affect the whole file, "
            "listed below. Nothing will be imported until they are fixed.",
            None,
            errors,
        )
        return problems
    services = len(report.resources)
    ready = translate(
        "ImportDialog",
        "Ready to import %n service(s) (%1 new, %2 updates). Nothing is "
        "imported until you choose Import.",
        None,
        services,
    )
    message = ready.replace("%1", str(report.new)).replace("%2", str(report.updated))
    left_out = len(report.skipped)
    if left_out or report.warnings:
        rows = translate("ImportDialog", "%n row(s) will be left out", None, left_out)
        warnings = len(report.warnings)
        details = translate("ImportDialog", "%n detail(s) need a look", None, warnings)
        more = translate(
            "ImportDialog", "%1 %2 and %3; they are listed below.", "sentence, rows, details"
        )
        message = more.replace("%1", message).replace("%2", rows).replace("%3", details)
    return message


class ImportDialog(QDialog):
    """Preview and validation run on the background runner; Import is enabled only if clean."""

    imported = Signal(int)

    def __init__(self, directory_path: Path, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ImportDialog", "Import services"))
        self.directory_path = Path(directory_path)
        self.runner = runner
        self.source: Path | None = None
        self.report: ImportReport | None = None
        self.busy = False
        self.relay = _ProgressRelay(self)
        self._build()
        self.relay.moved.connect(self._progress)
        self._set_state(
            translate(
                "ImportDialog",
                "Choose a file or folder to see what it holds. Nothing is imported yet.",
            )
        )

    def _build(self) -> None:
        self.path_field = QLineEdit()
        self.path_field.setReadOnly(True)
        self.path_field.setAccessibleName(translate("ImportDialog", "Chosen file"))
        self.file_button = QPushButton(translate("ImportDialog", "Choose &file…"))
        self.file_button.setAccessibleName(translate("ImportDialog", "Choose file"))
        self.folder_button = QPushButton(translate("ImportDialog", "Choose f&older…"))
        self.folder_button.setAccessibleName(translate("ImportDialog", "Choose folder"))
        self.country = QComboBox()
        self.country.setAccessibleName(
            translate("ImportDialog", "Country for numbers written without one")
        )
        self.country.addItem(translate("ImportDialog", "None (numbers must start with +)"), None)
        for code in COUNTRIES:
            self.country.addItem(country_name(code), code)
        self.country.setCurrentIndex(max(self.country.findData(preferred_country()), 0))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(translate("ImportDialog", "Progress"))
        self.progress.setTextVisible(True)
        self.state = QLabel("")
        self.state.setWordWrap(True)
        self.state.setAccessibleName(translate("ImportDialog", "Import status"))
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setTabChangesFocus(True)
        self.details.setAccessibleName(translate("ImportDialog", "Preview and validation report"))
        self.import_button = QPushButton(translate("ImportDialog", "&Import"))
        self.import_button.setAccessibleName(translate("ImportDialog", "Import"))
        self.close_button = QPushButton(words.close())
        self.close_button.setAccessibleName(words.close())
        self._layout()

    def _layout(self) -> None:
        picks = QHBoxLayout()
        picks.addWidget(self.path_field, 1)
        picks.addWidget(self.file_button)
        picks.addWidget(self.folder_button)
        form = QFormLayout()
        form.addRow(translate("ImportDialog", "Source:"), picks)
        form.addRow(translate("ImportDialog", "&Country for local numbers:"), self.country)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.progress)
        column.addWidget(self.state)
        column.addWidget(self.details, 1)
        column.addLayout(buttons)
        self.file_button.clicked.connect(self.choose_file)
        self.folder_button.clicked.connect(self.choose_folder)
        self.country.currentIndexChanged.connect(self._country_changed)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)
        width = self.fontMetrics().horizontalAdvance("M") * 60
        self.resize(width, width * 2 // 3)

    def _country_changed(self, _index: int) -> None:
        if self.source is not None:
            self.choose(self.source)  # numbers read differently: check the file again

    def choose_file(self) -> None:
        path = ask_open_path(self, translate("ImportDialog", "Import services"), file_filters())
        if path is not None:
            self.choose(path)

    def choose_folder(self) -> None:
        dialog = QFileDialog(self, translate("ImportDialog", "Choose a data package folder"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        chosen = run_dialog(dialog)
        if chosen:
            self.choose(chosen[0])

    def choose(self, path: Path) -> None:
        """Read and validate `path` in the background; nothing is written."""
        if self.busy:
            return
        self.source = Path(path)
        self.report = None
        self.path_field.setText(str(self.source))
        self.details.clear()
        reading = translate("ImportDialog", "Reading and checking the file…")
        self._start("preview", reading, self._previewed)

    def start_import(self) -> None:
        if self.busy or self.source is None or not (self.report and self.report.ok):
            return
        self._start("import", translate("ImportDialog", "Importing…"), self._imported)

    def _start(self, kind: str, message: str, done: Any) -> None:
        self.busy = True
        self._set_state(message)
        self.progress.setRange(0, 0)  # busy until the reader says how far it is
        source, country = self.source, self.country.currentData()
        assert source is not None  # both callers checked
        job = lambda: _work(kind, self.directory_path, source, country, self.relay)  # noqa: E731
        self.runner.run(job, done, self._failed)

    def _progress(self, done: int, total: int, what: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        self.progress.setFormat(f"{what} %p%" if total > 0 else what)

    def _previewed(self, report: ImportReport) -> None:
        self.busy = False
        self.report = report
        self.details.setPlainText(report_text(report))
        self._set_state(preview_message(report))

    def _imported(self, report: ImportReport) -> None:
        self.busy = False
        self.report = None  # imported: a second click must not import again
        services = len(report.resources)
        done = translate("ImportDialog", "Imported %n service(s).", None, services)
        self._set_state(done)
        self.progress.setValue(1)
        self.imported.emit(len(report.resources))

    def _failed(self, err: BaseException) -> None:
        self.busy = False
        if isinstance(err, ImportRejected):
            self._previewed(err.report)
            return
        self.report = None
        if isinstance(err, PeerDeskError):
            message = err.message
        elif isinstance(err, OSError | ValueError):
            unread = translate("ImportDialog", "The file could not be read (%1).")
            message = unread.replace("%1", type(err).__name__)
        else:
            raise err  # a programming error: the window's crash hook reports it
        self._set_state(
            translate("ImportDialog", "⚠ Nothing was imported. %1").replace("%1", message)
        )

    def _set_state(self, message: str) -> None:
        self.state.setText(message)
        if not self.busy:
            self.progress.setRange(0, 1)
            self.progress.setValue(1 if self.report is not None else 0)
        self.import_button.setEnabled(not self.busy and bool(self.report and self.report.ok))
        for widget in (self.file_button, self.folder_button, self.country):
            widget.setEnabled(not self.busy)

    def done(self, result: int) -> None:
        if self.busy:
            return  # the job's callback needs this dialog; closing waits for it
        self.details.clear()
        super().done(result)
