"""De-identified aggregate reports: counting, small-cell suppression, formats and merging."""

from peerdesk.core.reports.build import build_report
from peerdesk.core.reports.export import register_renderer, render, to_csv_text, to_json_text
from peerdesk.core.reports.figures import Figure, Table
from peerdesk.core.reports.merge import load_reports, merge_reports
from peerdesk.core.reports.model import SCHEMA_VERSION, Report, Training
from peerdesk.core.reports.schema import from_dict, to_dict

__all__ = [
    "SCHEMA_VERSION",
    "Figure",
    "Report",
    "Table",
    "Training",
    "build_report",
    "from_dict",
    "load_reports",
    "merge_reports",
    "register_renderer",
    "render",
    "to_csv_text",
    "to_dict",
    "to_json_text",
]
