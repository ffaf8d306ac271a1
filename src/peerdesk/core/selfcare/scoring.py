"""Scoring: answer checks, reverse-scored items, measure sums, bands and meaningful change."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from peerdesk.core.errors import InvalidInput
from peerdesk.core.messages import say
from peerdesk.core.selfcare.instruments import Band, Instrument, Subscale


@dataclass(frozen=True)
class MeasureScore:
    """One measure of one check-in: the raw sum, the reported value and its band."""

    measure: str
    name: str
    raw: int
    value: float  # raw × multiplier (e.g. the WHO-5 percentage)
    unit: str
    band: Band


@dataclass(frozen=True)
class Change:
    delta: float
    direction: str  # "better", "worse" or "same"
    meaningful: bool  # reached the instrument's meaningful change (True if it names none)


def validate_answers(instrument: Instrument, answers: Sequence[int]) -> tuple[int, ...]:
    """Return the answers as a tuple, or raise InvalidInput naming the first bad item."""
    if len(answers) != instrument.item_count:
        raise InvalidInput(
            say(
                "{name} has {count} items, not {given}",
                name=instrument.short_name,
                count=instrument.item_count,
                given=len(answers),
            ),
            field="answers",
        )
    lo, hi = instrument.scale_min, instrument.scale_max
    for item, answer in zip(instrument.items, answers, strict=True):
        if isinstance(answer, bool) or not isinstance(answer, int) or not lo <= answer <= hi:
            name = item.key if item.text else f"item {item.number}"
            raise InvalidInput(
                say("answer must be a whole number from {lo} to {hi}", lo=lo, hi=hi), field=name
            )
    return tuple(answers)


def item_value(instrument: Instrument, number: int, answer: int) -> int:
    """The scored value of one answer: reversed items count as (min + max) − answer."""
    if number in instrument.reverse_items:
        # On a 1–5 scale this is 6 − x, on a 0–5 scale 5 − x: the scale is mirrored, not negated.
        return instrument.scale_min + instrument.scale_max - answer
    return answer


def find_band(subscale: Subscale, value: float) -> Band:
    for band in subscale.bands:
        if band.contains(value):
            return band
    # The loader guarantees coverage of every possible score; reaching this is a programming error.
    raise ValueError(f"no band of {subscale.id} holds {value}")


def score_measure(
    instrument: Instrument, subscale: Subscale, answers: Sequence[int]
) -> MeasureScore:
    raw = sum(item_value(instrument, n, answers[n - 1]) for n in subscale.items)
    value = raw * subscale.multiplier
    return MeasureScore(
        subscale.id, subscale.name, raw, value, subscale.unit, find_band(subscale, value)
    )


def score(instrument: Instrument, answers: Sequence[int]) -> dict[str, MeasureScore]:
    """Every measure of the instrument, in the order the definition lists them."""
    checked = validate_answers(instrument, answers)
    return {sub.id: score_measure(instrument, sub, checked) for sub in instrument.subscales}


def compare(subscale: Subscale, before: float, after: float) -> Change:
    """Direction of a change in the measure's own sense (for burnout, a rise is worse)."""
    delta = after - before
    if delta == 0:
        return Change(0, "same", False)
    rose_is_better = subscale.higher_is == "better"
    direction = "better" if (delta > 0) == rose_is_better else "worse"
    threshold = subscale.meaningful_change
    meaningful = threshold is None or abs(delta) >= threshold
    return Change(delta, direction, meaningful)


def format_value(measure: MeasureScore) -> str:
    """'34', '48 %': the number a person sees, without trailing .0."""
    return f"{measure.value:g}{' ' + measure.unit if measure.unit else ''}"


def value_range(instrument: Instrument, subscale: Subscale) -> tuple[float, float]:
    """Lowest and highest value a measure can take (every answer at the scale's ends)."""
    count = len(subscale.items)
    lo = instrument.scale_min * count * subscale.multiplier
    hi = instrument.scale_max * count * subscale.multiplier
    return min(lo, hi), max(lo, hi)


def describe(instrument: Instrument, measure: MeasureScore) -> str:
    """'Burnout: 20 on a scale of 10 to 50, low. …': never a bare number without its scale."""
    subscale = next(s for s in instrument.subscales if s.id == measure.measure)
    lo, hi = value_range(instrument, subscale)
    unit = f" {measure.unit}" if measure.unit else ""
    higher = "higher is better" if subscale.higher_is == "better" else "lower is better"
    return (
        f"{measure.name}: {format_value(measure)} on a scale of {lo:g} to {hi:g}{unit} "
        f"({higher}) — {measure.band.label}."
    )
