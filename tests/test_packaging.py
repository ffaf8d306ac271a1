"""Packaging metadata: .desktop + AppStream validate, icons render, pins and Flatpak stay honest."""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import peerdesk

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
APP_ID = "org.peerdesk.PeerDesk"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
FLATPAK = PACKAGING / "flatpak" / f"{APP_ID}.yml"


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (.ci/run installs it with apt-get)")
    return path


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_validates():
    result = subprocess.run(
        [tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""  # no warnings or hints either


def test_desktop_file_matches_the_app_id():
    entry = desktop_entry()
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == "peerdesk"
    assert entry["Terminal"] == "false"
    assert "Office" in entry["Categories"].split(";")
    assert "SingleMainWindow" not in entry  # Debian 12's validator rejects it


def test_metainfo_validates_offline():
    result = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", "--explain", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Validation was successful" in result.stdout
    # Only info-level notes are accepted (0.16's unknown <developer> tag): no warnings.
    assert not re.search(r"^[EW]: ", result.stdout, re.MULTILINE), result.stdout


def test_metainfo_content():
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.find("content_rating").get("type", "").startswith("oars-")
    description = " ".join(" ".join(root.find("description").itertext()).split())
    assert "makes no network connections" in description
    versions = [r.get("version") for r in root.iter("release")]
    assert versions and versions[0] == peerdesk.__version__  # newest first, current version
    images = [img.text or "" for img in root.iter("image")]
    assert images and all(url.startswith("https://") for url in images)


def test_make_icons_renders_every_size(tmp_path, qapp):  # qapp: a QApplication, not a QGui one
    from PySide6.QtGui import QImage

    sys.path.insert(0, str(PACKAGING))
    try:
        import make_icons
    finally:
        sys.path.remove(str(PACKAGING))
    written = make_icons.make_icons(make_icons.SVG, tmp_path)
    assert len(written) == len(make_icons.SIZES) + 3
    for size in make_icons.SIZES:
        image = QImage(str(tmp_path / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 2).alpha() > 0  # drawn, not blank
        assert image.pixelColor(0, 0).alpha() == 0  # rounded corner stays transparent
    assert (tmp_path / "peerdesk.ico").read_bytes()[:4] == b"\0\0\1\0"
    assert (tmp_path / "peerdesk.icns").read_bytes()[:4] == b"icns"


def pins() -> dict[str, str]:
    found = {}
    for line in (PACKAGING / "constraints.txt").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, version = line.partition("==")
            found[re.sub(r"[-_.]+", "-", name.strip().lower())] = version.strip()
    return found


def test_constraints_pin_every_runtime_dependency():
    with (ROOT / "pyproject.toml").open("rb") as f:
        deps = tomllib.load(f)["project"]["dependencies"]
    pinned = pins()
    for dep in deps:
        name = re.sub(r"[-_.]+", "-", re.split(r"[<>=!~; \[]", dep, maxsplit=1)[0].lower())
        assert re.fullmatch(r"\d+(\.\w+)*", pinned.get(name, "")), f"{name} is not pinned"
    assert "pyinstaller" in pinned


def test_pyside_pin_stays_below_6_12():
    version = tuple(int(part) for part in pins()["pyside6-essentials"].split(".")[:2])
    assert version < (6, 12)
    assert pins()["shiboken6"] == pins()["pyside6-essentials"]


def test_flatpak_manifest_has_no_network():
    yaml = pytest.importorskip("yaml")
    manifest = yaml.safe_load(FLATPAK.read_text())
    assert manifest["id"] == APP_ID
    assert manifest["command"] == "peerdesk"
    assert manifest["base"] == "io.qt.PySide.BaseApp"
    assert manifest["base-version"] == manifest["runtime-version"]
    args = manifest["finish-args"]
    assert not any("network" in arg for arg in args)
    assert not any(arg.startswith("--filesystem") for arg in args)
    commands = " ".join(manifest["modules"][-1]["build-commands"])
    for path in re.findall(r"(?:packaging|src)/[\w./-]+", commands):
        assert (ROOT / path).exists(), path


def test_spec_and_build_script_are_well_formed():
    compile((PACKAGING / "peerdesk.spec").read_text(), "peerdesk.spec", "exec")
    result = subprocess.run(["bash", "-n", str(PACKAGING / "build.sh")], capture_output=True)
    assert result.returncode == 0, result.stderr
    spec = (PACKAGING / "peerdesk.spec").read_text()
    for dropped in ("platformthemes/libqgtk3", "platforminputcontexts/libqtvirtualkeyboard"):
        assert dropped in spec


@pytest.mark.slow
def test_the_wheel_ships_every_file_of_resources(tmp_path):
    """resources/ lives at the top of the repository; the wheel must carry all of it."""
    import zipfile

    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    [wheel] = tmp_path.glob("peerdesk-*.whl")
    inside = set(zipfile.ZipFile(wheel).namelist())
    shipped = {
        "peerdesk/resources/" + path.relative_to(ROOT / "resources").as_posix()
        for path in (ROOT / "resources").rglob("*")
        if path.is_file()
    }
    assert shipped, "resources/ is empty"
    assert shipped <= inside, sorted(shipped - inside)[:5]
    assert "peerdesk/app.py" in inside
    assert not {name for name in inside if name.startswith("resources/")}  # not a stray top level
