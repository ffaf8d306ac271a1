"""Golden scoring tests: every expected number below was worked out by hand, not by the scorer."""

from __future__ import annotations

import pytest

from peerdesk.core.errors import InvalidInput
from peerdesk.core.selfcare.instruments import builtin_instruments
from peerdesk.core.selfcare.scoring import compare, find_band, item_value, score

INSTRUMENTS = builtin_instruments()
PROQOL = INSTRUMENTS["proqol5"]
WHO5 = INSTRUMENTS["who5"]
REFLECTION = INSTRUMENTS["monthly_reflection"]
QUICK = INSTRUMENTS["quick_checkin"]

# ProQOL 5 answers by item number (index 0 is item 1).
#   item:  1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30
GOLDEN = [2, 1, 4, 5, 2, 4, 1, 3, 2, 3, 1, 5, 2, 1, 1, 4, 2, 5, 3, 4, 2, 5, 1, 4, 2, 3, 4, 1, 4, 5]


def test_proqol_golden_vector() -> None:
    scores = score(PROQOL, GOLDEN)
    # CS = items 3,6,12,16,18,20,22,24,27,30 = 4+4+5+4+5+4+5+4+4+5 = 44 → high (≥ 42)
    assert scores["cs"].raw == 44
    assert scores["cs"].band.id == "high"
    # BO = items 1,4,8,10,15,17,19,21,26,29 with 1,4,15,17,29 reversed as 6 − x:
    #   item 1: 6−2=4, item 4: 6−5=1, item 8: 3, item 10: 3, item 15: 6−1=5,
    #   item 17: 6−2=4, item 19: 3, item 21: 2, item 26: 3, item 29: 6−4=2
    #   = 4+1+3+3+5+4+3+2+3+2 = 30 → moderate.  (Without reversing it would wrongly be 28.)
    assert scores["bo"].raw == 30
    assert scores["bo"].band.id == "moderate"
    # STS = items 2,5,7,9,11,13,14,23,25,28 = 1+2+1+2+1+2+1+1+2+1 = 14 → low
    assert scores["sts"].raw == 14
    assert scores["sts"].band.id == "low"


@pytest.mark.parametrize(
    ("answer", "cs", "bo", "sts"),
    [
        # All 1: CS 10; BO five reversed items 6−1=5 → 25, five plain 1 → 5, total 30; STS 10.
        (1, 10, 30, 10),
        # All 5: CS 50; BO five reversed 6−5=1 → 5, five plain 5 → 25, total 30; STS 50.
        (5, 50, 30, 50),
        # All 3: reversing 3 gives 3, so every measure is 10 × 3 = 30.
        (3, 30, 30, 30),
    ],
)
def test_proqol_uniform_answers(answer: int, cs: int, bo: int, sts: int) -> None:
    scores = score(PROQOL, [answer] * 30)
    assert (scores["cs"].raw, scores["bo"].raw, scores["sts"].raw) == (cs, bo, sts)


def test_proqol_only_the_five_burnout_items_are_reversed() -> None:
    assert PROQOL.reverse_items == {1, 4, 15, 17, 29}
    assert [item_value(PROQOL, n, 2) for n in (1, 4, 15, 17, 29)] == [4, 4, 4, 4, 4]
    assert item_value(PROQOL, 8, 2) == 2  # a burnout item that is not reversed
    assert item_value(PROQOL, 3, 1) == 1  # compassion satisfaction items are never reversed


@pytest.mark.parametrize(
    ("value", "band"), [(10, "low"), (22, "low"), (23, "moderate"), (41, "moderate"),
                        (42, "high"), (50, "high")],
)  # fmt: skip
def test_proqol_band_edges(value: int, band: str) -> None:
    for sub in PROQOL.subscales:
        assert find_band(sub, value).id == band


def test_proqol_edge_by_answers() -> None:
    # CS items all 4 except item 3 = 2: 9×4 + 2 = 38 → moderate; raising item 3 to 5 → 41 still
    # moderate; then item 6 to 5 → 42 → high.
    answers = [3] * 30
    for n in (3, 6, 12, 16, 18, 20, 22, 24, 27, 30):
        answers[n - 1] = 4
    answers[2] = 2
    assert score(PROQOL, answers)["cs"].raw == 38
    answers[2] = 5
    assert score(PROQOL, answers)["cs"].band.id == "moderate"
    assert score(PROQOL, answers)["cs"].raw == 41
    answers[5] = 5
    assert score(PROQOL, answers)["cs"].raw == 42
    assert score(PROQOL, answers)["cs"].band.id == "high"


def test_proqol_high_burnout_is_concerning_and_high_cs_is_not() -> None:
    bo = PROQOL.subscale("bo")
    cs = PROQOL.subscale("cs")
    assert find_band(bo, 42).concern == 1
    assert find_band(cs, 42).concern == 0
    assert find_band(cs, 22).concern == 1  # little satisfaction from helping is worth noticing


