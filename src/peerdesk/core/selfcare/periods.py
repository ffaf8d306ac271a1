"""The trend periods (4 weeks to everything) and their words: small, for the window's start."""

from __future__ import annotations

from peerdesk.core.messages import say

# Period code → number of weeks shown (None: from the first data on).
PERIODS: dict[str, int | None] = {"4w": 4, "3m": 13, "12m": 52, "all": None}
PERIOD_LABELS = {
    "4w": "Last 4 weeks",
    "3m": "Last 3 months",
    "12m": "Last 12 months",
    "all": "Everything",
}  # English, for readers of the codes; period_words() gives the current language


def period_words(period: str) -> str:
    """A period as core's own sentences (the trend summary) say it, in the current language."""
    words = {
        "4w": say("Last 4 weeks"),
        "3m": say("Last 3 months"),
        "12m": say("Last 12 months"),
        "all": say("Everything"),
    }
    return words[period]
