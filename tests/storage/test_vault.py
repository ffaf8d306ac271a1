"""Vault round trips, keys, backups, locking and save failures."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from peerdesk.core.errors import (
    InvalidInput,
    SaveFailed,
    VaultExists,
    VaultInUse,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
)
from peerdesk.storage import vaultfile
from peerdesk.storage.vault import create_vault, list_backups, open_vault, restore_backup

PASSPHRASE = "correct horse battery staple"

NEW_PASSPHRASE = "violet lanterns drift over quiet harbours"


def _rows(vault):
    return [r["text"] for r in vault.db["notes"].rows_where(order_by="id")]


def _add(vault, text):
    vault.db["notes"].insert({"text": text}, pk="id")


def test_round_trip(vault_factory):
    vault, _ = vault_factory()
    _add(vault, "first")
    _add(vault, "second")
    vault.save()
    path = vault.path
    vault.close()
    with open_vault(path, passphrase=PASSPHRASE) as again:
        assert _rows(again) == ["first", "second"]
        assert not again.dirty


def test_wrong_passphrase_and_empty(vault_factory):
    vault, _ = vault_factory()
    vault.close()
    for wrong in (PASSPHRASE + "x", "", "Correct horse battery staple"):
        with pytest.raises(WrongPassphrase):
            open_vault(vault.path, passphrase=wrong)


def test_passphrase_is_nfkc_normalised(fast_kdf, tmp_path):
    vault, _ = create_vault(tmp_path / "v.peerdesk", "ﬁne ﬁsh swim in the deep blue sea")
    vault.close()
    open_vault(vault.path, passphrase="fine fish swim in the deep blue sea").close()


def test_recovery_key_unlocks_and_tolerates_typing(vault_factory):
    vault, recovery = vault_factory()
    _add(vault, "kept")
    vault.save()
    vault.close()
    sloppy = recovery.lower().replace("-", " ")
    with open_vault(vault.path, recovery_key=sloppy) as again:
        assert _rows(again) == ["kept"]
        again.change_passphrase(NEW_PASSPHRASE)
    open_vault(vault.path, passphrase=NEW_PASSPHRASE).close()
    with pytest.raises(WrongPassphrase):
        open_vault(vault.path, recovery_key="AAAA-BBBB")


def test_passphrase_change_keeps_payload_bytes(vault_factory):
    vault, _ = vault_factory()
    _add(vault, "payload")
    vault.save()
    before = vaultfile.parse(vault.path.read_bytes()).ciphertext
    vault.change_passphrase(NEW_PASSPHRASE)
    after = vaultfile.parse(vault.path.read_bytes()).ciphertext
    assert before == after
    vault.close()
    with pytest.raises(WrongPassphrase):
        open_vault(vault.path, passphrase=PASSPHRASE)
    with open_vault(vault.path, passphrase=NEW_PASSPHRASE) as again:
        assert _rows(again) == ["payload"]
    # The documented caveat: the backup of the old header still opens with the old passphrase.
    newest = list_backups(vault.path)[0]
    open_vault(newest.path, passphrase=PASSPHRASE).close()


def test_new_passphrase_must_meet_policy(vault_factory):
    vault, _ = vault_factory()
    with pytest.raises(InvalidInput, match="15 characters"):
        vault.change_passphrase("short")


def test_rotate_data_key_drops_old_backups_and_keys(vault_factory):
    vault, old_recovery = vault_factory()
    for i in range(3):
        _add(vault, f"row {i}")
        vault.save()
    assert list_backups(vault.path)
    new_recovery = vault.rotate_data_key(NEW_PASSPHRASE)
    assert new_recovery != old_recovery
    assert list_backups(vault.path) == []
    vault.close()
    with pytest.raises(WrongPassphrase):
        open_vault(vault.path, recovery_key=old_recovery)
    with open_vault(vault.path, recovery_key=new_recovery) as again:
        assert len(_rows(again)) == 3


def test_backups_rotate_and_each_opens(vault_factory):
    vault, _ = vault_factory()
    vault.backups_kept = 3
    for i in range(6):
        _add(vault, f"r{i}")
        vault.save()
    backups = list_backups(vault.path)
    assert [b.generation for b in backups] == [6, 5, 4]
    vault.close()
    for b in backups:
        open_vault(b.path, passphrase=PASSPHRASE).close()


def test_restore_backup_replaces_vault(vault_factory):
    vault, _ = vault_factory()
    _add(vault, "old")
    vault.save()
    _add(vault, "new")
    vault.save()
    backup = list_backups(vault.path)[0]  # generation 2: holds only "old"
    vault.close()
    restore_backup(vault.path, backup.path, passphrase=PASSPHRASE)
    with open_vault(vault.path, passphrase=PASSPHRASE) as again:
        assert _rows(again) == ["old"]
    assert any(b.generation == 3 for b in list_backups(vault.path))  # the replaced file is kept


def test_restore_refuses_backup_that_does_not_open(vault_factory, tmp_path):
    vault, _ = vault_factory()
    vault.close()
    junk = tmp_path / "junk.peerdesk"
    junk.write_bytes(b"PEERDESK" + os.urandom(300))
    before = vault.path.read_bytes()
    with pytest.raises(Exception) as info:
        restore_backup(vault.path, junk, passphrase=PASSPHRASE)
    assert type(info.value).__name__ == "VaultDamaged"
    assert vault.path.read_bytes() == before


def test_backup_to_file(vault_factory, tmp_path):
    vault, _ = vault_factory()
    _add(vault, "copied")
    dest = tmp_path / "usb" / "copy.peerdesk"
    dest.parent.mkdir()
    vault.backup_to(dest)
    vault.close()
    with open_vault(dest, passphrase=PASSPHRASE) as copy:
        assert _rows(copy) == ["copied"]


def test_second_writer_refused_then_allowed(vault_factory):
    vault, _ = vault_factory()
    with pytest.raises(VaultInUse, match="already open"):
        open_vault(vault.path, passphrase=PASSPHRASE)
    vault.close()
    open_vault(vault.path, passphrase=PASSPHRASE).close()


def test_create_refuses_existing_and_open_missing(vault_factory, tmp_path):
    vault, _ = vault_factory()
    with pytest.raises(VaultExists):
        create_vault(vault.path, PASSPHRASE)
    with pytest.raises(VaultNotFound):
        open_vault(tmp_path / "nothing.peerdesk", passphrase=PASSPHRASE)


def test_close_drops_key_and_connection(vault_factory):
    vault, _ = vault_factory()
    key = vault._dek
    vault.close()
    assert vault._dek is None and key == bytearray(len(key))  # zeroed in place
    with pytest.raises(VaultLocked):
        _ = vault.db
    assert not vault.is_open


def test_disk_full_keeps_old_file_and_change(vault_factory):
    vault, _ = vault_factory()
    _add(vault, "saved")
    vault.save()
    before = vault.path.read_bytes()
    _add(vault, "pending")

    def full(*_a, **_k):
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.MonkeyPatch.context() as patch, pytest.raises(SaveFailed, match="disk is full"):
        patch.setattr(os, "write", full)
        vault.save()
    assert vault.path.read_bytes() == before
    assert vault.dirty
    assert not list(vault.path.parent.glob(".*.tmp"))
    vault.save()  # the next successful save writes the change kept in memory
    vault.close()
    with open_vault(vault.path, passphrase=PASSPHRASE) as again:
        assert _rows(again) == ["saved", "pending"]


@pytest.mark.parametrize("step", ["fsync", "replace", "link"])
def test_failure_at_each_step_leaves_old_file(vault_factory, step):
    vault, _ = vault_factory()
    _add(vault, "a")
    vault.save()
    before = vault.path.read_bytes()
    _add(vault, "b")

    def boom(*_a, **_k):
        raise OSError(errno.EIO, "I/O error")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(os, step, boom)
        if step == "link":  # a failed hard link falls back to a copy: the save still succeeds
            vault.save()
            assert not vault.dirty
            return
        with pytest.raises(SaveFailed):
            vault.save()
    assert vault.path.read_bytes() == before and vault.dirty


def test_stale_temp_files_removed_at_open(vault_factory):
    vault, _ = vault_factory()
    vault.close()
    stale = vault.path.with_name(f".{vault.path.name}.deadbeef0000.tmp")
    stale.write_bytes(b"ciphertext from a crash")
    open_vault(vault.path, passphrase=PASSPHRASE).close()
    assert not stale.exists()


def test_damaged_vault_names_newest_backup_that_opens(vault_factory):
    vault, _ = vault_factory()
    for text in ("one", "two", "three"):
        _add(vault, text)
        vault.save()
    vault.close()
    blob = bytearray(vault.path.read_bytes())
    blob[-3] ^= 0x40
    vault.path.write_bytes(bytes(blob))
    with pytest.raises(Exception) as info:
        open_vault(vault.path, passphrase=PASSPHRASE)
    err = info.value
    assert type(err).__name__ == "VaultDamaged"
    assert err.newest_backup == list_backups(vault.path)[0].path
    assert str(err.newest_backup) in err.message


def test_missing_argon2_is_a_clear_error(vault_factory, monkeypatch):
    from cryptography.exceptions import UnsupportedAlgorithm

    from peerdesk.core.errors import PeerDeskError
    from peerdesk.storage import crypto

    vault, _ = vault_factory()
    vault.close()

    class NoArgon:
        def __init__(self, **_kw):
            raise UnsupportedAlgorithm("argon2id is not supported by this OpenSSL")

    monkeypatch.setattr(crypto, "Argon2id", NoArgon)
    with pytest.raises(PeerDeskError, match="cannot run Argon2id"):
        open_vault(vault.path, passphrase=PASSPHRASE)


@pytest.mark.parametrize("damage", ["flip", "short"])
def test_a_file_that_reads_back_different_is_never_put_in_place(vault_factory, damage):
    """The read-back is compared byte for byte: one flipped byte or a short write fails the
    save, leaves the old file, and keeps the change for the next save."""
    vault, _ = vault_factory()
    _add(vault, "a")
    vault.save()
    before = vault.path.read_bytes()
    _add(vault, "b")
    real = os.write

    def spoil(fd, data):
        data = bytes(data)
        spoilt = data[:-1] if damage == "short" else data[:-9] + bytes([data[-9] ^ 1]) + data[-8:]
        real(fd, spoilt)
        return len(data)  # the system claims all of it went through

    with pytest.MonkeyPatch.context() as patch, pytest.raises(SaveFailed, match="read back"):
        patch.setattr(os, "write", spoil)
        vault.save()
    assert vault.path.read_bytes() == before and vault.dirty
    vault.save()
    vault.close()
    with open_vault(vault.path, passphrase=PASSPHRASE) as again:
        assert _rows(again) == ["a", "b"]


def test_old_backups_are_deleted_off_the_saving_thread(vault_factory, monkeypatch):
    """Deleting a multi-megabyte file costs ext4 ~3 ms: the save returns without waiting,
    and listing (or restoring, erasing) waits for the deletions first."""
    import threading

    from peerdesk.storage import atomic

    vault, _ = vault_factory()
    vault.backups_kept = 2
    threads: list[str] = []
    real = Path.unlink

    def unlink(self, *args, **kwargs):
        if atomic.BACKUP_DIR in self.parts:
            threads.append(threading.current_thread().name)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Path, "unlink", unlink)
    for i in range(6):
        _add(vault, f"n{i}")
        vault.save()
    assert [b.generation for b in list_backups(vault.path)] == [
        vault.generation - 1,
        vault.generation - 2,
    ]
    assert threads and threading.current_thread().name not in threads
