"""About and offline Help dialogs."""

from __future__ import annotations

import html

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from peerdesk import __version__
from peerdesk.ui.shared import words
from peerdesk.ui.shared.i18n import translate

LICENCES = (
    ("PeerDesk", "GNU GPL 3.0 or later"),
    ("Qt 6 / PySide6", "GNU LGPL 3.0 — you may replace these libraries with your own build"),
    ("cryptography", "Apache 2.0 or BSD"),
    ("sqlite-utils", "Apache 2.0"),
    ("zxcvbn (Python port)", "MIT"),
    ("phonenumbers", "Apache 2.0"),
    ("platformdirs", "MIT"),
)


def about_html() -> str:
    """Built when shown, so it is in the language loaded at start-up (names stay as they are)."""
    licences = {
        LICENCES[0][1]: translate("AboutDialog", "GNU GPL 3.0 or later"),
        LICENCES[1][1]: translate(
            "AboutDialog", "GNU LGPL 3.0 — you may replace these libraries with your own build"
        ),
        LICENCES[2][1]: translate("AboutDialog", "Apache 2.0 or BSD"),
    }
    items = "".join(
        f"<li><b>{name}</b>: {licences.get(licence, licence)}</li>" for name, licence in LICENCES
    )
    summary = translate(
        "AboutDialog",
        "A private notebook, practice room and reference shelf for workplace peer supporters.",
    )
    offline = translate(
        "AboutDialog",
        "<b>PeerDesk makes no network connections.</b> Everything you write stays in one "
        "encrypted vault file on this computer.",
    )
    heading = translate("AboutDialog", "Licences")
    return (
        f"<h2>PeerDesk {__version__}</h2><p>{summary}</p><p>{offline}</p>"
        f"<h3>{heading}</h3><ul>{items}</ul>"
    )


def _keys(sequence: str) -> str:
    """A shortcut as the desktop writes it, in its language ("Ctrl+L", "Ctrl+Maj+H")."""
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


def shortcut_rows() -> list[tuple[str, str]]:
    """The keyboard table of the help: keys, then what they do."""
    pages = translate("HelpDialog", "%1 … %2", "a range of shortcuts, e.g. Ctrl+1 … Ctrl+7")
    return [
        (_keys("Ctrl+L"), translate("HelpDialog", "Lock now")),
        (_keys("Ctrl+N"), words.new_contact()),
        (_keys("Ctrl+F"), translate("HelpDialog", "Search on the current page")),
        (pages.replace("%1", _keys("Ctrl+1")).replace("%2", _keys("Ctrl+7")),
         translate("HelpDialog", "Go to a page")),
        (_keys("Ctrl+,"), words.page_titles()["settings"]),
        (_keys("F1"), translate("HelpDialog", "This help")),
        (_keys("Ctrl+Q"), translate("HelpDialog", "Quit (after saving)")),
    ]  # fmt: skip


def help_html() -> str:
    """Built when shown, in the language loaded at start-up."""
    rows = "".join(
        f"<tr><td><b>{html.escape(keys)}</b></td><td>{html.escape(what)}</td></tr>"
        for keys, what in shortcut_rows()
    )
    sections = [
        ("h2", translate("HelpDialog", "Using PeerDesk")),
        ("p", translate(
            "HelpDialog",
            "Everything you write is kept in one encrypted vault on this computer. While it is "
            "unlocked, the contents are only in memory; PeerDesk saves the encrypted file a "
            "couple of seconds after each change. The status bar says whether all changes are "
            "saved.",
        )),
        ("h3", translate("HelpDialog", "Keyboard")),
        ("table", rows),
        ("h3", translate("HelpDialog", "Locking")),
        ("p", translate(
            "HelpDialog",
            "PeerDesk locks itself after a few idle minutes (you can change how many in "
            "Settings), and when you press %1. Locking saves, closes the vault, clears every "
            "page and the clipboard if it still holds something PeerDesk copied.",
        ).replace("%1", _keys("Ctrl+L"))),
        ("h3", translate("HelpDialog", "Forgot your passphrase?")),
        ("p", translate(
            "HelpDialog",
            'Choose "Use recovery key" on the unlock screen and type the recovery key you kept '
            "when the vault was created. You will then choose a new passphrase. Without the "
            "passphrase or the recovery key, nobody can open the vault, including the people "
            "who make PeerDesk.",
        )),
        ("h3", translate("HelpDialog", "Backups")),
        ("p", translate(
            "HelpDialog",
            "Each save keeps the previous encrypted copies next to the vault. If the vault file "
            "is ever damaged, the unlock screen offers to open the newest backup that still "
            "works.",
        )),
    ]  # fmt: skip
    return "".join(
        f'<table cellpadding="3">{body}</table>' if tag == "table" else f"<{tag}>{body}</{tag}>"
        for tag, body in sections
    )


class _TextDialog(QDialog):
    def __init__(self, title: str, html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(False)  # no network, not even a browser hand-off
        self.text.setAccessibleName(title)
        self.text.setHtml(html)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(560, 520)


class AboutDialog(_TextDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("AboutDialog", "About PeerDesk"), about_html(), parent)


class HelpDialog(_TextDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("HelpDialog", "PeerDesk help"), help_html(), parent)
