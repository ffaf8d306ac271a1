"""De-identified reports protected by the cell-key method: counting, formats and merging."""

from peerdesk.core.reports.accuracy import accuracy_sentence
from peerdesk.core.reports.build import build_report, new_source_id
from peerdesk.core.reports.export import register_renderer, render, to_csv_text, to_json_text
from peerdesk.core.reports.merge import load_reports, merge_reports
from peerdesk.core.reports.model import SCHEMA_VERSION, Report, Source, Table, Training
from peerdesk.core.reports.schema import from_dict, to_dict

__all__ = [
    "SCHEMA_VERSION",
    "Report",
    "Source",
    "Table",
    "Training",
    "accuracy_sentence",
    "build_report",
    "from_dict",
    "load_reports",
    "merge_reports",
    "new_source_id",
    "register_renderer",
    "render",
    "to_csv_text",
    "to_dict",
    "to_json_text",
]
