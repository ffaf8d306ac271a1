"""The preview and validation report of an import: counts, first rows, row-level issues."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from peerdesk.core.errors import InvalidInput
from peerdesk.core.messages import say, say_n
from peerdesk.core.resources.entity import Resource

# progress(done, total, what): called while reading large files; total may be 0 if unknown.
Progress = Callable[[int, int, str], None]
PREVIEW_ROWS = 5
MAX_LISTED = 50  # a report listing thousands of lines helps nobody; the count says the rest


@dataclass(frozen=True)
class Issue:
    file: str
    row: int | None  # 1-based; CSV row 1 is the header, so data starts at row 2
    column: str | None
    message: str

    def __str__(self) -> str:
        if self.row is not None and self.column:
            where = say("{file}, row {row}, column {column}", file=self.file, row=self.row,
                        column=self.column)  # fmt: skip
        elif self.row is not None:
            where = say("{file}, row {row}", file=self.file, row=self.row)
        elif self.column:
            where = say("{file}, column {column}", file=self.file, column=self.column)
        else:
            where = self.file
        return say("{where}: {message}", where=where, message=self.message)


@dataclass
class ImportReport:
    source: str
    kind: str = ""  # "hsds-tabular 3.x", "hsds-json", "peerdesk-csv", …
    resources: list[Resource] = field(default_factory=list)
    errors: list[Issue] = field(default_factory=list)  # package-level: nothing is imported
    skipped: list[Issue] = field(default_factory=list)  # row-level: that row is left out
    warnings: list[Issue] = field(default_factory=list)  # field-level: the rest of the row is kept
    table_rows: dict[str, int] = field(default_factory=dict)
    new: int = 0
    updated: int = 0
    hide_requests: list[str] = field(default_factory=list)  # ids marked hidden or inactive
    hidden: list[str] = field(default_factory=list)  # of those, built-in entries to hide

    @property
    def ok(self) -> bool:
        return not self.errors and bool(self.resources or self.hidden)

    def error(self, file: str, row: int | None, column: str | None, message: str) -> None:
        self.errors.append(Issue(file, row, column, message))

    def skip(self, file: str, row: int | None, column: str | None, message: str) -> None:
        self.skipped.append(Issue(file, row, column, message))

    def warn(self, file: str, row: int | None, column: str | None, message: str) -> None:
        issue = Issue(file, row, column, message)
        if issue not in self.warnings[-20:]:  # one org phone shared by services: say it once
            self.warnings.append(issue)

    def preview(self) -> list[dict[str, Any]]:
        return [
            {"id": r.id, "name": r.name, "country": r.country or "", "phones": len(r.phones)}
            for r in self.resources[:PREVIEW_ROWS]
        ]

    def summary_lines(self) -> list[str]:
        """Plain lines for a terminal or a dialog; no free text from the file beyond names."""
        kind = self.kind or say("unknown format")
        lines = [say("Source: {source} ({kind})", source=self.source, kind=kind)]
        lines += [
            "  " + say_n("{table}: {n} row", "{table}: {n} rows", count, table=table)
            for table, count in sorted(self.table_rows.items())
        ]
        lines.append(say("Services ready to import: {count}", count=len(self.resources)))
        if self.hidden:
            hidden = ", ".join(self.hidden)
            lines.append(say("Built-in entries your organisation hides: {ids}", ids=hidden))
        groups = (
            (say("Problems with the whole file (nothing imported)"), self.errors),
            (say("Rows skipped"), self.skipped),
            (say("Warnings (the rest of the row imported)"), self.warnings),
        )
        for label, issues in groups:
            if issues:
                lines.append(say("{label}: {count}", label=label, count=len(issues)))
                lines += [f"  {issue}" for issue in issues[:MAX_LISTED]]
                if len(issues) > MAX_LISTED:
                    lines.append("  " + say("… and {count} more", count=len(issues) - MAX_LISTED))
        return lines

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "kind": self.kind,
            "tables": dict(self.table_rows),
            "services": len(self.resources),
            "preview": self.preview(),
            "errors": [issue.__dict__ for issue in self.errors],
            "skipped": [issue.__dict__ for issue in self.skipped],
            "warnings": [issue.__dict__ for issue in self.warnings],
            "new": self.new,
            "updated": self.updated,
            "hidden": list(self.hidden),
        }


class ImportRejected(InvalidInput):
    """The file had errors, so nothing was imported; `report` lists them row by row."""

    def __init__(self, report: ImportReport) -> None:
        first = str(report.errors[0]) if report.errors else say("no services found")
        more = len(report.errors) - 1
        if more > 0:
            first = say_n(
                "{first} (and {n} more problem)", "{first} (and {n} more problems)", more,
                first=first,
            )  # fmt: skip
        super().__init__(say("Nothing was imported. {first}", first=first))
        self.report = report
