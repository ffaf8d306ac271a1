"""The one PeerDesk window: the unlock flow while locked, the desk while unlocked."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from peerdesk.core.errors import PeerDeskError, SaveFailed
from peerdesk.ui.resources.hook import show_resources
from peerdesk.ui.shared import drafts as draft_keeping
from peerdesk.ui.shared import words
from peerdesk.ui.shared.clipboard import SecureClipboard
from peerdesk.ui.shared.i18n import translate
from peerdesk.ui.shared.icons import app_icon, set_icon
from peerdesk.ui.shared.page import UiContext
from peerdesk.ui.shared.settings import AppSettings
from peerdesk.ui.shared.tasks import Runner
from peerdesk.ui.shell import application
from peerdesk.ui.shell.idlelock import IdleWatch
from peerdesk.ui.shell.pages import PAGES
from peerdesk.ui.shell.saving import FAILED, SaveController, state_label
from peerdesk.ui.unlock.flow import UnlockFlow

log = logging.getLogger(__name__)


class Session:
    """What exists only while unlocked."""

    def __init__(self, vault: Any, desk: Any, view: Any, settings: AppSettings) -> None:
        self.vault, self.desk, self.view, self.settings = vault, desk, view, settings


class MainWindow(QMainWindow):
    def __init__(self, vault_path: Path, local_settings: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("PeerDesk")
        from PySide6.QtWidgets import QApplication

        from peerdesk.ui.shell import wheelguard

        app = QApplication.instance()
        if isinstance(app, QApplication):
            wheelguard.install(app)
        self.setWindowIcon(app_icon())
        self.local_settings = local_settings
        self.runner = Runner(self)
        self.clipboard = SecureClipboard(parent=self)
        self.saver = SaveController(self.runner, parent=self)
        self.idle = IdleWatch(parent=self)
        self.session: Session | None = None
        self.flow = UnlockFlow(vault_path, self.runner)
        self.flow.clipboard = self.clipboard
        from peerdesk.ui.unlock.country import attach_country_step

        self.flow.decorate_welcome = lambda welcome: attach_country_step(welcome, local_settings)
        self.cover = QLabel(translate("MainWindow", "PeerDesk is hidden while minimised."))
        self.cover.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.central = QStackedWidget()
        self.central.addWidget(self.flow)
        self.central.addWidget(self.cover)
        self.setCentralWidget(self.central)
        self._build_status_bar()
        self._build_menus()
        self.flow.unlocked.connect(self.open_session)
        self.flow.resources_requested.connect(lambda: show_resources(self))
        self.flow.quit_requested.connect(self.close)
        self.saver.state_changed.connect(self._show_save_state)
        draft_keeping.hub.pending.connect(self.saver.changed)  # typing: not "saved" until kept
        self.saver.pending_elsewhere = draft_keeping.any_pending
        self.idle.idle.connect(self.lock)
        from peerdesk.ui.shell.screenlock import ScreenLockWatcher

        self.screen_lock = ScreenLockWatcher(self)
        self.screen_lock.should_lock.connect(self._on_screen_locked)
        self._set_unlocked_actions(False)
        self._restore_geometry()
        self.flow.start()

    @property
    def country_step(self) -> Any:
        """The first-run country choice, on the welcome screen (built when first needed)."""
        self.flow.welcome  # noqa: B018  (built on first use; the step is added with it)
        return self.flow.welcome_extra

    # -- chrome ------------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.save_label = QLabel("")
        self.save_label.setAccessibleName(translate("MainWindow", "Save state"))
        self.retry_button = QPushButton(translate("MainWindow", "&Retry"))
        self.retry_button.setAccessibleName(translate("MainWindow", "Retry saving"))
        self.retry_button.hide()
        self.retry_button.clicked.connect(self.saver.save_now)
        bar.addPermanentWidget(self.save_label)
        bar.addPermanentWidget(self.retry_button)

    def _action(self, text: str, shortcut: str | QKeySequence, slot: Any, icon_name: str = ""):
        action = QAction(text, self)
        if icon_name:
            set_icon(action, icon_name)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even when the menu bar is hidden
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(translate("MainWindow", "&File"))
        self.new_contact_action = self._action(
            translate("MainWindow", "&New contact"), "Ctrl+N", self.new_contact
        )
        self.lock_action = self._action(
            translate("MainWindow", "&Lock"), "Ctrl+L", self.lock, "lock"
        )
        self.quit_action = self._action(words.quit_app(), "Ctrl+Q", self.close)
        for action in (self.new_contact_action, self.lock_action, self.quit_action):
            file_menu.addAction(action)
        edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
        self.find_action = self._action(
            translate("MainWindow", "&Find…"), "Ctrl+F", self.find_in_page
        )
        self.settings_action = self._action(
            translate("MainWindow", "&Settings"), "Ctrl+,", lambda: self.go("settings")
        )
        edit_menu.addAction(self.find_action)
        edit_menu.addAction(self.settings_action)
        go_menu = bar.addMenu(translate("MainWindow", "&Go"))
        self.page_actions = []
        for spec in PAGES:
            action = self._action(
                spec.label(),
                f"Ctrl+{spec.shortcut_digit}",
                lambda _=False, k=spec.key: self.go(k),
                spec.icon_name,
            )
            go_menu.addAction(action)
            self.page_actions.append(action)
        help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        help_menu.addAction(
            self._action(
                translate("MainWindow", "&Help", "menu entry"), "F1", self.show_help, "help"
            )
        )
        help_menu.addAction(
            self._action(
                words.crisis_resources_button(),
                "",
                lambda: show_resources(self),
                "lifebuoy",
            )
        )
        help_menu.addAction(
            self._action(translate("MainWindow", "&About PeerDesk"), "", self.show_about)
        )

    def _set_unlocked_actions(self, unlocked: bool) -> None:
        for action in (
            self.new_contact_action,
            self.lock_action,
            self.find_action,
            self.settings_action,
            *self.page_actions,
        ):
            action.setEnabled(unlocked)
        self.save_label.setVisible(unlocked)
        if not unlocked:
            self.retry_button.hide()

    def _show_save_state(self, state: str, message: str) -> None:
        text = state_label(state) + (" — " if state == FAILED else "")
        self.save_label.setText(text)
        self.save_label.setToolTip(message)
        self.retry_button.setVisible(state == FAILED)

    def status(self, text: str) -> None:
        self.statusBar().showMessage(text, 4000)

    # -- session -----------------------------------------------------------------------------
    def open_session(self, vault: Any) -> None:
        from peerdesk.storage.assembly import open_desk
        from peerdesk.ui.shell.deskview import DeskView

        desk = open_desk(vault)
        settings = AppSettings(self.local_settings, desk.settings, self._setting_changed)
        ctx = UiContext(
            desk=desk,
            runner=self.runner,
            clipboard=self.clipboard,
            settings=settings,
            status=self.status,
            request_save=self.saver.save_now,
            open_page=self.go,
            vault=vault,
            lock_and_run=self.lock_and_run,
        )
        view = DeskView(ctx)
        self.session = Session(vault, desk, view, settings)
        # Read what the shell needs before any page exists (pages may start work of their own).
        self._apply_vault_settings()
        self.saver.attach(vault)
        desk.subscribe(self._desk_changed)
        draft_keeping.set_session_drafts(desk.drafts)
        # Back where the user was when the vault was locked (drafts reopen there).
        last = desk.drafts.last_page()
        self.go(last if last in {spec.key for spec in PAGES} else "dashboard")
        self.central.addWidget(view)
        self.central.setCurrentWidget(view)
        # The passphrase field that had focus is gone: give keyboard users a place to start.
        view.sidebar.setFocus(Qt.FocusReason.OtherFocusReason)
        self._set_unlocked_actions(True)
        self.status(translate("MainWindow", "Unlocked."))
        # Note retention is applied at unlock, after a preview and a confirmation.
        QTimer.singleShot(0, lambda: self._offer_retention(ctx))
        QTimer.singleShot(0, _configure_guard)

    def _offer_retention(self, ctx: UiContext) -> None:
        from peerdesk.ui.contacts.retention import offer_retention_purge

        if self.session is not None and self.session.desk is ctx.desk:
            offer_retention_purge(ctx, self)

    def _desk_changed(self, topic: str) -> None:
        session = self.session
        if session is None:
            return
        self.saver.changed(topic)
        session.view.refresh(topic)
        if topic == "settings":
            self._apply_vault_settings()

    def _apply_vault_settings(self) -> None:
        if self.session is None:
            return
        settings = self.session.settings
        self.session.vault.backups_kept = int(settings.get("backups_kept"))
        self.idle.arm(60.0 * float(settings.get("auto_lock_minutes")))

    def _setting_changed(self, key: str) -> None:
        from PySide6.QtWidgets import QApplication

        if key in ("theme", "font_scale"):
            app = QApplication.instance()
            assert isinstance(app, QApplication)
            application.apply_look(
                app,
                str(self.local_settings.get("theme")),
                float(self.local_settings.get("font_scale")),
            )

    def go(self, key: str) -> QWidget | None:
        if self.session is None:
            return None
        return self.session.view.show_page(key)

    def new_contact(self) -> None:
        page = self.go("contacts")
        if page is not None and hasattr(page, "new_contact"):
            page.new_contact()
        elif page is not None:
            self.status(translate("MainWindow", "The contact log is not ready yet."))

    def find_in_page(self) -> None:
        page = self.session.view.current_page() if self.session else None
        if page is not None and hasattr(page, "focus_search"):
            page.focus_search()
        elif page is not None:
            self.status(translate("MainWindow", "There is nothing to search on this page yet."))

    # -- locking -----------------------------------------------------------------------------
    def save_before_closing(self, verb: str) -> bool:
        """Save; on failure ask. Returns False if the user chose to stay (nothing is lost).

        `verb` is "Lock" or "Quit" (the code's words; what the dialog says is translated)."""
        while True:
            try:
                self.saver.flush()
                return True
            except SaveFailed as err:
                choice = self.ask_save_failed(err.message, verb)
            if choice == QMessageBox.StandardButton.Retry:
                continue
            return choice == QMessageBox.StandardButton.Discard

    def ask_save_failed(self, message: str, verb: str) -> QMessageBox.StandardButton:
        """Retry, {verb} anyway (losing the unsaved changes), or Cancel. Tests replace this."""
        if verb == "Quit":
            warning = translate(
                "MainWindow",
                "If you quit anyway, the changes since the last successful save are lost.",
            )
            anyway = translate("MainWindow", "Quit anyway")
        else:
            warning = translate(
                "MainWindow",
                "If you lock anyway, the changes since the last successful save are lost.",
            )
            anyway = translate("MainWindow", "Lock anyway")
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("MainWindow", "Your latest changes are not saved"),
            f"{message}\n\n{warning}",
            parent=self,
        )
        box.addButton(QMessageBox.StandardButton.Retry)
        discard = box.addButton(anyway, QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Retry)
        box.exec()
        if box.clickedButton() is discard:
            return QMessageBox.StandardButton.Discard
        return box.standardButton(box.clickedButton())

    def _on_screen_locked(self) -> None:
        if self.session is not None and self.session.settings.get("lock_on_screen_lock"):
            self.lock()

    def lock(self) -> bool:
        """Save, close the vault, clear every page, the clipboard and dialogs; show unlock."""
        session = self.session
        if session is None:
            return True
        self.idle.disarm()
        self._keep_drafts(session)
        if not self.save_before_closing("Lock"):
            self._apply_vault_settings()  # stays unlocked: re-arm the idle lock
            return False
        for dialog in application.top_level_dialogs():
            dialog.reject()
        self.session = None
        draft_keeping.set_session_drafts(None)
        self.saver.detach()
        session.view.clear()
        self.central.removeWidget(session.view)
        session.view.deleteLater()
        session.vault.close()
        self.clipboard.clear_if_ours()
        self.flow.clear()
        self.flow.start()
        self.central.setCurrentWidget(self.flow)
        self._set_unlocked_actions(False)
        self.status(translate("MainWindow", "Locked."))
        return True

    def _keep_drafts(self, session: Session) -> None:
        """Every editor's waiting draft, and the page in view, go into the vault before saving."""
        draft_keeping.flush_all()
        key = session.view.current_key()
        if key:
            session.desk.drafts.remember_page(key)

    def lock_and_run(self, work: Callable[[], str], busy: str) -> bool:
        """Lock, then run `work` on the closed vault's files (restore, erase) in the background
        while the unlock screen waits; its returned text (or error) is shown afterwards."""
        if not self.lock():
            return False
        screen = self.flow.unlock_screen
        screen.set_busy(True, busy)  # no unlocking while the files change (quit waits too)

        def finished(text: str) -> None:
            self.flow.start()  # the unlock screen, or the welcome if the vault is gone
            screen.error.setText(text)
            self.status(text)

        def failed(err: BaseException) -> None:
            text = err.message if isinstance(err, PeerDeskError) else words.did_not_work()
            finished(text)

        self.runner.run(work, finished, failed)
        return True

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.WindowStateChange:
            self._minimised_changed(bool(self.windowState() & Qt.WindowState.WindowMinimized))
        super().changeEvent(event)

    def _minimised_changed(self, minimised: bool) -> None:
        """No readable thumbnail: hide content while minimised; optionally lock."""
        if minimised:
            if self.session is not None and self.session.settings.get("lock_on_minimise"):
                self.lock()
            self.central.setCurrentWidget(self.cover)
        else:
            target = self.session.view if self.session is not None else self.flow
            self.central.setCurrentWidget(target)

    # -- dialogs, quit -------------------------------------------------------------------------
    def show_help(self) -> None:
        from peerdesk.ui.shared.dialogs import HelpDialog

        HelpDialog(self).exec()

    def show_about(self) -> None:
        from peerdesk.ui.shared.dialogs import AboutDialog

        AboutDialog(self).exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.session is not None and not self.lock():
            event.ignore()
            return
        self.flow.discard_pending()
        self.clipboard.clear_if_ours()
        self.runner.wait()
        self._save_geometry()
        event.accept()

    def _settings_file(self) -> QSettings:
        from peerdesk import paths

        return QSettings(str(paths.state_dir() / "window.ini"), QSettings.Format.IniFormat)

    def _save_geometry(self) -> None:
        if not self.flow.vault_path.exists():
            return  # no vault (never made, or erased): leave no PeerDesk file behind
        self._settings_file().setValue("geometry", self.saveGeometry())

    def _restore_geometry(self) -> None:
        value = self._settings_file().value("geometry")
        if not (isinstance(value, QByteArray) and self.restoreGeometry(value)):
            self.resize(1000, 680)
        self._fit_screen()

    def _fit_screen(self) -> None:
        """Never larger than the screen's free area (a small or 2×-scaled screen, a saved size
        from a bigger monitor)."""
        screen = self.screen()
        if screen is None:
            return
        free = screen.availableGeometry()
        width, height = min(self.width(), free.width()), min(self.height(), free.height())
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
            self.move(free.topLeft())


def _configure_guard() -> None:
    """The guard's region and the user's service numbers; imported late, off the start path."""
    from peerdesk.ui.resources.countries import preferred_country
    from peerdesk.ui.shared.deid_guard import configure_guard

    configure_guard(preferred_country())
