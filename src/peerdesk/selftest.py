"""`peerdesk --self-test`: headless checks of crypto, Qt and shipped data (smoke-tests a bundle)."""

from __future__ import annotations

import contextlib
import importlib
import json
import os
import secrets
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from peerdesk.core.content import resource_root

# RFC 9106 §5.3 Argon2id test vector: a known answer proves the KDF itself, not just its presence.
_RFC9106_TAG = "0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659"
_ISOLATED_ENV = ("PEERDESK_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME")

Check = Callable[[Path], str]  # returns a short detail; raises to report a failure


class CheckFailed(Exception):
    """A check ran but found something wrong; the message is the reason shown."""


def run_self_test(out: Callable[[str], None] = print) -> int:
    """Run every check in a throwaway home folder; 0 if all passed, 1 otherwise."""
    from peerdesk import __version__
    from peerdesk.storage.hardening import harden_process

    harden_process()  # the checks create and unlock a throwaway vault
    out(f"PeerDesk {__version__} self-test (Python {sys.version.split()[0]}, {sys.platform})")
    failures = 0
    with _isolated_home() as home:
        for name, check in CHECKS:
            ok, detail = _run_one(check, home)
            failures += not ok
            out(f"{'ok  ' if ok else 'FAIL'} {name}: {detail}")
    out(f"{len(CHECKS) - failures} ok, {failures} failed")
    return 0 if failures == 0 else 1


def _run_one(check: Check, home: Path) -> tuple[bool, str]:
    started = time.perf_counter()
    try:
        detail = check(home)
    except Exception as err:  # any crash of a check is a failure, reported in one line
        reason = " ".join(str(err).split()) or "no details"
        return False, f"{err.__class__.__name__}: {reason}"[:300]
    return True, f"{detail} ({(time.perf_counter() - started) * 1000:.0f} ms)"


@contextlib.contextmanager
def _isolated_home() -> Iterator[Path]:
    """Point every PeerDesk and Qt folder at a temp folder so the real vault is never touched."""
    home = Path(tempfile.mkdtemp(prefix="peerdesk-selftest-"))
    saved = {key: os.environ.get(key) for key in _ISOLATED_ENV}
    os.environ["PEERDESK_HOME"] = str(home)
    for key in _ISOLATED_ENV[1:]:
        os.environ[key] = str(home / key.lower())
    try:
        yield home
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        shutil.rmtree(home, ignore_errors=True)


# -- crypto ----------------------------------------------------------------------------------
def check_argon2id(_home: Path) -> str:
    """Argon2id must be in the OpenSSL that cryptography uses, and give the RFC's answer."""
    from cryptography.hazmat.backends.openssl import backend
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    kdf = Argon2id(
        salt=b"\x02" * 16,
        length=32,
        iterations=3,
        lanes=4,
        memory_cost=32,
        ad=b"\x04" * 12,
        secret=b"\x03" * 8,
    )
    if kdf.derive(b"\x01" * 32).hex() != _RFC9106_TAG:
        raise CheckFailed("Argon2id gave the wrong answer for the RFC 9106 test vector")
    return f"RFC 9106 test vector matches ({backend.openssl_version_text()})"


def check_vault(home: Path) -> str:
    """Create, write, save, close, reopen and read a vault at the real KDF floor."""
    from peerdesk.core.errors import WrongPassphrase
    from peerdesk.storage import crypto
    from peerdesk.storage.vault import create_vault, open_vault

    path = home / "selftest" / "selftest.peerdesk"
    passphrase, marker = secrets.token_urlsafe(24), secrets.token_hex(8)
    vault, _recovery = create_vault(path, passphrase, kdf_params=crypto.KDF_FLOOR)
    try:
        vault.conn.execute("CREATE TABLE selftest_probe (value TEXT NOT NULL)")
        vault.conn.execute("INSERT INTO selftest_probe (value) VALUES (?)", (marker,))
        vault.save()
    finally:
        vault.close()
    if marker.encode() in path.read_bytes():
        raise CheckFailed("the saved vault file holds plain text")
    reopened = open_vault(path, passphrase=passphrase)
    try:
        rows = reopened.conn.execute("SELECT value FROM selftest_probe").fetchall()
    finally:
        reopened.close()
    if rows != [(marker,)]:
        raise CheckFailed("the reopened vault did not hold what was saved")
    try:
        open_vault(path, passphrase=passphrase + "!").close()  # "!" is never in a token
    except WrongPassphrase:
        pass
    else:
        raise CheckFailed("a wrong passphrase opened the vault")
    floor = crypto.KDF_FLOOR
    return f"round trip ok, wrong passphrase refused (Argon2id {floor.memory_kib // 1024} MiB)"


# -- Qt --------------------------------------------------------------------------------------
def _application() -> Any:
    """The running QApplication, or a new one (offscreen when there is no display)."""
    no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and no_display:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return QApplication([sys.argv[0] if sys.argv else "peerdesk"])
    if not isinstance(app, QApplication):
        raise CheckFailed("a QGuiApplication already runs; widgets need a QApplication")
    return app


def check_qt(_home: Path) -> str:
    """A widget renders to an image with visible text, on whichever platform plugin is active."""
    from PySide6 import __version__ as pyside_version
    from PySide6.QtGui import QImage, QPalette
    from PySide6.QtWidgets import QLabel

    app = _application()
    label = QLabel("PeerDesk self-test")
    label.resize(240, 40)
    label.setAutoFillBackground(True)
    image = QImage(label.size(), QImage.Format.Format_ARGB32)
    image.fill(label.palette().color(QPalette.ColorRole.Window))
    label.render(image)
    background = image.pixel(0, 0)
    drawn = sum(
        image.pixel(x, y) != background for x in range(image.width()) for y in range(image.height())
    )
    if drawn == 0:
        raise CheckFailed("a label rendered as a blank image (no fonts?)")
    return f"{app.platformName()} platform, PySide6 {pyside_version}, label drew {drawn} pixels"


