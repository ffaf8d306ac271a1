"""One open costs at most one maximal key derivation, whatever a crafted file or folder holds."""

from __future__ import annotations

import os

import pytest

from peerdesk.core.errors import UnlockTooCostly, VaultDamaged, WrongPassphrase
from peerdesk.storage import crypto, vaultfile
from peerdesk.storage.vault import create_vault, open_vault, restore_backup

PASSPHRASE = "correct horse battery staple"


def crafted(slot_params: list[crypto.KdfParams], generation: int = 7) -> bytes:
    """A file whose header hash is right (so it parses) but whose slots open nothing."""
    slots = tuple(
        vaultfile.Slot(
            vaultfile.SLOT_PASSPHRASE,
            vaultfile.KDF_ARGON2ID,
            params,
            os.urandom(crypto.SALT_LEN),
            os.urandom(crypto.NONCE_LEN),
            os.urandom(crypto.KEY_LEN + 16),
        )
        for params in slot_params
    )
    header = vaultfile.Header(slots, generation, os.urandom(32), os.urandom(32), 16)
    return vaultfile.build(header, os.urandom(32), os.urandom(16))


@pytest.fixture
def kdf_spend(monkeypatch):
    """Record the work every key derivation would do, without doing it (a wrong key results)."""
    spent: list[int] = []

    def fake(_secret: str, _salt: bytes, p: crypto.KdfParams) -> bytearray:
        spent.append(p.memory_kib * p.iterations)
        return bytearray(os.urandom(crypto.KEY_LEN))

    monkeypatch.setattr(crypto, "derive_passphrase_key", fake)
    return spent


GIB = 1024 * 1024  # KiB


