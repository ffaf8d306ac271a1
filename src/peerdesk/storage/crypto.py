"""Key derivation, key wrapping and payload encryption for the vault (pyca/cryptography)."""

from __future__ import annotations

import hmac
import os
import secrets
import time
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from peerdesk.core.errors import PeerDeskError
from peerdesk.core.messages import say

KEY_LEN = 32
NONCE_LEN = 12
SALT_LEN = 16
MIB = 1024  # memory costs are in KiB


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int
    iterations: int
    lanes: int


# RFC 9106's second recommended option: the floor below which no vault is written or read.
KDF_FLOOR = KdfParams(memory_kib=64 * MIB, iterations=3, lanes=4)
# Read-time ceiling, checked before the KDF runs, so a crafted header cannot cost minutes or GiBs.
KDF_MAX_MEMORY_KIB = 1024 * MIB
KDF_MAX_ITERATIONS = 16
KDF_MAX_LANES = 16
KDF_MAX_WORK = 4 * 1024 * MIB  # memory x iterations
DEFAULT_UNLOCK_MS = 700


class UnwrapFailed(Exception):
    """The wrapping key is wrong (or the slot was altered): the caller decides what to say."""


def params_in_bounds(p: KdfParams) -> bool:
    floor = KDF_FLOOR
    return (
        floor.memory_kib <= p.memory_kib <= KDF_MAX_MEMORY_KIB
        and floor.iterations <= p.iterations <= KDF_MAX_ITERATIONS
        and min(floor.lanes, 1) <= p.lanes <= KDF_MAX_LANES
        and p.memory_kib >= 8 * p.lanes
        and p.memory_kib * p.iterations <= KDF_MAX_WORK
    )


def derive_passphrase_key(passphrase: str, salt: bytes, p: KdfParams) -> bytearray:
    """Argon2id over the UTF-8 passphrase (the caller has NFKC-normalised it)."""
    if not params_in_bounds(p):
        raise ValueError("KDF parameters out of bounds")
    try:
        kdf = Argon2id(
            salt=salt,
            length=KEY_LEN,
            iterations=p.iterations,
            lanes=p.lanes,
            memory_cost=p.memory_kib,
        )
        out = bytearray(KEY_LEN)
        kdf.derive_into(passphrase.encode("utf-8"), out)
    except UnsupportedAlgorithm:
        raise PeerDeskError(
            say(
                "This computer's cryptography library cannot run Argon2id (it may be in FIPS "
                "mode), so PeerDesk cannot open or create a vault here. Nothing was changed."
            )
        ) from None
    except MemoryError:
        raise PeerDeskError(
            say(
                "Not enough free memory to unlock ({mib} MiB are needed). "
                "Close other programs and try again.",
                mib=p.memory_kib // 1024,
            )
        ) from None
    return out


def calibrate(target_ms: int = DEFAULT_UNLOCK_MS) -> KdfParams:
    """Pick Argon2id costs that take about target_ms on this machine, never below the floor."""
    floor = KDF_FLOOR
    probe = KdfParams(memory_kib=256 * MIB, iterations=3, lanes=floor.lanes)  # ~0.6 s here
    if target_ms <= 150:
        return floor
    spent_ms = _time_derive(probe)
    scale = target_ms / spent_ms
    memory = int(probe.memory_kib * scale) // (4 * MIB) * (4 * MIB)
    memory = max(floor.memory_kib, min(memory, KDF_MAX_MEMORY_KIB))
    iterations = floor.iterations
    if memory == KDF_MAX_MEMORY_KIB:  # still fast at the memory cap: spend the rest in passes
        extra = scale * probe.memory_kib / KDF_MAX_MEMORY_KIB
        iterations = max(floor.iterations, min(int(floor.iterations * extra), KDF_MAX_ITERATIONS))
    return KdfParams(memory_kib=memory, iterations=iterations, lanes=floor.lanes)


