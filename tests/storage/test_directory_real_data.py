"""Real published Open Referral packages (tests/fixtures/openreferral), and needs search."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerdesk.core.resources.importer import read_import
from peerdesk.storage.directory import Directory

REAL = Path(__file__).parents[1] / "fixtures" / "openreferral"
COUNSELLING = "ac148810-d857-441c-9679-408f346de14b"


@pytest.fixture
def directory(tmp_path):
    d = Directory.open(tmp_path / "data" / "directory.sqlite")
    yield d
    d.close()


def test_hsds1_sample_with_local_numbers_imports_the_rest(directory):
    report = directory.import_path(REAL / "hsds1_sample")
    assert report.ok and len(report.resources) == 10  # 13 rows, 3 marked inactive
    assert [i.column for i in report.skipped] == ["status"] * 3
    unchecked = [w for w in report.warnings if "marked unchecked" in w.message]
    assert {(w.file, w.row) for w in unchecked} == {("phones.csv", 3), ("phones.csv", 4)}
    meals = directory.get("14a4ba00-64a4-11e6-8b77-86f30ca893d3")
    assert [(p.number, p.checked) for p in meals.phones] == [("(223) 346 12361", False)] * 2
    dangling = [w for w in report.warnings if w.column == "service_id"]
    assert ("phones.csv", 5) in {(w.file, w.row) for w in dangling}
    assert any("not listed in datapackage.json" in w.message for w in report.warnings)


def test_hsds1_tables_reach_the_service_through_its_location(directory):
    directory.import_path(REAL / "hsds1_sample", default_country="US")
    helpline = directory.get("14a49a8e-64a4-11e6-8b77-86f30ca893d3")
    assert helpline.country == "US" and helpline.region == "NY"
    assert helpline.detail("accessibility").startswith("disabled parking")
    assert "New York City" in helpline.detail("address")
    assert helpline.detail("application") == "Call for further information"
    assert helpline.detail("email") == "neverhomeless@example.com"
    shop = directory.get("14a4ad9e-64a4-11e6-8b77-86f30ca893d3")
    assert shop.detail("wait_time") == "28 days"


@pytest.mark.parametrize("name", ["hsds3_tabular", "hsds3_json"])
def test_hsds3_keeps_what_a_supporter_checks(directory, name):
    report = directory.import_path(REAL / name)
    assert report.ok and report.new == 1
    assert not [w for w in report.warnings if "unknown column" in w.message]
    service = directory.get(COUNSELLING)
    details = dict(service.details)
    assert details["eligibility"].startswith("This service is intended for all people aged 12")
    assert details["ages"] == "Ages 12 to 100"
    assert "£50 per hour" in details["fees"] and "35 GBP per 1 hour session" in details["fees"]
    assert details["application"].startswith("If you are an NHS patient")
    assert "Urdu, Polish, and Slovak" in details["interpretation"]
    assert details["required_documents"].startswith("Any official identification document")
    assert "BASC" in details["accreditations"] and "COVID-19" in details["alert"]
    assert "wait_time" not in details  # the example's placeholder value is not a wait time
    assert service.phones[0].dial == "+441234234567"  # the stray quotes were dropped
    assert service.languages == ("ur",)


def test_hsds3_json_schedules_accessibility_funding(directory):
    directory.import_path(REAL / "hsds3_json")
    service = directory.get(COUNSELLING)
    assert service.opening == (("TH", "10:00", "18:00"), ("FR", "10:00", "18:00"))
    assert "induction loops" in service.detail("accessibility")
    assert "MyCity local government" in service.detail("funding")
    assert "1-30 Main Street" in service.detail("address")


def test_imported_details_are_searchable(directory):
    directory.import_path(REAL / "hsds3_json")
    assert [r.id for r in directory.search("interpretation urdu")] == [COUNSELLING]
    assert [r.id for r in directory.search("induction loop")] == [COUNSELLING]


def test_one_json_file_and_a_list(directory, tmp_path):
    service = json.loads((REAL / "hsds3_json" / "service_full.json").read_text())
    twin = {**service, "id": "twin-1", "name": "Twin counselling"}
    file = tmp_path / "two.json"
    file.write_text(json.dumps([service, twin, "not a service"]))
    report = directory.import_path(file)
    assert report.new == 2 and [(i.row, i.column) for i in report.skipped] == [(3, None)]


def test_a_folder_of_json_with_a_broken_file_imports_nothing(directory, tmp_path):
    folder = Path(shutil.copytree(REAL / "hsds3_json", tmp_path / "json"))
    (folder / "zz-broken.json").write_text('{"id": "x", "name": ')
    report = read_import(folder)
    assert not report.ok and "is not valid JSON" in report.errors[0].message
    (folder / "zz-broken.json").unlink()
    (folder / "service_full.json").unlink()
    assert "neither a datapackage.json" in read_import(folder).errors[0].message


def test_malformed_date_is_left_out_and_listed(directory, tmp_path):
    service = json.loads((REAL / "hsds3_json" / "service_full.json").read_text())
    file = tmp_path / "one.json"
    file.write_text(json.dumps({**service, "assured_date": "31/02/2024", "last_modified": None}))
    report = directory.import_path(file)
    assert directory.get(COUNSELLING).last_verified is None
    assert [w.column for w in report.warnings] == ["assured_date"]


# -- search that understands needs --------------------------------------------------------------
@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("grief", "pd-au-suicide-call-back"),  # its category is "bereavement"
        ("bereaved", "pd-ie-pieta"),
        ("greif", "pd-au-suicide-call-back"),  # a typo of a known need
        ("addiction", "pd-us-samhsa-helpline"),  # "substance use"
        ("suicidal", "pd-gb-samaritans"),
    ],
)
def test_related_terms_and_stems(directory, typed, expected):
    assert expected in {r.id for r in directory.search(typed, limit=100)}


def test_the_typed_word_itself_ranks_before_related_terms(directory, tmp_path):
    file = tmp_path / "pack.csv"
    file.write_text(
        "id,name,country,phones,categories\n"
        "a-loss,Loss support circle,CA,416-555-0101,loss\n"
        "b-grief,Grief support circle,CA,416-555-0102,grief\n"
    )
    directory.import_path(file)
    assert [r.id for r in directory.search("grief", country="CA")][:2] == ["b-grief", "a-loss"]


def test_no_match_offers_the_closest_needs(directory):
    assert directory.search("detbs") == []
    assert "money and debt" in directory.closest_needs("detbs")
    assert directory.closest_needs("qqqqzz")  # never an empty suggestion line


def test_browsing_a_country_puts_its_emergency_number_first(directory):
    for country in ("AU", "CA", "GB", "IE", "NZ", "US"):
        first = directory.search("", country=country)[0]
        assert "emergency" in first.categories, country


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(min_size=0, max_size=40))
def test_any_typed_text_searches_without_error(directory, text):  # read-only: one fixture is fine
    found = directory.search(text, limit=5)
    assert len(found) <= 5
    if not found:
        assert directory.closest_needs(text)


def test_template_row_level_field_problems_leave_out_only_that_field(directory, tmp_path):
    file = tmp_path / "pack.csv"
    file.write_text(
        "id,name,country,phones,languages,last_verified\n"
        "ok-1,Good line,CA,416-555-0101,fr,2026-10-01\n"
        "odd-2,Odd line,CA,416-555-0102,klingon!,31/02/2026\n"
        ",No id line,CA,416-555-0103,,\n"
    )
    report = directory.import_path(file)
    assert report.new == 2
    assert {(w.row, w.column) for w in report.warnings} == {(3, "languages"), (3, "last_verified")}
    assert [(i.row, i.column) for i in report.skipped] == [(4, "id")]
    odd = directory.get("odd-2")
    assert odd.languages == () and odd.last_verified is None and odd.phones[0].checked


_RUN = re.compile(r"[^\W_]{3,}")  # three letters or digits in a row


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=60
    ).filter(lambda s: _RUN.search(s) is not None)
)
def test_any_unicode_name_imports_and_is_found_by_its_words(directory, tmp_path, name):
    """Found by any word holding three letters or digits in a row, with the punctuation typed
    around it. (A word such as "::A" is only the one-letter stop word "a": it finds nothing.)"""
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["id", "name", "country", "phones"])
    writer.writerow(["u-1", name, "NZ", "0800 543 354"])
    file = tmp_path / "unicode.csv"
    file.write_text(buffer.getvalue(), encoding="utf-8")
    report = directory.import_path(file)
    assert report.ok and directory.get("u-1").name == name.strip()
    word = max(name.split(), key=lambda w: max((len(r) for r in _RUN.findall(w)), default=0))
    assert "u-1" in {r.id for r in directory.search(word, limit=200)}


def test_unknown_codes_are_listed_and_the_rest_imports(directory, tmp_path):
    service = json.loads((REAL / "hsds3_json" / "service_full.json").read_text())
    service["languages"] = [{"code": "ur"}, {"name": "Klingon (tlhIngan Hol)"}]
    service["schedules"][0]["byday"] = "TH,FUNDAY"
    file = tmp_path / "codes.json"
    file.write_text(json.dumps(service))
    report = directory.import_path(file)
    kept = directory.get(COUNSELLING)
    assert kept.languages == ("ur",) and kept.opening == (("TH", "10:00", "18:00"),)
    messages = " ".join(w.message for w in report.warnings)
    assert "unknown language 'Klingon (tlhIngan Hol)'" in messages
    assert "unknown day 'FUNDAY'" in messages


@pytest.mark.parametrize("name", ["00İ", "İstanbul Yardım", "Café Ωmega", "ﬁre crew", "Straße"])
def test_names_python_and_sqlite_case_differently_are_found(directory, tmp_path, name):
    """'İ'.lower() is two characters in Python and none of SQLite's: both sides are folded."""
    file = tmp_path / "names.csv"
    file.write_text(f"id,name,country,phones\nu-1,{name},NZ,0800 543 354\n", encoding="utf-8")
    assert directory.import_path(file).ok
    for typed in (max(name.split(), key=len), name.lower(), name.upper()):
        assert "u-1" in {r.id for r in directory.search(typed, limit=200)}, typed
