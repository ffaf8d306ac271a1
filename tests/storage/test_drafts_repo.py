"""Editor drafts live in the vault, survive save and reopen, and read back exactly."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.conftest import PASSPHRASE

from peerdesk.core.drafts import PAGE_KEY, DraftsService, decode, encode
from peerdesk.core.errors import InvalidInput


def _service(memory_db, topics: list[str]) -> DraftsService:
    from peerdesk.storage.repos.drafts import DraftsRepository

    return DraftsService(DraftsRepository(memory_db), topics.append)


def test_draft_survives_save_and_reopen(vault_factory):
    from peerdesk.storage.assembly import open_desk
    from peerdesk.storage.vault import open_vault

    vault, _ = vault_factory()
    desk = open_desk(vault)
    desk.drafts.keep("contact:new", {"note": "half a sentence", "duration": "25"})
    desk.drafts.remember_page("contacts")
    assert vault.dirty
    vault.save()
    path = vault.path
    vault.close()
    again = open_vault(path, passphrase=PASSPHRASE)
    try:
        drafts = open_desk(again).drafts
        assert drafts.fields("contact:new") == {"note": "half a sentence", "duration": "25"}
        assert drafts.last_page() == "contacts"
        assert drafts.keys() == ["contact:new"]  # the page marker is not an editor draft
    finally:
        again.close()


def test_unchanged_draft_is_not_rewritten_and_discard_notifies(memory_db):
    topics: list[str] = []
    drafts = _service(memory_db, topics)
    assert drafts.keep("plan:current", {"text": "walk"}) is True
    assert drafts.keep("plan:current", {"text": "walk"}) is False
    assert topics == ["drafts"]
    drafts.discard("plan:current")
    drafts.discard("plan:current")  # already gone: no second notice
    assert drafts.get("plan:current") is None
    assert topics == ["drafts", "drafts"]


def test_bad_keys_and_huge_drafts_are_refused_clearly(memory_db):
    drafts = _service(memory_db, [])
    with pytest.raises(InvalidInput, match="required"):
        drafts.keep("  ", {"a": "b"})
    with pytest.raises(InvalidInput, match="too long"):
        drafts.keep("contact:new", {"note": "x" * 300_000})
    assert drafts.keys() == []


@pytest.mark.parametrize("stored", ["not json", "[1, 2]", '"text"', "{"])
def test_damaged_stored_fields_read_as_empty(stored):
    assert decode(stored) == {}


values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**53), max_value=2**53),
    st.text(),
    st.lists(st.text(), max_size=5),
)


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(st.text(min_size=1, max_size=20), values, max_size=8))
def test_any_fields_round_trip(fields):
    assert decode(encode(fields)) == fields


# Sharing one database across examples is the point: keys accumulate, each must read back.
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(key=st.text(min_size=1).filter(lambda k: k.strip() and k != PAGE_KEY), note=st.text())
def test_any_unicode_note_round_trips_through_the_table(memory_db, key, note):
    drafts = _service(memory_db, [])
    drafts.keep(key, {"note": note})
    assert drafts.fields(key) == {"note": note}
    assert drafts.keys().count(key) == 1
