"""Update the French catalogue from the window's source, build the .qm, and check completeness.

    python3 scripts/translations.py update    # pyside6-lupdate over src/peerdesk/ui -> .ts
    python3 scripts/translations.py release   # pyside6-lrelease .ts -> .qm (committed)
    python3 scripts/translations.py check     # exit 1 listing unfinished or stale entries

The .qm is committed next to the .ts: the wheel and the PyInstaller bundle copy resources/ as
it is, so neither build needs Qt's tools, and tests/ui/test_i18n.py fails if the two disagree.
Locations are left out of the .ts so that moving code does not touch the catalogue.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "src" / "peerdesk" / "ui"
FOLDER = ROOT / "resources" / "translations"
# English needs a catalogue only for its plural forms ("%n hour(s)" -> "1 hour", "2 hours").
LOCALES = ("fr_CA", "en")
PLURALS_ONLY = {"en"}
PLURAL_FORMS = 2  # French, like English: one form for 0 and 1, one for the rest


def tool(name: str) -> str:
    """pyside6-<name> on PATH, else the binary inside the PySide6 package."""
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    import PySide6

    inside = Path(PySide6.__file__).parent / name
    if inside.exists():
        return str(inside)
    sys.exit(f"pyside6-{name} was not found: install PySide6 (it ships Qt's translation tools)")


def ts_path(locale: str) -> Path:
    return FOLDER / f"peerdesk_{locale}.ts"


def qm_path(locale: str) -> Path:
    return FOLDER / f"peerdesk_{locale}.qm"


def update(locale: str) -> None:
    sources = sorted(str(p) for p in SOURCES.rglob("*.py"))
    FOLDER.mkdir(parents=True, exist_ok=True)
    ts = ts_path(locale)
    saved = plural_forms(ts) if ts.exists() else {}
    command = [tool("lupdate"), "-locations", "none", "-no-obsolete", "-target-language", locale]
    subprocess.run([*command, *sources, "-ts", str(ts)], check=True, capture_output=True)
    mark_plurals(ts, saved, plurals_only=locale in PLURALS_ONLY)


Key = tuple[str, str, str]


def _key(context: ET.Element, message: ET.Element) -> Key:
    return (
        context.findtext("name", ""),
        message.findtext("source", ""),
        message.findtext("comment", ""),
    )


def plural_forms(ts: Path) -> dict[Key, list[str]]:
    """The plural translations already written, to carry over an update."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            forms = [f.text or "" for f in message.iter("numerusform")]
            if message.get("numerus") == "yes" and any(forms):
                found[_key(context, message)] = forms
    return found


def mark_plurals(ts: Path, saved: dict[Key, list[str]], plurals_only: bool = False) -> None:
    """Make every "%n" message a plural one, keeping forms already translated.

    pyside6-lupdate (6.11) marks a plural only when the count is a literal number, so
    `translate(ctx, "%n file(s)", None, count)` would otherwise get a single form.
    """
    tree = ET.parse(ts)
    for context in list(tree.getroot().iter("context")):
        for message in list(context.iter("message")):
            plural = "%n" in message.findtext("source", "")
            if plurals_only and not plural:
                context.remove(message)
            if not plural or message.get("numerus") == "yes":
                continue
            message.set("numerus", "yes")
            old = message.find("translation")
            forms = saved.get(_key(context, message))
            node = ET.SubElement(message, "translation")
            if old is not None:
                message.remove(old)
            if not forms:
                node.set("type", "unfinished")
            for text in forms or [""] * PLURAL_FORMS:
                ET.SubElement(node, "numerusform").text = text
    for context in list(tree.getroot().iter("context")):
        if context.find("message") is None:
            tree.getroot().remove(context)
    ET.indent(tree, "    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")


def release(locale: str, target: Path | None = None) -> Path:
    out = target or qm_path(locale)
    command = [tool("lrelease"), "-removeidentical", str(ts_path(locale)), "-qm", str(out)]
    subprocess.run(command, check=True, capture_output=True)
    return out


def unfinished(ts: Path) -> list[str]:
    """Entries a translator still has to do: unfinished, empty, or an empty plural form."""
    problems = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            node = message.find("translation")
            source = message.findtext("source", "")
            kind = "" if node is None else node.get("type", "")
            if kind in ("obsolete", "vanished"):
                continue
            forms = [] if node is None else [f.text or "" for f in node.iter("numerusform")]
            text = "" if node is None else (node.text or "").strip()
            if node is None or kind == "unfinished" or not (text or any(forms)) or "" in forms:
                problems.append(f"{name}: {source!r}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("update", "release", "check"))
    args = parser.parse_args(argv)
    status = 0
    for locale in LOCALES:
        if args.action == "update":
            update(locale)
        elif args.action == "release":
            print(f"wrote {release(locale).relative_to(ROOT)}")
        else:
            for problem in unfinished(ts_path(locale)):
                print(f"{locale}: unfinished: {problem}")
                status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
