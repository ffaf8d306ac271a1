"""Vault settings live in the vault's settings table and survive save and reopen."""

from __future__ import annotations

from tests.conftest import PASSPHRASE


def test_settings_round_trip_through_the_vault(vault_factory):
    from peerdesk.storage.assembly import open_desk
    from peerdesk.storage.vault import open_vault

    vault, _ = vault_factory()
    desk = open_desk(vault)
    desk.settings.set("auto_lock_minutes", 12)
    assert vault.dirty
    vault.save()
    path = vault.path
    vault.close()
    again = open_vault(path, passphrase=PASSPHRASE)
    try:
        assert open_desk(again).settings.get("auto_lock_minutes") == 12
    finally:
        again.close()
