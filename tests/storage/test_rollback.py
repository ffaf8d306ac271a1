"""Rollback noticed: an older copy, or a retired data key, against the record outside the vault."""

from __future__ import annotations

import json
import shutil

from peerdesk.storage import identity, seen
from peerdesk.storage.vault import open_vault, restore_backup

PASSPHRASE = "correct horse battery staple"
NEW = "violet lanterns drift over quiet harbours"


def _saves(vault, n: int) -> None:
    for i in range(n):
        vault.db["notes"].insert({"text": f"save {vault.generation} {i}"}, pk="id")
        vault.save()


def test_copying_an_older_copy_back_is_noticed_with_both_save_numbers(vault_factory, tmp_path):
    vault, _ = vault_factory()
    _saves(vault, 2)
    old_copy = tmp_path / "old-copy.peerdesk"
    shutil.copyfile(vault.path, old_copy)
    old_generation = vault.generation
    _saves(vault, 2)
    newest = vault.generation
    vault.close()
    reopened = open_vault(vault.path, passphrase=PASSPHRASE)
    assert reopened.rollback is None  # the newest copy: nothing to say
    reopened.close()
    shutil.copyfile(old_copy, vault.path)
    older = open_vault(vault.path, passphrase=PASSPHRASE)
    try:
        assert older.rollback is not None
        assert (older.rollback.generation, older.rollback.seen_generation) == (
            old_generation,
            newest,
        )
        text = older.rollback.message()
        assert "older" in text and str(old_generation) in text and str(newest) in text
        older.db["notes"].insert({"text": "going on anyway"}, pk="id")
        older.save()  # going on without accepting keeps the record where it was
    finally:
        older.close()
    again = open_vault(vault.path, passphrase=PASSPHRASE)
    assert again.rollback is not None and again.rollback.seen_generation == newest
    again.note_seen(accept=True)  # the window's "Go on with this copy"
    again.close()
    assert open_vault(vault.path, passphrase=PASSPHRASE).rollback is None


def test_the_record_holds_ids_and_numbers_only(vault_factory):
    vault, _ = vault_factory()
    vault.db["notes"].insert({"text": "CANARY-ROLLBACK-42"}, pk="id")
    vault.save()
    vault.close()
    raw = seen.record_path().read_text("utf-8")
    assert "CANARY" not in raw and str(vault.path) not in raw and PASSPHRASE not in raw
    entry = json.loads(raw)["vaults"][vault.vault_id]
    assert entry["generation"] == vault.generation and len(entry["key"]) == 32


def test_vault_id_is_random_stable_and_in_the_payload(vault_factory):
    first, _ = vault_factory("a.peerdesk")
    second, _ = vault_factory("b.peerdesk")
    assert first.vault_id and second.vault_id and first.vault_id != second.vault_id
    vault_id = first.vault_id
    first.close()
    reopened = open_vault(first.path, passphrase=PASSPHRASE)
    assert reopened.vault_id == vault_id == identity.vault_id(reopened.conn)
    reopened.change_passphrase(NEW)
    reopened.close()
    assert open_vault(first.path, passphrase=NEW).vault_id == vault_id


def test_a_vault_written_before_ids_gets_one_and_is_tracked_by_its_key(fast_kdf, tmp_path):
    """The shipped 0.1 fixture has no id: it opens, gets one, and an older copy is noticed."""
    from pathlib import Path

    fixture = Path(__file__).parents[1] / "fixtures" / "vault-f1-s1.peerdesk"
    path = tmp_path / "v.peerdesk"
    shutil.copyfile(fixture, path)
    old = tmp_path / "old.peerdesk"
    shutil.copyfile(fixture, old)
    secret = _fixture_passphrase()
    vault = open_vault(path, passphrase=secret)
    assert vault.vault_id and vault.dirty  # the new id is a change to save
    _saves(vault, 2)
    vault.close()
    shutil.copyfile(old, path)  # the pre-upgrade copy, without an id
    older = open_vault(path, passphrase=secret)
    assert older.rollback is not None and older.rollback.generation < vault.generation
    older.close()


