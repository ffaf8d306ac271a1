"""Report periods: whole calendar months only, and month counts regrouped by quarter or year."""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from datetime import date

from peerdesk.core.errors import InvalidInput
from peerdesk.core.messages import month_name, say

MAX_MONTHS = 120  # ten years
GRAINS = ("month", "quarter", "year")
_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")


def last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def check_whole_months(start: date, end: date) -> None:
    """Refuse bounds inside a month: two periods ending on the 18th and the 19th would both say
    "March", and their difference would show the one contact of the 19th."""
    if start.day != 1:
        raise InvalidInput(
            say(
                "reports cover whole months, so a report starts on the 1st; {day} is in the "
                "middle of {month}. Give the month ({start:%Y-%m}) instead.",
                day=start.isoformat(),
                month=month_name(start.month),
                start=start,
            ),
            field="from",
        )
    if end != last_day(end.year, end.month):
        raise InvalidInput(
            say(
                "reports cover whole months, so a report ends on a month's last day; {day} "
                "is in the middle of {month}. Give the month ({end:%Y-%m}) instead.",
                day=end.isoformat(),
                month=month_name(end.month),
                end=end,
            ),
            field="to",
        )
    if end < start:
        raise InvalidInput(say("the last month is before the first month"), field="to")
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    if months > MAX_MONTHS:
        raise InvalidInput(
            say("a report covers at most {most} months (ten years)", most=MAX_MONTHS),
            "to",
        )


def parse_bound(text: str, field: str, *, last: bool) -> date:
    """ "2024-03" (the whole month) or a date on a month's first (from) or last (to) day."""
    text = text.strip()
    found = _MONTH.match(text)
    if found:
        year, month = int(found[1]), int(found[2])
        return last_day(year, month) if last else date(year, month, 1)
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(
            say("{text!r} is not a month like 2024-03", text=text), field=field
        ) from None


def grain_for(months: int) -> str:
    """The finest grouping that keeps a chart readable: months up to 2 years, then coarser."""
    return "month" if months <= 24 else "quarter" if months <= 60 else "year"


def group_key(month: str, grain: str) -> str:
    if grain == "year":
        return month[:4]
    if grain == "quarter":
        return f"{month[:4]}-Q{(int(month[5:]) - 1) // 3 + 1}"
    return month


def regroup(cells: Sequence[tuple[str, int]], grain: str) -> list[tuple[str, int]]:
    """Month counts added up by quarter or year (published counts add up exactly)."""
    if grain not in GRAINS:
        raise InvalidInput(say("must be month, quarter or year"), field="by")
    out: dict[str, int] = {}
    for month, value in cells:
        key = group_key(month, grain)
        out[key] = out.get(key, 0) + value
    return list(out.items())
