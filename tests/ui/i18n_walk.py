"""The pseudo-locale walker: which visible strings on a window surface skipped the translator.

With `PseudoTranslator` installed every string that went through `translate` shows as
"⟦Sàvé~~⟧"; a visible string without the marker was never offered to the translator. Used by
tests/ui/test_i18n_pseudo.py and scripts/untranslated.py (a report for the second round).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QTextEdit,
    QToolButton,
    QTreeView,
    QWidget,
)

from peerdesk.core.language import PSEUDO_OPEN

ALLOWLIST = Path(__file__).with_name("untranslated_allowlist.txt")
_TAG = re.compile(r"<[^>]+>")
# Markup inside a sentence ("shown <b>only now</b>: …") is one string, not three lines.
_INLINE = re.compile(r"</?(?:b|i|em|strong|code|span|a|u|tt)\b[^>]*>", re.IGNORECASE)


@dataclass(frozen=True)
class Allowed:
    surfaces: frozenset[str]  # not translated yet: the second round removes each line
    names: tuple[str, ...]  # proper names that no language translates (PeerDesk, MIT...)


def load_allowlist(path: Path = ALLOWLIST) -> Allowed:
    surfaces, names = set(), []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip() if not raw.startswith("name:") else raw.strip()
        if line.startswith("surface:"):
            surfaces.add(line.removeprefix("surface:").strip())
        elif line.startswith("name:"):
            names.append(line.removeprefix("name:").strip())
    # Longest first, so "Qt 6 / PySide6" goes before a shorter name inside it.
    return Allowed(frozenset(surfaces), tuple(sorted(names, key=len, reverse=True)))


def _lines(text: str) -> list[str]:
    plain = html.unescape(_TAG.sub("\n", _INLINE.sub("", text))) if _TAG.search(text) else text
    return [line.strip() for line in plain.replace("&&", "&").splitlines() if line.strip()]


def _own_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(what, text) pairs a person sees or hears for one widget."""
    for what in ("toolTip", "accessibleName", "accessibleDescription", "windowTitle"):
        yield what, getattr(widget, what)()
    if isinstance(widget, QLabel | QAbstractButton):
        yield "text", widget.text()
    if isinstance(widget, QGroupBox):
        yield "title", widget.title()
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        yield "placeholder", widget.placeholderText()
    if isinstance(widget, QTextEdit | QPlainTextEdit) and widget.isReadOnly():
        yield "document", widget.toPlainText()
    yield from _list_texts(widget)


def _list_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """Texts a widget shows as a list: items, tabs, column headers, menu entries."""
    if isinstance(widget, QComboBox) and not widget.isEditable():
        yield from (("item", widget.itemText(i)) for i in range(widget.count()))
    if isinstance(widget, QTabBar):
        yield from (("tab", widget.tabText(i)) for i in range(widget.count()))
    if isinstance(widget, QAbstractSpinBox):
        yield "special value", widget.specialValueText()
    if isinstance(widget, QListWidget):  # fixed lists of choices, not data tables
        yield from (("item", widget.item(i).text()) for i in range(widget.count()))
    header = _header(widget)
    if header is not None and header.isVisibleTo(widget):
        model = header.model()
        for section in range(header.count()):
            text = model.headerData(section, Qt.Orientation.Horizontal)
            yield "header", text if isinstance(text, str) else ""
    if isinstance(widget, QMenuBar | QMenu):
        for action in widget.actions():
            yield "action", action.text()
            if action.menu() is not None:
                yield from (("action", a.text()) for a in action.menu().actions())


def _header(widget: QWidget) -> QHeaderView | None:
    if isinstance(widget, QTableView):
        return widget.horizontalHeader()
    if isinstance(widget, QTreeView):
        return widget.header()
    return None


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, line) for every visible string under root, root included."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        label = f"{type(widget).__name__} {widget.objectName()!r}".replace(" ''", "")
        for what, text in _own_texts(widget):
            found.extend((f"{label} {what}", line) for line in _lines(text or ""))
    return found


def needs_translation(text: str, names: tuple[str, ...]) -> bool:
    """True for a string with words in it that did not go through the translator."""
    if PSEUDO_OPEN in text:
        return False
    for name in names:
        text = text.replace(name, " ")
    return any(ch.isalpha() for ch in text)


def untranslated(root: QWidget, allowed: Allowed) -> list[str]:
    seen: dict[str, None] = {}
    for where, text in visible_texts(root):
        if needs_translation(text, allowed.names):
            seen.setdefault(f"{where}: {text!r}", None)
    return list(seen)


def clipped(root: QWidget) -> list[str]:
    """Visible labels and buttons narrower than their text: what longer French would cut.

    Under the pseudo-locale every translated string is ~40 % longer, so this lists the places
    a layout will not cope with French (word-wrapped labels grow in height instead: skipped).
    """
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or not isinstance(widget, QLabel | QAbstractButton):
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            continue
        if _icon_only(widget):
            continue  # its text is a name for screen readers, never drawn
        if widget.width() + 1 < widget.minimumSizeHint().width():
            text = widget.text().replace("\n", " ")[:60]
            found.append(f"{type(widget).__name__} {text!r}: {widget.width()} px for "
                         f"{widget.minimumSizeHint().width()} px")  # fmt: skip
    return found


def _icon_only(widget: QWidget) -> bool:
    return (
        isinstance(widget, QToolButton)
        and widget.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    )


# --- the surfaces: every page, the unlock screens, the window's menus, every dialog ------
Builder = Callable[[], QWidget]
DIALOGS = (
    "AboutDialog", "HelpDialog", "PassphraseDialog", "TypedConfirmDialog", "SecretDialog",
    "RestoreDialog", "KeyDialog", "ServiceForm", "ImportDialog", "CrisisResourcesDialog",
    "DirectoryDialog", "ReferralDialog",
)  # fmt: skip


def dialog_builders(directory: Any, runner: Any, clipboard: Any) -> dict[str, Builder]:
    """Every dialog, with caller-supplied texts already marked so only its own text is judged."""
    from peerdesk.core.language import pseudo_text as marked
    from peerdesk.ui.resources.crisis import CrisisResourcesDialog
    from peerdesk.ui.resources.form import ServiceForm
    from peerdesk.ui.resources.hook import DirectoryDialog
    from peerdesk.ui.resources.import_dialog import ImportDialog
    from peerdesk.ui.resources.referral import ReferralDialog
    from peerdesk.ui.settings import data_dialogs as dd
    from peerdesk.ui.shared.dialogs import AboutDialog, HelpDialog

    t, i, a = marked("Title"), marked("Introduction"), marked("&Go")
    key = "2345-6789-2345-6789-2345-6789-2345-6789"  # data, not text: digits the walk lets pass
    return {
        "AboutDialog": AboutDialog,
        "HelpDialog": HelpDialog,
        "PassphraseDialog": lambda: dd.PassphraseDialog(None, t, i, a),
        "TypedConfirmDialog": lambda: dd.TypedConfirmDialog(None, t, i, marked("delete")),
        "SecretDialog": lambda: dd.SecretDialog(None, t, i, a),
        "RestoreDialog": lambda: dd.RestoreDialog(None, []),
        "KeyDialog": lambda: dd.KeyDialog(None, key, clipboard),
        "ServiceForm": lambda: ServiceForm(directory),
        "ImportDialog": lambda: ImportDialog(directory.path, runner),
        "CrisisResourcesDialog": lambda: CrisisResourcesDialog(directory),
        "DirectoryDialog": lambda: DirectoryDialog(directory),
        "ReferralDialog": lambda: ReferralDialog(directory),
    }
