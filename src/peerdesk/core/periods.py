"""Named report periods (this month, last quarter, …) as first and last calendar months."""

from __future__ import annotations

from datetime import date

PRESETS: dict[str, str] = {
    "this_month": "This month",
    "last_month": "Last month",
    "this_quarter": "This quarter",
    "last_quarter": "Last quarter",
    "this_year": "This year",
    "last_year": "Last year",
    "last_3_months": "The last 3 months",
}
CUSTOM = "custom"


def _shift(month_start: date, months: int) -> date:
    index = month_start.year * 12 + (month_start.month - 1) + months
    return date(index // 12, index % 12 + 1, 1)


def preset_months(preset: str, today: date) -> tuple[date, date]:
    """(first day of the first month, first day of the last month) of a named period."""
    this = date(today.year, today.month, 1)
    quarter = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    ranges = {
        "this_month": (this, this),
        "last_month": (_shift(this, -1), _shift(this, -1)),
        "this_quarter": (quarter, _shift(quarter, 2)),
        "last_quarter": (_shift(quarter, -3), _shift(quarter, -1)),
        "this_year": (date(today.year, 1, 1), date(today.year, 12, 1)),
        "last_year": (date(today.year - 1, 1, 1), date(today.year - 1, 12, 1)),
        "last_3_months": (_shift(this, -2), this),
    }
    if preset not in ranges:
        raise KeyError(preset)
    return ranges[preset]


def matching_preset(first: date, last: date, today: date) -> str:
    """The preset that gives exactly these months, or CUSTOM."""
    wanted = (date(first.year, first.month, 1), date(last.year, last.month, 1))
    for name in PRESETS:
        if preset_months(name, today) == wanted:
            return name
    return CUSTOM
