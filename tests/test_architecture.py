"""The layers hold, read statically from the source: every import (lazy ones too) and every
module name written as a string (importlib, monkeypatch targets, tables of modules).

    core     → core only (pure Python: no Qt, no storage library, never names ui or cli)
    storage  → core, storage, paths (never Qt, ui or cli)
    cli      → core, storage, cli, paths (never Qt, ui or app)
    ui       → anything but cli
    app      → everything: the composition root

and no two modules import each other, directly or round a longer loop.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
MODULE_STRING = re.compile(r"peerdesk(?:\.[a-z_][a-z0-9_]*)+")  # a whole string naming a module
NAMES_UI_OR_CLI = re.compile(r"\bpeerdesk[./](?:ui|cli)\b")

ALLOWED = {
    "core": ("peerdesk.core",),
    "storage": ("peerdesk.core", "peerdesk.storage", "peerdesk.paths"),
    "cli": ("peerdesk.core", "peerdesk.storage", "peerdesk.cli", "peerdesk.paths"),
}
ALSO_ALLOWED = {"peerdesk"}  # the package root: its version, its folder
FORBIDDEN_THIRD_PARTY = {
    "core": ("PySide6", "shiboken6", "sqlite_utils", "sqlite3"),
    "storage": ("PySide6", "shiboken6"),
    "cli": ("PySide6", "shiboken6"),
}


@dataclass
class Module:
    name: str
    path: Path
    runtime: set[str] = field(default_factory=set)  # imported when the code runs
    typing_only: set[str] = field(default_factory=set)  # under `if TYPE_CHECKING:`
    strings: set[str] = field(default_factory=set)  # module names written in strings


def _name(path: Path) -> str:
    parts = path.relative_to(SRC).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(node: ast.AST, module: str, is_package: bool) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    assert isinstance(node, ast.ImportFrom)
    base = node.module or ""
    if node.level:  # relative import: resolve against this module's package
        package = module.split(".") if is_package else module.split(".")[:-1]
        package = package[: len(package) - node.level + 1]
        base = ".".join([*package, base] if base else package)
    # `from package import module` names that module; `from module import name` the module
    names = [f"{base}.{a.name}" if f"{base}.{a.name}" in NAMES else base for a in node.names]
    return sorted(set(names))


def _scan(path: Path) -> Module:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = Module(_name(path), path)
    is_package = path.name == "__init__.py"
    typing_nodes: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and _is_type_checking(node):
            typing_nodes.update(id(n) for stmt in node.body for n in ast.walk(stmt))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom):
            bucket = found.typing_only if id(node) in typing_nodes else found.runtime
            bucket.update(_imports(node, found.name, is_package))
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and MODULE_STRING.fullmatch(node.value.strip())  # importlib / monkeypatch targets
        ):
            found.strings.add(node.value.strip())
    return found


NAMES = {_name(path) for path in SRC.rglob("*.py")}
MODULES = {m.name: m for m in map(_scan, sorted(SRC.rglob("*.py")))}


def _layer(name: str) -> str:
    parts = name.split(".")
    return parts[1] if len(parts) > 1 else ""


def _violations(layer: str) -> list[str]:
    bad = []
    for module in MODULES.values():
        if _layer(module.name) != layer:
            continue
        named = module.runtime | module.typing_only | module.strings
        for target in sorted(named):
            own = (
                target.startswith("peerdesk")
                and target not in ALSO_ALLOWED
                and not target.startswith(ALLOWED[layer])
            )
            third = target.split(".")[0] in FORBIDDEN_THIRD_PARTY[layer]
            if own or third:
                bad.append(f"{module.name} names {target}")
    return bad


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_each_layer_names_only_what_it_may(layer):
    assert _violations(layer) == []


@pytest.mark.parametrize("layer", ["core", "storage"])
def test_core_and_storage_never_mention_ui_or_cli_even_in_text(layer):
    root = SRC / "peerdesk" / layer
    mentions = [
        f"{path.relative_to(SRC)}: {match}"
        for path in sorted(root.rglob("*.py"))
        for match in NAMES_UI_OR_CLI.findall(path.read_text(encoding="utf-8"))
    ]
    assert mentions == []


def test_the_window_never_imports_the_command_line():
    bad = [
        f"{m.name} names {t}"
        for m in MODULES.values()
        if _layer(m.name) == "ui"
        for t in sorted(m.runtime | m.typing_only | m.strings)
        if t.startswith("peerdesk.cli")
    ]
    assert bad == []


def _cycles() -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan), over every import: type-only
    imports count too, since a loop of them still ties two modules into one."""
    graph = {
        name: sorted(t for t in m.runtime | m.typing_only | m.strings if t in MODULES and t != name)
        for name, m in MODULES.items()
    }
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph[node]:
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                group.append(top)
                if top == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for name in graph:
        if name not in index:
            visit(name)
    return groups


def test_no_import_cycles():
    assert _cycles() == []


def test_the_scanner_sees_lazy_imports_and_module_strings():
    """Guard against a checker that passes because it reads nothing."""
    pages = MODULES["peerdesk.ui.shell.pages"]
    assert "peerdesk.ui.reports.page" in pages.strings  # the page table's module names
    app = MODULES["peerdesk.app"]
    assert "peerdesk.ui.reports.pdf" in app.runtime  # imported inside a function
    assert len(MODULES) > 150
