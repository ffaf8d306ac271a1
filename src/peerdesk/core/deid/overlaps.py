"""Which findings survive when they overlap: by kind priority, in O(n log n) for dense notes."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

Span = tuple[int, int]


class Located(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def soft(self) -> bool: ...


T = TypeVar("T", bound=Located)


def without_overlaps(
    found: Sequence[T], protected: list[Span], rank: Callable[[T], int]
) -> list[T]:
    """Findings by position, never overlapping each other or a protected span.

    Taken in order of (rank, start, longest first); one is kept when it touches nothing kept
    and nothing protected. A soft finding ("the only Black woman in the legal team") that
    overlaps yet crosses nothing replaces the findings inside it, being one detail as a whole.
    Kept findings never overlap, so they stay sorted by start and by end alike, and a bisection
    finds the ones near a new finding instead of a pass over all of them."""
    walls = _Protected(protected)
    kept: list[T] = []
    starts: list[int] = []
    ends: list[int] = []
    for item in sorted(found, key=lambda f: (rank(f), f.start, -f.end)):
        hi = bisect.bisect_left(starts, item.end)  # kept[:hi] start before the item ends
        lo = bisect.bisect_right(ends, item.start, 0, hi)  # kept[lo:] end after it starts
        if lo == hi and not walls.overlaps(item.start, item.end):
            kept[hi:hi], starts[hi:hi], ends[hi:hi] = [item], [item.start], [item.end]
        elif item.soft and not _sticks_out(item, kept[lo:hi]) and not walls.crosses(item):
            kept[lo:hi], starts[lo:hi], ends[lo:hi] = [item], [item.start], [item.end]
    return kept


def _sticks_out(item: Located, overlapping: list[T]) -> bool:
    """An overlapping kept finding that reaches past the item on either side."""
    if not overlapping:
        return False
    return overlapping[0].start < item.start or overlapping[-1].end > item.end


class _Protected:
    """Protected spans (placeholders, service names) may overlap each other: sorted by start
    with the furthest end reached so far, any overlap or crossing is one bisection away."""

    def __init__(self, spans: list[Span]) -> None:
        ordered = sorted(spans)
        self.starts = [start for start, _end in ordered]
        self.reach = list(itertools.accumulate((end for _start, end in ordered), max))

    def _furthest(self, before: int) -> int:
        """The furthest end of the spans starting before `before` (-1 when there are none)."""
        count = bisect.bisect_left(self.starts, before)
        return self.reach[count - 1] if count else -1

    def overlaps(self, start: int, end: int) -> bool:
        return self._furthest(end) > start

    def crosses(self, item: Located) -> bool:
        """A span overlapping the item that starts before it or ends after it."""
        return self._furthest(item.start) > item.start or self._furthest(item.end) > item.end
