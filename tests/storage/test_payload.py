"""Format-2 payload: chunked zstd round trips, frame reuse, damage refused, format 1 still opens."""

from __future__ import annotations

import random
import shutil
import struct
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peerdesk.core.errors import VaultDamaged
from peerdesk.storage import payload, vaultfile
from peerdesk.storage.unlocked import decrypt_payload
from peerdesk.storage.vault import open_vault

PASSPHRASE = "correct horse battery staple"
NEW_PASSPHRASE = "violet lanterns drift over quiet harbours"
FIXTURE = Path(__file__).parent.parent / "fixtures" / "vault-f1-s1.peerdesk"
C = payload.CHUNK_SIZE


def _image(rng: random.Random, pages: int) -> bytes:
    """Page-sized blocks mixing text-like (compressible) and random bytes, as SQLite pages do."""
    words = [b"shift ", b"sleep ", b"\xc3\xa9t\xc3\xa9 ", b"\xf0\x9f\x98\x94 ", b"crew "]
    blocks = []
    for _ in range(pages):
        if rng.random() < 0.5:
            blocks.append(b"".join(rng.choices(words, k=2000))[:512])
        else:
            blocks.append(rng.randbytes(512))
    return b"".join(blocks)


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 3 * C // 512 + 7), st.integers(0, 2**32))
def test_round_trip_any_length(pages, seed):
    image = _image(random.Random(seed), pages)
    encoded = payload.ChunkCache().encode(image)
    assert payload.decode(encoded) == image


