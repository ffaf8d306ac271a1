"""The vault file format, versions 1 and 2: parse and build, every check made before any KDF runs.

Layout (integers little-endian)::

    prefix      16 B   magic "PEERDESK" · u16 format_version · u16 header_len · u8 aead_id (1 =
                       AES-256-GCM) · u8 n_slots (1..4) · u16 reserved (0)
    key slots   92 B each: u8 slot_type (1 passphrase, 2 recovery key) · u8 kdf_id (1 Argon2id,
                       2 HKDF over a 160-bit recovery key) · u16 reserved · u32 memory_kib · u32
                       iterations · u32 lanes · 16 B salt · 12 B nonce · 48 B AES-GCM(KEK, data key)
                       with AAD = prefix ‖ slot[0:32] (binds the KDF parameters and salt)
    payload hdr 80 B   u64 generation · 32 B payload_salt (fresh per save) · 32 B key commitment ·
                       u64 ciphertext_len (must equal the rest of the file exactly)
    header hash 32 B   SHA-256 of everything above: tells a damaged file from a wrong passphrase
                       without running the KDF
    header MAC  32 B   HMAC-SHA-256 of everything above, keyed from the data key: every header byte
                       is authenticated, yet a passphrase change rewrites only the header
    ciphertext  n B    AES-256-GCM(payload key, payload nonce, payload, AAD = prefix ‖ payload
                       header); key ‖ nonce ‖ commitment =
                       HKDF-SHA512(data key, salt = payload_salt, info = "peerdesk/v1/payload")

The payload is the serialized SQLite image in version 1 and that image in zstd chunks in
version 2 (`peerdesk.storage.payload`). Key slots are bound to the version-1 prefix in every
version, so upgrading a file re-encrypts its payload without re-wrapping the data key.

Only two errors leave `parse` and `open_payload`: `WrongPassphrase` and `VaultDamaged` (plus
`VaultTooNew` for a format version from the future).
"""

from __future__ import annotations

import hashlib
import struct
from dataclasses import dataclass, replace

from peerdesk.core.errors import VaultDamaged, VaultTooNew
from peerdesk.core.messages import say
from peerdesk.storage import crypto

MAGIC = b"PEERDESK"
FORMAT_VERSION = 2  # written by every save; 1 (uncompressed payload) still opens
SLOT_AAD_VERSION = 1
AEAD_AES256GCM = 1
SLOT_PASSPHRASE, SLOT_RECOVERY = 1, 2
KDF_ARGON2ID, KDF_HKDF = 1, 2
MAX_SLOTS = 4

_PREFIX = struct.Struct("<8sHHBBH")
_SLOT_HEAD = struct.Struct("<BBHIII16s")  # the 32 bytes bound into the slot's AAD
SLOT_LEN = _SLOT_HEAD.size + crypto.NONCE_LEN + crypto.KEY_LEN + 16
_PAYLOAD = struct.Struct("<Q32s32sQ")
HASH_LEN = MAC_LEN = 32


@dataclass(frozen=True)
class Slot:
    slot_type: int
    kdf_id: int
    params: crypto.KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes

    def head(self) -> bytes:
        p = self.params
        return _SLOT_HEAD.pack(
            self.slot_type, self.kdf_id, 0, p.memory_kib, p.iterations, p.lanes, self.salt
        )

    def pack(self) -> bytes:
        return self.head() + self.nonce + self.wrapped


@dataclass(frozen=True)
class Header:
    slots: tuple[Slot, ...]
    generation: int
    payload_salt: bytes
    commitment: bytes
    ciphertext_len: int
    version: int = FORMAT_VERSION

    def prefix(self) -> bytes:
        return prefix(len(self.slots), self.version)

    def payload_header(self) -> bytes:
        return _PAYLOAD.pack(
            self.generation, self.payload_salt, self.commitment, self.ciphertext_len
        )

    def hashed_part(self) -> bytes:
        return self.prefix() + b"".join(s.pack() for s in self.slots) + self.payload_header()

    def slot_aad(self, slot: Slot) -> bytes:
        return prefix(len(self.slots), SLOT_AAD_VERSION) + slot.head()

    def payload_aad(self) -> bytes:
        return self.prefix() + self.payload_header()


@dataclass(frozen=True)
class Parsed:
    header: Header
    header_hash: bytes
    mac: bytes
    ciphertext: bytes


def prefix(n_slots: int, version: int = FORMAT_VERSION) -> bytes:
    return _PREFIX.pack(MAGIC, version, header_len(n_slots), AEAD_AES256GCM, n_slots, 0)