def _fixture_passphrase() -> str:
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location(
        "make_fixtures", Path(__file__).parents[1] / "fixtures" / "make_fixtures.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return str(module.PASSPHRASE)


def test_restore_updates_the_record_and_names_a_retired_key(vault_factory, tmp_path):
    vault, _ = vault_factory()
    _saves(vault, 2)
    before_rotation = tmp_path / "usb-copy.peerdesk"
    vault.backup_to(before_rotation)
    copied_at = vault.generation
    vault.rotate_data_key(NEW)
    _saves(vault, 1)
    vault.close()
    # Copied over by hand: older and under the retired key.
    shutil.copyfile(vault.path, tmp_path / "current.peerdesk")
    shutil.copyfile(before_rotation, vault.path)
    sneaked = open_vault(vault.path, passphrase=PASSPHRASE)
    assert sneaked.rollback is not None and sneaked.rollback.retired_key
    assert "replaced" in sneaked.rollback.message()
    sneaked.close()
    shutil.copyfile(tmp_path / "current.peerdesk", vault.path)
    # Restored on purpose: the record follows, and the retired key is named.
    done = restore_backup(vault.path, before_rotation, passphrase=PASSPHRASE)
    assert done.retired_key and done.generation == copied_at
    restored = open_vault(vault.path, passphrase=PASSPHRASE)
    assert restored.rollback is None
    restored.close()
    plain = restore_backup(vault.path, before_rotation, passphrase=PASSPHRASE)
    assert not plain.retired_key  # same key as the record now


def test_an_unreadable_record_never_stops_an_unlock(vault_factory):
    vault, _ = vault_factory()
    vault.close()
    seen.record_path().write_text("{not json", "utf-8")
    reopened = open_vault(vault.path, passphrase=PASSPHRASE)
    assert reopened.rollback is None
    reopened.close()
    assert json.loads(seen.record_path().read_text("utf-8"))["vaults"]  # rewritten whole


def test_an_export_does_not_carry_the_vault_id_into_an_import(vault_factory, tmp_path):
    from peerdesk.storage.export import export_data, import_export

    source, _ = vault_factory("source.peerdesk")
    export_data(source, tmp_path / "out")
    target, _ = vault_factory("target.peerdesk")
    own_id = target.vault_id
    import_export(target, tmp_path / "out")
    assert identity.vault_id(target.conn) == own_id != source.vault_id


def _recorded(vault) -> int:
    return json.loads(seen.record_path().read_text("utf-8"))["vaults"][vault.vault_id]["generation"]


def test_saves_raise_the_record_at_most_every_half_minute_and_always_at_close(
    vault_factory, tmp_path, monkeypatch
):
    """The record cost 2-4 ms of every autosave: it is raised at most every RECORD_EVERY_S,
    and the lock (close) raises it to the last save, so a copy older than that is noticed."""
    from peerdesk.storage import unlocked

    clock = [1000.0]
    monkeypatch.setattr(unlocked.time, "monotonic", lambda: clock[0])
    vault, _ = vault_factory()
    _saves(vault, 1)
    first = _recorded(vault)
    old_copy = tmp_path / "old.peerdesk"
    shutil.copyfile(vault.path, old_copy)
    _saves(vault, 3)  # within the half minute: the record waits
    assert _recorded(vault) == first < vault.generation
    clock[0] += unlocked.RECORD_EVERY_S
    _saves(vault, 1)
    assert _recorded(vault) == vault.generation
    _saves(vault, 2)
    newest = vault.generation
    vault.close()
    assert _recorded(vault) == newest
    shutil.copyfile(old_copy, vault.path)
    older = open_vault(vault.path, passphrase=PASSPHRASE)
    try:
        assert older.rollback is not None and older.rollback.seen_generation == newest
    finally:
        older.close()
