"""About and offline Help dialogs."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from peerdesk import __version__
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


HELP_HTML = """
<h2>Using PeerDesk</h2>
<p>Everything you write is kept in one encrypted vault on this computer. While it is unlocked,
the contents are only in memory; PeerDesk saves the encrypted file a couple of seconds after each
change.
The status bar says whether all changes are saved.</p>
<h3>Keyboard</h3>
<table cellpadding="3">
<tr><td><b>Ctrl+L</b></td><td>Lock now</td></tr>
<tr><td><b>Ctrl+N</b></td><td>New contact</td></tr>
<tr><td><b>Ctrl+F</b></td><td>Search on the current page</td></tr>
<tr><td><b>Ctrl+1 … Ctrl+7</b></td><td>Go to a page</td></tr>
<tr><td><b>Ctrl+,</b></td><td>Settings</td></tr>
<tr><td><b>F1</b></td><td>This help</td></tr>
<tr><td><b>Ctrl+Q</b></td><td>Quit (after saving)</td></tr>
</table>
<h3>Locking</h3>
<p>PeerDesk locks itself after a few idle minutes (you can change how many in Settings), and when
you press Ctrl+L. Locking saves, closes the vault, clears every page and the clipboard if it still
holds something PeerDesk copied.</p>
<h3>Forgot your passphrase?</h3>
<p>Choose "Use recovery key" on the unlock screen and type the recovery key you kept when the vault
was created. You will then choose a new passphrase. Without the passphrase or the recovery key,
nobody can open the vault, including the people who make PeerDesk.</p>
<h3>Backups</h3>
<p>Each save keeps the previous encrypted copies next to the vault. If the vault file is ever
damaged, the unlock screen offers to open the newest backup that still works.</p>
"""


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
        super().__init__(translate("HelpDialog", "PeerDesk help"), HELP_HTML, parent)
