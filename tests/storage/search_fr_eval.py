"""Recall of French queries over made-up services (tests/core/search_fr/eval.json)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from peerdesk.storage.directory import Directory

EVAL = Path(__file__).parents[1] / "core" / "search_fr" / "eval.json"


def load() -> dict[str, Any]:
    return json.loads(EVAL.read_text(encoding="utf-8"))


def fill(directory: Directory, doc: dict[str, Any]) -> None:
    for service in doc["services"]:
        data = {k: v for k, v in service.items() if k != "need"}
        directory.add_user_resource({**data, "country": "CA", "website": "https://example.org"})


def scores(directory: Directory, doc: dict[str, Any], split: str) -> tuple[float, list[str]]:
    """Mean recall over the split's queries (top 10), and the queries that missed something.
    Searched as a user in Canada searches (the made-up services are Canadian): with every
    country's shipped lines competing, a real Quebec line outranked made-up ones."""
    needs = {s["id"]: s["need"] for s in doc["services"]}
    total, missed = 0.0, []
    for item in doc[split]:
        relevant = {sid for sid, need in needs.items() if need == item["need"]}
        found = {r.id for r in directory.search(item["query"], limit=10, country="CA")}
        share = len(relevant & found) / len(relevant)
        total += share
        if share < 1:
            missed.append(f"{item['query']} {share:.2f}")
    return total / len(doc[split]), missed


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        d = Directory.open(Path(tmp) / "directory.sqlite")
        doc = load()
        fill(d, doc)
        for split in ("dev", "test"):
            recall, missed = scores(d, doc, split)
            print(f"{split}: recall@10 {recall:.3f}; missed: {missed}")
        d.close()
