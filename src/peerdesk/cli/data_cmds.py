"""Your own data: export it as plaintext, import an export into a new vault, erase everything."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from peerdesk.cli.common import add_command, open_vault, read_secret, vault_path
from peerdesk.core.data_texts import ERASE_WARNING, EXPORT_WARNING
from peerdesk.core.errors import InvalidInput, VaultExists
from peerdesk.core.messages import say, say_n


def register(sub: Any) -> None:
    p = add_command(
        sub, "export", say("export all your data as plaintext JSON and CSV (after a warning)")
    )
    p.add_argument("--to", required=True, metavar="FOLDER", help=say("a new or empty folder"))
    p.add_argument("--yes", action="store_true", help=say("skip the typed confirmation"))
    p.set_defaults(func=cmd_export)
    p = add_command(sub, "import-data", say("create a new vault from a PeerDesk export"))
    p.add_argument("source", metavar="EXPORT", help=say("peerdesk-export.json or its folder"))
    p.set_defaults(func=cmd_import)
    p = add_command(sub, "erase", say("erase the vault, its backups and PeerDesk's settings"))
    p.add_argument("--yes", action="store_true", help=say("skip the typed confirmation"))
    p.set_defaults(func=cmd_erase)


def _confirm(args: argparse.Namespace, warning: str, word: str) -> None:
    print(warning, file=sys.stderr)
    if args.yes:
        return
    if sys.stdin is not None and sys.stdin.isatty():
        answer = input(say("Type {word} to continue: ", word=word))
    else:
        answer = read_secret(say("Type {word} to continue: ", word=word))
    if answer.strip() != word:
        raise InvalidInput(
            say("not confirmed (expected {word}); nothing was done", word=word),
            field="confirmation",
        )


def cmd_export(args: argparse.Namespace) -> int:
    from peerdesk.storage.export import export_data

    vault = open_vault(args)
    try:
        _confirm(args, EXPORT_WARNING, "EXPORT")
        files = export_data(vault, Path(args.to).expanduser())
    finally:
        vault.close()
    count = len(files)
    print(say_n("Exported {n} file to {to}.", "Exported {n} files to {to}.", count, to=args.to))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from peerdesk.storage.export import read_export

    source = Path(args.source).expanduser()
    read_export(source)  # fail early, before asking for a passphrase
    path = vault_path(args)
    if path.exists():
        raise VaultExists(path)
    first = read_secret(say("New passphrase: "))
    if read_secret(say("Repeat the new passphrase: ")) != first:
        raise InvalidInput(say("the two entries differ; nothing was created"), field="passphrase")
    rows, recovery = _import_under_temp_name(path, source, first)
    print(say("Created {path} with {rows} rows from the export.", path=path, rows=rows))
    print(say("Recovery key (shown once; keep it safe): {recovery}", recovery=recovery))
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
    count = len(removed)
    print(
        say_n(
            "Erased {n} PeerDesk file or folder.", "Erased {n} PeerDesk files and folders.", count
        )
    )
    return 0
