"""The cell-key method (ABS/ONS): record keys, cell keys and the fixed perturbation table."""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from functools import lru_cache

# Record keys are random 32-bit numbers; a cell's key is the sum of its records' keys mod 2**32.
KEY_BITS = 32
KEY_MOD = 2**KEY_BITS
COLUMNS = 256  # the table's columns: the top 8 bits of a cell key pick one
# Noise for counts of k or more: -2..+2 over the 256 columns (26 + 51 + 102 + 51 + 26).
NOISE: tuple[tuple[int, int], ...] = ((-2, 26), (-1, 51), (0, 102), (1, 51), (2, 26))
MAX_NOISE = 2


def new_record_key() -> int:
    """A record key: random, never derived from what the contact says."""
    return secrets.randbits(KEY_BITS)


def cell_key(record_keys: Sequence[int]) -> int:
    return int(sum(record_keys) % KEY_MOD)


def column(key: int) -> int:
    return int((key % KEY_MOD) >> (KEY_BITS - 8))


@lru_cache(maxsize=4096)
def row(count: int, k: int) -> tuple[int, ...]:
    """The published value for `count` in each of the 256 columns (the perturbation table).

    0 stays 0. A small count n (1..k-1) becomes k in the first round(256*n/k) columns and 0 in
    the rest, so on average it is still n. Counts of k or more move by -2..+2 but never below k.
    """
    if count <= 0:
        return (0,) * COLUMNS
    if count < k:
        up = round(COLUMNS * count / k)
        return (k,) * up + (0,) * (COLUMNS - up)
    values: list[int] = []
    for noise, width in NOISE:
        values += [max(k, count + noise)] * width
    return tuple(values)


def perturb(count: int, key: int, k: int) -> int:
    """What a cell of `count` records whose cell key is `key` publishes."""
    return row(count, k)[column(key)]


def could_be(published: int, k: int) -> range:
    """Every true count the table can turn into `published` (what a reader can work out)."""
    if published == 0:
        return range(0, k)
    if published == k:
        return range(1, k + MAX_NOISE + 1)
    return range(max(k, published - MAX_NOISE), published + MAX_NOISE + 1)


def fraction(key: int) -> float:
    """A number in [0, 1) from the key's low 24 bits (independent of the column it picks)."""
    return (key % 2**24) / 2**24


def random_round(value: float, key: int, base: int = 1) -> int:
    """Round to a multiple of `base`, up with probability equal to the remainder (unbiased)."""
    whole, rest = divmod(value / base, 1)
    return int(whole + (1 if rest > fraction(key) else 0)) * base


def fit(
    values: Sequence[int], target: int, k: int, truth: Sequence[int] | None = None
) -> list[int]:
    """Adjust published cells so they add up to the published `target` of their table.

    Every cell stays 0 or at least k. The difference goes first to the cell that the table
    moved furthest the other way (so adjusting brings cells back towards the truth, rather than
    piling onto one category); should that make it small, it drops to 0 and the next cell takes
    the rest. `target` is itself 0 or at least k, so this always ends (docs/report-format.md).
    """
    out = list(values)
    delta = target - sum(out)
    sign = 1 if delta > 0 else -1
    gaps = [0] * len(out) if truth is None else [t - v for t, v in zip(truth, out, strict=True)]
    order = sorted(range(len(out)), key=lambda i: (-sign * gaps[i], -out[i], i))
    for i in order:
        if delta == 0:
            break
        moved = out[i] + delta
        if moved == 0 or moved >= k:
            out[i], delta = moved, 0
        else:  # negative or small: empty this cell and carry the rest on
            delta, out[i] = moved, 0
    if delta:
        raise ValueError("a table cannot be fitted to its total")
    return out