def header_len(n_slots: int) -> int:
    return _PREFIX.size + SLOT_LEN * n_slots + _PAYLOAD.size + HASH_LEN + MAC_LEN


def build(header: Header, dek: bytes | bytearray, ciphertext: bytes) -> bytes:
    """Serialize a complete file: header, its hash, its MAC under the data key, ciphertext."""
    hashed = header.hashed_part()
    digest = hashlib.sha256(hashed).digest()
    mac = crypto.header_mac(dek, hashed + digest)
    return hashed + digest + mac + ciphertext


def parse(blob: bytes) -> Parsed:
    """Check structure, lengths, hash and KDF bounds; raises VaultDamaged / VaultTooNew."""
    if len(blob) < _PREFIX.size:
        raise VaultDamaged(say("The vault file is too short to be a PeerDesk vault."))
    magic, version, hlen, aead, n_slots, reserved = _PREFIX.unpack_from(blob)
    if magic != MAGIC:
        raise VaultDamaged(
            say("This file is not a PeerDesk vault (or its first bytes are damaged).")
        )
    # Format invariant for every version: the 16-byte prefix, and the header hash sitting
    # 64 bytes before header_len. So the hash is checked before the version is believed.
    if hlen < _PREFIX.size + HASH_LEN + MAC_LEN or len(blob) < hlen:
        raise VaultDamaged(say("The vault file is truncated or damaged."))
    hashed_end = hlen - HASH_LEN - MAC_LEN
    if hashlib.sha256(blob[:hashed_end]).digest() != blob[hashed_end : hashed_end + HASH_LEN]:
        raise VaultDamaged()
    if version > FORMAT_VERSION:
        raise VaultTooNew(f"file format {version}, this PeerDesk reads up to {FORMAT_VERSION}")
    if version < 1 or aead != AEAD_AES256GCM or reserved or not 1 <= n_slots <= MAX_SLOTS:
        raise VaultDamaged()
    if hlen != header_len(n_slots):
        raise VaultDamaged()
    header = replace(_unpack_header(blob, n_slots), version=version)
    if total_kdf_work(header) > crypto.KDF_MAX_WORK:
        # Slots are tried one after another: four slots at the per-slot ceiling would cost
        # four times the worst single unlock. One open never costs more than one such slot.
        raise VaultDamaged(say("The vault's key-derivation settings are outside safe limits."))
    if header.ciphertext_len != len(blob) - hlen:
        raise VaultDamaged(say("The vault file is truncated or has extra bytes at the end."))
    return Parsed(
        header=header,
        header_hash=blob[hashed_end : hashed_end + HASH_LEN],
        mac=blob[hashed_end + HASH_LEN : hlen],
        ciphertext=blob[hlen:],
    )


def total_kdf_work(header: Header) -> int:
    """Argon2id memory x passes summed over every slot: what trying them all would cost."""
    return sum(
        s.params.memory_kib * s.params.iterations for s in header.slots if s.kdf_id == KDF_ARGON2ID
    )


def _unpack_header(blob: bytes, n_slots: int) -> Header:
    slots = []
    offset = _PREFIX.size
    for _ in range(n_slots):
        slots.append(_unpack_slot(blob[offset : offset + SLOT_LEN]))
        offset += SLOT_LEN
    generation, salt, commitment, ct_len = _PAYLOAD.unpack_from(blob, offset)
    return Header(tuple(slots), generation, salt, commitment, ct_len)


def _unpack_slot(raw: bytes) -> Slot:
    slot_type, kdf_id, reserved, mem, its, lanes, salt = _SLOT_HEAD.unpack_from(raw)
    params = crypto.KdfParams(mem, its, lanes)
    valid_kind = (slot_type, kdf_id) in {(SLOT_PASSPHRASE, KDF_ARGON2ID), (SLOT_RECOVERY, KDF_HKDF)}
    if reserved or not valid_kind:
        raise VaultDamaged()
    # Bounds before any KDF runs: a crafted header must not cost minutes, gigabytes or a downgrade.
    if kdf_id == KDF_ARGON2ID and not crypto.params_in_bounds(params):
        raise VaultDamaged(say("The vault's key-derivation settings are outside safe limits."))
    head = _SLOT_HEAD.size
    nonce = raw[head : head + crypto.NONCE_LEN]
    return Slot(slot_type, kdf_id, params, salt, nonce, raw[head + crypto.NONCE_LEN :])


def with_slots(header: Header, slots: tuple[Slot, ...]) -> Header:
    return replace(header, slots=slots)
