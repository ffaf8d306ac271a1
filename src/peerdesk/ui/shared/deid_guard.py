"""The de-identification guard in the note editor: debounced scan, underlines, one-click replace."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, QTimer, Signal
from PySide6.QtGui import QContextMenuEvent, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.deid import LABELS, Finding, scan
from peerdesk.core.errors import PeerDeskError
from peerdesk.ui.shared.i18n import translate
from peerdesk.ui.shared.text import mark_sensitive

DEBOUNCE_MS = 300
SHOWN_CHARS = 24  # of a finding, on its button
MAX_BUTTONS = 5  # more findings are reached with "Replace all" or the editor's context menu
KIND_WORDS = LABELS  # core's English words, by kind; kind_word() gives the window's language


def kind_words() -> dict[str, str]:
    """What each kind of finding is, for a sentence ("Replace a name with [NAME]")."""
    return {
        "name": translate("DeidGuard", "a name"),
        "email": translate("DeidGuard", "an e-mail address"),
        "phone": translate("DeidGuard", "a phone number"),
        "address": translate("DeidGuard", "an address"),
        "postcode": translate("DeidGuard", "a postcode"),
        "plate": translate("DeidGuard", "a licence plate"),
        "handle": translate("DeidGuard", "a social-media handle"),
        "date": translate("DeidGuard", "a date of birth"),
        "id": translate("DeidGuard", "an ID number"),
        "could_identify": translate("DeidGuard", "a detail that could identify someone"),
    }


def may_identify_title() -> str:
    """The title of the question asked before a guarded note is saved with findings in it."""
    return translate("DeidGuard", "The note may identify someone")


def kind_word(kind: str) -> str:
    """A finding's kind in words; a kind core adds later shows core's English until translated."""
    return kind_words().get(kind) or LABELS.get(kind, kind)


def configure_guard(region: str | None) -> None:
    """After unlock: the user's country first for phone numbers, and the numbers of every
    service in their directory (shipped, imported, their own) never flagged."""
    from peerdesk.core import deid
    from peerdesk.storage.directory import Directory

    try:
        directory = Directory.open()
        resources = directory.list()
        numbers = [p.number for r in resources for p in r.phones]
        numbers += [t.number for r in resources for t in r.text_codes]
    except (PeerDeskError, OSError):
        numbers = []  # the shipped directory's numbers are still known to the guard
    deid.configure(region=region, service_numbers=numbers)


def utf16_offset(text: str, index: int) -> int:
    """Qt counts positions in UTF-16 units; Python in code points (they differ for emoji)."""
    return len(text[:index].encode("utf-16-le")) // 2


class GuardedNoteEdit(QPlainTextEdit):
    """A plain-text note editor that scans itself for likely identifiers as the user types."""

    findings_changed = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.findings: list[Finding] = []
        self.setTabChangesFocus(True)
        mark_sensitive(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.scan_now)
        self.textChanged.connect(self._timer.start)

    def scan_now(self) -> list[Finding]:
        """Scan at once (also called before saving) and underline what was found."""
        self._timer.stop()
        self.findings = scan(self.toPlainText())
        self._underline()
        self.findings_changed.emit(list(self.findings))
        return self.findings

    def underline_format(self, soft: bool) -> QTextCharFormat:
        """Wavy link-coloured underline for identifiers; a dotted, quieter one for details that
        only could identify someone. Shapes differ, not only colours, and both follow the
        palette so dark mode works."""
        fmt = QTextCharFormat()
        if soft:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            fmt.setUnderlineColor(self.palette().color(QPalette.ColorRole.PlaceholderText))
        else:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(self.palette().color(QPalette.ColorRole.Link))
        return fmt

    def _underline(self) -> None:
        text = self.toPlainText()
        selections = []
        for item in self.findings:
            cursor = QTextCursor(self.document())
            cursor.setPosition(utf16_offset(text, item.start))
            cursor.setPosition(utf16_offset(text, item.end), QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = self.underline_format(item.soft)
            selections.append(selection)
        self.setExtraSelections(selections)

    def replace(self, items: Sequence[Finding]) -> None:
        """Put placeholders in place of `items`, as one undoable edit, then scan again."""
        text = self.toPlainText()
        if any(text[f.start : f.end] != f.text for f in items):
            self.scan_now()  # the text changed since the scan: offer fresh findings instead
            return
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        for item in sorted(items, key=lambda f: f.start, reverse=True):
            cursor.setPosition(utf16_offset(text, item.start))
            cursor.setPosition(utf16_offset(text, item.end), QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(item.replacement)
        cursor.endEditBlock()
        self.scan_now()

    def replace_all(self) -> None:
        """Replace the likely identifiers; "could identify" details are left to the person."""
        self.replace([f for f in self.scan_now() if not f.soft])

    def finding_at(self, point: QPoint) -> Finding | None:
        cursor = self.cursorForPosition(point)
        text = self.toPlainText()
        for item in self.findings:
            if utf16_offset(text, item.start) <= cursor.position() <= utf16_offset(text, item.end):
                return item
        return None

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu()
        item = self.finding_at(event.pos())
        first = menu.actions()[0]  # the guard's entries go above the standard ones
        if item is not None:
            text = translate("DeidGuard", "Replace with %1", "a placeholder such as [NAME]")
            action = menu.addAction(text.replace("%1", item.replacement))
            action.triggered.connect(lambda: self.replace([item]))
            menu.insertAction(first, action)
        if any(not f.soft for f in self.findings):
            every = menu.addAction(translate("DeidGuard", "Replace all possible identifiers"))
            every.triggered.connect(self.replace_all)
            menu.insertAction(first, every)
            menu.insertSeparator(first)
        menu.exec(event.globalPos())
        menu.deleteLater()


class GuardBar(QWidget):
    """Under the note: what the guard found, with a button per finding and "Replace all"."""

    def __init__(self, editor: GuardedNoteEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.buttons: list[QPushButton] = []
        self.replace_all_button = QPushButton(translate("DeidGuard", "Replace all"))
        self.replace_all_button.setAccessibleName(
            translate("DeidGuard", "Replace every possible identifier")
        )
        self.replace_all_button.clicked.connect(editor.replace_all)
        self._row = QHBoxLayout()
        self._row.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addLayout(self._row)
        editor.findings_changed.connect(self.show_findings)
        self.show_findings([])

    def show_findings(self, findings: list[Finding]) -> None:
        while self._row.count():
            taken = self._row.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None and widget is not self.replace_all_button:
                widget.deleteLater()
        self.buttons = []
        self.setVisible(bool(findings))
        if not findings:
            self.summary.setText("")
            return
        self.summary.setText(summary_text(findings))
        shown = translate("DeidGuard", "“%1” → %2", "the text found → its placeholder")
        spoken = translate("DeidGuard", "Replace %1 with %2", "Replace a name with [NAME]")
        for item in findings[:MAX_BUTTONS]:
            # The placeholder first: the text found is the person's and may hold "%2".
            text = shown.replace("%2", item.replacement).replace("%1", _short(item.text))
            button = QPushButton(text)
            button.setFlat(item.soft)  # the softer kind looks quieter here too
            words = kind_word(item.kind)
            button.setAccessibleName(spoken.replace("%2", item.replacement).replace("%1", words))
            button.clicked.connect(lambda _=False, f=item: self.editor.replace([f]))
            self._row.addWidget(button)
            self.buttons.append(button)
        hard = any(not f.soft for f in findings)
        if hard:
            self._row.addWidget(self.replace_all_button)
        self.replace_all_button.setVisible(hard)  # soft details are replaced one by one
        self._row.addStretch(1)


def _short(found: str) -> str:
    """A long finding (a whole description) cut short on its button, so that the row of
    buttons fits the window in any language; the underline in the note shows all of it."""
    return found if len(found) <= SHOWN_CHARS else found[: SHOWN_CHARS - 1].rstrip() + "…"


def summary_text(findings: Sequence[Finding]) -> str:
    """What the bar says: likely identifiers first, then the softer "could identify" kind."""
    hard = sum(not f.soft for f in findings)
    soft = len(findings) - hard
    likely = translate(
        "DeidGuard",
        "The text may identify someone (%n possible detail(s), wavy underline). Replacing them "
        "keeps it useful and private.",
        None,
        hard,
    )
    could = translate(
        "DeidGuard",
        "%n description(s) (dotted underline) could point to one person, for example a role in "
        "a small team. Worth a second look.",
        None,
        soft,
    )
    if hard and soft:
        both = translate("DeidGuard", "%1 %2", "two sentences: likely, then could identify")
        return both.replace("%1", likely).replace("%2", could)
    if hard:
        return likely
    return could if soft else ""