@settings(max_examples=25, deadline=None)
@given(st.integers(2 * C // 512, 6 * C // 512), st.data())
def test_only_changed_chunks_are_recompressed(pages, data):
    rng = random.Random(pages)
    image = _image(rng, pages)
    cache = payload.ChunkCache()
    first = _frames(cache.encode(image))
    spot = data.draw(st.integers(0, len(image) - 1))
    changed = bytearray(image)
    changed[spot] ^= 0xFF
    second_payload = cache.encode(bytes(changed))
    second = _frames(second_payload)
    assert payload.decode(second_payload) == bytes(changed)
    differing = [i for i, (a, b) in enumerate(zip(first, second, strict=True)) if a != b]
    assert differing == [spot // C]


def test_growing_and_shrinking_images_round_trip():
    rng = random.Random(3)
    cache = payload.ChunkCache()
    for pages in (300, 301, 700, 129, 128, 1, 900):
        image = _image(rng, pages)
        assert payload.decode(cache.encode(image)) == image


def test_frames_of_another_chunk_size_are_not_reused(monkeypatch):
    """A file written with other chunk sizes primes nothing: its frames would decode wrongly."""
    image = _image(random.Random(5), 1000)
    monkeypatch.setattr(payload, "CHUNK_SIZE", C * 4)
    other = payload.ChunkCache().encode(image)
    monkeypatch.setattr(payload, "CHUNK_SIZE", C)
    cache = payload.ChunkCache()
    assert cache.decode(other) == image
    assert payload.decode(cache.encode(image)) == image


def test_decode_primes_the_cache():
    image = _image(random.Random(6), 600)
    encoded = payload.ChunkCache().encode(image)
    cache = payload.ChunkCache()
    cache.decode(encoded)
    assert cache.encode(image) == encoded  # every frame reused, byte for byte


def _frames(encoded: bytes) -> list[bytes]:
    _, _, _, count = struct.unpack_from("<4sIQI", encoded)
    lengths = struct.unpack_from(f"<{count}I", encoded, 20)
    frames, offset = [], 20 + 4 * count
    for length in lengths:
        frames.append(encoded[offset : offset + length])
        offset += length
    return frames


def _damaged_variants(good: bytes) -> list[bytes]:
    count = struct.unpack_from("<I", good, 16)[0]
    first_len = struct.unpack_from("<I", good, 20)[0]
    head_end = 20 + 4 * count
    return [
        b"",
        good[:10],
        b"XXXX" + good[4:],
        good[:-1],
        good + b"\0",
        good[:8] + struct.pack("<Q", 0) + good[16:],  # image length zero
        good[:8] + struct.pack("<Q", 2**50) + good[16:],  # absurd image length
        good[:16] + struct.pack("<I", count + 1) + good[20:],  # chunk count disagrees
        good[:20] + struct.pack("<I", first_len + 1) + good[24:],  # frame lengths disagree
        good[:head_end] + b"\0" * first_len + good[head_end + first_len :],  # not zstd
    ]


def test_damaged_payloads_are_refused():
    image = _image(random.Random(7), 400)
    good = payload.ChunkCache().encode(image)
    for bad in _damaged_variants(good):
        with pytest.raises(VaultDamaged):
            payload.decode(bad)


def test_frame_of_wrong_size_is_refused():
    """A frame that decompresses to fewer bytes than its chunk is damage, not a short image."""
    image = _image(random.Random(8), 400)
    cache = payload.ChunkCache()
    good = cache.encode(image)
    short = payload.ChunkCache().encode(image[: len(image) - 512])
    count = struct.unpack_from("<I", good, 16)[0]
    frames = _frames(good)
    frames[-1] = _frames(short)[-1]
    lengths = struct.pack(f"<{count}I", *map(len, frames))
    with pytest.raises(VaultDamaged):
        payload.decode(good[:20] + lengths + b"".join(frames))


def test_saved_vault_is_format_2_and_compressed(vault_factory):
    vault, _ = vault_factory()
    vault.conn.execute("CREATE TABLE t (note TEXT)")
    vault.conn.executemany("INSERT INTO t VALUES (?)", [("talked about sleep " * 20,)] * 3000)
    vault.save()
    image_len = len(vault.conn.serialize())
    path = vault.path
    vault.close()
    blob = path.read_bytes()
    assert vaultfile.parse(blob).header.version == 2
    assert len(blob) < image_len / 5
    with open_vault(path, passphrase=PASSPHRASE) as again:
        assert again.conn.execute("SELECT count(*) FROM t").fetchone()[0] == 3000
        assert again.info()["format_version"] == 2


def test_format_1_file_opens_rewraps_and_upgrades_on_save(fast_kdf, tmp_path):
    path = tmp_path / "vault.peerdesk"
    shutil.copy(FIXTURE, path)
    assert vaultfile.parse(path.read_bytes()).header.version == 1
    with open_vault(path, passphrase=PASSPHRASE) as vault:
        assert vault.info()["format_version"] == 1
        vault.change_passphrase(NEW_PASSPHRASE)  # header only: the file stays format 1
    assert vaultfile.parse(path.read_bytes()).header.version == 1
    with open_vault(path, passphrase=NEW_PASSPHRASE) as vault:
        vault.save()  # the migrated schema is written, now as format 2
        dek = bytearray(vault._key())
    header, _ = decrypt_payload(path.read_bytes(), dek)
    assert header.version == 2
    with open_vault(path, passphrase=NEW_PASSPHRASE) as vault:
        assert vault.db["settings"].get("auto_lock_minutes")["value"] == "7"
        assert vault.info()["format_version"] == 2


def test_first_save_after_unlock_reuses_frames(vault_factory):
    """Unlocking primes the chunk cache: the first autosave is as cheap as any other."""
    vault, _ = vault_factory()
    vault.conn.execute("CREATE TABLE t (note TEXT)")
    vault.conn.executemany("INSERT INTO t VALUES (?)", [(f"note {i} " * 40,) for i in range(4000)])
    vault.save()
    path = vault.path
    vault.close()
    with open_vault(path, passphrase=PASSPHRASE) as again:
        before = list(again._chunks._frames)
        again.conn.execute("INSERT INTO t VALUES ('one more')")
        again.save()
        after = again._chunks._frames
        reused = sum(a is b for a, b in zip(before, after, strict=False))
        assert len(before) > 10 and reused >= len(before) - 4
