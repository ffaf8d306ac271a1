"""Vault commands: init, verify, passwd, recover, rotate-key, backup, backups, restore."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
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
    p.add_argument(
        "--accept-this-copy",
        action="store_true",
        help="this older copy is the one to keep: stop warning about it",
    )
    p.set_defaults(func=cmd_verify)
    p = add_command(sub, "passwd", "change the passphrase (optionally the data key too)")
    p.add_argument(
        "--reason",
        choices=["routine", "may-be-known"],
        help="may-be-known: someone may know the old passphrase (replaces the data key too)",
    )
    key = p.add_mutually_exclusive_group()
    key.add_argument(
        "--rotate-key", action="store_true", default=None, help="also replace the data key"
    )
    key.add_argument(
        "--keep-key", dest="rotate_key", action="store_false", help="keep the data key"
    )
    p.set_defaults(func=cmd_passwd)
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
        if args.accept_this_copy and vault.rollback is not None:
            vault.note_seen(accept=True)
            print("This copy is now the one PeerDesk expects on this computer.", file=sys.stderr)
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
    from peerdesk.core.passphrase import KEEPS_DATA_KEY, ROTATE_OFFER

    rotate = _chosen_rotation(args)
    if rotate is not True:
        print(f"{KEEPS_DATA_KEY}\n{ROTATE_OFFER} (--reason may-be-known)\n", file=sys.stderr)
    if rotate is None:
        rotate = _ask_rotation()
    vault = open_vault(args)
    try:
        new = _new_passphrase()
        recovery = vault.rotate_data_key(new) if rotate else None
        if recovery is None:
            vault.change_passphrase(new)
    finally:
        vault.close()
    if recovery is None:
        print("Passphrase changed; the data key is the same as before.")
        return 0
    print("Passphrase changed and the vault re-encrypted under a new data key; the automatic")
    print("backups made under the old key were deleted. Copies you made elsewhere still open")
    print("with the old passphrase: delete them.")
    _show_recovery_key(recovery)
    return 0


def _chosen_rotation(args: argparse.Namespace) -> bool | None:
    """--rotate-key/--keep-key wins, then the reason (may-be-known: rotate); None: not said."""
    if args.rotate_key is not None:
        return bool(args.rotate_key)
    if args.reason is not None:
        return bool(args.reason == "may-be-known")
    return None


def _ask_rotation() -> bool:
    """On a terminal, ask; in a script (secrets on standard input) keep the data key."""
    if sys.stdin is None or not sys.stdin.isatty():
        return False
    answer = input("Might someone know your old passphrase? [y/N] ")
    return answer.strip().lower() in {"y", "yes"}


def cmd_recover(args: argparse.Namespace) -> int:
    vault = open_vault(args, recovery=True)
    try:
        vault.save_if_dirty()
        vault.change_passphrase(_new_passphrase())
    finally:
        vault.close()
    print("New passphrase set. Your recovery key still works.")
    print("The data key is unchanged: if someone may know the old passphrase or has a copy of")
    print("the vault, run 'peerdesk rotate-key' too.")
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
    slow = bool(getattr(args, "allow_slow_unlock", False))
    if args.recovery_key:
        secret = {"recovery_key": read_secret("Recovery key: ")}
    else:
        secret = {"passphrase": read_secret("Passphrase: ")}
    done = restore_backup(vault_path(args), source, allow_slow_unlock=slow, **secret)
    print(f"Restored save {done.generation} from {source}. The file it replaced was kept as a "
          "backup. PeerDesk now expects this copy, so opening it brings no warning.")  # fmt: skip
    if done.retired_key:
        print("Note: this copy was made before 'peerdesk rotate-key', so the old data key is in "
              "use again: anyone who knew the passphrase or recovery key of that time can open "
              "it. Run 'peerdesk rotate-key' again if that worries you.")  # fmt: skip
    return 0