def check_icons(_home: Path) -> str:
    """Every shipped SVG icon loads in QSvgRenderer and paints something."""
    from PySide6.QtGui import QImage, QPainter, Qt
    from PySide6.QtSvg import QSvgRenderer

    _application()
    icons = [e for e in _resource_files() if e.name.endswith(".svg")]
    for entry in icons:
        renderer = QSvgRenderer(entry.read_bytes())
        image = QImage(32, 32, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        if not renderer.isValid() or _blank(image):
            raise CheckFailed(f"icon {entry.name} does not render")
    if not icons:
        raise CheckFailed("no icons found under resources/icons")
    return f"{len(icons)} SVG icons render"


def check_translations(_home: Path) -> str:
    """Each shipped catalogue loads and translates a known string (the bundle must carry it)."""
    from PySide6.QtCore import QTranslator

    _application()
    catalogues = [e for e in _resource_files() if e.name.endswith(".qm")]
    for entry in catalogues:
        translator = QTranslator()
        data = entry.read_bytes()  # Qt reads from this buffer, without a copy: keep it alive
        if not translator.load(data) or translator.isEmpty():
            raise CheckFailed(f"translation catalogue {entry.name} does not load")
        if not translator.translate("Format", "%n minute(s)", None, 2):
            raise CheckFailed(f"translation catalogue {entry.name} lacks the plural of minutes")
    if not catalogues:
        raise CheckFailed("no translation catalogues found under resources/translations")
    return f"{len(catalogues)} catalogue(s): " + ", ".join(sorted(e.name for e in catalogues))


def _blank(image: Any) -> bool:
    return all(
        image.pixelColor(x, y).alpha() == 0
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    )


def check_window(home: Path) -> str:
    """The real unlock window builds and shows offscreen (over a vault path in the temp home)."""
    try:
        from peerdesk.core.settings import LocalSettings
        from peerdesk.ui.shell.mainwindow import MainWindow
    except ModuleNotFoundError as err:
        return f"not checked: {err.name} is not part of this build"
    app = _application()
    started = time.perf_counter()
    from PySide6.QtCore import Qt

    window = MainWindow(home / "window" / "vault.peerdesk", LocalSettings(home / "settings.json"))
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)  # laid out, never on a desktop
    window.show()
    app.processEvents()
    shown = window.isVisible() and not window.grab().isNull()
    elapsed = (time.perf_counter() - started) * 1000
    window.close()
    window.deleteLater()
    app.processEvents()
    if not shown:
        raise CheckFailed("the unlock window did not show")
    return f"unlock window shown in {elapsed:.0f} ms; {_since_process_start()}"


def _since_process_start() -> str:
    """Wall time since the process started (Linux /proc only), for the start-up figure."""
    try:
        ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return "process start time unknown on this system"
    return f"{uptime - ticks / os.sysconf('SC_CLK_TCK'):.2f} s since the process started"


# -- shipped resources -----------------------------------------------------------------------
def _resource_files() -> list[Traversable]:
    """Every file under peerdesk/resources (works from a wheel, a checkout or a bundle)."""
    found: list[Traversable] = []
    pending = [resource_root()]
    while pending:
        folder = pending.pop()
        for entry in folder.iterdir():
            (pending if entry.is_dir() else found).append(entry)
    return sorted(found, key=lambda e: e.name)


def check_json(_home: Path) -> str:
    """Every shipped JSON file parses."""
    files = [e for e in _resource_files() if e.name.endswith(".json")]
    if not files:
        raise CheckFailed("no JSON files found under resources/")
    for entry in files:
        try:
            json.loads(entry.read_bytes().decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as err:
            raise CheckFailed(f"{entry.name} is not valid JSON ({err})") from err
    return f"{len(files)} JSON files parse"


def _training() -> int:
    catalogue = importlib.import_module("peerdesk.core.training.loader").load_catalogue()
    if catalogue.problems:
        raise CheckFailed(f"training: {catalogue.problems[0]}")
    return len(catalogue.modules)


def _instruments() -> int:
    return len(importlib.import_module("peerdesk.core.selfcare.instruments").builtin_instruments())


def _directory() -> int:
    return len(importlib.import_module("peerdesk.core.resources.shipped").load_shipped())


def _name_lists() -> int:
    lists = importlib.import_module("peerdesk.core.deid").name_lists()
    return sum(len(v) for v in vars(lists).values() if isinstance(v, frozenset))


LOADERS: list[tuple[str, Callable[[], int]]] = [
    ("training modules", _training),
    ("instruments", _instruments),
    ("directory entries", _directory),
    ("de-identification names", _name_lists),
]


def check_loaders(_home: Path) -> str:
    """Each feature's own loader validates its shipped data; missing features are listed."""
    checked, missing = [], []
    for label, load in LOADERS:
        try:
            count = load()
        except ModuleNotFoundError as err:
            if not (err.name or "").startswith("peerdesk"):
                raise
            missing.append(label)
            continue
        if count == 0:
            raise CheckFailed(f"no {label} were loaded")
        checked.append(f"{count} {label}")
    detail = ", ".join(checked) or "no loaders found"
    return detail + (f"; not in this build: {', '.join(missing)}" if missing else "")


# Qt first: the window check's "since the process started" is then the start-up time.
CHECKS: list[tuple[str, Check]] = [
    ("qt", check_qt),
    ("window", check_window),
    ("icons", check_icons),
    ("translations", check_translations),
    ("argon2id", check_argon2id),
    ("vault", check_vault),
    ("json", check_json),
    ("loaders", check_loaders),
]
