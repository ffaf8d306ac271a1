"""The referral directory: HSDS/CSV import, all-or-nothing, re-import, search, rebuild, notes."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerdesk.core.errors import InvalidInput
from peerdesk.core.resources.report import ImportRejected
from peerdesk.storage.directory import Directory

FIXTURES = Path(__file__).parent / "fixtures" / "hsds"


@pytest.fixture
def directory(tmp_path):
    d = Directory.open(tmp_path / "data" / "directory.sqlite")
    yield d
    d.close()


def _zip(folder: Path, target: Path, top: str = "") -> Path:
    with zipfile.ZipFile(target, "w") as archive:
        for file in folder.iterdir():
            archive.write(file, f"{top}{file.name}")
    return target


def _copy(name: str, tmp_path: Path) -> Path:
    return Path(shutil.copytree(FIXTURES / name, tmp_path / name))


def test_open_without_vault_holds_shipped_entries(directory):
    assert directory.count() >= 24
    assert directory.get("pd-gb-samaritans").phones[0].number == "116 123"
    assert (directory.path.parent / "directory.sqlite").exists()
    assert directory.conn.execute("PRAGMA temp_store").fetchone()[0] == 2


def test_hsds_3_tabular_folder(directory):
    report = directory.import_path(FIXTURES / "v3")
    assert report.kind == "hsds-tabular 3.x" and report.new == 2 and not report.warnings
    night = directory.get("svc-1")
    assert night.organisation == "Harbour Wellbeing Collective"
    assert night.country == "CA" and night.region == "Ontario"
    assert night.open_24_7 and night.categories == ("crisis",) and night.languages == ("en", "fr")
    assert [t.dial for t in night.text_codes] == ["686868"] and "text" in night.channels
    assert directory.get("svc-2").possibly_out_of_date()


def test_hsds_3_zip_with_top_folder(directory, tmp_path):
    report = directory.import_path(_zip(FIXTURES / "v3", tmp_path / "p.zip", top="pkg/"))
    assert report.new == 2 and directory.get("svc-1") is not None


def test_hsds_1_numbers_without_a_country_are_kept_unchecked(directory):
    report = directory.import_path(FIXTURES / "v1")
    issue = report.warnings[-1]
    assert (issue.file, issue.row, issue.column) == ("phones.csv", 3, "number")
    assert "kept as written, marked unchecked" in issue.message
    local = directory.get("s2").phones[0]
    assert (local.number, local.dial, local.checked) == ("212-555-0173", "", False)
    report = directory.import_path(FIXTURES / "v1", default_country="US")
    warm = directory.get("s1")
    assert report.updated == 2 and warm.categories == ("warmline",) and warm.region == "Illinois"
    assert warm.hours == "MO 09:00-17:00; TU 09:00-17:00"
    assert directory.get("s2").region == "Chicago" and directory.get("s2").phones[0].checked


def test_hsds_2_tables(directory):
    report = directory.import_path(FIXTURES / "v2")
    counselling = directory.get("v2-s1")
    assert report.kind == "hsds-tabular 2.0"
    assert counselling.country == "GB" and counselling.categories == ("counselling",)


def test_hsds_json_list(directory):
    report = directory.import_path(FIXTURES / "services.json", default_country="NZ")
    assert report.kind == "hsds-json" and report.new == 2
    coast = directory.get("json-1")
    assert (
        coast.open_24_7 and coast.languages == ("en", "mi") and coast.text_codes[0].dial == "4357"
    )


def test_csv_template(directory):
    report = directory.import_path(FIXTURES / "template.csv")
    assert report.kind == "peerdesk-csv" and report.new == 2
    eap = directory.get("acme-eap")
    assert eap.categories == ("eap", "counselling") and len(eap.phones) == 2
    assert directory.get("acme-peer").text_codes[0].keyword == "HELLO"


def test_reimport_updates_without_duplicates(directory, tmp_path):
    folder = _copy("v3", tmp_path)
    directory.import_path(folder)
    before = directory.count()
    services = folder / "services.csv"
    services.write_text(services.read_text().replace("Harbour Night Line", "Harbour Night Line 2"))
    report = directory.import_path(folder)
    assert (report.new, report.updated) == (0, 2)
    assert directory.count() == before
    assert directory.get("svc-1").name == "Harbour Night Line 2"
    assert len(directory.search("harbour night")) == 1


def test_rebuild_keeps_imports_and_user_entries(directory):
    directory.import_path(FIXTURES / "v3")
    directory.add_user_resource({"id": "team-hr", "name": "HR duty line", "country": "CA",
                                 "phones": ["416-555-0104"], "categories": ["hr"]})  # fmt: skip
    directory.path.write_bytes(b"damaged")  # a broken index is rebuilt, never fatal
    directory.close()
    again = Directory.open(directory.path)
    assert again.get("svc-1") is not None and again.get("team-hr").origin == "user"
    again.close()


def _bad_cases(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    broken = _copy("v3", tmp_path / "a")
    (broken / "services.csv").write_bytes(b"id,name\nsvc-9,Caf\xe9 line\n")
    missing = _copy("v3", tmp_path / "b")
    (missing / "phones.csv").unlink()
    no_pkg = _copy("v3", tmp_path / "c")
    (no_pkg / "datapackage.json").unlink()
    no_services = _copy("v3", tmp_path / "d")
    (no_services / "services.csv").write_text("id,name,status\nsvc-1,Gone,inactive\n")
    no_name = _copy("v3", tmp_path / "e")
    (no_name / "services.csv").write_text("id,organization_id\nsvc-1,org-1\n")
    unknown = tmp_path / "unknown.csv"
    unknown.write_text("id,name,phones,shoe_size\nx,Y,416-555-0100,9\n")
    bad_zip = tmp_path / "bad.zip"
    bad_zip.write_bytes(b"PK\x03\x04 not really a zip")
    return {
        "utf8": (broken, "not valid UTF-8"), "missing": (missing, "missing"),
        "datapackage": (no_pkg, "datapackage.json"),
        "empty": (no_services, "no services that could be imported"),
        "column": (no_name, "required column"), "unknown": (unknown, "unknown column"),
        "zip": (bad_zip, "not a readable zip"), "nofile": (tmp_path / "nope.zip", "does not exist"),
    }  # fmt: skip


@pytest.mark.parametrize(
    "case", ["utf8", "missing", "datapackage", "empty", "column", "unknown", "zip", "nofile"]
)
def test_bad_input_is_rejected_whole_with_a_clear_error(directory, tmp_path, case):
    path, expected = _bad_cases(tmp_path)[case]
    before = directory.count()
    with pytest.raises(ImportRejected) as err:
        directory.import_path(path)
    assert expected in err.value.message
    assert err.value.exit_code == 8
    assert directory.count() == before
    assert not (directory.imports_dir / "imported.json").exists()


def test_broken_utf8_error_names_the_line(directory, tmp_path):
    path, _ = _bad_cases(tmp_path)["utf8"]
    report = directory.preview_import(path)
    assert (report.errors[0].file, report.errors[0].row) == ("services.csv", 2)


def test_preview_counts_without_writing(directory):
    report = directory.preview_import(FIXTURES / "v3")
    assert report.ok and report.new == 2 and report.table_rows["services.csv"] == 2
    assert [row["id"] for row in report.preview()] == ["svc-1", "svc-2"]
    assert directory.get("svc-1") is None


def test_progress_is_reported(directory):
    calls = []
    directory.import_path(FIXTURES / "v3", progress=lambda d, t, w: calls.append((d, t, w)))
    assert calls and calls[-1] == (1, 1, "Done")


def test_an_organisation_pack_corrects_or_hides_a_built_in_entry(directory, tmp_path):
    file = tmp_path / "our-pack.csv"
    file.write_text(
        "id,name,country,phones,status\n"
        "pd-us-988,988 Lifeline (our site's note),US,988,\n"
        "pd-us-samhsa-helpline,,,,hidden\n"
    )
    report = directory.import_path(file)
    assert (report.new, report.updated, report.hidden) == (0, 1, ["pd-us-samhsa-helpline"])
    fixed = directory.get("pd-us-988")
    assert fixed.name == "988 Lifeline (our site's note)" and fixed.origin == "imported"
    assert fixed.changed_by.startswith("Changed by your organisation: our-pack.csv")
    assert directory.get("pd-us-samhsa-helpline") is None
    directory.rebuild()  # the correction and the hiding survive a rebuild of the index
    assert directory.get("pd-us-988").changed_by and directory.get("pd-us-samhsa-helpline") is None


def test_search_partial_words_typos_and_ranking(directory):
    assert [r.id for r in directory.search("samaritans")][:2] == [
        "pd-ie-samaritans",
        "pd-gb-samaritans",
    ]
    assert {r.id for r in directory.search("samaritens")} == {
        "pd-ie-samaritans",
        "pd-gb-samaritans",
    }
    assert "pd-au-lifeline" in [r.id for r in directory.search("lifel")]
    assert directory.search("kids help")[0].name in ("Kids Help Phone", "Kids Helpline")
    assert directory.search("zzzzqqq") == []


def test_search_filters(directory):
    assert {r.country for r in directory.search("", country="nz")} == {"NZ"}
    texts = directory.search("", channel="text", country="US")
    assert texts and all("text" in r.channels for r in texts)
    assert all(r.open_24_7 for r in directory.search("", open_24_7=True))
    french = directory.search("", language="fr")
    assert french and all("fr" in r.languages for r in french)
    assert {r.id for r in directory.search("", category="veterans")} == {
        "pd-us-veterans-crisis-line"
    }
    with pytest.raises(InvalidInput):
        directory.search("", colour="blue")


def test_facets(directory):
    facets = directory.facets()
    assert ("NZ", 4) in facets["country"]
    assert any(value == "crisis" for value, _ in facets["category"])


def test_user_resource_cannot_take_a_shipped_id(directory):
    with pytest.raises(InvalidInput):
        directory.add_user_resource({"id": "pd-us-988", "name": "x", "website": "https://x.org"})


def test_resource_notes_live_in_the_vault(memory_db):
    from peerdesk.core.resources.notes import ResourceNotesService
    from peerdesk.storage.repos.resource_notes import ResourceNotesRepository

    topics: list[str] = []
    notes = ResourceNotesService(ResourceNotesRepository(memory_db), topics.append)
    notes.set_favourite("pd-gb-samaritans", True)
    notes.set_note("pd-gb-samaritans", "Good for night shifts")
    assert notes.favourites() == ["pd-gb-samaritans"]
    assert notes.get("pd-gb-samaritans").note == "Good for night shifts"
    notes.set_favourite("pd-gb-samaritans", False)
    notes.set_note("pd-gb-samaritans", "")
    assert notes.get("pd-gb-samaritans") is None
    assert topics == ["resource_notes"] * 4
    assert memory_db.conn.execute("PRAGMA user_version").fetchone()[0] >= 5


def test_quebec_line_is_shipped_in_both_languages_and_after_the_national_lines(monkeypatch):
    """Quebec's own line (1 866 APPELLE) is found by its French words, and the lock screen's
    short list still starts with lines for the whole country."""
    from peerdesk.core import language as lang
    from peerdesk.storage import directory as directory_module

    found = Directory.open()
    try:
        quebec = found.get("pd-ca-qc-1866appelle")
        assert quebec is not None and quebec.region
        assert [p.number for p in quebec.phones] == ["1-866-277-3553"]
        assert "pd-ca-qc-1866appelle" in {r.id for r in found.search("prévention du suicide")}
    finally:
        found.close()
    lines = directory_module.crisis_lines("CA")
    assert lines[0].startswith("9-8-8") and not any("APPELLE" in line for line in lines)
    monkeypatch.setattr(lang, "current", lambda: "fr")
    french = Directory.open()
    try:
        name = french.get("pd-ca-qc-1866appelle").name
        assert name.startswith("1 866 APPELLE : ligne québécoise")
    finally:
        french.close()


def test_an_entry_changed_after_a_search_is_found_as_it_is_now(directory, monkeypatch):
    """Entries are decoded once and kept by their stored text, never served out of date."""
    from peerdesk.storage import directory as module

    entry = {"id": "team-eap", "name": "EAP line", "country": "CA", "phones": ["416-555-0101"]}
    directory.add_user_resource(entry)
    first = directory.search("EAP line")
    assert first[0].phones[0].number == "416-555-0101"
    assert directory.search("EAP line")[0] is first[0]  # the same text: decoded once
    directory.add_user_resource({**entry, "phones": ["416-555-0199"], "name": "EAP line (new)"})
    again = directory.search("EAP line")
    assert [r.name for r in again[:1]] == ["EAP line (new)"]
    assert again[0].phones[0].number == "416-555-0199"
    assert directory.get("team-eap") == again[0]
    monkeypatch.setattr(module, "_DECODED_KEPT", 5)
    for query in ("crisis", "suicide", "youth", "grief", ""):
        directory.search(query)
        assert 0 < len(directory._decoded) <= 5  # emptied whenever it is full
    directory.close()
    assert directory._decoded == {}


def _old_fts(self, match, where, params, limit):
    """The filtered search before issue 19: each match looked up in the wide resources rows."""
    rank = " ORDER BY bm25(resources_fts, 10.0, 4.0, 1.0, 3.0) LIMIT ?"
    sql = (
        "SELECT r.rowid FROM resources_fts f JOIN resources r ON r.rowid=f.rowid"
        f" WHERE resources_fts MATCH ? AND {where}" + rank
    )
    return self._by_rowids([int(row[0]) for row in self.conn.execute(sql, [match, *params, limit])])


FILTERED = [
    {"country": "CA"}, {"country": "uk"}, {"region": "ont"}, {"open_24_7": True},
    {"category": "crisis"}, {"language": "fr"}, {"channel": "text", "country": "US"},
    {"country": "NZ", "open_24_7": True, "language": "en"},
]  # fmt: skip
TYPED = ["crisis", "suicide li", "grief", "greif", "988", "kids help", "ab", "ünï", "lifeline",
         "money debt", "vétérans", "text home", "samaritens", "zzqx"]  # fmt: skip


def test_filtered_searches_find_what_they_found_before(directory, tmp_path, monkeypatch):
    """Filters read a narrow table of their own: the same entries, in the same order, as the
    wide rows gave, also after entries are replaced, imported and the file rebuilt."""
    entry = {"id": "team-eap", "name": "Ünïon EAP line", "country": "CA", "region": "Ontario",
             "phones": ["416-555-0101"], "categories": ["crisis"], "open_24_7": True}  # fmt: skip
    directory.add_user_resource(entry)
    directory.add_user_resource({**entry, "country": "US", "region": "Texas"})  # replaced
    directory.import_path(FIXTURES / "template.csv")
    for rebuilt in (False, True):
        if rebuilt:
            directory.rebuild()
        columns = "country, region, open_24_7, words"
        wide = directory.conn.execute(f"SELECT rowid, {columns} FROM resources ORDER BY 1")
        narrow = directory.conn.execute(f"SELECT rid, {columns} FROM filters ORDER BY 1")
        assert wide.fetchall() == narrow.fetchall()
        now = {(q, str(f)): directory.search(q, **f) for q in TYPED for f in FILTERED}
        with monkeypatch.context() as patch:
            patch.setattr(Directory, "_fts", _old_fts)
            before = {(q, str(f)): directory.search(q, **f) for q in TYPED for f in FILTERED}
        assert now == before
        assert any(now.values()) and any(not found for found in now.values())


def _fuzzy_counted_in_python(directory, words, where, params, limit):
    """The typo pass as it was before SQLite did the counting (issue 19): the reference."""
    from collections import Counter

    from peerdesk.storage import directory as module

    shares = []
    for word in words:
        grams = module._trigrams(word)
        hits: Counter[int] = Counter()
        for gram in grams:
            match = "{name organisation keywords} : " + module._phrase(gram)
            hits.update(r[0] for r in directory.conn.execute(module._FTS_IDS, [match]))
        shares.append({rowid: n / len(grams) for rowid, n in hits.items()})
    common = set.intersection(*(set(share) for share in shares))
    scored = sorted(
        (-min(share[r] for share in shares), r)
        for r in common
        if min(share[r] for share in shares) >= 0.5
    )[:500]
    if not scored:
        return []
    marks = ",".join("?" * len(scored))
    sql = f"SELECT r.rowid, r.name FROM resources r WHERE r.rowid IN ({marks}) AND {where}"
    names = dict(directory.conn.execute(sql, [r for _, r in scored] + params).fetchall())
    best = sorted((score, names[r], r) for score, r in scored if r in names)[:limit]
    return directory._by_rowids([r for _, _, r in best])


def _typo(word: str, data) -> str:
    i = data.draw(st.integers(0, len(word) - 1))
    kind = data.draw(st.sampled_from(["drop", "swap", "replace", "none"]))
    if kind == "drop":
        return word[:i] + word[i + 1 :]
    if kind == "swap" and i + 1 < len(word):
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == "replace":
        return word[:i] + data.draw(st.sampled_from("aeioustxzé")) + word[i + 1 :]
    return word


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_the_typo_pass_counted_by_sqlite_equals_counting_in_python(directory, data):
    names = sorted({w.lower() for r in directory.list() for w in r.name.split() if len(w) >= 4})
    words = [
        _typo(data.draw(st.sampled_from(names)), data) for _ in range(data.draw(st.integers(1, 3)))
    ]
    words = [w for w in words if len(w) >= 3] or ["samaritens"]
    filters = data.draw(st.sampled_from([{}, {"country": "NZ"}, {"country": "GB"}]))
    where, params = directory._filters(filters)
    expected = _fuzzy_counted_in_python(directory, words, where, list(params), 50)
    found = directory._fuzzy(words, where, list(params), 50)
    assert [r.id for r in found] == [r.id for r in expected]
