"""What the resource views ask the directory: filtered search, favourites first, crisis first."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from peerdesk.core.resources.entity import Resource

RESULT_LIMIT = 100  # more than anyone reads; narrowing the search is quicker than scrolling
CRISIS_CATEGORIES = frozenset({"crisis", "suicide prevention"})


def _words(query: str) -> list[str]:
    return [w for w in re.findall(r"\w+", query.lower()) if w]


def matches(resource: Resource, query: str, filters: dict[str, Any]) -> bool:
    """The directory's filters, applied in Python to a handful of entries (favourites)."""
    hay = " ".join(
        [resource.name, resource.organisation, resource.description, *resource.categories,
         resource.region, resource.country or "", *(p.number for p in resource.phones)]
    ).lower()  # fmt: skip
    if not all(word in hay for word in _words(query)):
        return False
    checks: dict[str, Callable[[str], bool]] = {
        "category": lambda v: v.lower() in resource.categories,
        "language": lambda v: v.lower() in resource.languages,
        "channel": lambda v: v.lower() in resource.channels,
        "country": lambda v: (resource.country or "") == v.upper(),
        "region": lambda v: v.lower() in resource.region.lower(),
        "open_24_7": lambda _v: resource.open_24_7,
    }
    return all(checks[key](value) for key, value in filters.items() if value)


def urgency(resource: Resource) -> int:
    """0 for emergency numbers, 1 for crisis lines, 2 for everything else."""
    if "emergency" in resource.categories:
        return 0
    return 1 if CRISIS_CATEGORIES.intersection(resource.categories) else 2


def ordered(
    resources: Iterable[Resource], favourites: frozenset[str], query: str
) -> list[Resource]:
    """Favourites first; without a query, emergency then crisis lines (the rest by name)."""
    browsing = not _words(query)

    def key(resource: Resource) -> tuple[bool, int]:
        return (resource.id not in favourites, urgency(resource) if browsing else 0)

    return sorted(resources, key=key)  # stable: keeps the directory's relevance order


def find(
    directory: Any,
    query: str,
    filters: dict[str, Any],
    favourites: frozenset[str] = frozenset(),
    favourites_only: bool = False,
) -> list[Resource]:
    """Search the directory (or only the favourites) and order the results for the list."""
    active = {k: v for k, v in filters.items() if v}
    if favourites_only:
        found = [directory.get(rid) for rid in sorted(favourites)]
        hits = [r for r in found if r is not None and matches(r, query, active)]
        return sorted(hits, key=lambda r: r.name.lower())
    results = directory.search(query, limit=RESULT_LIMIT, **active)
    return ordered(results, favourites, query)
