"""The de-identification guard: each kind of identifier, placeholders, and the corpus floors."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from peerdesk.core import deid
from peerdesk.core.errors import InvalidInput

CORPUS = json.loads((Path(__file__).parent / "deid_corpus.json").read_text(encoding="utf-8"))


def _overlaps(finding: deid.Finding, start: int, end: int) -> bool:
    return finding.start < end and start < finding.end


def corpus_scores() -> dict[str, float]:
    """Span-level precision and recall over the whole corpus, plus kind agreement."""
    tp = fn = fp = kind_ok = 0
    for entry in CORPUS["positives"]:
        text = entry["text"]
        findings = deid.scan(text)
        expected = []
        for ident in entry["identifiers"]:
            start = text.index(ident["text"])
            expected.append((start, start + len(ident["text"]), ident["kind"]))
        for start, end, kind in expected:
            hits = [f for f in findings if _overlaps(f, start, end)]
            tp, fn = (tp + 1, fn) if hits else (tp, fn + 1)
            kind_ok += any(f.kind == kind for f in hits)
        fp += sum(not any(_overlaps(f, s, e) for s, e, _k in expected) for f in findings)
    fp += sum(len(deid.scan(text)) for text in CORPUS["negatives"])
    return {
        "precision": tp / (tp + fp),
        "recall": tp / (tp + fn),
        "kind_agreement": kind_ok / max(tp, 1),
    }


def test_corpus_is_large_enough():
    assert len(CORPUS["positives"]) >= 60
    assert len(CORPUS["negatives"]) >= 60


def test_corpus_precision_and_recall_floors():
    scores = corpus_scores()
    print(f"deid corpus: {scores}")
    assert scores["precision"] >= 0.95
    assert scores["recall"] >= 0.95
    assert scores["kind_agreement"] >= 0.95


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        ("Spoke with Sarah Johnson today.", "name", "Sarah Johnson"),
        ("Reach me at a.b@example.org please.", "email", "a.b@example.org"),
        ("His number is 07911 123456.", "phone", "07911 123456"),
        ("She lives at 12 Elm Tree Road.", "address", "12 Elm Tree Road"),
        ("Date of birth 03/09/1964.", "date", "03/09/1964"),
        ("Badge EMP-20417 was left behind.", "id", "EMP-20417"),
    ],
)
def test_each_kind(text, kind, found):
    findings = deid.scan(text)
    assert [(f.kind, f.text) for f in findings] == [(kind, found)]
    assert findings[0].replacement == deid.PLACEHOLDERS[kind]
    assert text[findings[0].start : findings[0].end] == found


def test_redact_replaces_with_placeholders_and_is_stable():
    text = "Sarah rang from 07911 123456 about the rota."
    redacted = deid.redact(text, deid.scan(text))
    assert redacted == "[NAME] rang from [PHONE] about the rota."
    assert deid.scan(redacted) == []  # the app's own placeholders are never flagged


def test_placeholders_and_plain_notes_are_not_flagged():
    text = "[NAME] said [EMAIL] and [PHONE] were fine. [ADDRESS] [DATE] [ID]. Will call Monday."
    assert deid.scan(text) == []


def test_findings_do_not_overlap():
    text = "Mail s.jones@example.com or ring 0161 496 0752; Mr Jones lives at 4 Mill Lane."
    findings = deid.scan(text)
    assert [f.kind for f in findings] == ["email", "phone", "name", "address"]
    for left, right in itertools.pairwise(findings):
        assert left.end <= right.start


def test_name_list_validation_names_file_and_field():
    with pytest.raises(InvalidInput) as err:
        deid.parse_name_lists('{"version": 1, "given_names": ["ann"], "surnames": []}', "x.json")
    assert err.value.field == "surnames" and "x.json" in err.value.message
    with pytest.raises(InvalidInput) as err:
        deid.parse_name_lists('{"version": 1, "given_names": ["Ann!"], "surnames": ["b"], '
                              '"ambiguous": ["c"]}', "x.json")  # fmt: skip
    assert err.value.field == "given_names"
    with pytest.raises(InvalidInput):
        deid.parse_name_lists("not json", "x.json")


def test_shipped_lists_load():
    lists = deid.name_lists()
    assert "sarah" in lists.given and "smith" in lists.surnames and "will" in lists.ambiguous
