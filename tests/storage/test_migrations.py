"""Every earlier schema version opens, migrates to the current schema and keeps its data."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from peerdesk.core.errors import VaultTooNew
from peerdesk.storage import migrations
from peerdesk.storage.assembly import open_desk
from peerdesk.storage.vault import open_vault

FIXTURES = Path(__file__).parent.parent / "fixtures"
PASSPHRASE = "correct horse battery staple"


def _fixtures(version: int) -> list[Path]:
    """That schema's fixtures in every file format that had it (1: PeerDesk 0.1, 2: compressed)."""
    return sorted(FIXTURES.glob(f"vault-f*-s{version}.peerdesk"))


EVERY_FIXTURE = [
    (s.version, path) for s in migrations.MIGRATIONS[:-1] for path in _fixtures(s.version)
]


@pytest.mark.parametrize(("version", "fixture"), EVERY_FIXTURE, ids=lambda x: getattr(x, "name", x))
def test_every_earlier_schema_opens_migrates_and_keeps_its_data(
    fast_kdf, tmp_path, version, fixture
):
    path = tmp_path / "vault.peerdesk"
    shutil.copy(fixture, path)
    with open_vault(path, passphrase=PASSPHRASE) as vault:
        assert vault.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.CURRENT_VERSION
        assert vault.dirty  # the migration is written by the next save
        desk = open_desk(vault)
        assert desk.settings.get("auto_lock_minutes") == 7  # schema 1 data
        contacts = desk.contacts.list_between(date(2024, 1, 1), date(2024, 12, 31))
        assert len(contacts) == (1 if version >= 2 else 0)
        if version >= 2:
            assert contacts[0].note == "fixture note about sleep"
        assert len(desk.selfcare.checkins("quick_checkin")) == (1 if version >= 3 else 0)
        assert len(desk.training.external_trainings()) == (1 if version >= 4 else 0)
        spent = desk.training.spent_minutes_between(date(2024, 1, 1), date(2024, 12, 31))
        assert spent == (20 if version >= 6 else 0)
        vault.save()
    with open_vault(path, passphrase=PASSPHRASE) as again:
        assert not again.dirty


def test_a_fixture_exists_for_every_earlier_version():
    missing = [s.version for s in migrations.MIGRATIONS[:-1] if not _fixtures(s.version)]
    assert not missing, "run tests/fixtures/make_fixtures.py"


def test_schema_from_the_future_refused(vault_factory):
    vault, _ = vault_factory()
    vault.conn.execute(f"PRAGMA user_version={migrations.CURRENT_VERSION + 1}")
    vault.save()
    vault.close()
    with pytest.raises(VaultTooNew, match="newer PeerDesk"):
        open_vault(vault.path, passphrase=PASSPHRASE)


def test_steps_are_numbered_one_to_now_and_named():
    versions = [s.version for s in migrations.MIGRATIONS]
    assert versions == list(range(1, len(versions) + 1))
    assert versions[-1] == migrations.CURRENT_VERSION
    assert all(s.name.strip() for s in migrations.MIGRATIONS)


def test_migrating_step_by_step_equals_migrating_at_once(memory_db):
    from peerdesk.storage.database import open_memory, wrap

    stepwise = wrap(open_memory())
    for step in migrations.MIGRATIONS:
        migrations.migrate(stepwise, target=step.version)
    schema = "SELECT type, name, sql FROM sqlite_master ORDER BY name"
    assert stepwise.conn.execute(schema).fetchall() == memory_db.conn.execute(schema).fetchall()
