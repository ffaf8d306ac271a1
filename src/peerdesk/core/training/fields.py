"""Typed field readers for module JSON that collect every problem with its file and field path."""

from __future__ import annotations

import re
from typing import Any

from peerdesk.core import language as lang
from peerdesk.core.training.model import LoadProblem

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
MAX_TEXT = 20_000  # a lesson body of ~350 words is ~2,500 characters; this leaves room


class FieldReader:
    """Reads values from parsed JSON; a wrong value is recorded and a safe default returned."""

    def __init__(self, source: str, language: str = lang.ENGLISH) -> None:
        self.source = source
        self.language = language
        self.problems: list[LoadProblem] = []
        # Texts for people, by field path: {"en": ..., "fr": ...} (a plain text is English).
        self.texts: dict[str, dict[str, str]] = {}

    def problem(self, path: str, message: str) -> None:
        self.problems.append(LoadProblem(self.source, path, message))

    def obj(self, data: Any, path: str) -> dict[str, Any]:
        if not isinstance(data, dict):
            self.problem(path, f"must be an object, not {_kind(data)}")
            return {}
        return data

    def text(self, data: dict[str, Any], key: str, path: str, *, required: bool = True) -> str:
        where = _join(path, key)
        value = data.get(key)
        if value is None:
            if required:
                self.problem(where, "is missing")
            return ""
        if not isinstance(value, str):
            self.problem(where, f"must be text, not {_kind(value)}")
            return ""
        if required and not value.strip():
            self.problem(where, "must not be empty")
        elif len(value) > MAX_TEXT:
            self.problem(where, f"is longer than {MAX_TEXT} characters")
        return value

    def words(self, data: dict[str, Any], key: str, path: str, *, required: bool = True) -> str:
        """A text people read: plain (English) or one per language, {"en": "…", "fr": "…"}.

        The reader's language is picked, falling back to English when it has no text there.
        """
        value = data.get(key)
        if not isinstance(value, dict):
            text = self.text(data, key, path, required=required)
            if text:
                self.texts[_join(path, key)] = {lang.ENGLISH: text}
            return text
        where = _join(path, key)
        texts = {}
        for code in value:
            if code not in lang.SUPPORTED:
                known = " or ".join(f"'{c}'" for c in lang.SUPPORTED)
                self.problem(f"{where}.{code}", f"is not a language PeerDesk ships: use {known}")
                continue
            texts[code] = self.text(value, code, where)
        if lang.ENGLISH not in value:
            self.problem(where, "needs an English text ('en') to fall back on")
        self.texts[where] = texts
        return lang.pick(texts, self.language) or texts.get(lang.ENGLISH, "")

    def ident(self, data: dict[str, Any], key: str, path: str) -> str:
        value = self.text(data, key, path)
        if value and not ID_PATTERN.match(value):
            self.problem(_join(path, key), "must be lower-case letters, digits, '-' or '_'")
        return value

    def integer(self, data: dict[str, Any], key: str, path: str, low: int, high: int) -> int:
        where = _join(path, key)
        value = data.get(key)
        if value is None:
            self.problem(where, "is missing")
            return low
        if isinstance(value, bool) or not isinstance(value, int):
            self.problem(where, f"must be a whole number, not {_kind(value)}")
            return low
        if not low <= value <= high:
            self.problem(where, f"must be between {low} and {high}, not {value}")
        return value

    def flag(self, data: dict[str, Any], key: str, path: str) -> bool:
        value = data.get(key)
        if not isinstance(value, bool):
            self.problem(_join(path, key), "must be true or false")
            return False
        return value

    def items(
        self, data: dict[str, Any], key: str, path: str, low: int, high: int = 500
    ) -> list[Any]:
        where = _join(path, key)
        value = data.get(key)
        if value is None and low == 0:
            return []
        if not isinstance(value, list):
            self.problem(where, "is missing" if value is None else "must be a list")
            return []
        if not low <= len(value) <= high:
            self.problem(where, f"must hold between {low} and {high} entries, not {len(value)}")
        return value

    def unique(self, ids: list[str], path: str) -> None:
        seen: set[str] = set()
        for index, value in enumerate(ids):
            if value and value in seen:
                self.problem(f"{path}[{index}].id", f"'{value}' is used twice")
            seen.add(value)


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _kind(value: Any) -> str:
    names = {dict: "an object", list: "a list", str: "text", bool: "true/false", type(None): "null"}
    return names.get(type(value), "a number")
