"""Builds the Desk from an unlocked vault: the one place where repositories meet services."""

from __future__ import annotations

from typing import TYPE_CHECKING

from peerdesk.core.contacts.service import ContactService
from peerdesk.core.desk import Desk, Events
from peerdesk.core.drafts import DraftsService
from peerdesk.core.errors import PeerDeskError
from peerdesk.core.reports.service import ReportService
from peerdesk.core.resources.notes import ResourceNotesService
from peerdesk.core.selfcare.service import SelfCareService
from peerdesk.core.training.service import TrainingService
from peerdesk.storage.repos.contacts import SqliteContactRepo
from peerdesk.storage.repos.drafts import DraftsRepository
from peerdesk.storage.repos.resource_notes import ResourceNotesRepository
from peerdesk.storage.repos.selfcare import ORG_INSTRUMENTS_FOLDER, SqliteSelfCareRepo
from peerdesk.storage.repos.settings import make_service as settings_service
from peerdesk.storage.repos.training import TrainingRepository, build_catalogue

if TYPE_CHECKING:
    from pathlib import Path

    from peerdesk.storage.vault import Vault


def open_desk(vault: Vault) -> Desk:
    """Every feature service over the vault's database, wired to one another explicitly."""
    db, events = vault.db, Events()
    contacts = ContactService(SqliteContactRepo(db), events.notify)
    training = TrainingService(TrainingRepository(db), events.notify, build_catalogue())
    selfcare = SelfCareService(
        SqliteSelfCareRepo(db),
        events.notify,
        contacts.load_between,  # support load beside the trends
        instrument_dirs=_org_instruments(),
        training_provider=training.completed_modules,  # milestones
        help_provider=_help_lines,
    )
    return Desk(
        contacts=contacts,
        selfcare=selfcare,
        training=training,
        resource_notes=ResourceNotesService(ResourceNotesRepository(db), events.notify),
        settings=settings_service(db, events.notify),
        drafts=DraftsService(DraftsRepository(db), events.notify),
        reports=ReportService(contacts, training.done_between),
        events=events,
    )


def _org_instruments() -> list[Path]:
    """An organisation's own questionnaire definitions, if it put any on this computer."""
    from peerdesk import paths

    folder = paths.data_dir() / ORG_INSTRUMENTS_FOLDER
    return [folder] if folder.is_dir() else []


def _help_lines() -> list[str]:
    """Crisis lines for the user's country, shown with a nudge (none: calm generic wording)."""
    from peerdesk.storage.directory import crisis_lines, system_country

    try:
        return crisis_lines(system_country())
    except (PeerDeskError, OSError):
        return []  # a missing or broken directory must never stop a nudge from showing
