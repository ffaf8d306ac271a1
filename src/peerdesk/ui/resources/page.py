"""The Resources page: search the referral directory, favourites and private notes, imports."""

from __future__ import annotations

from contextlib import nullcontext
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.errors import InvalidInput
from peerdesk.core.resources.entity import Resource
from peerdesk.ui.resources.browser import DirectoryBrowser
from peerdesk.ui.resources.countries import chosen_country
from peerdesk.ui.resources.crisis import show_directory_dialog
from peerdesk.ui.resources.form import ServiceForm, add_service_title
from peerdesk.ui.resources.import_dialog import ImportDialog
from peerdesk.ui.shared import words
from peerdesk.ui.shared.deid_guard import GuardBar, GuardedNoteEdit, may_identify_title
from peerdesk.ui.shared.drafts import DraftKeeper
from peerdesk.ui.shared.i18n import translate
from peerdesk.ui.shared.page import BasePage, UiContext
from peerdesk.ui.shared.text import wipe_text

__all__ = ["Page", "show_directory_dialog"]  # the unlock screen's hook imports the latter
NOTES_TOPIC = "resource_notes"
NOTE_DRAFT = "resource_note:"


class NotePanel(QWidget):
    """Favourite toggle and a private note for the shown entry (both kept in the vault)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.favourite = QCheckBox(translate("ResourcesPage", "Favo&urite"))
        self.favourite.setAccessibleName(translate("ResourcesPage", "Favourite"))
        # The identifier guard underlines names, numbers and the like: a note about a service
        # should not become a note about a colleague.
        self.note = GuardedNoteEdit()
        self.note.setTabChangesFocus(True)
        self.note.setAccessibleName(
            translate("ResourcesPage", "Your private note about this service")
        )
        self.note.setPlaceholderText(
            translate("ResourcesPage", "Only you can read this; it is kept in your vault.")
        )
        self.guard = GuardBar(self.note)
        # Three lines: at a large text size the card above needs the room more.
        self.note.setMaximumHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        label = QLabel(translate("ResourcesPage", "&Private note:"))
        label.setBuddy(self.note)
        self.save = QPushButton(translate("ResourcesPage", "Sa&ve note"))
        self.save.setAccessibleName(translate("ResourcesPage", "Save note"))
        self.state = QLabel("")
        self.state.setAccessibleName(translate("ResourcesPage", "Note status"))
        row = QHBoxLayout()
        row.addWidget(self.save)
        row.addWidget(self.favourite)
        row.addWidget(self.state, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(label)
        column.addWidget(self.note)
        column.addWidget(self.guard)
        column.addLayout(row)


class Page(BasePage):
    title = "Resources"
    icon_name = "resources"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setAccessibleName(words.page_titles()["resources"])
        from peerdesk.storage.directory import Directory

        self.notes = ctx.desk.resource_notes
        drafts = getattr(ctx.desk, "drafts", None)
        self.keeper = DraftKeeper(drafts, self._draft_key, self._draft, self) if drafts else None
        self.directory: Any = Directory.open()
        self.shown_id: str | None = None
        self.browser = DirectoryBrowser(self.directory, ctx.clipboard, with_favourites=True)
        self.panel = NotePanel()
        self.browser.card_area.addWidget(self.panel)
        self._layout()
        self._connect()
        self.browser.favourites = frozenset(self.notes.favourites())
        chosen = chosen_country()
        if chosen:  # the user's country first, its emergency number at the top of the list
            self.browser.filter_bar.set_filter("country", chosen)
        self.browser.run_search()
        self._show(self.browser.current())
        self._resume_note_draft()

    def _layout(self) -> None:
        heading = QLabel(f"<h2>{translate('ResourcesPage', 'Resources')}</h2>")
        self.add_button = QPushButton(
            translate("ResourcesPage", "A&dd your organisation's service…")
        )
        self.add_button.setAccessibleName(add_service_title())
        self.edit_button = QPushButton(translate("ResourcesPage", "Ed&it your service…"))
        self.edit_button.setAccessibleName(words.edit_your_service())
        self.import_button = QPushButton(translate("ResourcesPage", "I&mport…"))
        self.import_button.setAccessibleName(
            translate("ResourcesPage", "Import services from a file")
        )
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        for button in (self.edit_button, self.add_button, self.import_button):
            top.addWidget(button)
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.browser, 1)

    def _draft_key(self) -> str | None:
        return f"{NOTE_DRAFT}{self.shown_id}" if self.shown_id else None

    def _draft(self) -> dict[str, str]:
        return {"note": self.panel.note.toPlainText()}

    def _resume_note_draft(self) -> None:
        """Locked while writing a note: back on the same service with the same text."""
        if self.keeper is None or self.keeper.drafts.last_page() != "resources":
            return
        for key in self.keeper.drafts.keys(NOTE_DRAFT):
            self.browser.select(key.removeprefix(NOTE_DRAFT))
            return

    def _connect(self) -> None:
        if self.keeper is not None:
            self.keeper.watch(self.panel.note.textChanged)
        self.browser.current_changed.connect(self._show)
        self.panel.favourite.toggled.connect(self.set_favourite)
        self.panel.save.clicked.connect(lambda: self.save_note(confirm=True))
        self.add_button.clicked.connect(lambda: self.open_form(None))
        self.edit_button.clicked.connect(lambda: self.open_form(self.browser.current()))
        self.import_button.clicked.connect(self.open_import)

    # -- the shown entry -------------------------------------------------------------------
    def _show(self, resource: Resource | None) -> None:
        if self.shown_id and self.panel.note.document().isModified():
            self.save_note()  # moving on keeps what was typed rather than dropping it
        self.shown_id = resource.id if resource else None
        saved = self.notes.get(resource.id) if resource else None
        self.panel.setEnabled(resource is not None)
        self.panel.favourite.blockSignals(True)
        self.panel.favourite.setChecked(bool(saved and saved.favourite))
        self.panel.favourite.blockSignals(False)
        with self.keeper.quiet() if self.keeper is not None else nullcontext():
            self.panel.note.setPlainText(saved.note if saved else "")
        self.panel.note.document().setModified(False)
        self.panel.state.setText("")
        key = self._draft_key()
        kept = self.keeper.drafts.fields(key) if self.keeper is not None and key else None
        if kept and isinstance(kept.get("note"), str):
            self.panel.note.setPlainText(str(kept["note"]))  # modified: Save or moving on keeps it
            self.panel.state.setText("Your unsaved note is back.")
        self.edit_button.setVisible(resource is not None and resource.origin == "user")

    def set_favourite(self, on: bool) -> None:
        if self.shown_id is not None:
            self.notes.set_favourite(self.shown_id, on)  # notify → refresh() re-sorts the list

    def save_note(self, confirm: bool = False) -> None:
        """Save the note; with `confirm` (the Save button) ask first if the guard found something.

        Saving on the way to another entry never asks and never drops what was typed.
        """
        if self.shown_id is None:
            return
        findings = self.panel.note.scan_now()
        if findings and confirm and not self.confirm_findings(len(findings)):
            self.panel.note.setFocus()
            return
        try:
            self.notes.set_note(self.shown_id, self.panel.note.toPlainText())
        except InvalidInput as err:
            not_saved = translate("ResourcesPage", "⚠ Not saved: %1")
            self.panel.state.setText(not_saved.replace("%1", err.message))
            return
        self.panel.note.document().setModified(False)
        if self.keeper is not None:
            self.keeper.saved_or_dropped()
        if findings:
            found = len(findings)
            text = translate(
                "ResourcesPage",
                "Note saved in your vault. It may identify someone (%n underlined).",
                None,
                found,
            )
        else:
            text = translate("ResourcesPage", "Note saved in your vault.")
        self.panel.state.setText(text)

    def confirm_findings(self, count: int) -> bool:
        """Ask before saving a note that may identify someone; tests replace this."""
        answer = QMessageBox.question(
            self,
            may_identify_title(),
            translate(
                "ResourcesPage",
                "The note holds %n possible identifying detail(s) (underlined). Notes here are "
                "about services, not people. Save it anyway?",
                None,
                count,
            ),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Save

    # -- adding and importing --------------------------------------------------------------
    def open_form(self, existing: Resource | None) -> None:
        form = ServiceForm(self.directory, self, existing)
        if form.exec() and form.saved is not None:
            self.browser.reload()
            self.browser.select(form.saved.id)
            self.ctx.status(translate("ResourcesPage", "Service saved in the directory."))

    def open_import(self) -> None:
        dialog = ImportDialog(self.directory.path, self.ctx.runner, self)
        dialog.imported.connect(lambda _n: self.browser.reload())
        dialog.exec()

    # -- page contract ---------------------------------------------------------------------
    def refresh(self, topic: str) -> None:
        if topic == NOTES_TOPIC and self.directory is not None:
            # Later, not inside the list's own signal that may have caused this change.
            QTimer.singleShot(0, self._reload_favourites)

    def _reload_favourites(self) -> None:
        if self.directory is not None:
            self.browser.favourites = frozenset(self.notes.favourites())
            self.browser.run_search()

    def focus_search(self) -> None:
        self.browser.filter_bar.search.setFocus()
        self.browser.filter_bar.search.selectAll()

    def clear(self) -> None:
        if self.keeper is not None:
            self.keeper.stop()
        self.shown_id = None
        self.browser.clear()
        wipe_text(self.panel.note)
        self.browser.favourites = frozenset()
        if self.directory is not None:
            self.directory.close()
            self.directory = None
            self.browser.directory = None
