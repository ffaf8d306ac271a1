"""The Contact log page: the filtered list with undoable delete, and the form to log or edit."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.contacts.model import Contact, ContactFilter
from peerdesk.core.errors import InvalidInput
from peerdesk.ui.contacts import form_draft
from peerdesk.ui.contacts.columns import ColumnFitter
from peerdesk.ui.contacts.filters import FilterBar
from peerdesk.ui.contacts.form import ContactForm
from peerdesk.ui.contacts.model import ContactTableModel
from peerdesk.ui.contacts.problems import as_sentence, plain_message, problem_text
from peerdesk.ui.contacts.retention import offer_retention_purge
from peerdesk.ui.shared import words
from peerdesk.ui.shared.i18n import translate
from peerdesk.ui.shared.page import BasePage, UiContext
from peerdesk.ui.shared.rows import even_rows

TOPIC = "contacts"


class Page(BasePage):
    title = "Contact log"
    icon_name = "contacts"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setAccessibleName(words.page_titles()["contacts"])
        self.service = ctx.desk.contacts
        self.deleted: list[Contact] = []  # for undo; dropped on lock
        self._shown_once = False
        self._cleared = False
        self.model = ContactTableModel(self.service, self)
        self.filters = FilterBar()
        self.drafts = getattr(ctx.desk, "drafts", None)
        self.form = ContactForm(self.service, self.drafts)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_list())
        self.stack.addWidget(self.form)
        QVBoxLayout(self).addWidget(self.stack)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self.reload)
        self._connect()
        self.reload()
        self._resume_after_unlock()

    # -- building ------------------------------------------------------------------------------
    def _build_list(self) -> QWidget:
        self.list_view = QWidget()
        self.new_button = QPushButton(translate("ContactsPage", "&New contact (Ctrl+N)"))
        self.new_button.setAccessibleName(words.new_contact())
        header = QHBoxLayout()
        heading = words.page_titles()["contacts"]
        header.addWidget(QLabel(f"<h2>{heading}</h2>"), 1)
        header.addWidget(self.new_button)
        self.summary = QLabel("")
        self.summary.setAccessibleName(translate("ContactsPage", "List summary"))
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)  # the empty-list advice is long in French
        self.summary.linkActivated.connect(self.show_followups)
        self.table = self._build_table()
        self.edit_button = QPushButton(translate("ContactsPage", "Edi&t"))
        self.similar_button = QPushButton(translate("ContactsPage", "Log &similar"))
        self.similar_button.setAccessibleName(translate("ContactsPage", "Log a similar contact"))
        self.delete_button = QPushButton(translate("ContactsPage", "&Delete"))
        actions = QHBoxLayout()
        actions.addWidget(self.summary, 1)
        for button in (self.edit_button, self.similar_button, self.delete_button):
            actions.addWidget(button)
        column = QVBoxLayout(self.list_view)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(header)
        column.addWidget(self.filters)
        column.addWidget(self._build_undo_bar())
        column.addWidget(self._build_draft_bar())
        column.addWidget(self.table, 1)
        column.addLayout(actions)
        return self.list_view

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setAccessibleName(words.contacts())
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        even_rows(table)  # fixed heights: no per-row measuring at 50,000
        table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        table.setSortingEnabled(True)
        ColumnFitter(table)  # Topics takes the spare width; nothing scrolls sideways
        return table

    def _build_undo_bar(self) -> QFrame:
        self.undo_bar = QFrame()
        self.undo_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.undo_label = QLabel("")
        self.undo_button = QPushButton(translate("ContactsPage", "Undo (Ctrl+Z)"))
        self.undo_button.setAccessibleName(translate("ContactsPage", "Undo delete"))
        row = QHBoxLayout(self.undo_bar)
        row.addWidget(self.undo_label, 1)
        row.addWidget(self.undo_button)
        self.undo_bar.hide()
        return self.undo_bar

    def _build_draft_bar(self) -> QFrame:
        self.draft_bar = QFrame()
        self.draft_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.draft_label = QLabel("")
        self.resume_button = QPushButton(translate("ContactsPage", "Resu&me draft"))
        self.resume_button.clicked.connect(lambda _checked: self.resume_draft())
        row = QHBoxLayout(self.draft_bar)
        row.addWidget(self.draft_label, 1)
        row.addWidget(self.resume_button)
        self.draft_bar.hide()
        return self.draft_bar

    def _draft_keys(self) -> list[str]:
        return self.drafts.keys(form_draft.PREFIX) if self.drafts is not None else []

    def _update_draft_bar(self) -> None:
        count = len(self._draft_keys())
        if count:
            self.draft_label.setText(
                translate("ContactsPage", "%n unfinished contact(s) kept as a draft.", None, count)
            )
        self.draft_bar.setVisible(bool(count))

    def resume_draft(self, key: str | None = None) -> bool:
        """Open a kept draft in the form; False when there is none."""
        keys = self._draft_keys()
        key = key if key in keys else (keys[0] if keys else None)
        fields = self.drafts.fields(key) if key is not None and self.drafts else None
        if key is None or fields is None:
            return False
        self.form.resume(key, fields)
        self._show_form()
        self.ctx.status(
            translate("ContactsPage", "Your unfinished contact is back, as you left it.")
        )
        return True

    def _resume_after_unlock(self) -> None:
        """Locked (or auto-locked) with the form open: the same form with the same text."""
        if self.drafts is None or self.drafts.last_page() != "contacts":
            return
        for key in self._draft_keys():
            fields = self.drafts.fields(key)
            if fields is not None and not fields.get("closed"):
                self.resume_draft(key)
                return

    def _connect(self) -> None:
        self.new_button.clicked.connect(self.new_contact)
        self.edit_button.clicked.connect(self.edit_selected)
        self.similar_button.clicked.connect(self.log_similar)
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button.clicked.connect(self.undo_delete)
        self.table.activated.connect(lambda _index: self.edit_selected())
        self.filters.changed.connect(self.apply_filters)
        self.filters.search.returnPressed.connect(self.filters.flush)
        self.form.saved.connect(self._saved)
        self.form.cancelled.connect(self.show_list)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence.StandardKey.Undo, self.list_view, self.undo_delete, context=context)
        QShortcut(
            QKeySequence.StandardKey.Delete, self.table, self.delete_selected, context=context
        )

    # -- list ----------------------------------------------------------------------------------
    def reload(self) -> None:
        """Fetch the list again, keeping the selected contact selected."""
        self._reload_timer.stop()
        chosen = self.selected_id()
        self.filters.set_topics(self.service.topic_labels())
        self.model.reload()
        self._select(chosen)
        self._update_summary()
        self._update_draft_bar()

    def show_followups(self, which: str = "due") -> None:
        """The list filtered to follow-ups ("due" includes overdue, or "overdue" only)."""
        if self.stack.currentWidget() is self.form:
            self.form.close_keeping_draft()
        self.filters.show_only_followups(which)
        self.apply_filters()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def apply_filters(self) -> None:
        try:
            self.model.set_filter(self.filters.current(self.model.filter))
        except InvalidInput as err:
            self.summary.setText(as_sentence(problem_text(plain_message(err))))
            return
        self._update_summary()

    def _update_summary(self) -> None:
        shown = self.model.rowCount()
        due = self.service.count(ContactFilter(followup="due"))
        text = translate("ContactsPage", "%n contact(s) shown", None, shown)
        if shown == 0:
            text = self._empty_text()
        if due and self.model.filter.followup != "due":
            # A link to exactly those contacts (no dead end).
            link = translate("ContactsPage", "%n follow-up(s) due or overdue", None, due)
            both = translate("ContactsPage", "%1 · %2", "the list summary, then a link")
            text = both.replace("%1", text).replace("%2", f'<a href="due">{link}</a>')
        self.summary.setText(text)
        has_row = self.selected_id() is not None
        for button in (self.edit_button, self.similar_button, self.delete_button):
            button.setEnabled(has_row)

    def _empty_text(self) -> str:
        """An empty list says why and what to do next."""
        if self.service.count() == 0:
            return translate(
                "ContactsPage",
                "No contacts yet. Press Ctrl+N or New contact to log your first one.",
            )
        return translate(
            "ContactsPage",
            "No contacts match these filters. Clear the search or choose “Any” to see more.",
        )

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.id_at(rows[0].row()) if rows else None

    def _select(self, contact_id: int | None) -> None:
        row = self.model.row_of(contact_id) if contact_id is not None else -1
        if row < 0:
            row = 0 if self.model.rowCount() else -1
        if row < 0:
            return
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        flags |= QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)
        self.table.scrollTo(self.model.index(row, 0))

    def _changed(self) -> None:
        """After our own change: one reload, even if the window also calls refresh()."""
        self._reload_timer.start()

    # -- actions -------------------------------------------------------------------------------
    def new_contact(self) -> None:
        """Ctrl+N: an empty form dated now, the cursor in the duration field."""
        if self.stack.currentWidget() is self.form and self.form.editing is None:
            self.form.focus_first()  # keep what is being typed
            return
        if self.resume_draft(form_draft.NEW):
            return
        self.form.start_new()
        self._show_form()

    def edit_selected(self) -> None:
        contact_id = self.selected_id()
        if contact_id is None:
            return
        if self.resume_draft(form_draft.draft_key(self.service.get(contact_id))):
            return
        self.form.load(self.service.get(contact_id))
        self._show_form()

    def log_similar(self) -> None:
        """Duplicate: a draft with the same choices, dated now, without note or number."""
        contact_id = self.selected_id()
        if contact_id is None:
            return
        self.form.start_new(self.service.draft_copy(contact_id))
        self._show_form()

    def delete_selected(self) -> None:
        contact_id = self.selected_id()
        if contact_id is None:
            return
        row = self.model.row_of(contact_id)
        self.deleted.append(self.service.delete(contact_id))
        self.undo_label.setText(translate("ContactsPage", "Contact deleted."))
        self.undo_bar.show()
        self.reload()
        if self.model.rowCount():
            self._select(self.model.id_at(min(row, self.model.rowCount() - 1)))
        self.ctx.status(translate("ContactsPage", "Contact deleted. Ctrl+Z brings it back."))

    def undo_delete(self) -> None:
        if not self.deleted:
            return
        contact = self.service.restore(self.deleted.pop())
        self.undo_bar.setVisible(bool(self.deleted))
        self.reload()
        self._select(contact.id)
        self.ctx.status(translate("ContactsPage", "Contact restored."))

    def focus_search(self) -> None:
        if self.stack.currentWidget() is self.form:
            self.ctx.status(
                translate("ContactsPage", "Save or cancel the contact first, then search.")
            )
            return
        self.filters.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filters.search.selectAll()

    def _show_form(self) -> None:
        self.stack.setCurrentWidget(self.form)
        self.form.scroller.verticalScrollBar().setValue(0)
        self.form.focus_first()

    def show_list(self) -> None:
        self.form.clear()
        self.stack.setCurrentWidget(self.list_view)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_draft_bar()

    def _saved(self, contact: Contact) -> None:
        self.show_list()
        self.reload()
        self._select(contact.id)
        self.ctx.status(translate("ContactsPage", "Contact saved."))
        self.ctx.request_save()

    # -- page contract -------------------------------------------------------------------------
    def refresh(self, topic: str) -> None:
        if topic == TOPIC:
            self._changed()

    def clear(self) -> None:
        self._cleared = True
        self._reload_timer.stop()
        self.deleted.clear()
        self.undo_bar.hide()
        self.form.clear()
        self.filters.search.clear()
        self.model.clear()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            QTimer.singleShot(0, self._offer_retention)

    def _offer_retention(self) -> None:
        if not self._cleared:  # a lock right after opening the page closed the vault
            offer_retention_purge(self.ctx, self.window())
