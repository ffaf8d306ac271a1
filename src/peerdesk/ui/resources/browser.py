"""The directory browser shared by the Resources page and its dialogs: filters, list, card."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.resources.entity import Resource
from peerdesk.ui.resources.labels import (
    card_html,
    category_name,
    channel_name,
    country_name,
    language_name,
    stale_text,
)
from peerdesk.ui.resources.model import ResourceListModel
from peerdesk.ui.resources.query import find
from peerdesk.ui.shared import words
from peerdesk.ui.shared.clipboard import SecureClipboard
from peerdesk.ui.shared.i18n import translate
from peerdesk.ui.shared.spacing import TIGHT
from peerdesk.ui.shared.text import mark_sensitive, wipe_text

DEBOUNCE_MS = 150  # search while typing, but not on every single key of a fast typist


def combos() -> tuple[tuple[str, str, str, str, Callable[[str], str]], ...]:
    """(filter key, label with mnemonic, accessible name, "any" text, how to show a value)."""
    return (
        (
            "category",
            translate("DirectoryBrowser", "&Need:"),
            translate("DirectoryBrowser", "Need"),
            translate("DirectoryBrowser", "Any need"),
            category_name,
        ),
        (
            "country",
            words.country_field(),
            words.country(),
            translate("DirectoryBrowser", "Any country"),
            country_name,
        ),
        (
            "region",
            words.region_field(),
            words.region(),
            translate("DirectoryBrowser", "Any region"),
            str,
        ),
        (
            "language",
            translate("DirectoryBrowser", "&Language:"),
            words.language(),
            translate("DirectoryBrowser", "Any language"),
            language_name,
        ),
        (
            "channel",
            translate("DirectoryBrowser", "Contact &by:"),
            translate("DirectoryBrowser", "Contact by"),
            translate("DirectoryBrowser", "Any way"),
            channel_name,
        ),
    )


class FilterBar(QWidget):
    """Search box plus filters; `changed` fires at once for filters, debounced for typing."""

    changed = Signal()

    def __init__(self, with_favourites: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("DirectoryBrowser", "Name, need, place or number"))
        self.search.setAccessibleName(words.search_directory())
        self.search.setClearButtonEnabled(True)
        mark_sensitive(self.search)  # what someone needs can say a lot about them
        self.combos: dict[str, QComboBox] = {}
        self.open_24_7 = QCheckBox(words.open_24_7())
        self.favourites_only = QCheckBox(translate("DirectoryBrowser", "Favourites onl&y"))
        self.favourites_only.setVisible(with_favourites)
        self.clear_button = QPushButton(translate("DirectoryBrowser", "&Clear filters"))
        self.clear_button.setAccessibleName(
            translate("DirectoryBrowser", "Clear search and filters")
        )
        self._combos = combos()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._layout()
        self._connect()

    def _layout(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        label = QLabel(words.search_field())
        label.setBuddy(self.search)
        grid.addWidget(label, 0, 0)
        grid.addWidget(self.search, 0, 1, 1, 6)
        for i, (key, text, name, _any, _show) in enumerate(self._combos):
            combo = QComboBox()
            combo.setAccessibleName(name)
            # Not as wide as the longest choice: the page must fit an 800 px window (issue 18).
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(5)
            label = QLabel(text)
            label.setBuddy(combo)
            row, col = 1 + i // 3, (i % 3) * 2
            grid.addWidget(label, row, col)
            grid.addWidget(combo, row, col + 1)
            self.combos[key] = combo
        # A row of their own, with the clear button: beside the filters and the search box,
        # the French labels widened an 800 px window.
        grid.addWidget(self.open_24_7, 3, 0, 1, 3)
        grid.addWidget(self.favourites_only, 3, 3, 1, 2)
        grid.addWidget(self.clear_button, 3, 5, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setColumnStretch(5, 1)

    def _connect(self) -> None:
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self._timer.timeout.connect(self.changed)
        for combo in self.combos.values():
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.open_24_7.toggled.connect(lambda _on: self.changed.emit())
        self.favourites_only.toggled.connect(lambda _on: self.changed.emit())
        self.clear_button.clicked.connect(self.clear_filters)
        self.changed.connect(self._update_clear_button)

    def set_facets(self, facets: dict[str, list[tuple[str, int]]]) -> None:
        """Offer the values the directory holds; keeps the current choice when still offered."""
        counted = translate("DirectoryBrowser", "%1 — %2", "a filter value and how many services")
        for key, _text, _name, any_text, show in self._combos:
            combo = self.combos[key]
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(any_text, None)
            for value, count in facets.get(key, []):
                combo.addItem(counted.replace("%1", show(value)).replace("%2", str(count)), value)
            found = combo.findData(current)
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)
        self._update_clear_button()

    def set_filter(self, key: str, value: str | None) -> bool:
        """Choose a value (e.g. the user's country); False when the directory lacks it."""
        combo = self.combos[key]
        found = combo.findData(value)
        if found >= 0:
            combo.setCurrentIndex(found)
        return found >= 0

    def query(self) -> str:
        return self.search.text().strip()

    def filters(self) -> dict[str, Any]:
        chosen: dict[str, Any] = {key: c.currentData() for key, c in self.combos.items()}
        chosen["open_24_7"] = self.open_24_7.isChecked()
        return {key: value for key, value in chosen.items() if value}

    def active(self) -> bool:
        return bool(self.query() or self.filters() or self.favourites_only.isChecked())

    def flush(self) -> None:
        """Run a pending (debounced) search now."""
        if self._timer.isActive():
            self._timer.stop()
            self.changed.emit()

    def flush_cancel(self) -> None:
        self._timer.stop()

    def clear_filters(self) -> None:
        widgets = [self.search, self.open_24_7, self.favourites_only, *self.combos.values()]
        for widget in widgets:
            widget.blockSignals(True)
        self.search.clear()
        self.open_24_7.setChecked(False)
        self.favourites_only.setChecked(False)
        for combo in self.combos.values():
            combo.setCurrentIndex(0)
        for widget in widgets:
            widget.blockSignals(False)
        self._timer.stop()
        self.changed.emit()

    def _update_clear_button(self) -> None:
        self.clear_button.setEnabled(self.active())


class ResourceCard(QWidget):
    """Everything about one entry, with an out-of-date flag and "Copy contact details"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resource: Resource | None = None
        self.stale = QLabel("")
        self.stale.setWordWrap(True)
        self.stale.setTextFormat(Qt.TextFormat.PlainText)
        self.stale.setAccessibleName(translate("DirectoryBrowser", "Out of date warning"))
        self.stale.setFrameShape(QLabel.Shape.StyledPanel)
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)  # no network: the website is text to read or copy
        self.view.setTabChangesFocus(True)
        self.view.setAccessibleName(translate("DirectoryBrowser", "Service details"))
        self.copy_button = QPushButton(translate("DirectoryBrowser", "C&opy contact details"))
        self.copy_button.setAccessibleName(translate("DirectoryBrowser", "Copy contact details"))
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(translate("DirectoryBrowser", "Copy message"))
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.stale)
        column.addWidget(self.view, 1)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addWidget(self.message, 1)
        column.addLayout(row)
        self.show_resource(None)

    def show_resource(self, resource: Resource | None) -> None:
        self.resource = resource
        self.message.setText("")
        self.copy_button.setEnabled(resource is not None)
        if resource is None:
            self.view.setPlainText(
                translate("DirectoryBrowser", "Choose a service in the list to see its details.")
            )
            self.stale.hide()
            return
        self.view.setHtml(card_html(resource))
        stale = resource.possibly_out_of_date()
        self.stale.setText("⚠ " + stale_text(resource) if stale else "")
        self.stale.setVisible(stale)

    def clear(self) -> None:
        wipe_text(self.view)
        self.show_resource(None)


def clipboard_for(widget: QWidget | None) -> SecureClipboard:
    """The window's secure clipboard if the widget sits in one, else one owned by the widget.

    The second case is the pre-unlock directory dialog: it shows no personal data, so its
    clipboard may end with the dialog. (Hanging a Python-held QObject on the QApplication
    instead crashed the interpreter at exit, when Qt deleted it first.)
    """
    window = widget.window() if widget is not None else None
    found = getattr(window, "clipboard", None)
    if isinstance(found, SecureClipboard):
        return found
    return SecureClipboard(parent=widget)


class DirectoryBrowser(QWidget):
    """Filters above a results list and the card; `current_changed` carries the entry or None."""

    current_changed = Signal(object)

    def __init__(
        self,
        directory: Any,
        clipboard: SecureClipboard | None = None,
        with_favourites: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.directory = directory
        self.clipboard = clipboard
        self.favourites: frozenset[str] = frozenset()
        self.filter_bar = FilterBar(with_favourites)
        self.model = ResourceListModel(self)
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setAccessibleName(translate("DirectoryBrowser", "Services found"))
        # Every row is exactly two lines (long ones elided, full text in the tooltip): uniform
        # sizes let the view skip measuring all rows, which keeps typing under 20 ms.
        self.results.setUniformItemSizes(True)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.results.setAlternatingRowColors(True)
        self.results.setSpacing(TIGHT)
        self.count_label = QLabel("")
        self.count_label.setAccessibleName(
            translate("DirectoryBrowser", "Number of services found")
        )
        self.card = ResourceCard()
        self.card_area = QVBoxLayout()
        self._layout()
        self.filter_bar.changed.connect(self.run_search)
        self.results.selectionModel().currentChanged.connect(self._current)
        self.card.copy_button.clicked.connect(self.copy_contact)
        self.reload()

    def _layout(self) -> None:
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(self.count_label)
        left_column.addWidget(self.results, 1)
        right = QWidget()
        self.card_area.setContentsMargins(0, 0, 0, 0)
        right.setLayout(self.card_area)
        self.card_area.addWidget(self.card, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.filter_bar)
        column.addWidget(self.splitter, 1)

    def reload(self) -> None:
        """Re-read the facets (after an import or a new service) and search again."""
        self.filter_bar.set_facets(self.directory.facets())
        self.run_search()

    def run_search(self) -> None:
        if self.directory is None:
            return  # cleared (locked or closed)
        keep = self.card.resource.id if self.card.resource else None
        found = find(
            self.directory,
            self.filter_bar.query(),
            self.filter_bar.filters(),
            self.favourites,
            self.filter_bar.favourites_only.isChecked(),
        )
        self.model.set_resources(found, self.favourites)
        count = len(found)
        self.count_label.setText(translate("DirectoryBrowser", "%n service(s) found", None, count))
        if not count and self.filter_bar.query().strip():
            self.count_label.setText(self._nothing_found(self.filter_bar.query()))
        self.select(keep if keep and self.model.row_of(keep) >= 0 else None)

    def _nothing_found(self, query: str) -> str:
        """Never a bare empty list: the needs closest to what was typed, to try instead."""
        needs = self.directory.closest_needs(query) if self.directory is not None else []
        quoted = translate("DirectoryBrowser", "“%1”", "a need, quoted")
        tried = ", ".join(quoted.replace("%1", need) for need in needs)
        text = translate(
            "DirectoryBrowser", "No services match that. Closest needs in the directory: %1."
        )
        return text.replace("%1", tried)

    def select(self, resource_id: str | None) -> None:
        """Select that entry, or the first row (so the card always shows the top match)."""
        row = self.model.row_of(resource_id) if resource_id else 0
        index = self.model.index(row, 0) if self.model.rowCount() else QModelIndex()
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.results.selectionModel().setCurrentIndex(index, flags)
        # The list is updated in place, so the current row may be the same row as before
        # (no signal) yet hold another entry: the card follows the row's entry either way.
        self._current(index)
        if index.isValid():
            self.results.scrollTo(index)

    def _current(self, index: QModelIndex) -> None:
        resource = self.model.resource(index.row()) if index.isValid() else None
        before = self.card.resource.id if self.card.resource else None
        if resource != self.card.resource:  # same id may still hold newer data: compare all
            self.card.show_resource(resource)
        if before != (resource.id if resource else None):
            self.current_changed.emit(resource)

    def current(self) -> Resource | None:
        return self.card.resource

    def copy_contact(self) -> None:
        resource = self.card.resource
        if resource is None:
            return
        board = self.clipboard or clipboard_for(self)
        board.copy(resource.contact_text())
        self.card.message.setText(
            translate("DirectoryBrowser", "Copied. PeerDesk clears the clipboard again in a while.")
        )

    def clear(self) -> None:
        self.filter_bar.search.blockSignals(True)
        self.filter_bar.search.clear()
        self.filter_bar.search.blockSignals(False)
        self.filter_bar.flush_cancel()
        self.model.clear()
        self.card.clear()
