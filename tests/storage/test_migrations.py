"""Every earlier format and schema version opens and migrates to the current schema."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from peerdesk.core.errors import VaultTooNew
from peerdesk.storage import schema
from peerdesk.storage.vault import open_vault

FIXTURES = Path(__file__).parent.parent / "fixtures"
PASSPHRASE = "correct horse battery staple"


@pytest.mark.parametrize(
    "fixture", sorted(FIXTURES.glob("vault-f*-s*.peerdesk")), ids=lambda p: p.name
)
def test_fixture_opens_and_migrates(fast_kdf, tmp_path, fixture):
    path = tmp_path / "vault.peerdesk"
    shutil.copy(fixture, path)
    with open_vault(path, passphrase=PASSPHRASE) as vault:
        version = vault.conn.execute("PRAGMA user_version").fetchone()[0]
        assert version == schema.current_version()
        assert vault.dirty  # the migration is written by the next save
        setting = vault.db["settings"].get("auto_lock_minutes")
        assert setting["value"] == "7"  # data from the old version survives
        vault.save()
    with open_vault(path, passphrase=PASSPHRASE) as again:
        assert not again.dirty


def test_fixtures_exist():
    assert list(FIXTURES.glob("vault-f1-s1.peerdesk"))


def test_schema_from_the_future_refused(vault_factory):
    vault, _ = vault_factory()
    vault.conn.execute(f"PRAGMA user_version={schema.current_version() + 1}")
    vault.save()
    vault.close()
    with pytest.raises(VaultTooNew, match="newer PeerDesk"):
        open_vault(vault.path, passphrase=PASSPHRASE)


def test_migrations_are_numbered_from_one():
    schema.current_version()
    assert sorted(schema.MIGRATIONS)[0] == 1
