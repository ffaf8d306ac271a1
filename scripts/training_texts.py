"""Export a training module's texts for translation and merge the translation back in."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# Fields people read; `sources` keep the publications' own titles and are skipped.
TEXT_KEYS = {
    "title", "summary", "body", "prompt", "text", "explanation", "setting", "speaker",
    "feedback", "skill", "instructions",
}  # fmt: skip


def text_slots(node: Any) -> Iterator[tuple[dict[str, Any], str]]:
    """Every (object, key) holding a text people read, in file order."""
    if isinstance(node, list):
        for item in node:
            yield from text_slots(item)
    elif isinstance(node, dict):
        for key, value in node.items():
            if key == "sources":
                continue
            if key in TEXT_KEYS and isinstance(value, (str, dict)):
                yield node, key
            else:
                yield from text_slots(value)


def english(value: str | dict[str, str]) -> str:
    return value if isinstance(value, str) else value["en"]


def unique_texts(data: Any) -> list[str]:
    """Each distinct English text once (role-plays repeat replies on parallel branches)."""
    seen: dict[str, None] = {}
    for obj, key in text_slots(data):
        seen.setdefault(english(obj[key]), None)
    return list(seen)


def export(path: Path) -> None:
    data = json.loads(path.read_text("utf-8"))
    numbered = {str(i): text for i, text in enumerate(unique_texts(data), 1)}
    json.dump(numbered, sys.stdout, ensure_ascii=False, indent=1)
    print()


def merge(path: Path, translation: Path, language: str) -> None:
    """Turn each text into {"en": ..., language: ...}; numbers follow `export`."""
    data = json.loads(path.read_text("utf-8"))
    numbered = json.loads(translation.read_text("utf-8"))
    texts = unique_texts(data)
    missing = [str(i) for i in range(1, len(texts) + 1) if not numbered.get(str(i))]
    if missing:
        sys.exit(f"{translation}: no text for {', '.join(missing)}")
    by_english = {text: numbered[str(i)] for i, text in enumerate(texts, 1)}
    for obj, key in text_slots(data):
        source = english(obj[key])
        obj[key] = {"en": source, language: by_english[source]}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", "utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("action", choices=("export", "merge"))
    parser.add_argument("module", type=Path)
    parser.add_argument("translation", type=Path, nargs="?")
    parser.add_argument("--language", default="fr")
    args = parser.parse_args()
    if args.action == "export":
        export(args.module)
    elif args.translation is None:
        sys.exit("merge needs the translation file (numbered texts, as export prints them)")
    else:
        merge(args.module, args.translation, args.language)


if __name__ == "__main__":
    main()
