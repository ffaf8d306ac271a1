"""One entry point for every import format: read, validate, and return a report (no writing)."""

from __future__ import annotations

from pathlib import Path

from peerdesk.core.messages import say
from peerdesk.core.resources.hsds import import_json
from peerdesk.core.resources.reading import PackageFiles
from peerdesk.core.resources.report import ImportReport, Progress
from peerdesk.core.resources.tabular import import_tabular
from peerdesk.core.resources.template import import_template


def read_import(
    path: Path | str, *, default_country: str | None = None, progress: Progress | None = None
) -> ImportReport:
    """Validate `path` (folder, .zip, .json, .csv) into a report; bad data never raises.

    `report.ok` says whether the whole file may be imported; callers import all or nothing.
    """
    path = Path(path)
    report = ImportReport(source=path.name)
    if not path.exists():
        report.error(path.name, None, None, say("does not exist ({path})", path=path))
        return report
    suffix = path.suffix.lower()
    if path.is_dir() and not (path / "datapackage.json").exists():
        _import_json_folder(path, report, default_country)
    elif path.is_dir() or suffix == ".zip":
        files = PackageFiles(path, report)
        try:
            if files.usable:
                import_tabular(files, report, default_country, progress)
        finally:
            files.close()
    elif suffix in (".json", ".csv"):
        try:
            data = path.read_bytes()
        except OSError as err:
            report.error(path.name, None, None, say("could not be read ({err})", err=err))
            return report
        if suffix == ".json":
            import_json(data, path.name, report, default_country)
        else:
            import_template(data, path.name, report, default_country, progress)
    else:
        report.error(path.name, None, None, say("is not a folder, .zip, .json or .csv file"))
    if not report.errors and not report.resources and not report.hide_requests:
        report.error(path.name, None, None, _nothing_found(report))
    if progress:
        progress(1, 1, "Done")
    return report


def _import_json_folder(folder: Path, report: ImportReport, default_country: str | None) -> None:
    """A folder of HSDS 3.0 service JSON files (one service, or a list, per file)."""
    names = sorted(p for p in folder.iterdir() if p.suffix.lower() == ".json" and p.is_file())
    if not names:
        why = say("holds neither a datapackage.json nor any .json service files")
        report.error(folder.name, None, None, why)
        return
    for file in names:
        try:
            data = file.read_bytes()
        except OSError as err:
            report.error(file.name, None, None, say("could not be read ({err})", err=err))
            continue
        import_json(data, file.name, report, default_country)
    report.kind = "hsds-json folder"


def _nothing_found(report: ImportReport) -> str:
    if report.skipped:
        return say("holds no services that could be imported (see the skipped rows)")
    return say("holds no services")