@pytest.mark.parametrize(
    ("answers", "raw", "percent", "band", "concern"),
    [
        ([5, 5, 5, 5, 5], 25, 100, "fine", 0),
        # 3+3+3+2+2 = 13 → 52 %: not below 13, so no suggestion.
        ([3, 3, 3, 2, 2], 13, 52, "fine", 0),
        # 3+2+3+2+2 = 12 → 48 %: below 13 → suggest talking to a professional.
        ([3, 2, 3, 2, 2], 12, 48, "low", 1),
        # 2+2+2+1+1 = 8 → 32 %: still "suggest", not yet "strongly".
        ([2, 2, 2, 1, 1], 8, 32, "low", 1),
        # 2+1+2+1+1 = 7 → 28 %: ≤ 28 % → strongly suggest.
        ([2, 1, 2, 1, 1], 7, 28, "very_low", 2),
        ([0, 0, 0, 0, 0], 0, 0, "very_low", 2),
    ],
)
def test_who5_golden(answers: list[int], raw: int, percent: int, band: str, concern: int) -> None:
    measure = score(WHO5, answers)["wellbeing"]
    assert measure.raw == raw
    assert measure.value == percent
    assert measure.unit == "%"
    assert measure.band.id == band
    assert measure.band.concern == concern


def test_who5_meaningful_change_is_ten_points() -> None:
    sub = WHO5.subscale("wellbeing")
    small = compare(sub, 48, 56)  # +8 points: better, but not meaningful
    assert (small.direction, small.meaningful) == ("better", False)
    big = compare(sub, 60, 48)  # −12 points: worse and meaningful
    assert (big.direction, big.meaningful, big.delta) == ("worse", True, -12)
    edge = compare(sub, 40, 50)
    assert edge.meaningful


def test_burnout_rise_counts_as_worse() -> None:
    assert compare(PROQOL.subscale("bo"), 25, 30).direction == "worse"
    assert compare(PROQOL.subscale("cs"), 25, 30).direction == "better"
    assert compare(PROQOL.subscale("cs"), 30, 30).direction == "same"


def test_monthly_reflection_reverse_items() -> None:
    assert REFLECTION.reverse_items == {3, 7, 9, 14}
    #        1  2  3  4  5 | 6  7  8  9 10 | 11 12 13 14 15
    answers = [4, 4, 2, 5, 3, 2, 4, 3, 5, 1, 3, 2, 3, 1, 4]
    scores = score(REFLECTION, answers)
    # satisfaction: 4 + 4 + (6−2=4) + 5 + 3 = 20 → high (19–25)
    assert (scores["satisfaction"].raw, scores["satisfaction"].band.id) == (20, "high")
    # wearing out: 2 + (6−4=2) + 3 + (6−5=1) + 1 = 9 → low (5–11)
    assert (scores["burnout"].raw, scores["burnout"].band.id) == (9, "low")
    # weight of what you hear: 3 + 2 + 3 + (6−1=5) + 4 = 17 → moderate (12–18)
    assert (scores["sts"].raw, scores["sts"].band.id) == (17, "moderate")


def test_monthly_reflection_is_labelled_as_not_clinical() -> None:
    assert "not a clinical measure" in REFLECTION.purpose
    assert REFLECTION.kind == "own"


def test_quick_checkin_stress_is_reversed() -> None:
    # energy 2, sleep 3, stress 4 → 6−4 = 2, mood 2, connected 3, meaning 4 → 16 "getting by"
    measure = score(QUICK, [2, 3, 4, 2, 3, 4])["overall"]
    assert (measure.raw, measure.band.id) == (16, "middle")
    # Only the stress answer changes: calm (1 → 5) adds 3 to the total.
    assert score(QUICK, [2, 3, 1, 2, 3, 4])["overall"].raw == 19


def test_third_party_instruments_ship_no_wording() -> None:
    for inst in (PROQOL, WHO5):
        assert inst.kind == "third_party"
        assert not inst.has_wording
        assert inst.credit and inst.source_url
    assert "Center for Victims of Torture" in PROQOL.credit
    assert "proqol.org" in PROQOL.source_url.lower()
    assert "Psychiatric Research Unit" in WHO5.credit
    assert "North Zealand" in WHO5.credit


@pytest.mark.parametrize(
    ("answers", "field"),
    [([3] * 29, "answers"), ([3] * 28 + [6, 3], "item 29"), ([0] + [3] * 29, "item 1"),
     ([3] * 29 + [True], "item 30")],
)  # fmt: skip
def test_bad_answers_name_the_item(answers: list[int], field: str) -> None:
    with pytest.raises(InvalidInput) as err:
        score(PROQOL, answers)
    assert err.value.field == field


def test_bad_quick_answer_names_the_item_key() -> None:
    with pytest.raises(InvalidInput) as err:
        score(QUICK, [3, 3, 3, 7, 3, 3])
    assert err.value.field == "mood"


def test_every_shipped_measure_is_described_with_its_scale_and_band():
    """A score never appears as a bare number: its scale and band come with it."""
    from peerdesk.core.selfcare.scoring import describe, value_range

    for instrument in builtin_instruments().values():
        lo_answers = [instrument.scale_min] * len(instrument.items)
        hi_answers = [instrument.scale_max] * len(instrument.items)
        for answers in (lo_answers, hi_answers):
            for measure in score(instrument, answers).values():
                subscale = next(s for s in instrument.subscales if s.id == measure.measure)
                lo, hi = value_range(instrument, subscale)
                assert lo <= measure.value <= hi
                text = describe(instrument, measure)
                assert f"on a scale of {lo:g} to {hi:g}" in text
                assert measure.band.label in text
