"""Format-2 payload: the database image as independent zstd chunks, re-compressing only changes.

Layout of the plaintext that AES-GCM encrypts (integers little-endian)::

    magic "PDZ1" · u32 chunk_size · u64 image_len · u32 n_chunks · n_chunks × u32 frame_len ·
    the n_chunks zstd frames, each the compression of chunk_size image bytes (the last shorter)

Chunks are independent, so a save after adding one contact compresses only the few chunks whose
pages changed and reuses every other frame byte for byte. Decoding checks every length, so a
payload that decrypts (it is authenticated) but was built wrongly is refused, never half-loaded.
"""

from __future__ import annotations

import struct
from typing import Any

from peerdesk.core.errors import VaultDamaged

MAGIC = b"PDZ1"
CHUNK_SIZE = (
    64 * 1024
)  # 16 pages: a save redoes ~6 frames (~0.6 ms each); ratio ~5 % below one frame
LEVEL = 3  # zstd's default: ~35 % of the image here at ~150 MB/s, decoding at ~1 GB/s
MAX_IMAGE = 1 << 40  # far above any real vault; refuses absurd lengths before allocating
_HEAD = struct.Struct("<4sIQI")


def _zstd() -> Any:
    import zstandard  # ~3 ms, only once a vault is opened or saved

    return zstandard


class ChunkCache:
    """Encodes images, remembering the last image and its frames so unchanged chunks cost a
    comparison instead of a compression. Not thread-safe: the vault's write lock guards it."""

    def __init__(self) -> None:
        self._image: bytes = b""
        self._frames: list[bytes] = []

    def encode(self, image: bytes) -> bytes:
        zstd = _zstd()
        compressor = zstd.ZstdCompressor(level=LEVEL, write_checksum=False)
        old, known = self._image, len(self._frames)
        frames = []
        for index, start in enumerate(range(0, len(image), CHUNK_SIZE)):
            end = start + CHUNK_SIZE
            # Two 64 KiB byte slices compare by memcmp: 2.5x faster than comparing memoryview
            # items, the copies staying in the CPU cache.
            if index < known and old[start:end] == image[start:end]:
                frames.append(self._frames[index])
            else:
                frames.append(compressor.compress(image[start : start + CHUNK_SIZE]))
        self._image, self._frames = image, frames
        head = _HEAD.pack(MAGIC, CHUNK_SIZE, len(image), len(frames))
        lengths = struct.pack(f"<{len(frames)}I", *map(len, frames))
        return b"".join([head, lengths, *frames])

    def decode(self, payload: bytes) -> bytes:
        """The image inside `payload`; also primes the cache so the next save reuses its frames."""
        image, frames, chunk_size = _split(payload)
        # Frames of another chunk size (a file from another version) cannot be reused.
        self._image, self._frames = (image, frames) if chunk_size == CHUNK_SIZE else (b"", [])
        return image

    def clear(self) -> None:
        self._image, self._frames = b"", []


def decode(payload: bytes) -> bytes:
    return _split(payload)[0]


def _split(payload: bytes) -> tuple[bytes, list[bytes], int]:
    view = memoryview(payload)
    if len(view) < _HEAD.size:
        raise VaultDamaged()
    magic, chunk_size, image_len, count = _HEAD.unpack_from(view)
    expected = -(-image_len // chunk_size) if chunk_size else -1
    if magic != MAGIC or not 0 < image_len <= MAX_IMAGE or count != expected:
        raise VaultDamaged()
    offset = _HEAD.size + 4 * count
    if len(view) < offset:
        raise VaultDamaged()
    frames = []
    for length in struct.unpack_from(f"<{count}I", view, _HEAD.size):
        frames.append(bytes(view[offset : offset + length]))
        offset += length
    if offset != len(view):
        raise VaultDamaged()
    return _inflate(frames, chunk_size, image_len), frames, chunk_size


def _inflate(frames: list[bytes], chunk_size: int, image_len: int) -> bytes:
    zstd = _zstd()
    decompressor = zstd.ZstdDecompressor()
    parts = []
    try:
        for index, frame in enumerate(frames):
            want = min(chunk_size, image_len - index * chunk_size)
            part = decompressor.decompress(frame, max_output_size=want)
            if len(part) != want:
                raise VaultDamaged()
            parts.append(part)
    except zstd.ZstdError:
        raise VaultDamaged() from None
    return b"".join(parts)
