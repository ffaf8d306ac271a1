"""Vault commands: init, verify, passwd, recover, rotate-key, backup, backups, restore."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from peerdesk.cli.common import add_command, open_vault, print_json, read_secret, vault_path
from peerdesk.core.errors import InvalidInput


def register(sub: Any) -> None:
    p = add_command(sub, "init", "create a new encrypted vault")
    p.add_argument(
        "--unlock-time",
        type=int,
        default=700,
        metavar="MS",
        help="target unlock time in milliseconds (sets the Argon2id cost; never below the floor)",
    )
    p.set_defaults(func=cmd_init)
    p = add_command(sub, "verify", "decrypt the vault, check its integrity and print a summary")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.set_defaults(func=cmd_verify)
    add_command(sub, "passwd", "change the passphrase").set_defaults(func=cmd_passwd)
    add_command(
        sub, "recover", "unlock with the recovery key and set a new passphrase"
    ).set_defaults(func=cmd_recover)
    add_command(
        sub, "rotate-key", "new data key and recovery key; deletes backups made under the old key"
    ).set_defaults(func=cmd_rotate)
    p = add_command(sub, "backup", "write an encrypted copy of the vault to a file")
    p.add_argument("--to", required=True, metavar="FILE", help="where to write the copy")
    p.set_defaults(func=cmd_backup)
    p = add_command(sub, "backups", "list the automatic backups beside the vault")
    p.set_defaults(func=cmd_backups)
    p = add_command(sub, "restore", "replace the vault with a backup that decrypts")
    p.add_argument("source", metavar="FROM", help="backup file to restore")
    p.add_argument(
        "--recovery-key", action="store_true", help="unlock the backup with the recovery key"
    )
    p.set_defaults(func=cmd_restore)


def _new_passphrase() -> str:
    first = read_secret("New passphrase: ")
    if read_secret("Repeat the new passphrase: ") != first:
        raise InvalidInput("the two entries differ; nothing was changed", field="passphrase")
    return first


def cmd_init(args: argparse.Namespace) -> int:
    from peerdesk.storage.vault import create_vault

    path = vault_path(args)
    passphrase = _new_passphrase()
    vault, recovery = create_vault(path, passphrase, unlock_time_ms=args.unlock_time)
    vault.close()
    print(f"Created {path}")
    _show_recovery_key(recovery)
    return 0


def _show_recovery_key(recovery: str) -> None:
    print()
    print("Your recovery key (shown once; write it down and keep it somewhere safe and private):")
    print()
    print(f"    {recovery}")
    print()
    print("It opens the vault if you forget your passphrase: 'peerdesk recover'.")


def cmd_verify(args: argparse.Namespace) -> int:
    vault = open_vault(args)
    try:
        result = vault.conn.execute("PRAGMA integrity_check").fetchone()[0]
        info = vault.info() | {"integrity": result}
    finally:
        vault.close()
    if args.json:
        print_json(info)
    else:
        _print_info(info)
    return 0 if result == "ok" else 3


def _print_info(info: dict[str, Any]) -> None:
    kdf = info["kdf"]
    print(f"Vault:           {info['path']}")
    print(f"Integrity:       {info['integrity']}")
    print(f"Format version:  {info['format_version']}")
    print(f"Schema version:  {info['schema_version']}")
    print(f"Saves so far:    {info['generation']}")
    print(
        f"Key derivation:  {kdf['name']}, {kdf['memory_mib']} MiB, "
        f"{kdf['iterations']} passes, {kdf['lanes']} lanes"
    )
    print("Rows:")
    for table, count in info["rows"].items():
        print(f"  {table:<28} {count}")


def cmd_passwd(args: argparse.Namespace) -> int:
    vault = open_vault(args)
    try:
        vault.change_passphrase(_new_passphrase())
    finally:
        vault.close()
    print("Passphrase changed. Older backups still open with the old passphrase;")
    print("if it may have leaked, run 'peerdesk rotate-key'.")
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    vault = open_vault(args, recovery=True)
    try:
        vault.save_if_dirty()
        vault.change_passphrase(_new_passphrase())
    finally:
        vault.close()
    print("New passphrase set. Your recovery key still works.")
    return 0


def cmd_rotate(args: argparse.Namespace) -> int:
    vault = open_vault(args)
    try:
        recovery = vault.rotate_data_key(_new_passphrase())
    finally:
        vault.close()
    print("The vault is re-encrypted under a new data key; old backups were deleted.")
    _show_recovery_key(recovery)
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    vault = open_vault(args)
    try:
        vault.backup_to(Path(args.to).expanduser())
    finally:
        vault.close()
    print(f"Encrypted backup written to {args.to} and checked.")
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    from peerdesk.storage.vault import list_backups

    backups = list_backups(vault_path(args))
    if not backups:
        print("No automatic backups yet.")
    for b in backups:
        when = dt.datetime.fromtimestamp(b.modified).strftime("%Y-%m-%d %H:%M")
        print(f"{when}  save {b.generation:>6}  {b.path}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from peerdesk.storage.vault import restore_backup

    source = Path(args.source).expanduser()
    if args.recovery_key:
        gen = restore_backup(vault_path(args), source, recovery_key=read_secret("Recovery key: "))
    else:
        gen = restore_backup(vault_path(args), source, passphrase=read_secret("Passphrase: "))
    print(f"Restored save {gen} from {source}. The file it replaced was kept as a backup.")
    return 0
