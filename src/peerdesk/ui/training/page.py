"""The Training page: the module list, one module at a time, the training log and pack import."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from peerdesk.ui.shared import words
from peerdesk.ui.shared.i18n import translate
from peerdesk.ui.shared.page import BasePage, UiContext
from peerdesk.ui.training.common import fill, heading, text_label
from peerdesk.ui.training.log import TrainingLogView, stretch_first, table_view
from peerdesk.ui.training.model import TrainingModuleModel
from peerdesk.ui.training.module_view import ModuleView
from peerdesk.ui.training.packs import PackImporter

TOPIC = "training"


class Page(BasePage):
    title = "Training"  # the page table's key; the shown title is translated below
    icon_name = "training"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setAccessibleName(words.training())
        self.service = ctx.desk.training
        self.model = TrainingModuleModel(self)
        self.module_view: ModuleView | None = None
        self.table: QTableView = table_view(words.training_modules())
        self.table.setModel(self.model)
        stretch_first(self.table)
        self.open_button = QPushButton(translate("TrainingPage", "&Open module"))
        self.details = text_label("")
        self.details.setAccessibleName(translate("TrainingPage", "About the chosen module"))
        self.notice = text_label("")
        self.importer = PackImporter(ctx)
        self.log = TrainingLogView(ctx, self.model)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._list_page())
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(translate("TrainingPage", "Training sections"))
        self.tabs.addTab(self.stack, translate("TrainingPage", "Modules"))
        self.tabs.addTab(self.log, translate("TrainingPage", "Training log"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(words.training(), 1))
        layout.addWidget(self.tabs, 1)
        self.table.activated.connect(lambda index: self.open_module_at(index.row()))
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.open_button.clicked.connect(self.open_selected)
        self.importer.imported.connect(lambda _ids: self.reload())
        self.reload()
        self._resume_reflection_draft()

    def _resume_reflection_draft(self) -> None:
        """Locked while answering a reflection: the same module and tab, the text kept."""
        drafts = getattr(self.ctx.desk, "drafts", None)
        if drafts is None or drafts.last_page() != "training":
            return
        for key in drafts.keys("reflection:"):
            module_id = key.removeprefix("reflection:")
            if module_id in self.service.catalogue.modules:
                view = self.open_module(module_id)
                view.tabs.setCurrentWidget(view.reflect)
                return
        if self.model.rowCount():
            self.table.selectRow(0)

    def _list_page(self) -> QWidget:
        page = QWidget()
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.importer.button)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.notice)
        column.addWidget(self.table, 1)
        column.addWidget(self.details)
        column.addLayout(buttons)
        column.addWidget(self.importer)
        return page

    # --- list ---
    def reload(self) -> None:
        """Reload the list keeping the chosen module; the open module view stays as it is."""
        chosen = self.current_module_id()
        self.model.set_modules(self.service.modules(), date.today())
        row = self.model.row_of(chosen) if chosen else -1
        if row >= 0:
            self.table.selectRow(row)
        self._show_notice()
        self.log.reload()
        if self.module_view is not None:
            self.module_view.refresh()

    def _show_notice(self) -> None:
        due = [s.title for s in self.service.refreshers_due()]
        parts = []
        if due:
            parts.append(
                fill(translate("TrainingPage", "A refresher is due for: %1."), ", ".join(due))
            )
        problems = self.service.catalogue.problems
        if problems:
            text = translate(
                "TrainingPage", "%n problem(s) kept some module files from loading: %1", None,
                len(problems),
            )  # fmt: skip
            parts.append(fill(text, "; ".join(str(p) for p in problems[:5])))
        self.notice.setText(" ".join(parts))
        self.notice.setVisible(bool(parts))

    def current_module_id(self) -> str | None:
        status = self.model.status(self.table.currentIndex().row())
        return status.module_id if status else None

    def _selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        status = self.model.status(current.row())
        if status is None:
            self.details.setText("")
            return
        module = self.service.module(status.module_id)
        self.details.setText(
            fill(translate("TrainingPage", "%1: %2", "module title: summary"), module.title,
                 module.summary)
        )  # fmt: skip

    # --- one module ---
    def open_selected(self) -> None:
        self.open_module_at(self.table.currentIndex().row())

    def open_module_at(self, row: int) -> ModuleView | None:
        status = self.model.status(row)
        return self.open_module(status.module_id) if status else None

    def open_module(self, module_id: str, resume: bool = True) -> ModuleView:
        """Show the module (built afresh); by default at the place the trainee left off."""
        self.close_module()
        view = ModuleView(self.service, self.service.module(module_id))
        view.back_requested.connect(self.back_to_list)
        self.module_view = view
        self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        self.tabs.setCurrentIndex(0)
        if resume:
            view.resume()
        else:
            view.lessons.show_lesson(0)
        return view

    def close_module(self) -> None:
        view, self.module_view = self.module_view, None
        if view is not None:
            view.record_time()
            view.clear()
            self.stack.removeWidget(view)
            view.deleteLater()

    def back_to_list(self) -> None:
        view = self.module_view
        if view is not None and view.reflect.has_unsaved():
            view.reflect.save()  # nothing typed is lost by going back
        self.close_module()
        self.stack.setCurrentIndex(0)
        self.table.setFocus()

    # --- page contract ---
    def refresh(self, topic: str) -> None:
        if topic == TOPIC:
            self.reload()

    def clear(self) -> None:
        self.close_module()
        self.model.clear()
        self.log.clear()
        self.importer.clear()
        self.details.clear()
        self.notice.clear()
