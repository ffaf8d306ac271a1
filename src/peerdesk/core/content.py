"""Where the shipped content (top-level `resources/` in the repository) is found at run time."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import peerdesk


@cache
def resource_root() -> Path:
    """The `resources` folder: in the package when installed (wheel, bundle), else the checkout's.

    `pyproject.toml` maps the repository's top-level `resources/` to `peerdesk/resources` in the
    wheel and the PyInstaller spec does the same for the bundle; an editable install or a plain
    checkout reads the folder where it lies, so there is one copy of every file.
    """
    package = Path(peerdesk.__file__).resolve().parent
    for candidate in (package / "resources", package.parent.parent / "resources"):
        if (candidate / "training").is_dir():
            return candidate
    raise FileNotFoundError(f"PeerDesk's shipped resources are missing (looked beside {package})")


def resource_path(*parts: str) -> Path:
    """A file or folder under the shipped resources, e.g. resource_path("deid", "names.json")."""
    return resource_root().joinpath(*parts)
