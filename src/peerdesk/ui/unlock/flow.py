"""The way into the vault: picks the screen, runs the key derivation off the GUI thread."""

from __future__ import annotations

import html
import logging
import threading
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from peerdesk.core.errors import (
    PeerDeskError,
    UnlockTooCostly,
    VaultDamaged,
    VaultInUse,
    VaultNotFound,
    VaultTooNew,
    WrongPassphrase,
)
from peerdesk.ui.shared.clipboard import SecureClipboard
from peerdesk.ui.shared.i18n import translate
from peerdesk.ui.shared.tasks import Runner
from peerdesk.ui.unlock import keyout
from peerdesk.ui.unlock.problems import (
    problem_message,
    rollback_message,
    wrong_passphrase_text,
)
from peerdesk.ui.unlock.screens import (
    CreateScreen,
    ProblemScreen,
    RecoveryKeyScreen,
    RecoveryScreen,
    UnlockScreen,
    WelcomeScreen,
)

log = logging.getLogger(__name__)
_S = TypeVar("_S", bound=QWidget)
_prewarm_started = threading.Event()


class UnlockFlow(QStackedWidget):
    """Emits `unlocked(vault)` once a vault is open; `resources_requested` works while locked."""

    unlocked = Signal(object)
    resources_requested = Signal()
    quit_requested = Signal()

    def __init__(self, vault_path: Path, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault_path = vault_path
        self.runner = runner
        self.clipboard = SecureClipboard(parent=self)  # the window shares its own
        self.create_options: dict[str, Any] = {}  # e.g. kdf_params for tests and the demo
        self._pending_vault: Any = None  # created or recovered, waiting for the next step
        self._retry_secret: str | None = None  # only while the damaged screen is shown
        # The window adds its first-run step (the country) when the welcome screen is built.
        self.decorate_welcome: Callable[[WelcomeScreen], Any] | None = None
        self.welcome_extra: Any = None

    # Each screen is built the first time it is needed: a returning user only ever sees the
    # unlock screen, and building the other six cost ~60 ms of the window's start.
    def _add(self, screen: _S) -> _S:
        self.addWidget(screen)
        return screen

    def _built(self, name: str) -> Any:
        """The screen if it was ever built, else None (nothing to clear or reset)."""
        return self.__dict__.get(name)

    @cached_property
    def welcome(self) -> WelcomeScreen:
        screen = self._add(WelcomeScreen())
        if self.decorate_welcome is not None:
            self.welcome_extra = self.decorate_welcome(screen)
        screen.create.connect(lambda: self._go(self.create_screen))
        screen.resources.connect(self.resources_requested)
        return screen

    @cached_property
    def create_screen(self) -> CreateScreen:
        return self._passphrase_screen(
            translate("CreateScreen", "Create your vault"),
            translate(
                "CreateScreen",
                "Choose a passphrase of at least 15 characters. A few unrelated words with "
                "spaces work well. Nobody, including PeerDesk, can open the vault without it "
                "or the recovery key you will see next.",
            ),
            translate("CreateScreen", "Create &vault"),
            back=lambda: self._go(self.welcome),
            submitted=self._create,
        )

    @cached_property
    def key_screen(self) -> RecoveryKeyScreen:
        screen = self._add(RecoveryKeyScreen())
        screen.copy.connect(lambda key: keyout.copy_key(self.clipboard, key))
        screen.print_key.connect(lambda key: keyout.print_key(self, key))
        screen.save_key.connect(lambda key: keyout.save_key(self, key))
        screen.done.connect(self._hand_over)
        return screen

    @cached_property
    def unlock_screen(self) -> UnlockScreen:
        screen = self._add(UnlockScreen())
        screen.unlock.connect(self._unlock)
        screen.recovery.connect(lambda: self._go(self.recovery))
        screen.resources.connect(self.resources_requested)
        return screen

    @cached_property
    def recovery(self) -> RecoveryScreen:
        screen = self._add(RecoveryScreen())
        screen.back.connect(self.start)
        screen.submitted.connect(self._recover)
        return screen

    @cached_property
    def new_passphrase(self) -> CreateScreen:
        return self._passphrase_screen(
            translate("CreateScreen", "Choose a new passphrase"),
            translate(
                "CreateScreen",
                "Your vault is open with the recovery key. Choose a new passphrase for "
                "everyday use; the recovery key keeps working.",
            ),
            translate("CreateScreen", "&Save new passphrase"),
            back=self._skip_new_passphrase,
            submitted=self._set_new_passphrase,
        )

    def _passphrase_screen(
        self,
        heading: str,
        intro: str,
        action: str,
        back: Callable[[], None],
        submitted: Callable[[str], None],
    ) -> CreateScreen:
        """A new-passphrase screen (creating the vault, or after the recovery key)."""
        screen = self._add(CreateScreen(heading, intro, action))
        screen.back.connect(back)
        screen.submitted.connect(submitted)
        return screen

    @cached_property
    def problem(self) -> ProblemScreen:
        screen = self._add(ProblemScreen())
        screen.back.connect(self._problem_back)
        screen.quit.connect(self.quit_requested)
        screen.action.connect(self._problem_action)
        return screen

    def _problem_back(self) -> None:
        self.discard_pending()  # e.g. an older copy the person chose not to open
        self.start()

    # -- navigation ------------------------------------------------------------------------
    def start(self) -> None:
        """Show the right first screen: unlock if a vault exists, otherwise the welcome."""
        self._retry_secret = None
        if self.vault_path.exists():
            self.unlock_screen.set_vault_path(str(self.vault_path))
            self.unlock_screen.set_busy(False)
            self._go(self.unlock_screen)
            start_prewarm()
        else:
            self._go(self.welcome)

    def _go(self, screen: QWidget) -> None:
        self.setCurrentWidget(screen)
        focus: QWidget | None = None
        if isinstance(screen, CreateScreen):
            focus = screen.form.first
        elif isinstance(screen, (UnlockScreen, RecoveryScreen)):
            focus = screen.field
        elif isinstance(screen, RecoveryKeyScreen):
            focus = screen.check
        (focus or screen).setFocus()

    def set_demo_passphrase(self, passphrase: str | None) -> None:
        self.unlock_screen.set_demo_passphrase(passphrase)

    def clear(self) -> None:
        """Forget everything typed (called on lock and before showing the flow again)."""
        for name in ("unlock_screen", "recovery"):
            if (screen := self._built(name)) is not None:
                screen.field.clear()
        for name in ("create_screen", "new_passphrase"):
            if (screen := self._built(name)) is not None:
                screen.reset()
        if (key_screen := self._built("key_screen")) is not None:
            key_screen.show_key("")
        self._retry_secret = None

    # -- create ----------------------------------------------------------------------------
    def _create(self, passphrase: str) -> None:
        from peerdesk.storage.vault import create_vault

        self.create_screen.set_busy(True, translate("UnlockFlow", "Creating your vault…"))
        path, options = self.vault_path, dict(self.create_options)
        self.runner.run(
            lambda: create_vault(path, passphrase, **options), self._created, self._create_failed
        )

    def _created(self, result: tuple[Any, str]) -> None:
        vault, key = result
        self._pending_vault = vault
        self.create_screen.reset()
        self.key_screen.show_key(key)
        self._go(self.key_screen)

    def _create_failed(self, err: BaseException) -> None:
        message = (
            err.message
            if isinstance(err, PeerDeskError)
            else translate("UnlockFlow", "Could not create the vault.")
        )
        self.create_screen.set_busy(False, message)

    def _hand_over(self) -> None:
        """Give the open vault to the window; an older copy first asks whether to go on."""
        vault, self._pending_vault = self._pending_vault, None
        if vault is not None and getattr(vault, "rollback", None) is not None:
            self._ask_about_older_copy(vault)
        elif vault is not None:
            self.unlocked.emit(vault)

    # -- unlock ----------------------------------------------------------------------------
    def _unlock(self, passphrase: str) -> None:
        from peerdesk.storage.vault import open_vault

        self.unlock_screen.set_busy(True, translate("UnlockFlow", "Unlocking…"))
        path = self.vault_path
        self.runner.run(
            lambda: open_vault(path, passphrase=passphrase),
            self._opened,
            lambda err: self._unlock_failed(err, passphrase),
        )

    def _opened(self, vault: Any) -> None:
        self.unlock_screen.field.clear()
        self.unlock_screen.set_busy(False)
        self._retry_secret = None
        self._pending_vault = vault
        self._hand_over()

    def _ask_about_older_copy(self, vault: Any) -> None:
        """An older copy than the one last opened here: the person decides whether to go on."""
        self._pending_vault = vault
        message = translate(
            "UnlockFlow",
            "%1<br><br>If you did not expect this, go back: the vault stays closed. If you go "
            "on, this copy becomes the one PeerDesk expects here.",
            "%1: what the older copy is (from the vault)",
        )
        self.problem.present(
            "rollback",
            translate("UnlockFlow", "This is an older copy of your vault"),
            message.replace("%1", rollback_message(vault.rollback)),
            translate("UnlockFlow", "&Go on with this copy"),
        )
        self._go(self.problem)

    def _unlock_failed(self, err: BaseException, secret: str, recovery: bool = False) -> None:
        screen = self.recovery if recovery else self.unlock_screen
        screen.field.clear()
        if isinstance(err, WrongPassphrase):
            text = (
                translate("UnlockFlow", "That recovery key does not open this vault.")
                if recovery
                else wrong_passphrase_text()
            )
            screen.set_busy(False, text)
            screen.field.setFocus()
            return
        screen.set_busy(False)
        self.show_problem(err, secret, recovery)

    def show_problem(self, err: BaseException, secret: str = "", recovery: bool = False) -> None:
        """A separate, clear screen for a damaged vault, a vault in use, or a newer format."""
        if isinstance(err, VaultDamaged):
            self._damaged(err, secret, recovery)
        elif isinstance(err, VaultInUse):
            heading = translate("UnlockFlow", "This vault is already open")
            self.problem.present("in-use", heading, problem_message(err))
        elif isinstance(err, UnlockTooCostly):
            self._retry_secret, self._retry_recovery = secret, recovery
            self.problem.present(
                "slow",
                translate("UnlockFlow", "Unlocking this file would take unusually long"),
                problem_message(err),
                translate("UnlockFlow", "&Unlock anyway"),
            )
        elif isinstance(err, VaultTooNew):
            heading = translate("UnlockFlow", "This vault needs a newer PeerDesk")
            self.problem.present("too-new", heading, problem_message(err))
        elif isinstance(err, VaultNotFound):
            self.start()
            return
        else:
            text = (
                err.message
                if isinstance(err, PeerDeskError)
                else translate("UnlockFlow", "An unexpected problem.")
            )
            heading = translate("UnlockFlow", "The vault could not be opened")
            self.problem.present("other", heading, text)
        self._go(self.problem)

    def _damaged(self, err: VaultDamaged, secret: str, recovery: bool) -> None:
        heading = translate("UnlockFlow", "The vault file is damaged")
        if err.newest_backup is None:
            message = translate(
                "UnlockFlow",
                "The vault file is damaged or was changed outside PeerDesk, so it cannot be "
                "opened. No backup was found next to it.",
            )
            self.problem.present("damaged", heading, message)
            return
        self._retry_secret = secret
        self._retry_recovery = recovery
        self._backup = err.newest_backup
        message = translate(
            "UnlockFlow",
            "The vault file is damaged or was changed outside PeerDesk, so it cannot be opened."
            "<br><br>The newest backup is %1. Opening it first checks that it opens with what "
            "you typed, then replaces the damaged file (which is kept as a backup). Changes made "
            "after that backup was taken are not in it.",
            "%1: the backup's file name",
        )
        name = f"<code>{html.escape(err.newest_backup.name)}</code>"
        self.problem.present(
            "damaged",
            heading,
            message.replace("%1", name),
            translate("UnlockFlow", "&Open the newest backup"),
        )

    def _problem_action(self) -> None:
        if self.problem.kind == "rollback" and self._pending_vault is not None:
            self._pending_vault.note_seen(accept=True)
            self._hand_over()
            return
        if self.problem.kind == "slow" and self._retry_secret is not None:
            self._unlock_slowly(self._retry_secret, self._retry_recovery)
            return
        if self.problem.kind != "damaged" or self._retry_secret is None:
            return
        from peerdesk.storage.vault import open_vault, restore_backup

        secret, recovery, backup, path = (
            self._retry_secret,
            self._retry_recovery,
            self._backup,
            self.vault_path,
        )
        kind = "recovery_key" if recovery else "passphrase"

        def work() -> Any:
            if kind == "recovery_key":
                restore_backup(path, backup, recovery_key=secret)
                return open_vault(path, recovery_key=secret)
            restore_backup(path, backup, passphrase=secret)
            return open_vault(path, passphrase=secret)

        self.problem.action_button.setEnabled(False)
        self.problem.error.setText(translate("UnlockFlow", "Opening the backup…"))
        self.runner.run(work, self._restored, self._restore_failed)

    def _unlock_slowly(self, secret: str, recovery: bool) -> None:
        """The person expects a slow unlock (a vault made with a long unlock time)."""
        from peerdesk.storage.vault import open_vault

        kind = "recovery_key" if recovery else "passphrase"
        path = self.vault_path
        self.problem.action_button.setEnabled(False)
        self.problem.error.setText(translate("UnlockFlow", "Unlocking; this may take a while…"))
        self.runner.run(
            lambda: open_vault(path, allow_slow_unlock=True, **{kind: secret}),
            self._restored,
            self._restore_failed,
        )

    def _restored(self, vault: Any) -> None:
        self._retry_secret = None
        self.problem.action_button.setEnabled(True)
        if self._retry_recovery:
            self._after_recovery(vault)
        else:
            self._pending_vault = vault
            self._hand_over()

    def _restore_failed(self, err: BaseException) -> None:
        self.problem.action_button.setEnabled(True)
        text = (
            err.message
            if isinstance(err, PeerDeskError)
            else translate("UnlockFlow", "The backup could not be opened.")
        )
        self.problem.error.setText(text)

    # -- recovery --------------------------------------------------------------------------
    def _recover(self, key: str) -> None:
        from peerdesk.storage.vault import open_vault

        self.recovery.set_busy(True, translate("UnlockFlow", "Unlocking with the recovery key…"))
        path = self.vault_path
        self.runner.run(
            lambda: open_vault(path, recovery_key=key),
            self._after_recovery,
            lambda err: self._unlock_failed(err, key, recovery=True),
        )

    def _after_recovery(self, vault: Any) -> None:
        self.recovery.field.clear()
        self.recovery.set_busy(False)
        self._pending_vault = vault
        self.new_passphrase.reset()
        self._go(self.new_passphrase)

    def _set_new_passphrase(self, passphrase: str) -> None:
        vault = self._pending_vault
        self.new_passphrase.set_busy(True, translate("UnlockFlow", "Saving the new passphrase…"))
        self.runner.run(
            lambda: vault.change_passphrase(passphrase),
            lambda _: self._passphrase_changed(),
            self._passphrase_failed,
        )

    def _passphrase_changed(self) -> None:
        self.new_passphrase.reset()
        self._hand_over()

    def _passphrase_failed(self, err: BaseException) -> None:
        text = (
            err.message
            if isinstance(err, PeerDeskError)
            else translate("UnlockFlow", "Could not save the passphrase.")
        )
        self.new_passphrase.set_busy(False, text)

    def _skip_new_passphrase(self) -> None:
        """Back from the new-passphrase step: the vault stays open with the old passphrase."""
        self.new_passphrase.reset()
        self._hand_over()

    def discard_pending(self) -> None:
        """Close a vault that was opened but not handed over (quit during the flow)."""
        vault, self._pending_vault = self._pending_vault, None
        if vault is not None:
            vault.close()


def start_prewarm() -> None:
    """Once per process: import what opening the desk needs while the passphrase is typed."""
    if not _prewarm_started.is_set():
        _prewarm_started.set()
        # After the first paint, so the thread does not compete with showing the window.
        QTimer.singleShot(0, _start_thread)
        # Qt page modules are imported on the GUI thread, once the unlock screen has painted.
        QTimer.singleShot(200, _import_dashboard_page)


def _start_thread() -> None:
    threading.Thread(target=_prewarm, name="peerdesk-prewarm", daemon=True).start()


def _import_dashboard_page() -> None:
    from peerdesk.ui.resources import countries  # noqa: F401  (the guard's region, at unlock)
    from peerdesk.ui.shared import deid_guard  # noqa: F401  (configured right after unlock)
    from peerdesk.ui.shell.pages import page_class

    page_class("dashboard")


def _prewarm() -> None:
    """sqlite-utils, every feature's repository and service, the guard, the shipped training
    modules and questionnaires (~0.5 s): typing a passphrase of 15+ characters takes longer,
    so Enter -> dashboard no longer waits on them. Shipped content only: no vault, no user
    data, no Qt objects. Python's import lock (and the catalogues' own locks) makes the GUI
    thread wait for work begun here, never run it twice."""
    try:
        from peerdesk.core import deid  # noqa: F401  (the guard's patterns compile at import)
        from peerdesk.core.selfcare.instruments import builtin_instruments
        from peerdesk.storage import (
            assembly,  # noqa: F401  (every repository and service)
            directory,  # noqa: F401  (service numbers for the guard)
            vault,  # noqa: F401  (the unlock itself)
        )
        from peerdesk.storage.database import load_sqlite_utils
        from peerdesk.storage.repos.training import build_catalogue

        load_sqlite_utils()
        build_catalogue()  # parses the shipped modules once; open_desk then reuses them
        builtin_instruments()  # the same for the shipped questionnaires
    except Exception as err:  # an optimisation only: the GUI thread imports them anyway
        log.warning("prewarm failed: %s", type(err).__name__)
