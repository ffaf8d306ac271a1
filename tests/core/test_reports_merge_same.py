"""The merge publishes exactly what it did before it was made faster, and what a plain sum gives."""

from __future__ import annotations

import copy
import gzip
import hashlib
import json
import random
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.core.report_cases import documents, outcome, random_case, synthetic_report

from peerdesk.core.errors import InvalidInput
from peerdesk.core.reports import Report, load_reports, merge_reports, to_dict
from peerdesk.core.reports.model import TABLES, month_range
from peerdesk.core.reports.ptable import fit
from peerdesk.core.reports.schema import MAX_COUNT

FIXTURE = Path(__file__).parents[1] / "fixtures" / "merge-cases.json.gz"
CASES = json.loads(gzip.decompress(FIXTURE.read_bytes()))


@pytest.mark.parametrize("case", CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_the_merge_publishes_what_it_did_before(case) -> None:
    expected = {key: case[key] for key in ("merged", "refused", "field") if key in case}
    assert outcome(case["documents"], case["k"]) == expected


def test_the_stored_cases_cover_long_empty_huge_and_refused_sets() -> None:
    merged = [c["merged"] for c in CASES if "merged" in c]
    lengths = {len(d["tables"][0]["cells"]) for c in CASES for d in c["documents"]}
    assert {1, 120} <= lengths
    assert any(d["summary"]["contacts"] == 0 for c in CASES for d in c["documents"])
    assert any(d["summary"]["contacts"] > MAX_COUNT // 2 for c in CASES for d in c["documents"])
    assert any(len(d["sources"]) > 1 for c in CASES for d in c["documents"])  # team reports
    assert len(merged) >= 20 and sum("refused" in c for c in CASES) >= 6


def _protector(reports: list[Report], k: int):
    """The documented re-protection: a merged count below k becomes 0 or k, keyed by the ids."""
    seed = "|".join(sorted(s.report_id for r in reports for s in r.sources))

    def protect(value: int, *where: str) -> int:
        if value == 0 or value >= k:
            return value
        digest = hashlib.sha256("|".join((seed, *where)).encode()).digest()
        return k if int.from_bytes(digest[:4], "big") % 2**24 / 2**24 < value / k else 0

    return protect


def _plain_sum(reports: list[Report], k: int) -> dict:
    """Every figure added up with plain dictionaries, protected again, fitted to its total."""
    protect = _protector(reports, k)
    sums: dict[tuple[str, str], int] = {}
    for report in reports:
        for table in report.tables:
            for category, value in table.cells:
                sums[table.name, category] = sums.get((table.name, category), 0) + value
            sums[table.name, ""] = sums.get((table.name, ""), 0) + (table.total or 0)
    months = month_range(min(r.from_month for r in reports), max(r.to_month for r in reports))
    month_cells = [(m, protect(sums.get(("month", m), 0), "month", m)) for m in months]
    contacts = sum(v for _, v in month_cells)
    tables = {"month": (month_cells, contacts)}
    for name, (_, codes, kind) in list(TABLES.items())[1:]:
        values = [protect(sums[name, c], name, c) for c in codes]
        total: int | None = contacts
        if kind == "multi":
            total, values = None, [min(v, contacts) for v in values]
        elif kind == "own":
            total = protect(sums[name, ""], name, "")
            total = min(total, contacts) if name == "followup" else (total if contacts else 0)
        if total is not None:
            values = fit(values, total, k)
        tables[name] = (list(zip(codes, values, strict=True)), total)
    return {
        "contacts": contacts,
        "tables": tables,
        "hours": sum(r.hours for r in reports) if contacts else 0,
        "incidents": min(protect(sum(r.incidents for r in reports), "incidents"), contacts),
        "people": [sum(r.people_reached[i] for r in reports) if contacts else 0 for i in (0, 1)],
    }


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rng=st.integers(0, 2**64).map(random.Random), k=st.none() | st.integers(3, 100))
def test_merged_figures_are_the_plain_sums_protected_again(rng: random.Random, k) -> None:
    reports, _ = random_case(rng)
    docs = documents(reports)
    named = load_reports([(f"r{i}.json", d) for i, d in enumerate(docs)])
    team = merge_reports(named, k=k)
    loaded = [r for _, r in named]
    want = _plain_sum(loaded, max([r.k for r in loaded] + [k or 0]))
    assert team.contacts == want["contacts"] and team.hours == want["hours"]
    assert team.incidents == want["incidents"]
    assert list(team.people_reached) == want["people"]
    for table in team.tables:
        assert (list(table.cells), table.total) == want["tables"][table.name], table.name
    # The order the files are given in changes nothing but the order of the sources.
    rng.shuffle(named)
    again = to_dict(merge_reports(named, k=k))
    mine = to_dict(team)
    for doc in (again, mine):
        del doc["report_id"], doc["sources"]
    assert again == mine


def _first_clash(docs: list[dict]) -> str | None:
    """Every source against every earlier one, in order: the words of the first clash."""
    seen: list[tuple[str, dict]] = []
    for i, doc in enumerate(docs):
        name = f"r{i}.json"
        for source in doc["sources"]:
            for other_name, other in seen:
                where = f"{other_name} and {name}" if other_name != name else f"{name} (twice)"
                if source["report_id"] == other["report_id"]:
                    return f"{where} contain the same report"
                if source["source_id"] == other["source_id"] and (
                    source["from_month"] <= other["to_month"]
                    and other["from_month"] <= source["to_month"]
                ):
                    return f"{where} both count months"
            seen.append((name, source))
    return None


@settings(max_examples=80, deadline=None)
@given(rng=st.integers(0, 2**64).map(random.Random), twins=st.integers(0, 3))
def test_the_first_double_count_is_the_one_named(rng: random.Random, twins: int) -> None:
    reports, _ = random_case(rng, 6)
    docs = documents(reports)
    for _ in range(twins):  # a report again, or the same months of a vault in a new report
        twin = copy.deepcopy(rng.choice(docs))
        if rng.random() < 0.5:
            twin["sources"][0]["report_id"] = f"{rng.getrandbits(128):032x}"
        if rng.random() < 0.3:
            twin["sources"][0]["to_month"] = twin["sources"][0]["from_month"]
        docs.insert(rng.randint(0, len(docs)), twin)
    clash = _first_clash(docs)
    result = outcome(docs, None)
    if clash is None:
        assert "merged" in result
    else:
        assert result["refused"].removeprefix("reports: ").startswith(clash), (result, clash)


BAD_VALUES = [True, False, 1.0, -1, MAX_COUNT + 1, "7", None, [], {"value": 7}]
DAMAGES = [
    *(("value", bad) for bad in BAD_VALUES),
    *(("category", bad) for bad in BAD_VALUES if not isinstance(bad, str)),
    *(("cell", bad) for bad in BAD_VALUES),
    ("small", None),  # a count below k, which no report publishes
    ("missing", "value"),
    ("missing", "category"),
    ("label", None),  # a category that is not one of the table's, in a cell otherwise right
]


@pytest.mark.parametrize(("damage", "bad"), DAMAGES)
@settings(max_examples=6, deadline=None)
@given(
    seed=st.integers(0, 2**32),
    table=st.integers(0, len(TABLES) - 1),
    where=st.floats(0, 1, exclude_max=True),
)
def test_a_damaged_cell_is_refused_naming_it(damage, bad, seed, table, where) -> None:
    """Cells are read in one quick pass; a wrong one is still refused with its place named."""
    reports, _ = random_case(random.Random(seed), 1)
    doc = documents(reports[:1])[0]
    cells = doc["tables"][table]["cells"]
    at = int(where * len(cells))
    if damage in ("value", "category"):
        cells[at][damage] = bad
    elif damage == "cell":
        cells[at] = bad
    elif damage == "small":
        cells[at]["value"] = 1 + seed % (doc["k"] - 1)
    elif damage == "missing":
        del cells[at][bad]
    else:
        cells[at]["category"] += " (changed)"
    with pytest.raises(InvalidInput) as err:
        load_reports([("damaged.json", doc)])
    place = f"tables[{table}].cells" + ("" if damage == "label" else f"[{at}]")
    assert f"damaged.json ({place}" in err.value.message


def test_a_report_clashing_with_several_names_the_earliest() -> None:
    rng, vault = random.Random(5), "a" * 32
    first = synthetic_report(rng, date(2024, 1, 1), 3, 5, vault)
    second = synthetic_report(rng, date(2024, 4, 1), 3, 5, vault)
    both = synthetic_report(rng, date(2024, 1, 1), 6, 5, vault)
    refused = outcome(documents([first, second, both]), None)["refused"]
    assert "r0.json and r2.json both count months from 2024-01 to 2024-03" in refused
    other = synthetic_report(rng, date(2024, 1, 1), 1, 5, "b" * 32)
    again = replace(second, report_id=other.report_id)
    again = replace(again, sources=(replace(second.sources[0], report_id=other.report_id),))
    refused = outcome(documents([second, other, again]), None)["refused"]
    assert "r0.json and r2.json both count months from 2024-04 to 2024-06" in refused
    refused = outcome(documents([other, second, again]), None)["refused"]
    assert "r0.json and r2.json contain the same report" in refused
