"""How far published figures may be from the truth, in plain sentences (one per report)."""

from __future__ import annotations

import math

from peerdesk.core.reports.model import Report, month_range
from peerdesk.core.reports.ptable import MAX_NOISE, NOISE

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


def accuracy_sentence(report: Report) -> str:
    """The one sentence every report carries about how much its figures may be off."""
    k, months = report.k, month_count(report)
    one = max(MAX_NOISE, k - 1)
    if months == 1:
        return (
            f"To protect the people supported, every figure is changed by a small fixed amount: "
            f"each count may be off by up to {one} (counts under {k} show as 0 or {k}), and "
            "hours by less than 1."
        )
    hours, usual = math.ceil(1.96 * math.sqrt(months / 4)), usual_error(k, months)
    return (
        f"To protect the people supported, every month's figures are changed by a small fixed "
        f"amount: a count for one month may be off by up to {one} (counts under {k} show as 0 "
        f"or {k}), and a count covering all {months} months is usually within {usual} of the "
        f"true number; hours are usually within {hours}."
    )


def figure_note(value: int, k: int, single_month: bool) -> str:
    """A plain sentence for a figure that may hide a small count; empty for ordinary figures."""
    if value == 0:
        return (
            f"0 means none, or fewer than {k} shown as 0"
            + ("" if single_month else " in some months")
            + ", so that no one can be singled out."
        )
    if value == k and single_month:
        return (
            f"{k} may stand for anything from 1 to {k + MAX_NOISE}: small counts show as 0 or {k}."
        )
    return ""
