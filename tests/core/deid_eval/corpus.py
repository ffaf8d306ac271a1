"""Loads the annotated guard corpus (dev and test sets) and scores a scanner against it."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
_MARK = re.compile(r"\{(?P<kind>[a-z]+):(?P<text>[^{}]+)\}")
KINDS = (
    "name",
    "phone",
    "email",
    "address",
    "postcode",
    "plate",
    "handle",
    "date",
    "id",
    "could",
)


@dataclass(frozen=True)
class Note:
    """One note: plain text plus the gold identifier spans (start, end, kind)."""

    source: str
    text: str
    gold: tuple[tuple[int, int, str], ...]


def parse_line(line: str, source: str) -> Note:
    """'Met {name:Grace} today' -> Note('Met Grace today', ((4, 9, 'name'),))."""
    parts: list[str] = []
    gold: list[tuple[int, int, str]] = []
    cursor = length = 0
    for m in _MARK.finditer(line):
        parts.append(line[cursor : m.start()])
        length += m.start() - cursor
        kind, text = m.group("kind"), m.group("text")
        if kind not in KINDS:
            raise ValueError(f"{source}: unknown kind {kind!r}")
        gold.append((length, length + len(text), kind))
        parts.append(text)
        length += len(text)
        cursor = m.end()
    parts.append(line[cursor:])
    plain = "".join(parts)
    if "{" in plain or "}" in plain:
        raise ValueError(f"{source}: unbalanced mark in {line!r}")
    return Note(source, plain, tuple(gold))


def load(split: str) -> list[Note]:
    """Every note of one split ('dev' or 'test'), file by file."""
    notes: list[Note] = []
    for path in sorted((HERE / split).glob("*.txt")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip() and not line.startswith("#"):
                notes.append(parse_line(line.rstrip(), f"{path.name}:{number}"))
    return notes


@dataclass
class Scores:
    """Counts behind the figures; `misses` and `false_alarms` help tuning (dev only)."""

    gold: dict[str, int] = field(default_factory=dict)
    flagged: dict[str, int] = field(default_factory=dict)
    covered: dict[str, int] = field(default_factory=dict)
    findings: int = 0
    true_findings: int = 0
    clean_notes: int = 0
    clean_flagged: int = 0
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        total = sum(self.gold.values())
        return {
            "recall_flagged": sum(self.flagged.values()) / max(total, 1),
            "recall_covered": sum(self.covered.values()) / max(total, 1),
            "precision": self.true_findings / max(self.findings, 1),
            "clean_flagged": self.clean_flagged / max(self.clean_notes, 1),
            "identifiers": total,
            "clean_notes": self.clean_notes,
        }


def score(notes: Sequence[Note], scan: Callable[[str], Sequence[Any]]) -> Scores:
    """Recall (flagged: any overlap; covered: every non-space character inside a finding),
    precision (findings overlapping a gold span) and the share of clean notes flagged."""
    out = Scores()
    for note in notes:
        spans = [(f.start, f.end, f.kind) for f in scan(note.text)]
        _score_note(note, spans, out)
    return out


def _score_note(note: Note, spans: list[tuple[int, int, str]], out: Scores) -> None:
    text = note.text
    if not note.gold:
        out.clean_notes += 1
        out.clean_flagged += bool(spans)
    for start, end, kind in note.gold:
        hits = [(s, e) for s, e, _k in spans if s < end and start < e]
        inside = {i for s, e in hits for i in range(s, e)}
        whole = all(i in inside for i in range(start, end) if not text[i].isspace())
        out.gold[kind] = out.gold.get(kind, 0) + 1
        out.flagged[kind] = out.flagged.get(kind, 0) + bool(hits)
        out.covered[kind] = out.covered.get(kind, 0) + (bool(hits) and whole)
        if not (hits and whole):
            out.misses.append(f"{note.source} {kind} {text[start:end]!r}: {text}")
    for s, e, k in spans:
        out.findings += 1
        if any(s < end and start < e for start, end, _k in note.gold):
            out.true_findings += 1
        else:
            out.false_alarms.append(f"{note.source} {k} {text[s:e]!r}: {text}")
