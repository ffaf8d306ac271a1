"""Where PeerDesk keeps its files: one function per folder, overridable for tests and portables."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "PeerDesk"
VAULT_FILENAME = "vault.peerdesk"
HOME_ENV = "PEERDESK_HOME"  # one folder holding everything (tests, portable installs)


def _base(kind: str) -> Path:
    home = os.environ.get(HOME_ENV)
    if home:
        return Path(home) / kind
    import platformdirs  # deferred: only a few ms, but nothing else at start-up needs it

    # roaming=False: a roaming profile would copy the vault to a domain server.
    dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False, roaming=False)
    return Path(
        {
            "data": dirs.user_data_dir,
            "config": dirs.user_config_dir,
            "state": dirs.user_state_dir,
            "cache": dirs.user_cache_dir,
        }[kind]
    )


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(path, 0o700)  # private folders, as KeePassXC and platformdirs' ensure_exists do
    return path


def data_dir() -> Path:
    """The folder holding the vault, its backups and the resource directory."""
    return _ensure(_base("data"))


def config_dir() -> Path:
    """Settings needed before unlock (theme, font scale, language): no content ever."""
    return _ensure(_base("config"))


def state_dir() -> Path:
    """Window geometry and similar UI state: no content ever."""
    return _ensure(_base("state"))


def cache_dir() -> Path:
    """Rebuildable files (e.g. the resource directory index)."""
    return _ensure(_base("cache"))


def local_settings_path() -> Path:
    """The pre-unlock settings file; reading it never creates a folder (LocalSettings makes
    the folder, private, when it first writes)."""
    return _base("config") / "settings.json"


def default_vault_path() -> Path:
    return data_dir() / VAULT_FILENAME


def all_app_dirs() -> list[Path]:
    """Every folder PeerDesk may write to (used by 'erase all my data' and privacy tests)."""
    return [_base(kind) for kind in ("data", "config", "state", "cache")]
