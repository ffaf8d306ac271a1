"""The "Your data and security" group of the Settings page: keys, backups, export and erase."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QPushButton, QWidget

from peerdesk.core.data_texts import ERASE_WARNING, EXPORT_WARNING
from peerdesk.core.errors import PeerDeskError
from peerdesk.core.passphrase import KEEPS_DATA_KEY, ROTATE_OFFER
from peerdesk.ui.settings import data_dialogs as dialogs
from peerdesk.ui.shared.filedialogs import ask_open_path, ask_save_path
from peerdesk.ui.unlock.screens import busy_bar
from peerdesk.ui.unlock.widgets import paragraph

ACTIONS = (  # (attribute, button text, explanation)
    (
        "change_passphrase",
        "Change &passphrase…",
        "Choose a new passphrase; if someone may know the old one, replace the data key in the "
        "same step.",
    ),
    (
        "new_recovery_key",
        "New recovery &key…",
        "Make a new recovery key, for example if the old one was lost or seen by someone. "
        "The old key stops opening this vault (older backups still open with it).",
    ),
    (
        "rotate_key",
        "R&otate the data key…",
        "For a passphrase that may have leaked: a new passphrase, a new recovery key and a "
        "fully re-encrypted vault. The automatic backups made under the old key are deleted.",
    ),
    (
        "backup_to_file",
        "&Back up to a file…",
        "Write an encrypted copy of your vault, for example to a USB stick. It opens with your "
        "current passphrase or recovery key.",
    ),
    (
        "verify_backup",
        "&Verify a backup…",
        "Check that a backup file opens and see what it holds, as counts only. It is opened "
        "from a temporary copy and closed again; nothing in it is shown or changed.",
    ),
    (
        "restore",
        "&Restore…",
        "Go back to an automatic backup or a backup file. PeerDesk locks, replaces the vault "
        "with the backup (the current file is kept as a backup) and asks you to unlock again.",
    ),
    (
        "export_data",
        "E&xport my data…",
        "Your right to your own data: everything, including notes, as readable JSON and CSV "
        "files in a folder you choose. The files are not encrypted.",
    ),
    (
        "erase",
        "&Erase all my data…",
        "Remove the vault, its backups and PeerDesk's settings from this computer. Copies you "
        "made elsewhere are not touched. This cannot be undone.",
    ),
)


# -- work that needs no desk (safe on a worker thread) ----------------------------------------
def verify_file(path: Path, kind: str, secret: str) -> dict[str, Any]:
    """Open a copy of a backup in a private temporary folder (the original may be the open,
    locked vault), check it and return its summary; the copy is closed and removed."""
    from peerdesk.storage.vault import open_vault

    with tempfile.TemporaryDirectory(prefix="peerdesk-verify-") as folder:
        copy = Path(folder) / "check.peerdesk"
        try:
            shutil.copyfile(path, copy)
        except OSError as exc:
            raise PeerDeskError(f"Could not read {Path(path).name}: {exc.strerror}.") from None
        vault = open_vault(copy, **{kind: secret})
        try:
            integrity = vault.conn.execute("PRAGMA integrity_check").fetchone()[0]
            return vault.info() | {"integrity": integrity, "path": str(path)}
        finally:
            vault.close()


def summary_text(info: dict[str, Any]) -> str:
    """Versions, saves and row counts: never any content."""
    rows = "".join(
        f"<tr><td>{table}</td><td align='right'>{count}</td></tr>"
        for table, count in info["rows"].items()
    )
    state = "it opens and its contents are intact" if info["integrity"] == "ok" else "it is damaged"
    return (
        f"<p><b>{Path(info['path']).name}</b>: {state}.</p>"
        f"<p>File format version {info['format_version']}, schema version "
        f"{info['schema_version']}, saved {info['generation']} times.</p>"
        f"<table cellspacing='4'><tr><th align='left'>Table</th><th>Rows</th></tr>{rows}</table>"
    )


RETIRED_KEY_NOTE = (
    "This backup was made before the data key was last replaced, so the old key is in use "
    "again: anyone who knew the passphrase or recovery key of that time can open the vault. "
    "If that worries you, use “Rotate the data key” in Settings."
)


def restore_work(vault_path: Path, source: Path, kind: str, secret: str) -> Callable[[], str]:
    def work() -> str:
        from peerdesk.storage.vault import restore_backup

        restored = restore_backup(vault_path, source, **{kind: secret})
        text = (
            f"Restored save {restored.generation}. Unlock with the passphrase that was in use "
            "when that backup was made (or its recovery key)."
        )
        return text + (" " + RETIRED_KEY_NOTE if restored.retired_key else "")

    return work


def erase_work(vault_path: Path) -> Callable[[], str]:
    def work() -> str:
        from peerdesk.storage.export import erase_everything

        removed = erase_everything(vault_path)
        return f"PeerDesk erased {len(removed)} files and folders from this computer."

    return work


class DataSecurityGroup(QGroupBox):
    """One row per action: an explanation and its button; results appear below the rows."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__("Your data and security", parent)
        self.ctx = ctx
        grid = QGridLayout(self)
        grid.setColumnStretch(0, 1)
        self.buttons: dict[str, QPushButton] = {}
        for row, (name, text, explanation) in enumerate(ACTIONS):
            label = paragraph(explanation)
            label.setTextFormat(Qt.TextFormat.PlainText)
            button = QPushButton(text)
            button.setAccessibleName(text.replace("&", "").rstrip("…"))
            button.setAccessibleDescription(explanation)
            button.clicked.connect(getattr(self, name))
            grid.addWidget(label, row, 0)
            grid.addWidget(button, row, 1, Qt.AlignmentFlag.AlignTop)
            self.buttons[name] = button
        self.busy = busy_bar()
        self.message = paragraph("")
        self.message.setAccessibleName("Data and security message")
        grid.addWidget(self.busy, len(ACTIONS), 0, 1, 2)
        grid.addWidget(self.message, len(ACTIONS) + 1, 0, 1, 2)

    # -- plumbing ----------------------------------------------------------------------------
    def _vault(self) -> Any:
        vault = getattr(self.ctx, "vault", None)
        if vault is None or not vault.is_open:
            self.say("This needs the vault open in the PeerDesk window.")
            return None
        return vault

    def say(self, text: str) -> None:
        self.message.setText(text)
        if text:
            self.ctx.status(text if len(text) < 90 else text[:87] + "…")

    def set_busy(self, busy: bool, text: str = "") -> None:
        self.busy.setVisible(busy)
        for button in self.buttons.values():
            button.setEnabled(not busy)
        self.message.setText(text)

    def _run(self, work: Callable[[], Any], busy: str, done: Callable[[Any], None]) -> None:
        """Slow work (key derivation, file writing) on the runner; the result on this thread."""
        self.set_busy(True, busy)

        def succeeded(result: Any) -> None:
            if shiboken6.isValid(self):  # locked meanwhile: the page is gone, say nothing
                self.set_busy(False)
                done(result)

        def failed(err: BaseException) -> None:
            if shiboken6.isValid(self):
                self.set_busy(False)
                self.say(err.message if isinstance(err, PeerDeskError) else "That did not work.")

        self.ctx.runner.run(work, succeeded, failed)

    def _show_key(self, key: str) -> None:
        dialogs.show_key(self, key, self.ctx.clipboard)

    # -- keys --------------------------------------------------------------------------------
    def change_passphrase(self) -> None:
        vault = self._vault()
        choice = vault and dialogs.ask_change_passphrase(self, f"{KEEPS_DATA_KEY} {ROTATE_OFFER}")
        if not choice:
            return
        passphrase, rotate = choice
        if rotate:
            self._rotate(vault, passphrase)
            return
        self._run(
            lambda: vault.change_passphrase(passphrase),
            "Changing the passphrase…",
            lambda _: self.say("Passphrase changed. " + KEEPS_DATA_KEY),
        )

    def new_recovery_key(self) -> None:
        vault = self._vault()
        if vault is None or not dialogs.confirm(
            self,
            "New recovery key",
            "Make a new recovery key? Your current key stops opening this vault.",
            "Make a new key",
        ):
            return
        self._run(vault.reset_recovery_key, "Making a new recovery key…", self._key_made)

    def _key_made(self, key: str) -> None:
        self.say("A new recovery key is in place; the old one no longer opens this vault.")
        self._show_key(key)

    def rotate_key(self) -> None:
        vault = self._vault()
        passphrase = vault and dialogs.ask_new_passphrase(
            self,
            "Rotate the data key",
            "Choose a new passphrase. PeerDesk then re-encrypts the whole vault under a new key, "
            "deletes the automatic backups made under the old one and shows you a new recovery "
            "key. Backup files you copied elsewhere still open with the old passphrase: delete "
            "them or keep them very safe.",
            "Re-&encrypt",
        )
        if passphrase:
            self._rotate(vault, passphrase)

    def _rotate(self, vault: Any, passphrase: str) -> None:
        snapshot = vault.prepare_save()  # the database is read here, on its own thread
        self._run(
            lambda: vault.rotate_data_key(passphrase, snapshot),
            "Re-encrypting your vault…",
            self._rotated,
        )

    def _rotated(self, key: str) -> None:
        self.say("Your vault is re-encrypted under a new key and the old backups are deleted.")
        self._show_key(key)

    # -- backups -----------------------------------------------------------------------------
    def backup_to_file(self) -> None:
        vault = self._vault()
        name = f"peerdesk-backup-{dt.date.today().isoformat()}.peerdesk"
        dest = vault and ask_save_path(self, "Back up to a file", name, dialogs.VAULT_FILTER)
        if not dest:
            return
        snapshot = vault.prepare_save() if vault.dirty else None

        def work() -> None:
            if snapshot is not None:
                vault.write_snapshot(snapshot)
            vault.copy_saved_to(dest)

        self._run(
            work,
            "Writing the backup…",
            lambda _: self.say(f"Encrypted backup written to {dest} and checked: it opens."),
        )

    def verify_backup(self) -> None:
        path = ask_open_path(self, "Verify a backup", dialogs.VAULT_FILTER)
        answer = path and dialogs.ask_secret(
            self,
            "Verify a backup",
            f"Enter the passphrase or the recovery key that opens <code>{path.name}</code>.",
        )
        if not path or not answer:
            return
        self._run(lambda: verify_file(path, *answer), "Checking the backup…", self._verified)

    def _verified(self, info: dict[str, Any]) -> None:
        self.say(f"{Path(info['path']).name} opens.")
        dialogs.inform(self, "Backup checked", summary_text(info))

    def restore(self) -> None:
        from peerdesk.storage.vault import list_backups

        vault = self._vault()
        choice = vault and dialogs.ask_restore(self, list_backups(vault.path))
        if not choice:
            return
        source, kind, secret = choice
        if source.resolve() == vault.path.resolve():
            self.say("That file is your vault itself; choose a backup.")
            return
        self._run(
            lambda: verify_file(source, kind, secret),
            "Checking that the backup opens…",
            lambda info: self._confirm_restore(vault.path, source, kind, secret, info),
        )

    def _confirm_restore(
        self, vault_path: Path, source: Path, kind: str, secret: str, info: Any
    ) -> None:
        if not dialogs.confirm(
            self,
            "Restore this backup?",
            f"The backup opens (save {info['generation']}). PeerDesk now saves, locks and "
            "replaces your vault with it. Changes made after it was taken are not in it; the "
            "current file is kept as a backup.",
            "Lock and restore",
        ):
            self.say("Nothing was restored.")
            return
        lock_and_run = self.ctx.lock_and_run
        if lock_and_run is None:
            self.say("Restoring needs the PeerDesk window.")
            return
        lock_and_run(restore_work(vault_path, source, kind, secret), "Restoring the backup…")

    # -- export, erase -----------------------------------------------------------------------
    def export_data(self) -> None:
        from peerdesk.storage.export import export_data

        vault = self._vault()
        if vault is None or not dialogs.ask_typed(self, "Export my data", EXPORT_WARNING, "EXPORT"):
            return
        folder = dialogs.ask_folder(self, "Choose a new or empty folder for the export")
        if folder is None:
            return
        try:
            files = export_data(vault, folder)  # reads the database: stays on its thread
        except PeerDeskError as err:
            self.say(err.message)
            return
        self.say(
            f"Exported {len(files)} readable files to {folder}. Delete them when you no longer "
            "need them."
        )

    def erase(self) -> None:
        vault = self._vault()
        if vault is None or not dialogs.ask_typed(
            self, "Erase all my data", ERASE_WARNING, "ERASE"
        ):
            return
        if self.ctx.lock_and_run is None:
            self.say("Erasing needs the PeerDesk window.")
            return
        self.ctx.lock_and_run(erase_work(vault.path), "Erasing your data…")

    def clear(self) -> None:
        self.message.clear()
