"""The "Your data and security" group of the Settings page: keys, backups, export and erase."""

from __future__ import annotations

import datetime as dt
import html
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
from peerdesk.ui.shared import words
from peerdesk.ui.shared.filedialogs import ask_open_path, ask_save_path
from peerdesk.ui.shared.i18n import translate
from peerdesk.ui.shared.locale_format import format_number
from peerdesk.ui.unlock.screens import busy_bar
from peerdesk.ui.unlock.widgets import paragraph


def actions() -> tuple[tuple[str, str, str], ...]:
    """(attribute, button text, explanation) per action, in the window's language."""
    return (
        (
            "change_passphrase",
            translate("DataSecurityGroup", "Change &passphrase…"),
            translate(
                "DataSecurityGroup",
                "Choose a new passphrase; if someone may know the old one, replace the data key "
                "in the same step.",
            ),
        ),
        (
            "new_recovery_key",
            translate("DataSecurityGroup", "New recovery &key…"),
            translate(
                "DataSecurityGroup",
                "Make a new recovery key, for example if the old one was lost or seen by "
                "someone. The old key stops opening this vault (older backups still open with "
                "it).",
            ),
        ),
        (
            "rotate_key",
            translate("DataSecurityGroup", "Start &over with new keys…"),
            translate(
                "DataSecurityGroup",
                "If someone may know your passphrase: choose a new passphrase, get a new recovery "
                "key, and everything is locked again with fresh keys. Automatic backups made "
                "with the old keys are deleted, so the old passphrase opens nothing here.",
            ),
        ),
        (
            "backup_to_file",
            translate("DataSecurityGroup", "&Back up to a file…"),
            translate(
                "DataSecurityGroup",
                "Write an encrypted copy of your vault, for example to a USB stick. It opens "
                "with your current passphrase or recovery key.",
            ),
        ),
        (
            "verify_backup",
            translate("DataSecurityGroup", "&Verify a backup…"),
            translate(
                "DataSecurityGroup",
                "Check that a backup file opens and see what it holds, as counts only. It is "
                "opened from a temporary copy and closed again; nothing in it is shown or "
                "changed.",
            ),
        ),
        (
            "restore",
            translate("DataSecurityGroup", "&Restore…"),
            translate(
                "DataSecurityGroup",
                "Go back to an automatic backup or a backup file. PeerDesk locks, replaces the "
                "vault with the backup (the current file is kept as a backup) and asks you to "
                "unlock again.",
            ),
        ),
        (
            "export_data",
            translate("DataSecurityGroup", "E&xport my data…"),
            translate(
                "DataSecurityGroup",
                "Your right to your own data: everything, including notes, as readable JSON and "
                "CSV files in a folder you choose. The files are not encrypted.",
            ),
        ),
        (
            "erase",
            translate("DataSecurityGroup", "Erase all m&y data…"),
            translate(
                "DataSecurityGroup",
                "Remove the vault, its backups and PeerDesk's settings from this computer. "
                "Copies you made elsewhere are not touched. This cannot be undone.",
            ),
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
            text = translate("DataSecurityGroup", "Could not read %1: %2.")
            reason = exc.strerror or str(exc)
            raise PeerDeskError(text.replace("%2", reason).replace("%1", Path(path).name)) from None
        vault = open_vault(copy, **_secret(kind, secret))
        try:
            integrity = vault.conn.execute("PRAGMA integrity_check").fetchone()[0]
            return vault.info() | {"integrity": integrity, "path": str(path)}
        finally:
            vault.close()


def summary_text(info: dict[str, Any]) -> str:
    """Versions, saves and row counts: never any content."""
    rows = "".join(
        f"<tr><td>{table}</td><td align='right'>{format_number(count)}</td></tr>"
        for table, count in info["rows"].items()
    )
    if info["integrity"] == "ok":
        state = translate("DataSecurityGroup", "%1: it opens and its contents are intact.")
    else:
        state = translate("DataSecurityGroup", "%1: it is damaged.")
    name = f"<b>{html.escape(Path(info['path']).name)}</b>"
    saves = int(info["generation"])
    versions = translate(
        "DataSecurityGroup",
        "File format version %1, schema version %2, saved %n time(s).",
        None,
        saves,
    )
    versions = versions.replace("%1", str(info["format_version"]))
    versions = versions.replace("%2", str(info["schema_version"]))
    table, rows_head = (
        translate("DataSecurityGroup", "Table", "a table of the vault's database"),
        translate("DataSecurityGroup", "Rows"),
    )
    return (
        f"<p>{state.replace('%1', name)}</p><p>{versions}</p>"
        f"<table cellspacing='4'><tr><th align='left'>{table}</th><th>{rows_head}</th></tr>{rows}"
        "</table>"
    )


def retired_key_note() -> str:
    return translate(
        "DataSecurityGroup",
        "This backup was made before the data key was last replaced, so the old key is in use "
        "again: anyone who knew the passphrase or recovery key of that time can open the vault. "
        "If that worries you, use “Start over with new keys” in Settings.",
    )


def _secret(kind: str, secret: str) -> dict[str, Any]:
    """{"passphrase": …} or {"recovery_key": …}: the keyword the vault functions take."""
    if kind not in ("passphrase", "recovery_key"):
        raise ValueError(kind)
    return {kind: secret}


def restore_work(vault_path: Path, source: Path, kind: str, secret: str) -> Callable[[], str]:
    def work() -> str:
        from peerdesk.storage.vault import restore_backup

        restored = restore_backup(vault_path, source, **_secret(kind, secret))
        text = translate(
            "DataSecurityGroup",
            "Restored save %1. Unlock with the passphrase that was in use when that backup was "
            "made (or its recovery key).",
        ).replace("%1", str(restored.generation))
        return text + (" " + retired_key_note() if restored.retired_key else "")

    return work


def erase_work(vault_path: Path) -> Callable[[], str]:
    def work() -> str:
        from peerdesk.storage.export import erase_everything

        count = len(erase_everything(vault_path))
        return translate(
            "DataSecurityGroup",
            "PeerDesk erased %n file(s) and folder(s) from this computer.",
            None,
            count,
        )

    return work


class DataSecurityGroup(QGroupBox):
    """One row per action: an explanation and its button; results appear below the rows."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(translate("DataSecurityGroup", "Your data and security"), parent)
        self.ctx = ctx
        grid = QGridLayout(self)
        grid.setColumnStretch(0, 1)
        self.buttons: dict[str, QPushButton] = {}
        rows = actions()
        for row, (name, text, explanation) in enumerate(rows):
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
        self.message.setAccessibleName(translate("DataSecurityGroup", "Data and security message"))
        grid.addWidget(self.busy, len(rows), 0, 1, 2)
        grid.addWidget(self.message, len(rows) + 1, 0, 1, 2)

    # -- plumbing ----------------------------------------------------------------------------
    def _vault(self) -> Any:
        vault = getattr(self.ctx, "vault", None)
        if vault is None or not vault.is_open:
            self.say(
                translate("DataSecurityGroup", "This needs the vault open in the PeerDesk window.")
            )
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
                if isinstance(err, PeerDeskError):
                    self.say(err.message)
                else:
                    self.say(words.did_not_work())

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
        changed = translate("DataSecurityGroup", "Passphrase changed. %1").replace(
            "%1", KEEPS_DATA_KEY
        )
        self._run(
            lambda: vault.change_passphrase(passphrase),
            translate("DataSecurityGroup", "Changing the passphrase…"),
            lambda _: self.say(changed),
        )

    def new_recovery_key(self) -> None:
        vault = self._vault()
        if vault is None or not dialogs.confirm(
            self,
            translate("DataSecurityGroup", "New recovery key"),
            translate(
                "DataSecurityGroup",
                "Make a new recovery key? Your current key stops opening this vault.",
            ),
            translate("DataSecurityGroup", "Make a new key"),
        ):
            return
        self._run(
            vault.reset_recovery_key,
            translate("DataSecurityGroup", "Making a new recovery key…"),
            self._key_made,
        )

    def _key_made(self, key: str) -> None:
        self.say(
            translate(
                "DataSecurityGroup",
                "A new recovery key is in place; the old one no longer opens this vault.",
            )
        )
        self._show_key(key)

    def rotate_key(self) -> None:
        vault = self._vault()
        passphrase = vault and dialogs.ask_new_passphrase(
            self,
            translate("DataSecurityGroup", "Start over with new keys"),
            translate(
                "DataSecurityGroup",
                "Choose a new passphrase. PeerDesk then locks the whole vault again with a new "
                "key, deletes the automatic backups made under the old one and shows you a new "
                "recovery key. Backup files you copied elsewhere still open with the old "
                "passphrase: delete them or keep them very safe.",
            ),
            translate("DataSecurityGroup", "Re-&encrypt"),
        )
        if passphrase:
            self._rotate(vault, passphrase)

    def _rotate(self, vault: Any, passphrase: str) -> None:
        snapshot = vault.prepare_save()  # the database is read here, on its own thread
        self._run(
            lambda: vault.rotate_data_key(passphrase, snapshot),
            translate("DataSecurityGroup", "Re-encrypting your vault…"),
            self._rotated,
        )

    def _rotated(self, key: str) -> None:
        self.say(
            translate(
                "DataSecurityGroup",
                "Your vault is re-encrypted under a new key and the old backups are deleted.",
            )
        )
        self._show_key(key)

    # -- backups -----------------------------------------------------------------------------
    def backup_to_file(self) -> None:
        vault = self._vault()
        name = f"peerdesk-backup-{dt.date.today().isoformat()}.peerdesk"
        title = translate("DataSecurityGroup", "Back up to a file")
        dest = vault and ask_save_path(self, title, name, dialogs.vault_filter())
        if not dest:
            return
        snapshot = vault.prepare_save() if vault.dirty else None

        def work() -> None:
            if snapshot is not None:
                vault.write_snapshot(snapshot)
            vault.copy_saved_to(dest)

        written = translate(
            "DataSecurityGroup", "Encrypted backup written to %1 and checked: it opens."
        )
        self._run(
            work,
            translate("DataSecurityGroup", "Writing the backup…"),
            lambda _: self.say(written.replace("%1", str(dest))),
        )

    def verify_backup(self) -> None:
        title = translate("DataSecurityGroup", "Verify a backup")
        path = ask_open_path(self, title, dialogs.vault_filter())
        intro = translate(
            "DataSecurityGroup", "Enter the passphrase or the recovery key that opens %1."
        )
        answer = path and dialogs.ask_secret(
            self, title, intro.replace("%1", f"<code>{html.escape(path.name)}</code>")
        )
        if not path or not answer:
            return
        checking = translate("DataSecurityGroup", "Checking the backup…")
        self._run(lambda: verify_file(path, *answer), checking, self._verified)

    def _verified(self, info: dict[str, Any]) -> None:
        self.say(translate("DataSecurityGroup", "%1 opens.").replace("%1", Path(info["path"]).name))
        dialogs.inform(self, translate("DataSecurityGroup", "Backup checked"), summary_text(info))

    def restore(self) -> None:
        from peerdesk.storage.vault import list_backups

        vault = self._vault()
        choice = vault and dialogs.ask_restore(self, list_backups(vault.path))
        if not choice:
            return
        source, kind, secret = choice
        if source.resolve() == vault.path.resolve():
            self.say(
                translate("DataSecurityGroup", "That file is your vault itself; choose a backup.")
            )
            return
        self._run(
            lambda: verify_file(source, kind, secret),
            translate("DataSecurityGroup", "Checking that the backup opens…"),
            lambda info: self._confirm_restore(vault.path, source, kind, secret, info),
        )

    def _confirm_restore(
        self, vault_path: Path, source: Path, kind: str, secret: str, info: Any
    ) -> None:
        text = translate(
            "DataSecurityGroup",
            "The backup opens (save %1). PeerDesk now saves, locks and replaces your vault with "
            "it. Changes made after it was taken are not in it; the current file is kept as a "
            "backup.",
        )
        if not dialogs.confirm(
            self,
            translate("DataSecurityGroup", "Restore this backup?"),
            text.replace("%1", str(info["generation"])),
            translate("DataSecurityGroup", "Lock and restore"),
        ):
            self.say(translate("DataSecurityGroup", "Nothing was restored."))
            return
        lock_and_run = self.ctx.lock_and_run
        if lock_and_run is None:
            self.say(translate("DataSecurityGroup", "Restoring needs the PeerDesk window."))
            return
        work = restore_work(vault_path, source, kind, secret)
        lock_and_run(work, translate("DataSecurityGroup", "Restoring the backup…"))

    # -- export, erase -----------------------------------------------------------------------
    def export_data(self) -> None:
        from peerdesk.storage.export import export_data

        vault = self._vault()
        word = translate("DataSecurityGroup", "EXPORT", "typed in capitals to confirm an export")
        if vault is None or not dialogs.ask_typed(
            self, translate("DataSecurityGroup", "Export my data"), EXPORT_WARNING, word
        ):
            return
        folder = dialogs.ask_folder(
            self, translate("DataSecurityGroup", "Choose a new or empty folder for the export")
        )
        if folder is None:
            return
        try:
            files = export_data(vault, folder)  # reads the database: stays on its thread
        except PeerDeskError as err:
            self.say(err.message)
            return
        count = len(files)
        text = translate(
            "DataSecurityGroup",
            "Exported %n readable file(s) to %1. Delete them when you no longer need them.",
            None,
            count,
        )
        self.say(text.replace("%1", str(folder)))

    def erase(self) -> None:
        vault = self._vault()
        word = translate(
            "DataSecurityGroup", "ERASE", "typed in capitals to confirm erasing everything"
        )
        if vault is None or not dialogs.ask_typed(
            self, translate("DataSecurityGroup", "Erase all my data"), ERASE_WARNING, word
        ):
            return
        if self.ctx.lock_and_run is None:
            self.say(translate("DataSecurityGroup", "Erasing needs the PeerDesk window."))
            return
        self.ctx.lock_and_run(
            erase_work(vault.path), translate("DataSecurityGroup", "Erasing your data…")
        )

    def clear(self) -> None:
        self.message.clear()
