"""The Crisis & referral resources button: it works while locked (no personal data in it).

`show_resources(parent)` is the single hook. The resources page task fills it by providing
`peerdesk.ui.resources.page.show_directory_dialog(parent)`; until then, if the directory store
(`peerdesk.storage.directory`) exists, a plain searchable list of its entries is shown. PeerDesk
never shows a built-in list of numbers of its own here: a wrong crisis number is worse than none.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from peerdesk.ui.shared import words
from peerdesk.ui.shared.i18n import translate


def crisis_title() -> str:
    """The directory dialog's title, as the main window's own dialog says it."""
    from peerdesk.ui.resources.crisis import title

    return title()


def _optional(module: str, attr: str) -> Any:
    try:
        return getattr(importlib.import_module(module), attr, None)
    except ModuleNotFoundError as err:
        if err.name and module.startswith(err.name):
            return None
        raise


def show_resources(parent: QWidget | None) -> None:
    """Open the crisis and referral directory (no unlock needed)."""
    page_dialog: Callable[[QWidget | None], None] | None = _optional(
        "peerdesk.ui.resources.page", "show_directory_dialog"
    )
    if page_dialog is not None:
        page_dialog(parent)
        return
    directory = _optional("peerdesk.storage.directory", "Directory")
    if directory is None:
        QMessageBox.information(
            parent,
            crisis_title(),
            translate(
                "DirectoryDialog",
                "The directory of crisis and referral services is not included in this build "
                "yet. If someone is in immediate danger, call your local emergency number.",
            ),
        )
        return
    DirectoryDialog(directory.open(), parent).exec()


def describe(resource: Any) -> str:
    """One line per service: name, how to reach it, hours (all from the directory's data)."""
    parts = [str(getattr(resource, "name", resource))]
    from peerdesk.ui.resources.model import call_text

    call = call_text()
    phones = [call.replace("%1", p.number) for p in getattr(resource, "phones", ())]
    from peerdesk.ui.resources.model import text_code

    texts = [text_code(t.keyword, t.number) for t in getattr(resource, "text_codes", ())]
    reach = ", ".join(phones + texts)
    if reach:
        parts.append(reach)
    if getattr(resource, "open_24_7", False):
        parts.append(translate("DirectoryDialog", "24/7", "open around the clock"))
    elif getattr(resource, "hours", ""):
        parts.append(str(resource.hours))
    country = getattr(resource, "country", None)
    return (f"[{country}] " if country else "") + " — ".join(parts)


class DirectoryDialog(QDialog):
    """A minimal, read-only search over the directory until the resources page exists."""

    def __init__(self, directory: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(crisis_title())
        self.directory = directory
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setAccessibleName(words.search_directory())
        self.search.setPlaceholderText(
            translate("DirectoryDialog", "Search by name, country or need")
        )
        label = QLabel(words.search_field())
        label.setBuddy(self.search)
        self.results = QListWidget()
        self.results.setAccessibleName(translate("DirectoryDialog", "Services"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for widget in (label, self.search, self.results, buttons):
            layout.addWidget(widget)
        self.search.textChanged.connect(self._update)
        self.resize(640, 480)
        self._update("")

    def _update(self, text: str) -> None:
        self.results.clear()
        for item in self.directory.search(text.strip()):
            self.results.addItem(describe(getattr(item, "resource", item)))
