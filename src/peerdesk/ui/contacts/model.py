"""The contact list as a table model that loads rows from the repository a page at a time."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from peerdesk.core.contacts.model import Contact, ContactFilter
from peerdesk.core.contacts.service import ContactService
from peerdesk.ui.contacts import labels
from peerdesk.ui.shared import words
from peerdesk.ui.shared.i18n import translate
from peerdesk.ui.shared.locale_format import format_number

PAGE_SIZE = 200
CACHE_PAGES = 20  # ~4,000 rows held; older pages are dropped first
HAS_NOTE = "Has note"  # the English text of has_note_text()

# (English header, sort key of the service or None when the column cannot be sorted)
COLUMNS: tuple[tuple[str, str | None], ...] = (
    ("Date", "when"),
    ("Minutes", "duration_min"),
    ("Channel", "channel"),
    ("Kind", "kind"),
    ("Topics", None),
    ("Risk", "risk"),
    ("Follow-up", "followup_due"),
    ("Note", None),
)
FOLLOWUP_COLUMN = 6
# The view asks each visible cell for ~7 roles on every paint, through a Python call each:
# plain ints, read once, keep the roles nobody answers cheap (enum look-ups cost microseconds).
_TEXT_ROLES = frozenset({int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.AccessibleTextRole)})
_FONT_ROLE = int(Qt.ItemDataRole.FontRole)
_USER_ROLE = int(Qt.ItemDataRole.UserRole)
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def headers() -> tuple[str, ...]:
    """The column headers in the window's language, in the order of COLUMNS."""
    return (
        words.date(),
        translate("ContactTable", "Minutes"),
        words.channel_column(),
        translate("ContactTable", "Kind", "kind of support"),
        words.topics(),
        translate("ContactTable", "Risk"),
        words.follow_up(),
        words.note(),
    )


def has_note_text() -> str:
    """What the Note column says: only that there is one, never the note itself."""
    return translate("ContactTable", "Has note")


Index = QModelIndex | QPersistentModelIndex


class ContactTableModel(QAbstractTableModel):
    """Keeps only the ordered ids of the filtered list; contacts are fetched when shown."""

    def __init__(self, service: ContactService, parent: Any = None) -> None:
        super().__init__(parent)
        self.service = service
        self.filter = ContactFilter()
        self.today = date.today()
        self._ids: list[int] = []
        self._pages: dict[int, dict[int, Contact]] = {}  # page number -> id -> contact
        self._texts: dict[int, dict[int, tuple[str, ...]]] = {}  # page -> id -> cell texts
        self._bold = QFont()
        self._topic_labels: dict[str, str] = {}
        # Read once: the language does not change while PeerDesk runs.
        self._headers = headers()
        self._channels = labels.channels()
        self._kinds = labels.kinds()
        self._risks = labels.risks()
        self._has_note = has_note_text()

    # -- loading -------------------------------------------------------------------------------
    def set_filter(self, flt: ContactFilter) -> None:
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        """Fetch the ordered ids again (cheap even at 50,000) and forget cached rows."""
        self.beginResetModel()
        self.today = date.today()
        flt = replace(self.filter, today=self.today) if self.filter.followup else self.filter
        self._ids = self.service.ids(flt)
        self._pages.clear()
        self._texts.clear()
        self._bold = QFont()
        self._bold.setBold(True)  # due or overdue stands out without relying on colour
        self._topic_labels = labels.topic_labels(self.service.topic_labels())
        self.endResetModel()

    def clear(self) -> None:
        """Lock: drop every id and cached contact."""
        self.beginResetModel()
        self._ids = []
        self._pages.clear()
        self._texts.clear()
        self._topic_labels = {}
        self.endResetModel()

    def contact_at(self, row: int) -> Contact | None:
        if not 0 <= row < len(self._ids):
            return None
        page = row // PAGE_SIZE
        if page not in self._pages:
            self._load_page(page)
        return self._pages[page].get(self._ids[row])

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, contact_id: int) -> int:
        try:
            return self._ids.index(contact_id)
        except ValueError:
            return -1

    def texts_at(self, row: int) -> tuple[str, ...] | None:
        """Every cell's text of a row, made once while its page stays loaded."""
        contact = self.contact_at(row)
        if contact is None:
            return None
        texts = self._texts.setdefault(row // PAGE_SIZE, {})
        found = texts.get(self._ids[row])
        if found is None:
            found = tuple(self.cell_text(contact, column) for column in range(len(COLUMNS)))
            texts[self._ids[row]] = found
        return found

    def _load_page(self, page: int) -> None:
        if len(self._pages) >= CACHE_PAGES:
            oldest = next(iter(self._pages))  # oldest loaded page first
            self._pages.pop(oldest)
            self._texts.pop(oldest, None)
        chunk = self._ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
        self._pages[page] = {c.id: c for c in self.service.get_many(chunk) if c.id is not None}

    # -- Qt model ------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # No ToolTipRole: a tooltip with note text would reach accessibility summaries.
        if role in _TEXT_ROLES:
            texts = self.texts_at(index.row()) if index.isValid() else None
            column = index.column()
            return texts[column] if texts is not None and 0 <= column < len(texts) else None
        if role == _FONT_ROLE and index.column() == FOLLOWUP_COLUMN:
            contact = self.contact_at(index.row()) if index.isValid() else None
            return None if contact is None else self._followup_font(contact)
        if role == _USER_ROLE and 0 <= index.column() < len(COLUMNS):
            contact = self.contact_at(index.row()) if index.isValid() else None
            return None if contact is None else contact.id
        return None

    def cell_text(self, contact: Contact, column: int) -> str:
        texts = (
            lambda: contact.when.strftime("%Y-%m-%d %H:%M"),
            lambda: format_number(contact.duration_min),
            lambda: self._channels.get(contact.channel, contact.channel),
            lambda: self._kind_text(contact),
            lambda: self._topics_text(contact),
            lambda: self._risks.get(contact.risk, contact.risk),
            lambda: followup_text(contact, self.today),
            lambda: self._has_note if contact.note else "",  # never the note itself
        )
        return texts[column]()

    def _kind_text(self, contact: Contact) -> str:
        label = self._kinds.get(contact.kind, contact.kind)
        if not contact.group_size:
            return label
        text = translate("ContactTable", "%1 (%2)", "kind of support (group size)")
        return text.replace("%1", label).replace("%2", format_number(contact.group_size))

    def _topics_text(self, contact: Contact) -> str:
        return ", ".join(self._topic_labels.get(t, t) for t in contact.topics)

    def _followup_font(self, contact: Contact) -> QFont | None:
        return self._bold if contact.followup_open(self.today) else None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS) or COLUMNS[column][1] is None:
            return
        key = COLUMNS[column][1]
        assert key is not None
        descending = order == Qt.SortOrder.DescendingOrder
        self.filter = replace(self.filter, sort=key, descending=descending)
        self.reload()  # a reset, not a layout change: rows are re-fetched in the new order


def followup_text(contact: Contact, today: date) -> str:
    """'Overdue: …', 'Due today', 'Due …', 'Done' or '' — words, not only a colour."""
    due = contact.followup_due
    if due is None:
        return ""
    if contact.followup_done:
        return translate("ContactTable", "Done", "a follow-up")
    if due < today:
        return translate("ContactTable", "Overdue: %1", "a follow-up").replace(
            "%1", due.isoformat()
        )
    if due == today:
        return translate("ContactTable", "Due today", "a follow-up")
    return translate("ContactTable", "Due %1", "a follow-up, e.g. Due 2026-12-31").replace(
        "%1", due.isoformat()
    )
