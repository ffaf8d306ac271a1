"""The training transcript PDF: completed modules and hours — no contact log, no reflections."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from peerdesk.core.training.progress import ExternalTraining, ModuleStatus
from peerdesk.ui.shared import words
from peerdesk.ui.shared.i18n import translate
from peerdesk.ui.shared.locale_format import format_date
from peerdesk.ui.shared.pdf import Block, Heading, Paragraph, Table, write_pdf
from peerdesk.ui.training.common import fill
from peerdesk.ui.training.log_model import headers as log_headers
from peerdesk.ui.training.log_model import hours_text


def note() -> str:
    return translate(
        "TrainingTranscript",
        "Modules count with their estimated time (their text read at 200 words a minute, plus "
        "time to think and to write reflections) once every lesson is opened, the knowledge check "
        "is passed and a role-play reaches a fair or good ending. Time actually spent in modules "
        "is shown separately. This transcript holds no notes, no reflection answers and nothing "
        "from the contact log.",
    )


@dataclass(frozen=True)
class TranscriptData:
    """Everything the PDF may show, gathered on the GUI thread before writing in the background."""

    modules: Sequence[ModuleStatus]  # completed modules only
    external: Sequence[ExternalTraining]
    hours: dict[str, float]
    today: date


def gather(service: Any, today: date | None = None) -> TranscriptData:
    modules = [s for s in service.modules() if s.completed_on]
    return TranscriptData(
        modules,
        service.external_trainings(),
        service.hours(),
        today or date.today(),
    )


def transcript_blocks(data: TranscriptData) -> list[Block]:
    prepared = fill(translate("TrainingTranscript", "Prepared on %1."), format_date(data.today))
    blocks: list[Block] = [Paragraph(prepared), Paragraph(note())]
    blocks.append(Heading(words.modules_completed()))
    if data.modules:
        rows = [
            [
                s.title,
                format_date(s.completed_on) if s.completed_on else "",
                hours_text(round(s.estimated_minutes / 60, 2)),
            ]
            for s in data.modules
        ]
        columns = [
            words.module(),
            words.completed_on(),
            words.hours_of_training(),
        ]
        blocks.append(Table(columns, rows))
    else:
        blocks.append(Paragraph(translate("TrainingTranscript", "No module completed yet.")))
    blocks.append(Heading(words.external_trainings()))
    if data.external:
        rows = [
            [t.course, t.provider, format_date(t.date), hours_text(t.hours)] for t in data.external
        ]
        blocks.append(Table(list(log_headers()), rows))
    else:
        blocks.append(Paragraph(translate("TrainingTranscript", "No external training recorded.")))
    hours = words.hours_of_training()
    blocks.append(Heading(hours))
    totals = [
        [translate("TrainingTranscript", "PeerDesk modules"), hours_text(data.hours["modules"])],
        [words.external_trainings(), hours_text(data.hours["external"])],
        [translate("TrainingTranscript", "Total credited"), hours_text(data.hours["total"])],
        [
            translate("TrainingTranscript", "Time actually spent in modules"),
            hours_text(data.hours.get("spent", 0.0)),
        ],
    ]
    blocks.append(Table(["", hours], totals))
    return blocks


def write_transcript(path: Path, data: TranscriptData) -> int:
    """Write the transcript as an A4 PDF; returns the page count (safe on a worker thread)."""
    return write_pdf(
        path, translate("TrainingTranscript", "Training transcript"), transcript_blocks(data)
    )
