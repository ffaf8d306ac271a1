"""The guard as it was before its speed-up (issue 19), loaded from git history to compare with."""

from __future__ import annotations

import subprocess
import sys
import types
from pathlib import Path

# The last commit before the guard was made faster: its scan() is the reference for findings.
# The reference reads today's shipped lists and directory, so only the algorithm is compared.
REFERENCE_COMMIT = "58ec3c69c6ebb9905ab910ffdf295c4b8b06890a"
_PACKAGE = "src/peerdesk/core/deid"
# Leaves first: each module only imports the ones before it.
_MODULES = ("vocab", "lists", "patterns", "phones", "context", "names", "__init__")
_ALIAS = "peerdesk_deid_reference"
# Findings changed on purpose since REFERENCE_COMMIT, applied to the reference's text so the
# comparison still tests the speed-up alone: (module, text before, text after).
_INTENDED = (
    # "Askol'd", "Leopol'd": listed given names, no longer read as contractions like "she'd".
    (
        "names",
        "    if _never_name(text, tok, prev) or _acronym(tok, prev, nxt):",
        "    if _never_name(text, tok, prev, lists) or _acronym(tok, prev, nxt):",
    ),
    (
        "names",
        "def _never_name(text: str, tok: Token, prev: Token | None) -> bool:",
        "def _never_name(text: str, tok: Token, prev: Token | None, lists: NameLists) -> bool:",
    ),
    (
        "names",
        '    if "\'" in tok.key and _CONTRACTION.fullmatch(tok.key):\n        return True',
        '    if "\'" in tok.key and _CONTRACTION.fullmatch(tok.key):\n'
        "        return not (tok.cap and tok.key in lists.given)",
    ),
)


def _git_show(root: Path, path: str) -> str | None:
    try:
        done = subprocess.run(
            ["git", "-C", str(root), "show", f"{REFERENCE_COMMIT}:{path}"],
            capture_output=True,
            text=True,
            check=False,
            timeout=30,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout if done.returncode == 0 else None


def load() -> types.ModuleType | None:
    """The reference deid package, built in memory (nothing written); None without git history."""
    if _ALIAS in sys.modules:
        return sys.modules[_ALIAS]
    root = Path(__file__).resolve().parents[2]
    sources = {name: _git_show(root, f"{_PACKAGE}/{name}.py") for name in _MODULES}
    if any(source is None for source in sources.values()):
        return None
    for name, before, after in _INTENDED:
        assert before in str(sources[name]), f"intended change no longer applies: {before!r}"
        sources[name] = str(sources[name]).replace(before, after)
    package = types.ModuleType(_ALIAS)
    package.__path__ = []
    sys.modules[_ALIAS] = package
    for name, source in sources.items():
        module = package if name == "__init__" else types.ModuleType(f"{_ALIAS}.{name}")
        if module is not package:
            sys.modules[module.__name__] = module
            setattr(package, name, module)
        code = str(source).replace("peerdesk.core.deid", _ALIAS)
        exec(compile(code, f"{REFERENCE_COMMIT[:10]}:{_PACKAGE}/{name}.py", "exec"), vars(module))
    return package
