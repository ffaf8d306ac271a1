"""Key slots: wrap the data key under a passphrase or a recovery key, and unwrap it again."""

from __future__ import annotations

import os

from peerdesk.core.errors import WrongPassphrase
from peerdesk.core.passphrase import normalize
from peerdesk.storage import crypto
from peerdesk.storage.vaultfile import (
    KDF_ARGON2ID,
    KDF_HKDF,
    SLOT_AAD_VERSION,
    SLOT_PASSPHRASE,
    SLOT_RECOVERY,
    Header,
    Slot,
    prefix,
)

_NO_PARAMS = crypto.KdfParams(0, 0, 0)
N_SLOTS = 2  # one passphrase slot and one recovery-key slot


def passphrase_slot(passphrase: str, dek: bytearray, params: crypto.KdfParams) -> Slot:
    salt = os.urandom(crypto.SALT_LEN)
    kek = crypto.derive_passphrase_key(normalize(passphrase), salt, params)
    try:
        return _seal(SLOT_PASSPHRASE, KDF_ARGON2ID, params, salt, kek, dek)
    finally:
        crypto.zero(kek)


def recovery_slot(recovery_key: str, dek: bytearray) -> Slot:
    raw = crypto.parse_recovery_key(recovery_key)
    if raw is None:
        raise ValueError("malformed recovery key")
    salt = os.urandom(crypto.SALT_LEN)
    kek = crypto.recovery_kek(raw, salt)
    try:
        return _seal(SLOT_RECOVERY, KDF_HKDF, _NO_PARAMS, salt, kek, dek)
    finally:
        crypto.zero(kek)


def _seal(
    kind: int, kdf_id: int, params: crypto.KdfParams, salt: bytes, kek: bytearray, dek: bytearray
) -> Slot:
    unsealed = Slot(kind, kdf_id, params, salt, b"", b"")
    nonce, wrapped = crypto.wrap_key(kek, dek, prefix(N_SLOTS, SLOT_AAD_VERSION) + unsealed.head())
    return Slot(kind, kdf_id, params, salt, nonce, wrapped)


class KekCache:
    """Remembers derived wrapping keys for one unlock attempt, so a slot shared by two files
    costs one KDF run. Zeroed by `clear()`."""

    def __init__(self) -> None:
        self._keys: dict[tuple[bytes, crypto.KdfParams], bytearray] = {}

    def get(self, slot: Slot, secret: str) -> bytearray:
        key = (slot.salt, slot.params)
        if key not in self._keys:
            self._keys[key] = _derive(slot, secret)
        return self._keys[key]

    def clear(self) -> None:
        for kek in self._keys.values():
            crypto.zero(kek)
        self._keys.clear()


def _derive(slot: Slot, secret: str) -> bytearray:
    if slot.kdf_id == KDF_ARGON2ID:
        return crypto.derive_passphrase_key(normalize(secret), slot.salt, slot.params)
    raw = crypto.parse_recovery_key(secret)
    if raw is None:
        raise WrongPassphrase("That is not a valid recovery key: it has 8 groups of 4 characters.")
    return crypto.recovery_kek(raw, slot.salt)


def unlock_dek(header: Header, secret: str, *, recovery: bool, cache: KekCache) -> bytearray:
    """Return the data key from the first slot of the right kind that the secret opens."""
    wanted = SLOT_RECOVERY if recovery else SLOT_PASSPHRASE
    for slot in header.slots:
        if slot.slot_type != wanted:
            continue
        kek = cache.get(slot, secret)
        try:
            return crypto.unwrap_key(kek, slot.nonce, slot.wrapped, header.slot_aad(slot))
        except crypto.UnwrapFailed:
            continue
    if recovery:
        raise WrongPassphrase("That recovery key does not open this vault.")
    raise WrongPassphrase()
