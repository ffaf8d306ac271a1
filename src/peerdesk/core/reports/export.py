"""Writing a report to a file: CSV and JSON here; PDF through a renderer the desktop part adds."""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from peerdesk.core.errors import InvalidInput
from peerdesk.core.messages import say
from peerdesk.core.reports.model import Report
from peerdesk.core.reports.schema import csv_rows, to_dict

Renderer = Callable[[Report, Path], None]
# The PDF writer needs Qt, which core must not import: the program's entry point registers it.
_RENDERERS: dict[str, Renderer] = {}


def register_renderer(fmt: str, renderer: Renderer) -> None:
    _RENDERERS[fmt] = renderer


def to_json_text(report: Report) -> str:
    return json.dumps(to_dict(report), indent=2, ensure_ascii=False) + "\n"


def to_csv_text(report: Report) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(("table", "category", "value"))
    writer.writerows(csv_rows(report))
    return buffer.getvalue()


def write_text(path: Path, text: str) -> None:
    """Replace `path` in one step, so a failed write never leaves half a report behind."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".peerdesk-report-", dir=path.parent or Path("."))
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def format_for(path: Path, fmt: str | None = None) -> str:
    """The format asked for, or the one the file name ends with."""
    chosen = (fmt or Path(path).suffix.lstrip(".")).lower()
    if chosen not in ("csv", "json", "pdf"):
        raise InvalidInput(
            say("must be csv, json or pdf (or end the file name so)"), field="format"
        )
    return chosen


def render(report: Report, fmt: str, path: Path) -> None:
    """Write `report` to `path` as csv, json or pdf."""
    fmt = format_for(path, fmt)
    if fmt == "json":
        write_text(path, to_json_text(report))
    elif fmt == "csv":
        write_text(path, to_csv_text(report))
    else:
        _pdf_renderer()(report, Path(path))


def _pdf_renderer() -> Renderer:
    if "pdf" not in _RENDERERS:
        raise InvalidInput(
            say(
                "PDF needs the desktop components (PySide6), which are not available here. "
                "Choose csv or json instead.",
            ),
            field="format",
        )
    return _RENDERERS["pdf"]
