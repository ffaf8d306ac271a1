"""A list model over directory entries: two lines per service, favourites marked in text."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from peerdesk.core.resources.entity import Resource
from peerdesk.ui.shared.i18n import translate

Index = QModelIndex | QPersistentModelIndex
FAVOURITE_MARK = "★ "  # a text mark, so the meaning never rests on colour alone


def call_text() -> str:
    """'call %1' for a phone number, in every list of services."""
    return translate("DirectoryList", "call %1", "call a phone number")


def reach_summary(resource: Resource) -> str:
    """How to reach the service in a few words: numbers, text codes, hours."""
    call = call_text()
    parts = [call.replace("%1", p.number) for p in resource.phones]
    parts += [text_code(c.keyword, c.number) for c in resource.text_codes]
    if not parts and resource.website:
        parts.append(resource.website)
    always = translate("DirectoryList", "open 24/7", "open around the clock")
    parts.append(always if resource.open_24_7 else resource.hours)
    where = resource.country or ""
    if resource.region:
        where += f", {resource.region}" if where else resource.region
    return " · ".join(p for p in [where, *parts] if p)


def text_code(keyword: str, number: str) -> str:
    """'text HOME to 741741' or 'text 741741', as the directory list and dialog show it."""
    if keyword:
        text = translate("DirectoryList", "text %1 to %2", "send a keyword to a number")
        return text.replace("%1", keyword).replace("%2", number)
    return translate("DirectoryList", "text %1", "send a text message to a number").replace(
        "%1", number
    )


class ResourceListModel(QAbstractListModel):
    """Rows are Resource objects; `ResourceRole` gives the entry itself."""

    ResourceRole = Qt.ItemDataRole.UserRole + 1
    FavouriteRole = Qt.ItemDataRole.UserRole + 2
    OutOfDateRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Resource] = []
        self._favourites: frozenset[str] = frozenset()
        self._getters: dict[int, Callable[[Resource], Any]] = {
            Qt.ItemDataRole.DisplayRole: self._display,
            Qt.ItemDataRole.ToolTipRole: self._spoken,
            Qt.ItemDataRole.AccessibleTextRole: self._spoken,
            self.ResourceRole: lambda r: r,
            self.FavouriteRole: lambda r: r.id in self._favourites,
            self.OutOfDateRole: lambda r: r.possibly_out_of_date(),
        }

    def set_resources(self, resources: Iterable[Resource], favourites: Iterable[str] = ()) -> None:
        """Show these rows. Only rows that differ are announced (and so repainted): a keystroke
        that leaves the top of the list as it was costs no painting there."""
        rows, marks = list(resources), frozenset(favourites)
        if marks != self._favourites or not self._rows or not rows:
            self.beginResetModel()
            self._rows, self._favourites = rows, marks
            self.endResetModel()
            return
        old = self._rows
        if len(rows) < len(old):
            self.beginRemoveRows(QModelIndex(), len(rows), len(old) - 1)
            self._rows = old[: len(rows)]
            self.endRemoveRows()
        elif len(rows) > len(old):
            self.beginInsertRows(QModelIndex(), len(old), len(rows) - 1)
            self._rows = old + rows[len(old) :]
            self.endInsertRows()
        changed = [i for i in range(min(len(old), len(rows))) if old[i] != rows[i]]
        self._rows = rows
        for row in changed:  # one row each: a view repaints all it shows for a wider range
            self.dataChanged.emit(self.index(row), self.index(row))

    def clear(self) -> None:
        self.set_resources([])

    def resource(self, row: int) -> Resource | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, resource_id: str) -> int:
        for row, resource in enumerate(self._rows):
            if resource.id == resource_id:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Asked for every role of every painted row: the roles not used are answered at once.
        getter = self._getters.get(role)
        if getter is None or not index.isValid():
            return None
        resource = self.resource(index.row())
        return None if resource is None else getter(resource)

    def _display(self, resource: Resource) -> str:
        mark = FAVOURITE_MARK if resource.id in self._favourites else ""
        stale = translate("DirectoryList", "possibly out of date")
        flag = f" · {stale}" if resource.possibly_out_of_date() else ""
        return f"{mark}{resource.name}\n{reach_summary(resource)}{flag}"

    def _spoken(self, resource: Resource) -> str:
        favourite = translate("DirectoryList", "favourite", "read aloud after a service's name")
        stale = translate("DirectoryList", "possibly out of date")
        extra = f", {favourite}" if resource.id in self._favourites else ""
        extra += f", {stale}" if resource.possibly_out_of_date() else ""
        return f"{resource.name}{extra}: {reach_summary(resource)}"
