"""Tampering, truncation, KDF bounds and fuzzing: only 'damaged' or 'wrong passphrase' get out."""

from __future__ import annotations

import hashlib
import random
import struct
import time

import pytest

from peerdesk.core.errors import VaultDamaged, VaultTooNew, WrongPassphrase
from peerdesk.storage import crypto, vaultfile
from peerdesk.storage.vault import open_vault

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def saved(vault_factory):
    """A closed vault with a few rows and its bytes."""
    vault, _ = vault_factory()
    vault.db["notes"].insert_all([{"text": f"row {i}"} for i in range(50)])
    vault.save()
    vault.close()
    return vault.path, vault.path.read_bytes()


def _open_bytes(path, blob):
    path.write_bytes(blob)
    with open_vault(path, passphrase=PASSPHRASE) as vault:
        return vault.db["notes"].count


def test_every_header_byte_flip_is_damaged(saved):
    path, blob = saved
    hlen = vaultfile.header_len(2)
    for offset in range(hlen):
        for bit in (0x01, 0x80):
            mutated = bytearray(blob)
            mutated[offset] ^= bit
            with pytest.raises(VaultDamaged):
                _open_bytes(path, bytes(mutated))


def test_random_body_flips_are_damaged(saved):
    path, blob = saved
    hlen = vaultfile.header_len(2)
    rng = random.Random(7)
    offsets = list(range(hlen, hlen + 64)) + list(range(len(blob) - 64, len(blob)))
    offsets += [rng.randrange(hlen, len(blob)) for _ in range(400)]
    for offset in offsets:
        mutated = bytearray(blob)
        mutated[offset] ^= 1 << rng.randrange(8)
        with pytest.raises(VaultDamaged):
            _open_bytes(path, bytes(mutated))


def test_truncated_extended_and_empty(saved):
    path, blob = saved
    lengths = [*range(0, 400, 7), len(blob) - 1, len(blob) // 2]
    for n in lengths:
        with pytest.raises(VaultDamaged):
            _open_bytes(path, blob[:n])
    with pytest.raises(VaultDamaged):
        _open_bytes(path, blob + b"\0")


def test_mutation_fuzz_never_crashes(saved):
    """Random set/insert/delete mutations: every outcome is one of the two typed errors."""
    path, blob = saved
    rng = random.Random(11)
    for _ in range(300):
        mutated = bytearray(blob)
        for _ in range(rng.randint(1, 4)):
            pos = rng.randrange(len(mutated))
            choice = rng.random()
            if choice < 0.5:
                mutated[pos] = rng.randrange(256)
            elif choice < 0.75:
                mutated.insert(pos, rng.randrange(256))
            else:
                del mutated[pos]
        if bytes(mutated) == blob:
            continue
        with pytest.raises((VaultDamaged, WrongPassphrase)):
            _open_bytes(path, bytes(mutated))


def _rehash(blob: bytearray) -> bytes:
    """Recompute the unkeyed header hash, as a deliberate tamperer would."""
    hlen = vaultfile.header_len(2)
    end = hlen - 64
    blob[end : end + 32] = hashlib.sha256(bytes(blob[:end])).digest()
    return bytes(blob)


@pytest.mark.parametrize(
    ("memory_kib", "iterations"),
    [(4 * 1024 * 1024, 3), (2**32 - 1, 3), (64 * 1024, 2**31), (64, 1)],
    ids=["4GiB", "max-u32-memory", "huge-iterations", "downgrade-below-floor"],
)
def test_kdf_bounds_checked_before_kdf(saved, monkeypatch, memory_kib, iterations):
    path, blob = saved
    monkeypatch.setattr(crypto, "KDF_FLOOR", crypto.KdfParams(64 * 1024, 3, 4))  # the real floor
    mutated = bytearray(blob)
    struct.pack_into("<II", mutated, 16 + 4, memory_kib, iterations)  # first slot's m and t
    start = time.perf_counter()
    with pytest.raises(VaultDamaged, match="outside safe limits"):
        _open_bytes(path, _rehash(mutated))
    assert time.perf_counter() - start < 0.5  # refused without running the KDF


def test_tampered_slot_with_rehash_is_wrong_or_damaged(saved):
    path, blob = saved
    mutated = bytearray(blob)
    mutated[16 + 20] ^= 0xFF  # inside the passphrase slot's salt
    with pytest.raises(WrongPassphrase):
        _open_bytes(path, _rehash(mutated))


def test_newer_format_version_is_reported(saved):
    path, blob = saved
    mutated = bytearray(blob)
    struct.pack_into("<H", mutated, 8, vaultfile.FORMAT_VERSION + 1)
    with pytest.raises(VaultTooNew, match="newer PeerDesk"):
        _open_bytes(path, _rehash(mutated))


def test_not_a_vault(tmp_path):
    path = tmp_path / "photo.peerdesk"
    with pytest.raises(VaultDamaged, match="not a PeerDesk vault"):
        _open_bytes(path, b"\x89PNG\r\n\x1a\n" + bytes(500))


def test_calibration_never_below_floor():
    assert crypto.KdfParams(64 * 1024, 3, 4) == crypto.KDF_FLOOR
    params = crypto.calibrate(1)
    assert params.memory_kib >= 64 * 1024 and params.iterations >= 3 and params.lanes >= 4
    assert crypto.params_in_bounds(params)


def test_fresh_payload_key_every_save(vault_factory):
    vault, _ = vault_factory()
    vault.save()
    first = vaultfile.parse(vault.path.read_bytes()).header
    vault.db["t"].insert({"a": 1})
    vault.save()
    second = vaultfile.parse(vault.path.read_bytes()).header
    assert first.payload_salt != second.payload_salt
    assert second.generation == first.generation + 1
