"""Vault commands: init, verify, passwd, recover, rotate-key, backup, backups, restore."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from peerdesk.cli.common import add_command, open_vault, print_json, read_secret, vault_path
from peerdesk.core.errors import InvalidInput
from peerdesk.core.messages import say


def register(sub: Any) -> None:
    p = add_command(sub, "init", say("create a new encrypted vault"))
    p.add_argument(
        "--unlock-time",
        type=int,
        default=700,
        metavar="MS",
        help=say(
            "target unlock time in milliseconds (sets the Argon2id cost; never below the floor)",
        ),
    )
    p.set_defaults(func=cmd_init)
    p = add_command(
        sub, "verify", say("decrypt the vault, check its integrity and print a summary")
    )
    p.add_argument("--json", action="store_true", help=say("print the summary as JSON"))
    p.add_argument(
        "--accept-this-copy",
        action="store_true",
        help=say("this older copy is the one to keep: stop warning about it"),
    )
    p.set_defaults(func=cmd_verify)
    p = add_command(sub, "passwd", say("change the passphrase (optionally the data key too)"))
    p.add_argument(
        "--reason",
        choices=["routine", "may-be-known"],
        help=say(
            "may-be-known: someone may know the old passphrase (replaces the data key too)",
        ),
    )
    key = p.add_mutually_exclusive_group()
    key.add_argument(
        "--rotate-key", action="store_true", default=None, help=say("also replace the data key")
    )
    key.add_argument(
        "--keep-key", dest="rotate_key", action="store_false", help=say("keep the data key")
    )
    p.set_defaults(func=cmd_passwd)
    add_command(
        sub, "recover", say("unlock with the recovery key and set a new passphrase")
    ).set_defaults(func=cmd_recover)
    add_command(
        sub,
        "rotate-key",
        say("new data key and recovery key; deletes backups made under the old key"),
    ).set_defaults(func=cmd_rotate)
    p = add_command(sub, "backup", say("write an encrypted copy of the vault to a file"))
    p.add_argument("--to", required=True, metavar="FILE", help=say("where to write the copy"))
    p.set_defaults(func=cmd_backup)
    p = add_command(sub, "backups", say("list the automatic backups beside the vault"))
    p.set_defaults(func=cmd_backups)
    p = add_command(sub, "restore", say("replace the vault with a backup that decrypts"))
    p.add_argument("source", metavar="FROM", help=say("backup file to restore"))
    p.add_argument(
        "--recovery-key", action="store_true", help=say("unlock the backup with the recovery key")
    )
    p.set_defaults(func=cmd_restore)


def _new_passphrase() -> str:
    first = read_secret(say("New passphrase: "))
    if read_secret(say("Repeat the new passphrase: ")) != first:
        raise InvalidInput(say("the two entries differ; nothing was changed"), field="passphrase")
    return first


def cmd_init(args: argparse.Namespace) -> int:
    from peerdesk.storage.vault import create_vault

    path = vault_path(args)
    passphrase = _new_passphrase()
    vault, recovery = create_vault(path, passphrase, unlock_time_ms=args.unlock_time)
    vault.close()
    print(say("Created {path}", path=path))
    _show_recovery_key(recovery)
    return 0


def _show_recovery_key(recovery: str) -> None:
    print()
    print(
        say(
            "Your recovery key (shown once; write it down and keep it somewhere safe and private):",
        )
    )
    print()
    print(f"    {recovery}")
    print()
    print(say("It opens the vault if you forget your passphrase: 'peerdesk recover'."))


def cmd_verify(args: argparse.Namespace) -> int:
    vault = open_vault(args)
    try:
        if args.accept_this_copy and vault.rollback is not None:
            vault.note_seen(accept=True)
            print(
                say("This copy is now the one PeerDesk expects on this computer."), file=sys.stderr
            )
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
    print(say("Vault:           {path}", path=info["path"]))
    print(say("Integrity:       {result}", result=info["integrity"]))
    print(say("Format version:  {version}", version=info["format_version"]))
    print(say("Schema version:  {version}", version=info["schema_version"]))
    print(say("Saves so far:    {count}", count=info["generation"]))
    print(
        say(
            "Key derivation:  {name}, {mib} MiB, {passes} passes, {lanes} lanes",
            name=kdf["name"],
            mib=kdf["memory_mib"],
            passes=kdf["iterations"],
            lanes=kdf["lanes"],
        )
    )
    print(say("Rows:"))
    for table, count in info["rows"].items():
        print(f"  {table:<28} {count}")


def cmd_passwd(args: argparse.Namespace) -> int:
    from peerdesk.core.passphrase import keeps_data_key, rotate_offer

    rotate = _chosen_rotation(args)
    if rotate is not True:
        print(f"{keeps_data_key()}\n{rotate_offer()} (--reason may-be-known)\n", file=sys.stderr)
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
        print(say("Passphrase changed; the data key is the same as before."))
        return 0
    print(
        say(
            "Passphrase changed and the vault re-encrypted under a new data key; the automatic\n"
            "backups made under the old key were deleted. Copies you made elsewhere still open\n"
            "with the old passphrase: delete them."
        )
    )
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
    answer = input(say("Might someone know your old passphrase? [y/N] "))
    return answer.strip().lower() in {"y", "yes", "o", "oui"}  # French answers say oui


def cmd_recover(args: argparse.Namespace) -> int:
    vault = open_vault(args, recovery=True)
    try:
        vault.save_if_dirty()
        vault.change_passphrase(_new_passphrase())
    finally:
        vault.close()
    print(say("New passphrase set. Your recovery key still works."))
    print(
        say(
            "The data key is unchanged: if someone may know the old passphrase or has a copy of\n"
            "the vault, run 'peerdesk rotate-key' too."
        )
    )
    return 0


def cmd_rotate(args: argparse.Namespace) -> int:
    vault = open_vault(args)
    try:
        recovery = vault.rotate_data_key(_new_passphrase())
    finally:
        vault.close()
    print(
        say(
            "The vault is re-encrypted under a new data key; old backups were deleted.",
        )
    )
    _show_recovery_key(recovery)
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    vault = open_vault(args)
    try:
        vault.backup_to(Path(args.to).expanduser())
    finally:
        vault.close()
    print(say("Encrypted backup written to {to} and checked.", to=args.to))
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    from peerdesk.storage.vault import list_backups

    backups = list_backups(vault_path(args))
    if not backups:
        print(say("No automatic backups yet."))
    for b in backups:
        when = dt.datetime.fromtimestamp(b.modified).strftime("%Y-%m-%d %H:%M")
        print(
            say(
                "{when}  save {generation:>6}  {path}",
                when=when,
                generation=b.generation,
                path=b.path,
            )
        )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from peerdesk.storage.vault import restore_backup

    source = Path(args.source).expanduser()
    slow = bool(getattr(args, "allow_slow_unlock", False))
    if args.recovery_key:
        secret = {"recovery_key": read_secret(say("Recovery key: "))}
    else:
        secret = {"passphrase": read_secret(say("Passphrase: "))}
    done = restore_backup(vault_path(args), source, allow_slow_unlock=slow, **secret)
    print(
        say(
            "Restored save {generation} from {source}. The file it replaced was kept as a "
            "backup. PeerDesk now expects this copy, so opening it brings no warning.",
            generation=done.generation,
            source=source,
        )
    )
    if done.retired_key:
        print(
            say(
                "Note: this copy was made before 'peerdesk rotate-key', so the old data key is "
                "in use again: anyone who knew the passphrase or recovery key of that time can "
                "open it. Run 'peerdesk rotate-key' again if that worries you.",
            )
        )
    return 0
