"""The contact form: keyboard-first, with the identifier guard on the note and crisis help."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QWidget,
)

from peerdesk.core.contacts import vocab
from peerdesk.core.contacts.model import Contact
from peerdesk.core.contacts.service import ContactService
from peerdesk.core.contacts.validate import MAX_GROUP_SIZE, problems
from peerdesk.core.errors import InvalidInput
from peerdesk.ui.contacts import form_draft, form_layout, labels
from peerdesk.ui.contacts.crisis_panel import CrisisPanel
from peerdesk.ui.contacts.form_parts import CheckList, ReferralEditor
from peerdesk.ui.contacts.problems import plain_message, problem_text
from peerdesk.ui.shared.deid_guard import GuardBar, GuardedNoteEdit, may_identify_title
from peerdesk.ui.shared.drafts import DraftKeeper
from peerdesk.ui.shared.i18n import translate
from peerdesk.ui.shared.text import mark_sensitive, wipe_text

DEFAULT_DURATION = 30
FOLLOWUP_DAYS = 7


def combo(name: str, choices: dict[str, str]) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(name)
    for code, label in choices.items():
        box.addItem(label, code)
    return box


def set_code(box: QComboBox, code: object) -> None:
    index = box.findData(code)
    box.setCurrentIndex(max(index, 0))


class ContactForm(QWidget):
    """Emits `saved(contact)` after a successful add or update, `cancelled()` on Escape/Close.

    With `drafts` (the desk's drafts service) everything typed is kept in the vault as a draft
    until the contact is saved or the draft is discarded on purpose.
    """

    # Built by form_layout.lay_out (the quick log up front, the rest folded under "More details").
    form: QFormLayout
    details: QWidget
    scroller: QScrollArea

    saved = Signal(object)
    cancelled = Signal()

    def __init__(
        self, service: ContactService, drafts: Any = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.editing: Contact | None = None
        self.setAccessibleName(translate("ContactForm", "Contact form"))
        self._build_fields()
        self._lay_out()
        self.keeper: DraftKeeper | None = None
        if drafts is not None:
            self.keeper = DraftKeeper(drafts, self.draft_key, self.draft_fields, self)
            self._watch_edits(self.keeper)
        self._connect()
        self.start_new()
        form_layout.tab_chain(self)

    # -- building ------------------------------------------------------------------------------
    def _build_fields(self) -> None:
        self.heading = QLabel("")
        self.when = QDateTimeEdit()
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        self.duration = QLineEdit()
        self.duration.setMaxLength(5)
        names = labels.field_labels()
        self.channel = combo(names["channel"], labels.channels())
        self.kind = combo(names["kind"], labels.kinds())
        self.group_size = QSpinBox()
        self.group_size.setRange(2, MAX_GROUP_SIZE)
        self.group_size.setAccessibleDescription(
            translate("ContactForm", "A count only, never names")
        )
        self.started_by = combo(names["started_by"], labels.started_by())
        self.relationship = combo(names["relationship"], labels.relationships())
        self.topics = CheckList(names["topics"])
        self.add_topic_button = QPushButton(translate("ContactForm", "Add a topic…"))
        self.signs = CheckList(names["signs"])
        self.risk = combo(names["risk"], labels.risks())
        self.crisis = CrisisPanel()
        self.referrals = ReferralEditor()
        self.incident_ref = QLineEdit()
        mark_sensitive(self.incident_ref)
        self.followup = QCheckBox(translate("ContactForm", "Follow up &by"))
        self.followup_due = QDateEdit()
        self.followup_due.setCalendarPopup(True)
        self.followup_due.setDisplayFormat("yyyy-MM-dd")
        self.followup_due.setAccessibleName(names["followup_due"])
        self.followup_done = QCheckBox(translate("ContactForm", "Follow-up completed"))
        self.affect = QComboBox()
        self.affect.addItem(translate("ContactForm", "Not recorded", "how it affected me"), None)
        level_text = translate("ContactForm", "%1 — %2", "a level and its label: 3 — Somewhat")
        for level, label in labels.affect_labels().items():
            self.affect.addItem(level_text.replace("%1", str(level)).replace("%2", label), level)
        self.note = GuardedNoteEdit()
        self.guard = GuardBar(self.note)
        self.error = QLabel("")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(translate("ContactForm", "Problems with this contact"))
        self.save_button = QPushButton(translate("ContactForm", "Save (Ctrl+Enter)"))
        self.save_button.setAccessibleName(translate("ContactForm", "Save contact"))
        self.save_button.setDefault(False)
        self.cancel_button = QPushButton(translate("ContactForm", "Close (Esc)"))
        self.cancel_button.setAccessibleName(
            translate("ContactForm", "Close the form, keeping a draft")
        )
        self.cancel_button.setToolTip(
            translate("ContactForm", "What you typed stays as a draft until you save it.")
        )
        self.discard_button = QPushButton(translate("ContactForm", "Discard"))
        self.discard_button.setAccessibleName(translate("ContactForm", "Discard this draft"))

    def _lay_out(self) -> None:
        form_layout.lay_out(self)

    def _connect(self) -> None:
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.risk.currentIndexChanged.connect(self._risk_changed)
        self.followup.toggled.connect(self._followup_changed)
        self.add_topic_button.clicked.connect(self.ask_new_topic)
        # The guard's buttons are made afresh for each finding: keep them before Save.
        self.note.findings_changed.connect(lambda _f: form_layout.tab_chain(self))
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(lambda _checked: self.close_keeping_draft())
        self.discard_button.clicked.connect(lambda _checked: self.discard_draft())
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save, context=context)
        QShortcut(QKeySequence("Escape"), self, self.close_keeping_draft, context=context)

    def _watch_edits(self, keeper: DraftKeeper) -> None:
        keeper.watch(
            self.when.dateTimeChanged,
            self.duration.textChanged,
            self.group_size.valueChanged,
            self.topics.itemChanged,
            self.signs.itemChanged,
            self.referrals.listing.model().rowsInserted,
            self.referrals.listing.model().rowsRemoved,
            self.referrals.label_edit.textChanged,
            self.incident_ref.textChanged,
            self.followup.toggled,
            self.followup_due.dateChanged,
            self.followup_done.toggled,
            self.note.textChanged,
        )
        for box in (self.channel, self.kind, self.started_by, self.relationship, self.risk):
            keeper.watch(box.currentIndexChanged)
        keeper.watch(self.affect.currentIndexChanged)

    # -- drafts --------------------------------------------------------------------------------
    def draft_key(self) -> str:
        return form_draft.draft_key(self.editing)

    def draft_fields(self) -> dict[str, Any]:
        return form_draft.capture(self)

    def close_keeping_draft(self) -> None:
        """Esc or Close: leave the form; anything typed stays as a draft (never lost)."""
        keeper = self.keeper
        if keeper is not None and (keeper.pending() or keeper.drafts.get(self.draft_key())):
            keeper.stop()
            keeper.drafts.keep(self.draft_key(), {**self.draft_fields(), "closed": True})
        self.cancelled.emit()

    def discard_draft(self) -> None:
        if self.keeper is not None:
            self.keeper.saved_or_dropped(self.draft_key())
        self.cancelled.emit()

    def resume(self, key: str, fields: dict[str, Any]) -> None:
        """Fill the form from a kept draft (over the stored contact when it was an edit)."""
        contact_id = form_draft.edited_id(key)
        stored = self.service.get(contact_id) if contact_id is not None else None
        now = datetime.now().replace(second=0, microsecond=0)
        base = stored or Contact(when=now, duration_min=DEFAULT_DURATION)
        self.load(form_draft.as_contact(base, fields), editing=stored is not None)
        with self._quiet():
            self.duration.setText(str(fields.get("duration", self.duration.text())))
            self.referrals.label_edit.setText(str(fields.get("referral_typed") or ""))

    def _quiet(self) -> Any:
        from contextlib import nullcontext

        return self.keeper.quiet() if self.keeper is not None else nullcontext()

    # -- reacting ------------------------------------------------------------------------------
    def _kind_changed(self) -> None:
        group = self.kind.currentData() in vocab.GROUP_KINDS
        self.form.setRowVisible(self.group_size, group)
        if group:  # a group needs its size: never hide the question
            form_layout.show_details(self, True)

    def _risk_changed(self) -> None:
        escalated = self.risk.currentData() in vocab.ESCALATED_RISKS
        self.crisis.setVisible(escalated)
        if escalated:
            self.scroller.ensureWidgetVisible(self.crisis)

    def _followup_changed(self, on: bool) -> None:
        self.followup_due.setEnabled(on)
        self.followup_done.setEnabled(on)

    def ask_new_topic(self) -> None:
        label, ok = QInputDialog.getText(
            self,
            translate("ContactForm", "Add a topic"),
            translate("ContactForm", "Name of the new topic:"),
        )
        if not ok or not label.strip():
            return
        try:
            topic = self.service.add_topic(label)
        except InvalidInput as err:
            self.show_problems([(err.field or "topics", plain_message(err))])
            return
        checked = (*self.topics.checked(), topic.slug)
        self.topics.set_choices(self._topic_choices(checked), checked)

    def _topic_choices(self, keep: tuple[str, ...] = ()) -> dict[str, str]:
        """Visible topics, plus hidden ones this contact already has (they stay valid)."""
        every = labels.topic_labels(self.service.topic_labels())
        shown = {t.slug: every[t.slug] for t in self.service.topics()}
        shown.update({slug: every.get(slug, slug) for slug in keep if slug not in shown})
        return shown

    # -- loading and reading -------------------------------------------------------------------
    def start_new(self, draft: Contact | None = None) -> None:
        """A fresh contact (now, the last contact's channel and kind) or a copy; focus on the
        duration."""
        self.load(draft or self.remembered_defaults(), editing=False)

    def remembered_defaults(self) -> Contact:
        """Now, with how the last contact was held (most supporters log alike contacts)."""
        now = datetime.now().replace(second=0, microsecond=0)
        fresh = Contact(when=now, duration_min=DEFAULT_DURATION)
        latest = self.service.list(limit=1)
        if not latest:
            return fresh
        last = latest[0]
        return replace(
            fresh,
            duration_min=last.duration_min,
            channel=last.channel,
            kind=last.kind,
            group_size=last.group_size,
            started_by=last.started_by,
            relationship=last.relationship,
        )

    def load(self, contact: Contact, editing: bool = True) -> None:
        with self._quiet():
            self._fill(contact, editing)

    def _fill(self, contact: Contact, editing: bool) -> None:
        self.editing = contact if editing else None
        heading = (
            translate("ContactForm", "Edit contact")
            if editing
            else translate("ContactForm", "Log a contact")
        )
        self.heading.setText(f"<h2>{heading}</h2>")
        when = contact.when
        self.when.setDateTime(
            QDateTime(when.year, when.month, when.day, when.hour, when.minute, when.second)
        )
        self.duration.setText(str(contact.duration_min))
        for box, code in (
            (self.channel, contact.channel),
            (self.kind, contact.kind),
            (self.started_by, contact.started_by),
            (self.relationship, contact.relationship),
            (self.risk, contact.risk),
            (self.affect, contact.affect),
        ):
            set_code(box, code)
        self.group_size.setValue(contact.group_size or 2)
        self.topics.set_choices(self._topic_choices(contact.topics), contact.topics)
        self.signs.set_choices(labels.signs(), contact.signs)
        self.referrals.set_referrals(contact.referrals)
        self.incident_ref.setText(contact.incident_ref or "")
        self.followup.setChecked(contact.followup_due is not None)
        due = contact.followup_due or (contact.when.date() + timedelta(days=FOLLOWUP_DAYS))
        self.followup_due.setDate(QDate(due.year, due.month, due.day))
        self.followup_done.setChecked(contact.followup_done)
        self._followup_changed(self.followup.isChecked())
        self.note.setPlainText(contact.note)
        self.note.document().clearUndoRedoStacks()
        self.note.scan_now()
        self.error.setText("")
        self._kind_changed()
        self._risk_changed()
        form_layout.show_details(self, editing or _has_details(contact))

    def focus_first(self) -> None:
        self.duration.setFocus(Qt.FocusReason.OtherFocusReason)
        self.duration.selectAll()

    def read(self) -> Contact:
        """The contact as typed; InvalidInput (naming the field) when a number cannot be read."""
        raw = self.duration.text().strip()
        try:
            duration = int(raw)
        except ValueError:
            message = translate("ContactForm", "type the duration in whole minutes")
            raise InvalidInput(message, field="duration_min") from None
        kind = str(self.kind.currentData())
        base = self.editing or Contact(when=datetime.now(), duration_min=duration)
        return replace(
            base,
            when=_minute(self.when.dateTime().toPython()),
            duration_min=duration,
            channel=str(self.channel.currentData()),
            kind=kind,
            group_size=self.group_size.value() if kind in vocab.GROUP_KINDS else None,
            started_by=str(self.started_by.currentData()),
            relationship=str(self.relationship.currentData()),
            topics=self.topics.checked(),
            signs=self.signs.checked(),
            risk=str(self.risk.currentData()),
            referrals=tuple(self.referrals.referrals),
            incident_ref=self.incident_ref.text().strip() or None,
            followup_due=self._due(),
            followup_done=self.followup.isChecked() and self.followup_done.isChecked(),
            affect=self.affect.currentData(),
            note=self.note.toPlainText(),
        )

    def _due(self) -> date | None:
        if not self.followup.isChecked():
            return None
        value = self.followup_due.date().toPython()
        assert isinstance(value, date)
        return value

    # -- saving --------------------------------------------------------------------------------
    def save(self) -> Contact | None:
        """Check, ask about possible identifiers, then add or update; nothing partial is stored."""
        try:
            contact = self.read()
        except InvalidInput as err:
            self.show_problems([(err.field or "contact", plain_message(err))])
            return None
        found = problems(contact, self.service.topic_labels(), datetime.now())
        if found:
            self.show_problems(found)
            return None
        findings = self.note.scan_now()
        if findings and not self.confirm_findings(len(findings)):
            self.note.setFocus()
            return None
        key = self.draft_key()
        try:
            stored = self.service.update(contact) if self.editing else self.service.add(contact)
        except InvalidInput as err:
            self.show_problems([(err.field or "contact", plain_message(err))])
            return None
        if self.keeper is not None:
            self.keeper.saved_or_dropped(key)
        self.error.setText("")
        self.saved.emit(stored)
        return stored

    def confirm_findings(self, count: int) -> bool:
        """Ask before saving a note that may identify someone; tests replace this."""
        answer = QMessageBox.question(
            self,
            may_identify_title(),
            translate(
                "ContactForm",
                "The note still holds %n possible identifying detail(s) (underlined). "
                "Save it anyway?",
                None,
                count,
            ),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Save

    def show_problems(self, found: list[tuple[str, str]]) -> None:
        """List every problem with the field's name and put the focus on the first field."""
        names = labels.field_labels()
        line = translate("ContactForm", "%1: %2", "a field's name: what is wrong with it")
        lines = [
            line.replace("%1", names.get(_base(f), f)).replace("%2", problem_text(message))
            for f, message in found
        ]
        self.error.setText("\n".join(lines))
        self.error.setAccessibleDescription(" ".join(lines))
        widget = self.field_widget(found[0][0])
        if widget is not None and self.details.isAncestorOf(widget):
            form_layout.show_details(self, True)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            self.scroller.ensureWidgetVisible(widget)

    def field_widget(self, field: str) -> QWidget | None:
        widgets: dict[str, QWidget] = {
            "when": self.when,
            "duration_min": self.duration,
            "group_size": self.group_size,
            "topics": self.topics,
            "signs": self.signs,
            "risk": self.risk,
            "referrals": self.referrals.listing,
            "incident_ref": self.incident_ref,
            "followup_due": self.followup_due,
            "affect": self.affect,
            "note": self.note,
            "contact": self.topics,
        }
        return widgets.get(_base(field)) or getattr(self, _base(field), None)

    def clear(self) -> None:
        """Lock: forget everything typed, undo history included (the draft is already kept)."""
        if self.keeper is not None:
            self.keeper.stop()
        with self._quiet():  # emptying the form is not an edit to keep
            self.editing = None
            wipe_text(self.note)
            self.incident_ref.clear()
            self.referrals.set_referrals([])
            self.referrals.label_edit.clear()
            self.topics.clear()
            self.error.setText("")


def _has_details(contact: Contact) -> bool:
    """Anything in the folded part worth seeing at once (signs, referrals, a follow-up, …)."""
    return bool(
        contact.signs
        or contact.referrals
        or contact.incident_ref
        or contact.followup_due
        or contact.affect is not None
    )


def _base(field: str) -> str:
    return field.split("[", 1)[0]  # referrals[2] -> referrals


def _minute(moment: object) -> datetime:
    """A QDateTime's Python value, to the minute (Qt's stubs type toPython() as object)."""
    assert isinstance(moment, datetime)
    return moment.replace(second=0, microsecond=0)
