"""Load module files into a Catalogue; a broken file is reported and the others still load."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib.abc import Traversable
from pathlib import PurePosixPath
from typing import Any

from peerdesk.core import language as lang
from peerdesk.core.content import resource_path
from peerdesk.core.training.model import LoadProblem, Module
from peerdesk.core.training.validate import parse_module

MAX_FILE_BYTES = 1024 * 1024  # a full module is ~40 KB; anything near this is not a module


@dataclass
class Catalogue:
    """The modules a trainee can take, in display order, plus what could not be loaded."""

    modules: dict[str, Module] = field(default_factory=dict)
    problems: list[LoadProblem] = field(default_factory=list)

    def get(self, module_id: str) -> Module | None:
        return self.modules.get(module_id)

    def add(self, module: Module) -> None:
        existing = self.modules.get(module.id)
        if existing is not None:
            self.problems.append(
                LoadProblem(
                    module.source, "id", f"'{module.id}' is already provided by {existing.source}"
                )
            )
            return
        self.modules[module.id] = module

    def check_prerequisites(self) -> None:
        """Unknown prerequisites are reported; the module stays (it can still be read)."""
        for module in self.modules.values():
            for index, prerequisite in enumerate(module.prerequisites):
                if prerequisite not in self.modules:
                    self.problems.append(
                        LoadProblem(
                            module.source, f"prerequisites[{index}]", f"no module '{prerequisite}'"
                        )
                    )


def parse_bytes(
    raw: bytes, source: str, markdown: Mapping[str, str] | None = None, language: str | None = None
) -> tuple[Module | None, list[LoadProblem]]:
    """Decode, parse and validate one module file; lesson `body_file`s come from `markdown`.

    Texts come in `language` (the current one by default), falling back to English.
    """
    if len(raw) > MAX_FILE_BYTES:
        return None, [LoadProblem(source, "(file)", f"is larger than {MAX_FILE_BYTES} bytes")]
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return None, [LoadProblem(source, "(file)", "is not UTF-8 text")]
    except json.JSONDecodeError as err:
        where = f"line {err.lineno} column {err.colno}"
        return None, [LoadProblem(source, "(file)", f"is not valid JSON ({err.msg} at {where})")]
    problems = _inline_bodies(data, source, markdown or {})
    module, more = parse_module(data, source, language)
    return (None, problems + more) if problems else (module, more)


def _inline_bodies(data: Any, source: str, markdown: Mapping[str, str]) -> list[LoadProblem]:
    """Replace each lesson's `body_file` (a Markdown file next to the JSON) by its text."""
    if not isinstance(data, dict) or not isinstance(data.get("lessons"), list):
        return []
    problems = []
    folder = PurePosixPath(source).parent
    for index, lesson in enumerate(data["lessons"]):
        if not isinstance(lesson, dict) or "body_file" not in lesson:
            continue
        where = f"lessons[{index}].body_file"
        name = lesson.pop("body_file")
        if "body" in lesson:
            problems.append(
                LoadProblem(source, f"lessons[{index}]", "give either body or body_file, not both")
            )
        elif isinstance(name, dict):  # one Markdown file per language: {"en": …, "fr": …}
            texts = {code: _markdown(folder, file, markdown) for code, file in name.items()}
            problems += [
                LoadProblem(
                    source, f"{where}.{code}", f"no Markdown file {name[code]!r} in the pack"
                )
                for code, text in texts.items()
                if text is None
            ]
            lesson["body"] = {code: text for code, text in texts.items() if text is not None}
        elif (text := _markdown(folder, name, markdown)) is None:
            problems.append(LoadProblem(source, where, f"no Markdown file {name!r} in the pack"))
        else:
            lesson["body"] = text
    return problems


def _markdown(folder: PurePosixPath, name: Any, markdown: Mapping[str, str]) -> str | None:
    """The text of a pack's Markdown file named relative to the module, or None."""
    if not isinstance(name, str) or not name.endswith(".md"):
        return None
    return markdown.get(str(folder / name))


def load_folder(
    folder: Traversable, catalogue: Catalogue, label: str = "", language: str | None = None
) -> None:
    """Add every *.json module in a folder (sorted by name: that is the display order)."""
    _add_all(catalogue, _parse_folder(folder, label, language))


def _add_all(catalogue: Catalogue, parsed: list[tuple[Module | None, list[LoadProblem]]]) -> None:
    for module, problems in parsed:
        catalogue.problems.extend(problems)
        if module is not None:
            catalogue.add(module)


def _parse_folder(
    folder: Traversable, label: str, language: str | None
) -> list[tuple[Module | None, list[LoadProblem]]]:
    if not folder.is_dir():
        return []
    parsed = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".json") and entry.is_file():
            source = f"{label}/{entry.name}" if label else entry.name
            parsed.append(parse_bytes(entry.read_bytes(), source, language=language))
    return parsed


_shipped: dict[str, list[tuple[Module | None, list[LoadProblem]]]] = {}
_shipped_lock = threading.Lock()


def _shipped_modules(language: str | None) -> list[tuple[Module | None, list[LoadProblem]]]:
    """The shipped modules parse the same way every time (~0.15 s for 16): once per language
    and process. The lock lets an unlock wait for the parse the prewarm thread began."""
    code = language or lang.current()
    with _shipped_lock:
        if code not in _shipped:
            _shipped[code] = _parse_folder(builtin_folder(), "training", code)
        return _shipped[code]


def builtin_folder() -> Traversable:
    return resource_path("training")


def load_catalogue(
    extra_folders: Iterable[Traversable] = (), language: str | None = None
) -> Catalogue:
    """Shipped modules first, then modules imported by the organisation, in `language`."""
    catalogue = Catalogue()
    _add_all(catalogue, _shipped_modules(language))  # Module is frozen: safe to share
    for folder in extra_folders:
        load_folder(folder, catalogue, folder.name, language)
    catalogue.check_prerequisites()
    return catalogue
