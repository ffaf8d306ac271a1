"""The Reports page: a de-identified report of a period, its exact preview, export, team merge."""

from __future__ import annotations

import calendar
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.errors import InvalidInput
from peerdesk.core.reports import Report, accuracy_sentence, render
from peerdesk.core.reports.build import MAX_K, MIN_K
from peerdesk.ui.reports.figures_model import ReportFiguresModel
from peerdesk.ui.reports.view import chart_spec, grain_title, report_title
from peerdesk.ui.shared import typography, words
from peerdesk.ui.shared.chart import ChartSpec, ChartWidget
from peerdesk.ui.shared.filedialogs import ask_save_path, run_dialog
from peerdesk.ui.shared.i18n import translate
from peerdesk.ui.shared.page import BasePage, UiContext
from peerdesk.ui.shared.rows import even_rows, name_columns


def filters() -> dict[str, str]:
    return {
        "csv": translate("ReportsPage", "CSV table (*.csv)"),
        "json": translate("ReportsPage", "JSON report (*.json)"),
        "pdf": translate("ReportsPage", "PDF document (*.pdf)"),
    }


def exports() -> tuple[tuple[str, str, str], ...]:
    """(format, button text, accessible name) of each export button."""
    return (
        (
            "csv",
            translate("ReportsPage", "Export as &CSV…"),
            translate("ReportsPage", "Export as CSV"),
        ),
        (
            "json",
            translate("ReportsPage", "Export as &JSON…"),
            translate("ReportsPage", "Export as JSON"),
        ),
        (
            "pdf",
            translate("ReportsPage", "Export as &PDF…"),
            translate("ReportsPage", "Export as PDF"),
        ),
    )


def intro() -> str:
    return translate(
        "ReportsPage",
        "A report counts your contacts for whole months, for your programme coordinator. It "
        "never holds notes, names, incident numbers or dates finer than a month. Small counts are "
        "shown as 0 or the smallest count shown, and every figure is changed by a small fixed "
        "amount, so no one can be singled out, however many reports are compared. The preview "
        "below is exactly what the file will contain.",
    )


def team_intro() -> str:
    return translate(
        "ReportsPage",
        "Coordinators: combine the JSON reports your team sent you. A report given twice, or two "
        "reports counting the same months from one supporter, are refused so nothing is counted "
        "twice. Where months are too small to show much, the team report is where detail "
        "appears.",
    )


def grains() -> tuple[tuple[str, str], ...]:
    return (
        ("", translate("ReportsPage", "By the period's length")),
        ("month", translate("ReportsPage", "Per month")),
        ("quarter", translate("ReportsPage", "Per quarter")),
        ("year", translate("ReportsPage", "Per year")),
    )


def empty_chart() -> ChartSpec:
    return ChartSpec(title=grain_title("month"), x_labels=())


def month_bounds(first: QDate, last: QDate) -> tuple[date, date]:
    """The first day of `first`'s month and the last day of `last`'s month."""
    end_day = calendar.monthrange(last.year(), last.month())[1]
    return date(first.year(), first.month(), 1), date(last.year(), last.month(), end_day)


def read_reports(paths: list[Path], k: int) -> Report:
    """Read, check and merge exported JSON reports (runs off the GUI thread)."""
    from peerdesk.core.reports import load_reports, merge_reports

    documents = []
    for path in paths:
        try:
            documents.append((path.name, json.loads(path.read_text(encoding="utf-8"))))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            text = translate("ReportsPage", "%1 is not a readable JSON report")
            raise InvalidInput(text.replace("%1", path.name), "reports") from None
    return merge_reports(load_reports(documents), k=k)


def _month_edit(name: str, value: QDate) -> QDateEdit:
    edit = QDateEdit(value)
    edit.setDisplayFormat("MMMM yyyy")  # months only: nothing finer leaves the machine
    edit.setAccessibleName(name)
    return edit