@pytest.mark.parametrize(
    "slots",
    [
        [crypto.KdfParams(GIB, 4, 4)] * 4,  # four slots, each at the per-slot ceiling
        [crypto.KdfParams(GIB, 3, 4)] * 2,
        [crypto.KdfParams(GIB // 2, 16, 4), crypto.KdfParams(64 * 1024, 3, 4)],
    ],
    ids=["4x-ceiling", "2x-3GiB", "ceiling-plus-one"],
)
def test_slots_whose_sum_exceeds_one_ceiling_are_refused_before_any_kdf(tmp_path, kdf_spend, slots):
    path = tmp_path / "crafted.peerdesk"
    path.write_bytes(crafted(slots))
    with pytest.raises(VaultDamaged, match="outside safe limits"):
        open_vault(path, passphrase=PASSPHRASE)
    assert kdf_spend == []


@pytest.fixture
def slow_computer(monkeypatch):
    """A fixed Argon2id speed (100 MiB x passes per second), so estimates are reproducible."""
    from peerdesk.storage import kdfbudget

    monkeypatch.setattr(kdfbudget, "_throughput", lambda: 100.0 * 1024)


def test_a_crafted_slot_far_above_a_normal_unlock_is_refused_before_the_kdf(
    tmp_path, kdf_spend, slow_computer
):
    """Within the per-slot ceiling, yet ~80 s here: refused, unless the person insists."""
    path = tmp_path / "crafted.peerdesk"
    path.write_bytes(crafted([crypto.KdfParams(GIB, 4, 4)]))
    with pytest.raises(UnlockTooCostly) as info:
        open_vault(path, passphrase=PASSPHRASE)
    assert kdf_spend == [] and info.value.exit_code == 11
    assert "--allow-slow-unlock" in info.value.message
    with pytest.raises(WrongPassphrase):
        open_vault(path, passphrase=PASSPHRASE, allow_slow_unlock=True)
    assert len(kdf_spend) == 1 and sum(kdf_spend) <= crypto.KDF_MAX_WORK


def test_even_insisting_costs_at_most_one_ceiling(tmp_path, kdf_spend, slow_computer):
    path = tmp_path / "crafted.peerdesk"
    path.write_bytes(crafted([crypto.KdfParams(GIB // 2, 4, 4)] * 2))  # 2 GiB x 4 in total
    with pytest.raises(WrongPassphrase):
        open_vault(path, passphrase=PASSPHRASE, allow_slow_unlock=True)
    assert len(kdf_spend) == 2 and sum(kdf_spend) <= crypto.KDF_MAX_WORK


def test_a_slow_vault_opened_once_on_purpose_is_then_known(fast_kdf, tmp_path, monkeypatch):
    """A vault made elsewhere with a long unlock time: one insisting open, then as usual."""
    from peerdesk.storage import kdfbudget, seen

    monkeypatch.setattr(kdfbudget, "_throughput", lambda: 10.0 * 1024)  # an old, slow laptop
    monkeypatch.setattr(crypto, "KDF_FLOOR", crypto.KdfParams(64, 1, 1))
    vault, _ = create_vault(
        tmp_path / "v.peerdesk", PASSPHRASE, kdf_params=crypto.KdfParams(32 * 1024, 3, 1)
    )
    vault.close()
    seen.record_path().unlink()  # as on a computer that never opened it
    with pytest.raises(UnlockTooCostly):
        open_vault(vault.path, passphrase=PASSPHRASE)
    open_vault(vault.path, passphrase=PASSPHRASE, allow_slow_unlock=True).close()
    open_vault(vault.path, passphrase=PASSPHRASE).close()  # its slot is known now


def test_a_normal_vault_is_never_estimated(vault_factory, monkeypatch):
    from peerdesk.storage import kdfbudget

    vault, _ = vault_factory()
    vault.close()
    monkeypatch.setattr(kdfbudget, "_throughput", lambda: pytest.fail("probe ran"))
    open_vault(vault.path, passphrase=PASSPHRASE).close()


def test_a_damaged_vault_never_tries_its_backups_at_open(fast_kdf, tmp_path, monkeypatch):
    """Before: up to ten backups were decrypted, each with its own KDF run."""
    vault, _ = create_vault(tmp_path / "v.peerdesk", PASSPHRASE)
    for i in range(3):
        vault.db["notes"].insert({"text": f"n{i}"}, pk="id")
        vault.save()
    vault.close()
    backups = tmp_path / "backups"
    for i in range(10):  # backups under other slots (other salts): no cached key helps
        other, _ = create_vault(tmp_path / f"other{i}.peerdesk", PASSPHRASE)
        other.close()
        (backups / f"v.g{100 + i:010d}.peerdesk").write_bytes(other.path.read_bytes())
    blob = bytearray(vault.path.read_bytes())
    blob[-5] ^= 1
    vault.path.write_bytes(bytes(blob))
    calls: list[int] = []
    real = crypto.derive_passphrase_key
    monkeypatch.setattr(crypto, "derive_passphrase_key", lambda *a: calls.append(1) or real(*a))
    with pytest.raises(VaultDamaged) as info:
        open_vault(vault.path, passphrase=PASSPHRASE)
    assert len(calls) == 1  # the vault's own slot, nothing else
    assert info.value.newest_backup == backups / "v.g0000000109.peerdesk"
    assert "restoring it checks that it opens" in info.value.message
    calls.clear()
    restore_backup(vault.path, backups / "v.g0000000002.peerdesk", passphrase=PASSPHRASE)
    assert len(calls) == 1  # an explicit restore tries the one file asked for
    open_vault(vault.path, passphrase=PASSPHRASE).close()


def test_a_crafted_backup_restored_on_purpose_is_bounded_too(tmp_path, kdf_spend, vault_factory):
    vault, _ = vault_factory()
    vault.close()
    kdf_spend.clear()  # creating the vault derived once
    before = vault.path.read_bytes()
    backup = tmp_path / "crafted-backup.peerdesk"
    backup.write_bytes(crafted([crypto.KdfParams(GIB, 4, 4)] * 4))
    with pytest.raises(VaultDamaged):
        restore_backup(vault.path, backup, passphrase=PASSPHRASE)
    assert kdf_spend == [] and vault.path.read_bytes() == before
