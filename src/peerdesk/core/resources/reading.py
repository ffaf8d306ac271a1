"""Reading import files safely: folders or zips, strict UTF-8, CSV rows with their row numbers."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path, PurePosixPath

from peerdesk.core.messages import say
from peerdesk.core.resources.report import ImportReport

MAX_FILE_BYTES = 200 * 1024 * 1024  # a directory file larger than this is a mistake or a zip bomb
Row = tuple[int, dict[str, str]]


class PackageFiles:
    """The files of a folder or a zip archive, read by relative name; never extracted to disk."""

    def __init__(self, path: Path, report: ImportReport) -> None:
        self.path = path
        self.report = report
        self._zip: zipfile.ZipFile | None = None
        self._prefix = ""
        if path.is_file():
            try:
                self._zip = zipfile.ZipFile(path)
            except (zipfile.BadZipFile, OSError) as err:
                report.error(
                    path.name, None, None, say("is not a readable zip archive ({err})", err=err)
                )
                return
            self._prefix = self._zip_prefix()

    def _zip_prefix(self) -> str:
        """Zips made by 'compress folder' put everything under one top folder."""
        assert self._zip is not None
        for name in self._zip.namelist():
            if PurePosixPath(name).name == "datapackage.json":
                parent = str(PurePosixPath(name).parent)
                return "" if parent == "." else parent + "/"
        return ""

    @property
    def usable(self) -> bool:
        return self._zip is not None or self.path.is_dir()

    def names(self) -> list[str]:
        if self._zip is not None:
            plen = len(self._prefix)
            return [n[plen:] for n in self._zip.namelist() if n.startswith(self._prefix)]
        return [p.relative_to(self.path).as_posix() for p in self.path.rglob("*") if p.is_file()]

    def read(self, name: str) -> bytes | None:
        """The file's bytes, or None after recording why it could not be read."""
        if ".." in PurePosixPath(name).parts or name.startswith("/"):
            self.report.error(name, None, None, say("points outside the package; refused"))
            return None
        try:
            if self._zip is not None:
                info = self._zip.getinfo(self._prefix + name)
                if info.file_size > MAX_FILE_BYTES:
                    self.report.error(name, None, None, say("is larger than 200 MB; refused"))
                    return None
                return self._zip.read(info)
            target = self.path / name
            if target.stat().st_size > MAX_FILE_BYTES:
                self.report.error(name, None, None, say("is larger than 200 MB; refused"))
                return None
            return target.read_bytes()
        except (KeyError, FileNotFoundError):
            self.report.error(name, None, None, say("is listed but missing from the package"))
        except (OSError, zipfile.BadZipFile, RuntimeError) as err:
            self.report.error(name, None, None, say("could not be read ({err})", err=err))
        return None

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()


def decode(data: bytes, name: str, report: ImportReport) -> str | None:
    """Strict UTF-8 (a BOM is fine); broken bytes become an error naming the line."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        bad = data[err.start : err.start + 1].hex()
        report.error(
            name,
            line,
            None,
            say("is not valid UTF-8 text (byte 0x{bad}); save it as UTF-8 and retry", bad=bad),
        )
        return None


def csv_rows(text: str, name: str, report: ImportReport) -> tuple[list[str], list[Row]]:
    """Header and (row number, row) pairs; row 1 is the header, so data starts at row 2."""
    reader = csv.reader(io.StringIO(text, newline=""))
    rows: list[Row] = []
    try:
        header = [h.strip().lower() for h in next(reader, [])]
        for number, values in enumerate(reader, start=2):
            if not any(v.strip() for v in values):
                continue  # blank lines at the end of hand-edited files
            if len(values) > len(header):
                why = say(
                    "has {cells} cells but {headers} headers; skipped",
                    cells=len(values),
                    headers=len(header),
                )
                report.skip(name, number, None, why)
                continue
            rows.append((number, {h: v.strip() for h, v in zip(header, values, strict=False)}))
    except csv.Error as err:
        report.error(name, None, None, say("is not valid CSV ({err})", err=err))
    if not header:
        report.error(name, 1, None, say("is empty; expected a header row"))
    return header, rows
