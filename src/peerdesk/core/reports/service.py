"""ReportService: gathers a report's inputs through the contact and training services."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from peerdesk.core.reports.build import build_report
from peerdesk.core.reports.model import Report, Training

if TYPE_CHECKING:
    from peerdesk.core.contacts.model import Contact
    from peerdesk.core.contacts.service import ContactService


@dataclass(frozen=True)
class ReportInputs:
    """Everything a report is counted from: plain data, safe to count on a worker thread."""

    start: date
    end: date
    contacts: Sequence[Contact]
    keys: Mapping[int, int]
    source_id: str
    training: Training | None

    def build(self, k: int = 5, grain: str = "") -> Report:
        report = build_report(
            self.contacts,
            self.start,
            self.end,
            keys=self.keys,
            source_id=self.source_id,
            k=k,
            training=self.training,
        )
        return replace(report, grain=grain) if grain else report


class ReportService:
    """Reads the vault through other features' services; never their tables.

    Training hours are the *credited* figure (`TrainingService.done_between`): a module's estimate
    once it is complete, plus logged external training hours.
    """

    def __init__(
        self,
        contacts: ContactService,
        training_done: Callable[[date, date], tuple[float, int]],
    ) -> None:
        self._contacts = contacts
        self._training_done = training_done

    def gather(self, start: date, end: date, *, include_training: bool = False) -> ReportInputs:
        """Read the inputs (on the thread that owns the vault's connection)."""
        contacts, keys = self._contacts.for_report(start, end)
        training = None
        if include_training:
            hours, modules = self._training_done(start, end)
            training = Training(hours=hours, modules_completed=modules)
        source = self._contacts.report_source_id()
        return ReportInputs(start, end, contacts, keys, source, training)

    def build(
        self, start: date, end: date, *, k: int = 5, grain: str = "", include_training: bool = False
    ) -> Report:
        return self.gather(start, end, include_training=include_training).build(k, grain)
