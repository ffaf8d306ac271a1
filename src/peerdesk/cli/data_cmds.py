"""Your own data: export it as plaintext, import an export into a new vault, erase everything."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from peerdesk.cli.common import add_command, open_vault, read_secret, vault_path
from peerdesk.core.data_texts import ERASE_WARNING, EXPORT_WARNING
from peerdesk.core.errors import InvalidInput, VaultExists


def register(sub: Any) -> None:
    p = add_command(
        sub, "export", "export all your data as plaintext JSON and CSV (after a warning)"
    )
    p.add_argument("--to", required=True, metavar="FOLDER", help="a new or empty folder")
    p.add_argument("--yes", action="store_true", help="skip the typed confirmation")
    p.set_defaults(func=cmd_export)
    p = add_command(sub, "import-data", "create a new vault from a PeerDesk export")
    p.add_argument("source", metavar="EXPORT", help="peerdesk-export.json or its folder")
    p.set_defaults(func=cmd_import)
    p = add_command(sub, "erase", "erase the vault, its backups and PeerDesk's settings")
    p.add_argument("--yes", action="store_true", help="skip the typed confirmation")
    p.set_defaults(func=cmd_erase)


def _confirm(args: argparse.Namespace, warning: str, word: str) -> None:
    print(warning, file=sys.stderr)
    if args.yes:
        return
    if sys.stdin is not None and sys.stdin.isatty():
        answer = input(f"Type {word} to continue: ")
    else:
        answer = read_secret(f"Type {word} to continue: ")
    if answer.strip() != word:
        raise InvalidInput(
            f"not confirmed (expected {word}); nothing was done", field="confirmation"
        )


def cmd_export(args: argparse.Namespace) -> int:
    from peerdesk.storage.export import export_data

    vault = open_vault(args)
    try:
        _confirm(args, EXPORT_WARNING, "EXPORT")
        files = export_data(vault, Path(args.to).expanduser())
    finally:
        vault.close()
    print(f"Exported {len(files)} files to {args.to}.")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from peerdesk.storage.export import read_export

    source = Path(args.source).expanduser()
    read_export(source)  # fail early, before asking for a passphrase
    path = vault_path(args)
    if path.exists():
        raise VaultExists(path)
    first = read_secret("New passphrase: ")
    if read_secret("Repeat the new passphrase: ") != first:
        raise InvalidInput("the two entries differ; nothing was created", field="passphrase")
    rows, recovery = _import_under_temp_name(path, source, first)
    print(f"Created {path} with {rows} rows from the export.")
    print(f"Recovery key (shown once; keep it safe): {recovery}")
    return 0


def _import_under_temp_name(path: Path, source: Path, passphrase: str) -> tuple[int, str]:
    """Build the vault under a temp name and give it its real name only when complete.

    A kill part-way leaves only a temp file (removed at the next init, import or open), never
    a vault whose recovery key nobody saw.
    """
    from peerdesk.storage import atomic
    from peerdesk.storage.export import import_export
    from peerdesk.storage.vault import create_vault

    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    atomic.remove_stale_temps(path)
    staging = atomic.temp_name(path)
    try:
        vault, recovery = create_vault(staging, passphrase)
        vault.backups_kept = 0  # no backups named after the temp file
        try:
            counts = import_export(vault, source)
            vault.save()
        finally:
            vault.close()
        atomic.publish_new(staging, path)
    except FileExistsError:
        raise VaultExists(path) from None
    finally:  # all or nothing: no half-filled vault is left behind
        staging.unlink(missing_ok=True)
        staging.with_name(staging.name + ".lock").unlink(missing_ok=True)
    return sum(counts.values()), recovery


def cmd_erase(args: argparse.Namespace) -> int:
    from peerdesk.storage.export import erase_everything
    from peerdesk.storage.filelock import VaultLock

    path = vault_path(args)
    _confirm(args, ERASE_WARNING, "ERASE")
    lock = VaultLock(path)
    if path.exists():
        lock.acquire()  # refuses while a window or command has the vault open
        lock.release()
    removed = erase_everything(path)
    print(f"Erased {len(removed)} PeerDesk files and folders.")
    return 0
