"""The unlocked desk: a sidebar over a stack of pages, each built on its first visit."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QStackedWidget, QWidget

from peerdesk.ui.shared.i18n import translate
from peerdesk.ui.shared.icons import set_icon
from peerdesk.ui.shared.page import UiContext
from peerdesk.ui.shared.spacing import TIGHT
from peerdesk.ui.shell.pages import PAGES, build_page


class DeskView(QWidget):
    page_shown = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pages: dict[str, QWidget] = {}
        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName(translate("DeskView", "Sections"))
        self.sidebar.setIconSize(QSize(22, 22))
        self.sidebar.setSpacing(TIGHT)
        self.sidebar.setUniformItemSizes(True)  # even rows
        for spec in PAGES:
            item = QListWidgetItem(spec.label())
            set_icon(item, spec.icon_name)
            keys = QKeySequence(f"Ctrl+{spec.shortcut_digit}")
            tip = translate("DeskView", "%1 (%2)", "a page's title (its keyboard shortcut)")
            native = keys.toString(QKeySequence.SequenceFormat.NativeText)
            item.setToolTip(tip.replace("%1", spec.label()).replace("%2", native))
            self.sidebar.addItem(item)
        self.sidebar.setFixedWidth(self._sidebar_width())
        self.stack = QStackedWidget()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.sidebar.currentRowChanged.connect(lambda row: self.show_page(PAGES[row].key))

    def _sidebar_width(self) -> int:
        metrics = self.sidebar.fontMetrics()
        widest = max(metrics.horizontalAdvance(p.label()) for p in PAGES)
        return widest + 22 + 48  # icon, padding and scroll bar room; grows with the font scale

    def page(self, key: str) -> QWidget:
        """The page for `key`, built now if this is its first visit."""
        if key not in self.pages:
            page = build_page(key, self.ctx)
            self.pages[key] = page
            self.stack.addWidget(page)
        return self.pages[key]

    def show_page(self, key: str) -> QWidget:
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        row = [p.key for p in PAGES].index(key)
        if self.sidebar.currentRow() != row:
            self.sidebar.blockSignals(True)
            self.sidebar.setCurrentRow(row)
            self.sidebar.blockSignals(False)
        self.page_shown.emit(key)
        return page

    def current_key(self) -> str | None:
        current = self.stack.currentWidget()
        return next((key for key, page in self.pages.items() if page is current), None)

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def refresh(self, topic: str) -> None:
        for page in self.pages.values():
            page.refresh(topic)  # type: ignore[attr-defined]

    def clear(self) -> None:
        """Lock: every built page drops its content, then the pages themselves go."""
        for page in self.pages.values():
            page.clear()  # type: ignore[attr-defined]
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