class Page(BasePage):
    title = "Reports"
    icon_name = "reports"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setAccessibleName(words.page_titles()["reports"])
        self.own_report: Report | None = None
        self.team_report: Report | None = None
        self._generation = 0
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.rebuild)
        self.model = ReportFiguresModel(self)
        column = self.scroll_column()
        heading = words.page_titles()["reports"]
        column.addWidget(QLabel(f"<h2>{heading}</h2>"))
        column.addWidget(self._wrapped(intro()))
        column.addWidget(self._options_box())
        column.addWidget(self._preview_box(), 1)
        column.addWidget(self._team_box())
        self._schedule()

    # -- layout ------------------------------------------------------------------------------
    @staticmethod
    def _wrapped(text: str = "") -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _options_box(self) -> QGroupBox:
        box = QGroupBox(translate("ReportsPage", "What to count"))
        form = QFormLayout(box)
        today = QDate.currentDate()
        first, last = (
            translate("ReportsPage", "First month"),
            translate("ReportsPage", "Last month", "the last month of the range"),
        )
        self.from_month = _month_edit(first, today.addMonths(-2))
        self.to_month = _month_edit(last, today)
        self.k_spin = QSpinBox()
        self.k_spin.setRange(MIN_K, MAX_K)
        self.k_spin.setValue(5)
        self.k_spin.setAccessibleName(translate("ReportsPage", "Smallest count shown"))
        tip = translate(
            "ReportsPage", "Counts below this are shown as 0 or this number. %1 at least."
        )
        self.k_spin.setToolTip(tip.replace("%1", str(MIN_K)))
        self.grain_combo = QComboBox()
        for code, text in grains():
            self.grain_combo.addItem(text, code)
        self.grain_combo.setAccessibleName(translate("ReportsPage", "Contacts shown per"))
        self.training_box = QCheckBox(
            translate("ReportsPage", "Include my &training hours and modules")
        )
        from peerdesk.ui.reports.period import PeriodChooser

        self.period_chooser = PeriodChooser(self.from_month, self.to_month)
        form.addRow(translate("ReportsPage", "Peri&od:"), self.period_chooser)
        form.addRow(translate("ReportsPage", "Fi&rst month:"), self.from_month)
        form.addRow(translate("ReportsPage", "&Last month:"), self.to_month)
        form.addRow(translate("ReportsPage", "&Smallest count shown:"), self.k_spin)
        form.addRow(translate("ReportsPage", "Contacts sho&wn per:"), self.grain_combo)
        form.addRow(self.training_box)
        for signal in (
            self.from_month.dateChanged,
            self.to_month.dateChanged,
            self.k_spin.valueChanged,
            self.training_box.toggled,
            self.grain_combo.currentIndexChanged,
        ):
            signal.connect(self._schedule)
        return box

    def _preview_box(self) -> QGroupBox:
        box = QGroupBox(translate("ReportsPage", "Preview: exactly what will leave this computer"))
        layout = QVBoxLayout(box)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        typography.apply(self.heading, typography.Role.SUBHEADING)  # under the box's title
        self.explanation = self._wrapped()
        self.message = self._wrapped()
        self.message.setAccessibleName(translate("ReportsPage", "Report message"))
        self.chart = ChartWidget(empty_chart())
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("ReportsPage", "Published figures"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        self.table.verticalHeader().setVisible(False)
        even_rows(self.table)
        self._size_columns()
        self.table.setMinimumHeight(self.fontMetrics().height() * 14)
        # The chart keeps its natural height; the table takes whatever room is left.
        self.chart.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        for widget in (self.heading, self.explanation, self.message, self.chart):
            layout.addWidget(widget)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._export_buttons())
        return box

    def _size_columns(self) -> None:
        """Names get a share (elided, full text in the tooltip) so that the published value
        stays in view without scrolling sideways, even at twice the text size."""
        name_columns(self.table, {0: (22, 36), 1: (20, 36)})
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def _export_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.export_buttons: dict[str, QPushButton] = {}
        for fmt, text, name in exports():
            button = QPushButton(text)
            button.setAccessibleName(name)
            button.clicked.connect(lambda _=False, f=fmt: self.export(f))
            button.setEnabled(False)
            self.export_buttons[fmt] = button
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _team_box(self) -> QGroupBox:
        box = QGroupBox(translate("ReportsPage", "Team reports"))
        layout = QVBoxLayout(box)
        layout.addWidget(self._wrapped(team_intro()))
        row = QHBoxLayout()
        self.merge_button = QPushButton(translate("ReportsPage", "&Merge reports from your team…"))
        self.merge_button.clicked.connect(self.choose_merge_files)
        self.own_button = QPushButton(translate("ReportsPage", "Back to &my own report"))
        self.own_button.clicked.connect(self.show_own)
        self.own_button.setVisible(False)
        row.addWidget(self.merge_button)
        row.addWidget(self.own_button)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    # -- building the report -----------------------------------------------------------------
    def _schedule(self) -> None:
        self._timer.start()

    def period(self) -> tuple[date, date]:
        return month_bounds(self.from_month.date(), self.to_month.date())

    def rebuild(self) -> None:
        """Count the chosen period again (the counting itself runs off the GUI thread)."""
        self._timer.stop()
        start, end = self.period()
        if end < start:
            self._say(
                translate(
                    "ReportsPage",
                    "The first month is after the last month: choose them the other way round.",
                )
            )
            return
        desk, k, training = self.ctx.desk, self.k_spin.value(), self.training_box.isChecked()
        grain = str(self.grain_combo.currentData() or "")
        self._generation += 1
        generation = self._generation

        # Read the vault here, on the GUI thread that owns its connection; only the counting
        # and suppression (pure computation) run in the worker.
        inputs = desk.reports.gather(start, end, include_training=training)

        def work() -> Report:
            return inputs.build(k, grain)

        self.ctx.runner.run(
            work, lambda report: self._built(generation, report), self._failed_build
        )

    @property
    def busy(self) -> bool:
        return self._timer.isActive() or self.ctx.runner.pending > 0

    def _built(self, generation: int, report: Report) -> None:
        if generation != self._generation:
            return  # the choices changed while this one was counted
        self.own_report = report
        if self.team_report is None:
            self._show(report)

    def _failed_build(self, err: BaseException) -> None:
        failed = translate("ReportsPage", "The report could not be made.")
        text = err.message if isinstance(err, InvalidInput) else failed
        self._say(text)

    # -- preview -----------------------------------------------------------------------------
    def current_report(self) -> Report | None:
        return self.team_report if self.team_report is not None else self.own_report

    def _show(self, report: Report | None) -> None:
        self.model.set_report(report)
        self.chart.set_spec(chart_spec(report, "month") if report else empty_chart())
        self.heading.setText(report_title(report) if report else "")
        self.explanation.setText(accuracy_sentence(report) if report else "")
        self.message.setText("")
        for button in self.export_buttons.values():
            button.setEnabled(report is not None)
        self.own_button.setVisible(self.team_report is not None)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.ctx.status(text if len(text) < 120 else text[:117] + "…")

    # -- export ------------------------------------------------------------------------------
    def export(self, fmt: str, path: Path | None = None) -> Path | None:
        """Write the previewed report; asks where unless `path` is given. Returns the file."""
        report = self.current_report()
        if report is None:
            return None
        if path is None:
            name = f"peerdesk-report-{report.from_month}-to-{report.to_month}.{fmt}"
            title = translate("ReportsPage", "Export the report")
            path = ask_save_path(self, title, name, filters()[fmt])
            if path is None:
                return None
            path = path if path.suffix else path.with_suffix(f".{fmt}")
        # Fast (well under a second, even as a PDF); Qt's text layout belongs on this thread.
        try:
            render(report, fmt, path)
        except (InvalidInput, OSError) as err:
            self._say(_message(err, translate("ReportsPage", "The report could not be written")))
            return None
        self._say(translate("ReportsPage", "Report saved as %1.").replace("%1", path.name))
        return path

    # -- team merge --------------------------------------------------------------------------
    def choose_merge_files(self) -> None:
        title = translate("ReportsPage", "Choose your team's JSON reports")
        dialog = QFileDialog(self, title, "", filters()["json"])
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        paths = run_dialog(dialog)
        if paths:
            self.merge_files(paths)

    def merge_files(self, paths: list[Path], done: Callable[[], None] | None = None) -> None:
        """Merge the reports off the GUI thread, then preview the team report."""
        k = self.k_spin.value()

        def merged(report: Report) -> None:
            self.team_report = report
            self._show(report)
            count = report.reports_merged
            merged_text = translate(
                "ReportsPage", "Merged %n report(s). Check the preview, then export.", None, count
            )
            self._say(merged_text)
            if done:
                done()

        def failed(err: BaseException) -> None:
            self._say(_message(err, translate("ReportsPage", "The reports could not be merged")))
            if done:
                done()

        self.ctx.runner.run(lambda: read_reports(list(paths), k), merged, failed)

    def show_own(self) -> None:
        self.team_report = None
        self._show(self.own_report)
        self.from_month.setFocus()

    # -- page contract -----------------------------------------------------------------------
    def refresh(self, topic: str) -> None:
        if topic in ("contacts", "training"):
            self._schedule()

    def clear(self) -> None:
        self._timer.stop()
        self._generation += 1  # results still on their way are dropped
        self.own_report = self.team_report = None
        self._show(None)


def _message(err: BaseException, fallback: str) -> str:
    if isinstance(err, InvalidInput):
        return err.message
    return (
        translate("ReportsPage", "%1 (%2).", "a failure and its technical name")
        .replace("%1", fallback)
        .replace("%2", type(err).__name__)
    )
