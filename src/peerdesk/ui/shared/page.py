"""The page contract: what every main-window page receives (UiContext) and must offer (BasePage).

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

Each feature package has a ``page.py`` exposing a class ``Page``; `peerdesk.ui.shell.pages` lists
them in one table.
Inputs holding content call :func:`mark_sensitive`; every input needs an accessible name or a label
buddy (``tests/ui/test_accessibility.py`` checks).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from peerdesk.ui.shared.i18n import translate
from peerdesk.ui.shared.spacing import mark_page

if TYPE_CHECKING:
    from peerdesk.core.desk import Desk
    from peerdesk.storage.unlocked import Vault
    from peerdesk.ui.shared.clipboard import SecureClipboard
    from peerdesk.ui.shared.settings import AppSettings
    from peerdesk.ui.shared.tasks import Runner


@dataclass
class UiContext:
    """What every page receives: the unlocked desk and the window's shared services."""

    desk: Desk
    runner: Runner
    clipboard: SecureClipboard
    settings: AppSettings  # .get(key), .set(key, value) over both settings scopes
    status: Callable[[str], None]  # a short, content-free message in the status bar
    request_save: Callable[[], None]  # save soon (autosave also follows desk.notify)
    open_page: Callable[[str], QWidget | None] = field(default=lambda _key: None)
    vault: Vault | None = (
        None  # the unlocked Vault (key changes, backups); GUI thread unless documented
    )
    # Lock, then run work(vault_path) on the closed vault's files in the background (restore,
    # erase); the unlock flow waits and shows the result text. False if the user stayed unlocked.
    lock_and_run: Callable[[Callable[[], str], str], bool] | None = None


class BasePage(QWidget):
    """Convenience base: stores the context; subclasses override refresh() and clear()."""

    title = "Page"
    icon_name = "dashboard"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # Every page title is marked once, in the "Common" context (ui/shared/words.py).
        self.setAccessibleName(translate("Common", self.title))
        mark_page(self)  # its layout gets the page margin (ui/shared/spacing.py)

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
        mark_page(inner)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        return QVBoxLayout(inner)
