"""How far published figures may be from the truth, in plain sentences (one per report)."""

from __future__ import annotations

import math

from peerdesk.core.reports.model import Report, month_range
from peerdesk.core.reports.ptable import MAX_NOISE, NOISE
from peerdesk.core.reports.texts import sentence

# The spread of one month's change to a count of k or more (the noise table's variance).
_LARGE_VARIANCE = sum(n * n * w for n, w in NOISE) / sum(w for _, w in NOISE)


def month_count(report: Report) -> int:
    """Months of protected figures added up in the report (a merge adds each source's)."""
    return sum(len(month_range(s.from_month, s.to_month)) for s in report.sources)


def usual_error(k: int, months: int) -> int:
    """19 times in 20, a count covering `months` months is within this much of the truth.

    Worst case per month: a small count n becomes 0 or k, whose variance n(k-n) is at most
    k*k/4; larger counts move by -2..+2 (variance 1.2). Months are independent, so they add.
    """
    per_month = max(_LARGE_VARIANCE, k * k / 4)
    return math.ceil(1.96 * math.sqrt(per_month * months))


def accuracy_sentence(report: Report, language: str | None = None) -> str:
    """The one sentence every report carries about how much its figures may be off."""
    k, months = report.k, month_count(report)
    one = max(MAX_NOISE, k - 1)
    if months == 1:
        return sentence("accuracy_one", language, one=one, k=k)
    hours, usual = math.ceil(1.96 * math.sqrt(months / 4)), usual_error(k, months)
    return sentence(
        "accuracy_many", language, one=one, k=k, months=months, usual=usual, hours=hours
    )


def figure_note(value: int, k: int, single_month: bool, language: str | None = None) -> str:
    """A plain sentence for a figure that may hide a small count; empty for ordinary figures."""
    if value == 0:
        return sentence("zero_one" if single_month else "zero_many", language, k=k)
    if value == k and single_month:
        return sentence("k_one", language, k=k, top=k + MAX_NOISE)
    return ""
