"""Unsaved editor text kept in the vault as it is typed, so lock, Esc or quit never lose a word."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol

from peerdesk.core.errors import InvalidInput
from peerdesk.core.messages import say

TOPIC = "drafts"
PAGE_KEY = "shell:page"  # the page that was open when the vault was locked
SHELL_PREFIX = "shell:"  # where the user was (page, last folder): kept, but not editor drafts
MAX_DRAFT_CHARS = 200_000  # far beyond any note; stops a runaway paste bloating the vault

DraftValue = str | int | bool | None | list[str]


@dataclass(frozen=True)
class Draft:
    key: str  # "<editor>:<item>", e.g. "contact:new", "plan:current"
    fields: dict[str, DraftValue]
    updated_at: str


class DraftsRepo(Protocol):
    def get(self, key: str) -> Draft | None: ...
    def put(self, draft: Draft) -> None: ...
    def delete(self, key: str) -> None: ...
    def all_keys(self) -> list[str]: ...


class DraftsService:
    """One draft per editor item; an unchanged draft is not rewritten (no needless save)."""

    def __init__(self, repo: DraftsRepo, notify: Callable[[str], None]) -> None:
        self._repo = repo
        self._notify = notify

    def get(self, key: str) -> Draft | None:
        return self._repo.get(key)

    def fields(self, key: str) -> dict[str, DraftValue] | None:
        draft = self._repo.get(key)
        return dict(draft.fields) if draft else None

    def keep(self, key: str, fields: Mapping[str, DraftValue]) -> bool:
        """Store the editor's state; returns True when something changed."""
        if not key.strip():
            raise InvalidInput(say("is required"), field="key")
        clean = dict(fields)
        if len(json.dumps(clean, ensure_ascii=False)) > MAX_DRAFT_CHARS:
            raise InvalidInput(say("is too long to keep as a draft"), field="draft")
        current = self._repo.get(key)
        if current is not None and current.fields == clean:
            return False
        self._repo.put(Draft(key, clean, datetime.now(UTC).isoformat(timespec="seconds")))
        self._notify(TOPIC)
        return True

    def discard(self, key: str) -> None:
        if self._repo.get(key) is not None:
            self._repo.delete(key)
            self._notify(TOPIC)

    def keys(self, prefix: str = "") -> list[str]:
        found = (k for k in self._repo.all_keys() if k.startswith(prefix))
        return sorted(k for k in found if not k.startswith(SHELL_PREFIX))

    def remember_page(self, page: str) -> None:
        self.keep(PAGE_KEY, {"page": page})

    def last_page(self) -> str | None:
        fields = self.fields(PAGE_KEY)
        page = fields.get("page") if fields else None
        return page if isinstance(page, str) else None


def encode(fields: Mapping[str, DraftValue]) -> str:
    return json.dumps(dict(fields), ensure_ascii=False, sort_keys=True)


def decode(text: str) -> dict[str, DraftValue]:
    """Read stored fields; anything that is not a flat JSON object reads as empty."""
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    if not isinstance(value, dict):
        return {}
    return {str(k): v for k, v in value.items() if _is_value(v)}


def _is_value(value: object) -> bool:
    if isinstance(value, list):
        return all(isinstance(item, str) for item in value)
    return value is None or isinstance(value, str | int | bool)
