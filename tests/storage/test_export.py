"""Export → import round trip, bad exports, and erase leaving no PeerDesk file behind."""

from __future__ import annotations

import json
import os
from datetime import datetime

import pytest

from peerdesk import paths
from peerdesk.core.contacts.model import Contact, Referral
from peerdesk.core.errors import InvalidInput
from peerdesk.storage.assembly import open_desk
from peerdesk.storage.export import data_tables, erase_everything, export_data, import_export

NOTE = "CANARY export note text"


def _fill(vault):
    desk = open_desk(vault)
    desk.contacts.add(
        Contact(
            when=datetime(2026, 10, 1, 10, 0),
            duration_min=30,
            channel="phone",
            topics=("work_stress",),
            referrals=(Referral(label="EAP", category="eap"),),
            note=NOTE,
        )
    )
    vault.db["settings"].insert({"key": "auto_lock_minutes", "value": "9"}, replace=True)


def test_round_trip_through_export(vault_factory, tmp_path):
    source, _ = vault_factory("source.peerdesk")
    _fill(source)
    files = export_data(source, tmp_path / "out")
    assert (tmp_path / "out" / "peerdesk-export.json") in files
    assert all(oct(f.stat().st_mode)[-3:] == "600" for f in files)
    assert NOTE in (tmp_path / "out" / "peerdesk-export.json").read_text()
    target, _ = vault_factory("target.peerdesk")
    counts = import_export(target, tmp_path / "out")
    assert counts["contacts"] == 1 and counts["settings"] == 1
    for table in data_tables(source.conn):
        assert list(source.db[table].rows) == list(target.db[table].rows), table
    found = open_desk(target).contacts.search("canary")  # the note index was rebuilt
    assert len(found) == 1


def test_export_refuses_non_empty_folder(vault_factory, tmp_path):
    vault, _ = vault_factory()
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x").write_text("x")
    with pytest.raises(InvalidInput, match="empty folder"):
        export_data(vault, tmp_path / "full")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "not a PeerDesk export"),
        ('{"format": "something-else"}', "not a PeerDesk export"),
        ('{"format": "peerdesk-export", "version": 99}', "export version 99 is unknown"),
        (
            '{"format": "peerdesk-export", "version": 1, "schema_version": 999, "tables": {}}',
            "schema",
        ),
    ],
)
def test_bad_exports_rejected(vault_factory, tmp_path, content, message):
    vault, _ = vault_factory()
    bad = tmp_path / "bad.json"
    bad.write_text(content)
    with pytest.raises(InvalidInput, match=message):
        import_export(vault, bad)


def test_import_is_all_or_nothing(vault_factory, tmp_path):
    source, _ = vault_factory("s.peerdesk")
    _fill(source)
    export_data(source, tmp_path / "out")
    doc_path = tmp_path / "out" / "peerdesk-export.json"
    doc = json.loads(doc_path.read_text())
    doc["tables"]["settings"].append({"key": "x", "no_such_column": 1})
    doc_path.write_text(json.dumps(doc))
    target, _ = vault_factory("t.peerdesk")
    before = {t: target.db[t].count for t in data_tables(target.conn)}
    with pytest.raises(InvalidInput):
        import_export(target, doc_path)
    assert before == {t: target.db[t].count for t in data_tables(target.conn)}


def test_erase_leaves_no_peerdesk_file(fast_kdf, tmp_path):
    from peerdesk.storage.vault import create_vault

    vault_path = paths.default_vault_path()
    vault, _ = create_vault(vault_path, "correct horse battery staple")
    for i in range(3):
        vault.db["t"].insert({"i": i})
        vault.save()
    vault.close()
    (paths.config_dir() / "settings.json").write_text("{}")
    paths.state_dir()
    paths.cache_dir()
    erase_everything(vault_path)
    leftovers = [str(p) for d in paths.all_app_dirs() if d.exists() for p in d.rglob("*")]
    assert leftovers == []
    assert not any(d.exists() for d in paths.all_app_dirs())
    assert os.environ["PEERDESK_HOME"]  # the isolated home, never the real one
