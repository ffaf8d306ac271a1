"""Dates, numbers, percentages and durations written the way the window's language writes them.

Everything goes through `QLocale()` (the default set at start-up by `i18n.install`), so French
gets "2 décembre 2026", "1 234,5" and "52 %", and English "December 2, 2026", "1,234.5", "52%".
Units that are words (hours, minutes) come from the catalogue, with their plural forms.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from peerdesk.ui.shared.i18n import translate

MINUTES_PER_HOUR = 60


def _format(long: bool) -> QLocale.FormatType:
    return QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat


def format_date(day: date, long: bool = False) -> str:
    """A day: short ("2026-12-02" in en_CA, "2026-12-02" in fr_CA) or long ("2 décembre 2026")."""
    return QLocale().toString(QDate(day.year, day.month, day.day), _format(long))


def format_datetime(moment: datetime, long: bool = False) -> str:
    """A day and a time of day, without seconds in the short form."""
    qdate = QDate(moment.year, moment.month, moment.day)
    qtime = QTime(moment.hour, moment.minute, moment.second)
    return QLocale().toString(QDateTime(qdate, qtime), _format(long))


def format_month(year: int, month: int) -> str:
    """A month and its year, e.g. "March 2026" / "mars 2026" (a report's period)."""
    return QLocale().toString(QDate(year, month, 1), "MMMM yyyy")


def format_number(value: float, decimals: int = 0) -> str:
    """A number with the locale's decimal sign and digit grouping ("1 234,5" in French)."""
    if decimals == 0:
        return QLocale().toString(round(value))
    return QLocale().toString(float(value), "f", decimals)


def format_percent(value: float, decimals: int = 0) -> str:
    """A percentage; French puts a (non-breaking) space before the sign, English does not."""
    number = format_number(value, decimals)
    return translate("Format", "%1%", "a percentage, e.g. 52%").replace("%1", number)


def format_duration(minutes: float, long: bool = False) -> str:
    """A length of time from minutes: "1 h 30 min" (short) or "1 hour 30 minutes" (long)."""
    total = max(0, round(minutes))
    hours, rest = divmod(total, MINUTES_PER_HOUR)
    if long:
        hour_text = translate("Format", "%n hour(s)", None, hours)
        minute_text = translate("Format", "%n minute(s)", None, rest)
    else:
        hour_text = translate("Format", "%n h", "hours, abbreviated", hours)
        minute_text = translate("Format", "%n min", "minutes, abbreviated", rest)
    if hours and rest:
        return (
            translate("Format", "%1 %2", "hours then minutes")
            .replace("%1", hour_text)
            .replace("%2", minute_text)
        )
    return hour_text if hours else minute_text


def format_hours(hours: float, decimals: int = 1) -> str:
    """Hours as a number, e.g. training hours in a report: "2.5 h" / "2,5 h"."""
    number = format_number(hours, decimals)
    return translate("Format", "%1 h", "a number of hours, e.g. 2.5 h").replace("%1", number)
