"""The page contract and the registry of main-window pages (each built on its first visit).

Page contract
-------------
A page is a ``QWidget`` subclass, usually derived from :class:`BasePage`, with

* class attributes ``title`` (sidebar text) and ``icon_name`` (an SVG in ``resources/icons``);
* a constructor taking one :class:`UiContext` (``desk``, ``runner``, ``clipboard``, ``settings``,
  ``status``, ``request_save``, ``open_page``, ``vault``,
  ``lock_and_run``) — it is built the first time the user visits it;
* ``refresh(topic)``: called on the GUI thread after every ``desk.notify(topic)``; reload what the
  topic touches (pages that are not visible may just remember to reload when shown);
* ``clear()``: called on lock: drop every piece of content from views, models, editors (and their
  undo stacks) and caches. After ``clear()`` the page is destroyed; a new one is built after unlock.

Threads: call ``ctx.desk`` (and anything touching ``vault.db``) on the GUI thread ONLY. The
in-memory SQLite connection is shared; a worker querying it while the GUI thread touches it
deadlocks (the Python authorizer callback needs the GIL while SQLite holds its mutex — reproduced).
Reads are fast (memory); give ``ctx.runner`` only plain data to crunch, never the desk.

Optional hooks the window routes shortcuts to, if the page has them: ``new_contact()`` (Ctrl+N, on
the contacts page), ``focus_search()`` (Ctrl+F, on the visible page).

A feature fills its page by creating ``peerdesk/ui/pages/<key>.py`` exposing a class ``Page``; until
that module exists the window shows a plain note saying what the page will hold (never fake data).
Inputs holding content call :func:`mark_sensitive`; every input needs an accessible name or a label
buddy (``tests/ui/test_accessibility.py`` checks).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget


@dataclass
class UiContext:
    """What every page receives: the unlocked desk and the window's shared services."""

    desk: Any  # peerdesk.core.desk.Desk
    runner: Any  # peerdesk.ui.tasks.Runner
    clipboard: Any  # peerdesk.ui.clipboard.SecureClipboard
    settings: Any  # peerdesk.ui.pages.AppSettings: .get(key), .set(key, value)
    status: Callable[[str], None]  # a short, content-free message in the status bar
    request_save: Callable[[], None]  # save soon (autosave also follows desk.notify)
    open_page: Callable[[str], None] = field(default=lambda _key: None)
    vault: Any = None  # the unlocked Vault (key changes, backups); GUI thread unless documented
    # Lock, then run work(vault_path) on the closed vault's files in the background (restore,
    # erase); the unlock flow waits and shows the result text. False if the user stayed unlocked.
    lock_and_run: Callable[[Callable[[], str], str], bool] | None = None


class AppSettings:
    """One get/set over both scopes: local file (before unlock) and the vault's settings table."""

    def __init__(
        self, local: Any, vault: Any | None, on_change: Callable[[str], None] | None = None
    ) -> None:
        self.local = local
        self.vault = vault
        self.on_change = on_change  # the window re-applies theme and text size

    def _store(self, key: str) -> Any:
        from peerdesk.core.settings import setting

        return self.local if setting(key).scope == "local" else self.vault

    def get(self, key: str) -> Any:
        store = self._store(key)
        if store is None:
            from peerdesk.core.settings import setting

            return setting(key).default
        return store.get(key)

    def set(self, key: str, value: Any) -> Any:
        result = self._store(key).set(key, value)
        if self.on_change is not None:
            self.on_change(key)
        return result


class BasePage(QWidget):
    """Convenience base: stores the context; subclasses override refresh() and clear()."""

    title = "Page"
    icon_name = "dashboard"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(self.title)

    def refresh(self, topic: str) -> None:
        """Reload after a change to `topic`."""

    def clear(self) -> None:
        """Drop all content (called on lock)."""

    def scroll_column(self) -> QVBoxLayout:
        """Fill the page with a frameless scroll area; returns the column layout inside it."""
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = QWidget()
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        return QVBoxLayout(inner)


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    icon_name: str
    coming: str  # what the page will hold, shown until a feature fills it
    shortcut_digit: int


PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "dashboard",
        "Dashboard",
        "dashboard",
        "An overview of your week: recent contacts, your self-care check-ins and reminders.",
        1,
    ),
    PageSpec(
        "contacts",
        "Contact log",
        "contacts",
        "A private log of the support conversations you have had, with follow-ups.",
        2,
    ),
    PageSpec(
        "selfcare",
        "Self-care",
        "selfcare",
        "Short check-ins on how you are doing, with trends over weeks and months.",
        3,
    ),
    PageSpec(
        "training",
        "Training",
        "training",
        "Practice scenarios and short modules to keep your skills fresh.",
        4,
    ),
    PageSpec(
        "resources",
        "Resources",
        "resources",
        "Crisis lines and referral services you can pass on, searchable offline.",
        5,
    ),
    PageSpec(
        "reports",
        "Reports",
        "reports",
        "De-identified summaries for your coordinator: counts only, never notes.",
        6,
    ),
    PageSpec("settings", "Settings", "settings", "", 7),
)

BY_KEY = {p.key: p for p in PAGES}


class PlaceholderPage(BasePage):
    """Shown until a feature fills the page: says plainly what will be here."""

    def __init__(self, ctx: UiContext, spec: PageSpec, parent: QWidget | None = None) -> None:
        self.title = spec.title
        self.icon_name = spec.icon_name
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<h2>{spec.title}</h2>")
        note = QLabel(f"{spec.coming}<br><br>This part of PeerDesk is not ready yet.")
        note.setWordWrap(True)
        note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addStretch(1)


def page_class(key: str) -> type[QWidget] | None:
    """The feature's Page class if its module exists, else None (the placeholder is used)."""
    module_name = f"{__name__}.{key}"
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as err:
        if err.name == module_name:
            return None
        raise
    cls = getattr(module, "Page", None)
    return cls if isinstance(cls, type) else None


def build_page(key: str, ctx: UiContext) -> QWidget:
    cls = page_class(key)
    if cls is None:
        return PlaceholderPage(ctx, BY_KEY[key])
    return cls(ctx)


def wipe_text(*edits: Any) -> None:
    """Lock: empty text editors AND their undo history (undo would bring the text back).

    Signals are blocked so that wiping is not taken for an edit to save or scan.
    """
    for edit in edits:
        edit.blockSignals(True)
        edit.clear()
        edit.document().clearUndoRedoStacks()
        edit.blockSignals(False)


def mark_sensitive(widget: QWidget) -> None:
    """Inputs holding content: keep input methods and predictive keyboards from learning it."""
    widget.setInputMethodHints(
        widget.inputMethodHints()
        | Qt.InputMethodHint.ImhSensitiveData
        | Qt.InputMethodHint.ImhNoPredictiveText
    )
