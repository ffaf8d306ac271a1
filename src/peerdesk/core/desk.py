"""Desk: the one typed facade the window and the command line call while a vault is unlocked."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the services are imported by whoever builds a Desk; this module stays light
    from peerdesk.core.contacts.service import ContactService
    from peerdesk.core.drafts import DraftsService
    from peerdesk.core.reports.service import ReportService
    from peerdesk.core.resources.notes import ResourceNotesService
    from peerdesk.core.selfcare.service import SelfCareService
    from peerdesk.core.settings import SettingsService
    from peerdesk.core.training.service import TrainingService

Listener = Callable[[str], None]


class Events:
    """Change notices: services call `notify(topic)` after every change; views subscribe.

    It exists before the services so each one can be handed `notify` when it is built.
    """

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def notify(self, topic: str) -> None:
        for listener in list(self._listeners):
            listener(topic)


@dataclass(eq=False)  # one desk per unlock: compared and hashed by identity
class Desk:
    """Groups the feature services (as Anki's Collection groups decks, notes, …).

    Built in one place, `peerdesk.storage.assembly.open_desk`, from an unlocked vault. A service
    that needs another feature's data is handed that service (or a bound method of it).
    """

    contacts: ContactService
    selfcare: SelfCareService
    training: TrainingService
    resource_notes: ResourceNotesService
    settings: SettingsService
    drafts: DraftsService  # what editors hold but has not been saved, and the page in view
    reports: ReportService
    events: Events = field(default_factory=Events)

    def subscribe(self, listener: Listener) -> None:
        self.events.subscribe(listener)

    def notify(self, topic: str) -> None:
        self.events.notify(topic)
