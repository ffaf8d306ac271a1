"""Published figures and small-cell suppression with complementary protection (interval logic)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

# Stands in for "no upper bound" while bounds are narrowed; never left in a published figure.
UNBOUNDED = 10**15
MIN_K = 3

SHOWN = "shown"
SMALL = "small"  # below k: shown as "<k"
WITHHELD = "withheld"  # hidden so that a small cell cannot be worked out, or not known precisely
STATUSES = (SHOWN, SMALL, WITHHELD)


@dataclass(frozen=True)
class Figure:
    """A published count: the true value lies in [low, high]; exact when shown and low == high."""

    low: int
    high: int
    status: str

    @property
    def exact(self) -> bool:
        return self.status == SHOWN and self.low == self.high

    def text(self, k: int) -> str:
        """What a reader sees: "12", "12–15" (a merged range), "<5" or "withheld"."""
        if self.status == SHOWN:
            return str(self.low) if self.low == self.high else f"{self.low}–{self.high}"
        if self.status == SMALL and self.high < k:
            return f"<{k}"
        return "withheld"


@dataclass(frozen=True)
class Table:
    """One breakdown. With a total, the cells add up to it; without one they may overlap."""

    name: str
    cells: tuple[tuple[str, Figure], ...]
    total: Figure | None

    def cell(self, category: str) -> Figure:
        for name, figure in self.cells:
            if name == category:
                return figure
        raise KeyError(category)


Bounds = tuple[int, int]


def exact(value: int) -> Bounds:
    return (value, value)


def narrow(cells: Sequence[Bounds], total: Bounds | None) -> tuple[list[Bounds], Bounds | None]:
    """Tightest bounds implied by `sum(cells) == total`: what anyone can work out from them.

    One linear equation with box constraints: each cell is bounded by the total minus what the
    other cells can hold at most/least. Repeated until nothing moves (two or three rounds).
    """
    bounds = list(cells)
    if total is None:
        return bounds, None
    t_low, t_high = total
    for _ in range(50):
        low_sum = sum(b[0] for b in bounds)
        high_sum = sum(b[1] for b in bounds)
        new_total = (max(t_low, low_sum), min(t_high, high_sum))
        new_cells = [
            (max(lo, new_total[0] - (high_sum - hi)), min(hi, new_total[1] - (low_sum - lo)))
            for lo, hi in bounds
        ]
        if new_cells == bounds and new_total == (t_low, t_high):
            break
        bounds, (t_low, t_high) = new_cells, new_total
    return bounds, (t_low, t_high)


def _prior(raw: Bounds, status: str, k: int) -> Bounds:
    """What a reader knows of a figure from its status alone (before using the total)."""
    if status == SHOWN:
        return raw
    if status == SMALL:
        return (0, k - 1) if raw[1] < k else (0, raw[1])
    return (k, UNBOUNDED)  # a complementary cell is known only to be at least k


def _status(raw: Bounds, k: int) -> str:
    return SHOWN if raw[0] >= k else SMALL


def _publish(
    raws: Sequence[Bounds], statuses: Sequence[str], total: Figure | None, k: int
) -> list[Bounds]:
    priors = [_prior(r, s, k) for r, s in zip(raws, statuses, strict=True)]
    t_bounds = (total.low, total.high) if total is not None else None
    published, _ = narrow(priors, t_bounds)
    return published


def _pinned(published: Sequence[Bounds], statuses: Sequence[str]) -> bool:
    return any(s == SMALL and b[0] == b[1] for b, s in zip(published, statuses, strict=True))


def protect_table(
    name: str, raw_cells: Mapping[str, Bounds], total: Figure | None, k: int
) -> Table:
    """Suppress cells below k, then more cells until no suppressed one can be worked out.

    `raw_cells` are exact counts for a supporter's own report, or ranges for a merged one.
    When every cell is below k while the total is shown, or no further cell can be hidden and a
    small cell could still be worked out, the whole table is withheld: its cells then say
    nothing beyond "somewhere between 0 and the total".
    """
    names = list(raw_cells)
    t_raw = (total.low, total.high) if total is not None else None
    raws, _ = narrow([raw_cells[n] for n in names], t_raw)
    statuses = [_status(r, k) for r in raws]
    while True:
        published = _publish(raws, statuses, total, k)
        pinned = total is not None and _pinned(published, statuses)
        shown = [i for i, s in enumerate(statuses) if s == SHOWN]
        if not pinned or not shown:
            break
        # The smallest shown cell hides the least useful information.
        statuses[min(shown, key=lambda i: (raws[i][0], i))] = WITHHELD
    if total is not None and total.status == SHOWN and (pinned or set(statuses) == {SMALL}):
        statuses = [WITHHELD] * len(names)
        published, _ = narrow([(0, UNBOUNDED)] * len(names), (total.low, total.high))
    cells = tuple(
        (n, Figure(b[0], b[1], s)) for n, b, s in zip(names, published, statuses, strict=True)
    )
    return Table(name, cells, total)


def protect_total(raw: Bounds, k: int) -> Figure:
    """A stand-alone count (such as all contacts): shown when at least k, else "<k"."""
    status = _status(raw, k)
    low, high = _prior(raw, status, k)
    return Figure(low, high, status)


def check_k(k: int) -> int:
    """k below 3 would let a pair of cells reveal each other; refuse it."""
    from peerdesk.core.errors import InvalidInput

    if isinstance(k, bool) or not isinstance(k, int) or not MIN_K <= k <= 1000:
        raise InvalidInput(f"must be a whole number from {MIN_K} to 1000", field="k")
    return k
