"""The supporter's favourites and private notes about directory entries (kept in the vault)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol

from peerdesk.core.errors import InvalidInput
from peerdesk.core.messages import say

NOTE_LIMIT = 4000
TOPIC = "resource_notes"


@dataclass(frozen=True)
class ResourceNote:
    resource_id: str
    favourite: bool
    note: str
    updated_at: str


class ResourceNotesRepo(Protocol):
    def get(self, resource_id: str) -> ResourceNote | None: ...
    def put(self, note: ResourceNote) -> None: ...
    def delete(self, resource_id: str) -> None: ...
    def all(self) -> list[ResourceNote]: ...


class ResourceNotesService:
    """Favourites and notes; an entry with neither is removed rather than kept empty."""

    def __init__(self, repo: ResourceNotesRepo, notify: Callable[[str], None]) -> None:
        self._repo = repo
        self._notify = notify

    def get(self, resource_id: str) -> ResourceNote | None:
        return self._repo.get(resource_id)

    def set_favourite(self, resource_id: str, favourite: bool) -> None:
        current = self._repo.get(resource_id)
        self._store(resource_id, favourite, current.note if current else "")

    def set_note(self, resource_id: str, note: str) -> None:
        text = note.strip()
        if len(text) > NOTE_LIMIT:
            raise InvalidInput(
                say("is longer than {most} characters", most=NOTE_LIMIT), field="note"
            )
        current = self._repo.get(resource_id)
        self._store(resource_id, bool(current and current.favourite), text)

    def favourites(self) -> list[str]:
        return sorted(n.resource_id for n in self._repo.all() if n.favourite)

    def _store(self, resource_id: str, favourite: bool, note: str) -> None:
        if not resource_id.strip():
            raise InvalidInput(say("is required"), field="resource_id")
        if not favourite and not note:
            self._repo.delete(resource_id)
        else:
            stamp = datetime.now(UTC).isoformat(timespec="seconds")
            self._repo.put(ResourceNote(resource_id, favourite, note, stamp))
        self._notify(TOPIC)
