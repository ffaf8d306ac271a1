"""Module packs (a zip or folder) read as data only: JSON and Markdown, bounded, no path tricks."""

from __future__ import annotations

import json
import zipfile
from dataclasses import asdict, dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from peerdesk.core.training.loader import MAX_FILE_BYTES, parse_bytes
from peerdesk.core.training.model import LoadProblem, Module

ALLOWED_SUFFIXES = frozenset({".json", ".md"})
MAX_FILES = 200
MAX_TOTAL_BYTES = 20 * 1024 * 1024
MAX_RATIO = 100  # text compresses ~5-10x; a far higher ratio is a zip bomb


@dataclass
class PackReport:
    """What a pack holds; it may be installed only when `problems` is empty."""

    source: str
    modules: list[Module] = field(default_factory=list)
    problems: list[LoadProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.modules)


def read_pack(path: Path, language: str | None = None) -> PackReport:
    """Read and validate every module of a pack; nothing is executed or written.

    Texts are picked in `language` (the current one by default), English where it has none.
    """
    report = PackReport(path.name)
    if path.is_dir():
        files = _read_folder(path, report)
    elif path.is_file() and zipfile.is_zipfile(path):
        files = _read_zip(path, report)
    else:
        report.problems.append(
            LoadProblem(path.name, "(pack)", "is neither a folder nor a zip file")
        )
        return report
    if report.problems:
        return report  # an unsafe pack is not parsed at all
    _parse_files(files, report, language)
    return report


def _parse_files(files: dict[str, bytes], report: PackReport, language: str | None) -> None:
    markdown = {}
    for name, raw in files.items():
        if name.endswith(".md"):
            try:
                markdown[name] = raw.decode("utf-8")
            except UnicodeDecodeError:
                report.problems.append(LoadProblem(name, "(file)", "is not UTF-8 text"))
    for name in sorted(n for n in files if n.endswith(".json")):
        module, problems = parse_bytes(files[name], name, markdown, language)
        report.problems.extend(problems)
        if module is not None:
            report.modules.append(module)
    ids = [module.id for module in report.modules]
    for module in report.modules:
        if ids.count(module.id) > 1:
            report.problems.append(
                LoadProblem(module.source, "id", f"'{module.id}' appears twice in the pack")
            )
    if not files or not any(n.endswith(".json") for n in files):
        report.problems.append(LoadProblem(report.source, "(pack)", "holds no module (.json) file"))


def _check_name(name: str, report: PackReport) -> bool:
    """Reject names that could escape the pack or are not plain data files."""
    pure = PurePosixPath(name)
    if "\\" in name or name.startswith("/") or ":" in name or ".." in pure.parts:
        report.problems.append(LoadProblem(name, "(path)", "points outside the pack"))
        return False
    if pure.suffix.lower() not in ALLOWED_SUFFIXES:
        report.problems.append(
            LoadProblem(name, "(file)", "is not allowed: packs hold only .json and .md files")
        )
        return False
    return True


def _read_folder(root: Path, report: PackReport) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    total = 0
    for path in sorted(root.rglob("*")):
        name = path.relative_to(root).as_posix()
        if path.is_symlink():
            report.problems.append(
                LoadProblem(name, "(file)", "is a link; packs hold only plain files")
            )
            continue
        if path.is_dir() or not _check_name(name, report):
            continue
        size = path.stat().st_size
        total += size
        if _too_big(name, size, total, len(files), report):
            continue
        files[name] = path.read_bytes()
    return files


def _too_big(name: str, size: int, total: int, count: int, report: PackReport) -> bool:
    if size > MAX_FILE_BYTES:
        report.problems.append(
            LoadProblem(name, "(file)", f"is larger than {MAX_FILE_BYTES} bytes")
        )
        return True
    if total > MAX_TOTAL_BYTES or count >= MAX_FILES:
        report.problems.append(
            LoadProblem(
                name, "(pack)", f"pack exceeds {MAX_FILES} files or {MAX_TOTAL_BYTES} bytes"
            )
        )
        return True
    return False


def _read_zip(path: Path, report: PackReport) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    total = 0
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            if info.is_dir() or not _check_name(info.filename, report):
                continue
            total += info.file_size
            if _too_big(info.filename, info.file_size, total, len(files), report):
                continue
            if info.flag_bits & 0x1:
                report.problems.append(LoadProblem(info.filename, "(file)", "is encrypted"))
                continue
            if info.compress_size and info.file_size / info.compress_size > MAX_RATIO:
                report.problems.append(
                    LoadProblem(info.filename, "(file)", "compresses suspiciously well (zip bomb?)")
                )
                continue
            files[info.filename] = _read_member(archive, info, report)
    return files


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, report: PackReport) -> bytes:
    """Never trust the declared size: stop reading one byte past the limit."""
    with archive.open(info) as member:
        data = member.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        report.problems.append(
            LoadProblem(info.filename, "(file)", f"is larger than {MAX_FILE_BYTES} bytes")
        )
        return b""
    return data


def module_to_json(module: Module) -> str:
    """A self-contained module file (Markdown inlined) for the imported-modules folder."""
    data = asdict(module)
    data.pop("source", None)
    texts = data.pop("texts", {})
    for scenario in data["scenarios"]:
        scenario["nodes"] = list(scenario["nodes"].values())
        for node in scenario["nodes"]:
            if node["debrief"]:
                del node["responses"], node["speaker"]
            else:
                del node["debrief"]
    if data["self_assessment"] is None:
        del data["self_assessment"]
    for where, by_language in texts.items():
        if len(by_language) > 1:  # every language the pack brought is kept, not just the shown one
            _put(data, where, dict(by_language))
    return json.dumps({"format": 1, **data}, ensure_ascii=False, indent=2)


def _put(data: Any, where: str, value: Any) -> None:
    """Set the field at a problem-style path such as `scenarios[0].nodes[2].text`."""
    steps: list[str | int] = []
    for part in where.split("."):
        name, *indexes = part.replace("]", "").split("[")
        steps += [name, *(int(i) for i in indexes)]
    for step in steps[:-1]:
        data = data[step]
    data[steps[-1]] = value


def install_pack(report: PackReport, dest: Path) -> list[str]:
    """Write a validated pack's modules into `dest` as one JSON file each; returns their ids."""
    if not report.ok:
        raise ValueError("only a pack without problems can be installed")
    dest.mkdir(parents=True, exist_ok=True)
    for module in report.modules:
        target = dest / f"{module.id}.json"
        tmp = target.with_suffix(".json.tmp")
        tmp.write_text(module_to_json(module), encoding="utf-8")
        tmp.replace(target)
    return [module.id for module in report.modules]