def _time_derive(p: KdfParams) -> float:
    start = time.perf_counter()
    zero(derive_passphrase_key("calibration", os.urandom(SALT_LEN), p))
    return max((time.perf_counter() - start) * 1000, 1.0)


def hkdf(key: bytes | bytearray, salt: bytes, info: bytes, length: int) -> bytes:
    return HKDF(algorithm=hashes.SHA512(), length=length, salt=salt, info=info).derive(bytes(key))


def wrap_key(kek: bytes | bytearray, dek: bytes | bytearray, aad: bytes) -> tuple[bytes, bytes]:
    nonce = os.urandom(NONCE_LEN)
    return nonce, AESGCM(bytes(kek)).encrypt(nonce, bytes(dek), aad)


def unwrap_key(kek: bytes | bytearray, nonce: bytes, wrapped: bytes, aad: bytes) -> bytearray:
    try:
        return bytearray(AESGCM(bytes(kek)).decrypt(nonce, wrapped, aad))
    except InvalidTag as exc:
        raise UnwrapFailed from exc


def payload_keys(dek: bytes | bytearray, payload_salt: bytes) -> tuple[bytes, bytes, bytes]:
    """A fresh key, nonce and key commitment for every save, derived from the data key."""
    block = hkdf(dek, payload_salt, b"peerdesk/v1/payload", KEY_LEN + NONCE_LEN + KEY_LEN)
    return block[:KEY_LEN], block[KEY_LEN : KEY_LEN + NONCE_LEN], block[KEY_LEN + NONCE_LEN :]


def header_mac(dek: bytes | bytearray, header: bytes) -> bytes:
    mac_key = hkdf(dek, b"", b"peerdesk/v1/header", KEY_LEN)
    return hmac.new(mac_key, header, "sha256").digest()


def macs_equal(a: bytes, b: bytes) -> bool:
    return hmac.compare_digest(a, b)


def encrypt_payload(key: bytes, nonce: bytes, plaintext: bytes, aad: bytes) -> bytes:
    return AESGCM(key).encrypt(nonce, plaintext, aad)


def decrypt_payload(key: bytes, nonce: bytes, ciphertext: bytes, aad: bytes) -> bytes:
    """Raises InvalidTag on any change to the ciphertext or its associated data."""
    return AESGCM(key).decrypt(nonce, ciphertext, aad)


def new_data_key() -> bytearray:
    return bytearray(secrets.token_bytes(KEY_LEN))


def zero(buf: bytearray | None) -> None:
    """Overwrite key material we own; Python's immutable copies are out of our reach."""
    if buf is not None:
        for i in range(len(buf)):
            buf[i] = 0


# Recovery key: 160 random bits as 8 groups of 4 Crockford base32 characters (no I, L, O, U).
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_BITS = 160


def new_recovery_key() -> str:
    value = secrets.randbits(RECOVERY_BITS)
    chars = "".join(_ALPHABET[(value >> (5 * i)) & 31] for i in range(RECOVERY_BITS // 5))
    return "-".join(chars[i : i + 4] for i in range(0, len(chars), 4))


def parse_recovery_key(text: str) -> bytes | None:
    """Tolerates case, spaces, dashes and look-alikes (O→0, I/L→1); None if malformed."""
    cleaned = text.upper().replace("-", "").replace(" ", "").strip()
    cleaned = cleaned.translate(str.maketrans("OIL", "011"))
    if len(cleaned) != RECOVERY_BITS // 5 or any(c not in _ALPHABET for c in cleaned):
        return None
    value = sum(_ALPHABET.index(c) << (5 * i) for i, c in enumerate(cleaned))
    return value.to_bytes(RECOVERY_BITS // 8, "big")


def recovery_kek(recovery: bytes, salt: bytes) -> bytearray:
    # 160 bits of entropy need no stretching; HKDF just makes a uniform AES key of them.
    return bytearray(hkdf(recovery, salt, b"peerdesk/v1/recovery", KEY_LEN))
