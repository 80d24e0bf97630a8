"""The house rules (docs/ARCHITECTURE.md), read from the source with `ast`:

- no import circle inside real_desktop, imports inside functions included (only
  `if TYPE_CHECKING:` blocks are skipped);
- no module uses another module's private names (`from x import _y`, `x._y`);
- no source file over 600 lines, no class over 400;
- the core's layers depend only downward, and the core imports no Qt, VLC, UI or CLI.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "real_desktop"
MAX_FILE_LINES = 600
MAX_CLASS_LINES = 400
# typing.NamedTuple's public methods (the underscore only keeps them apart from field names).
NAMEDTUPLE_API = frozenset({"_replace", "_asdict", "_fields", "_make", "_field_defaults"})

# The core's layers, lowest first (docs/ARCHITECTURE.md, "Core"). A module may import
# modules of its own layer or lower ones, never higher ones. Keys are module names
# under real_desktop.core, or a subpackage (covering all its modules).
CORE_LAYERS: dict[str, int] = {
    "__init__": 0,
    "models": 0,
    "textutil": 0,
    "timefmt": 0,
    "paths": 0,
    "query": 0,
    "policy": 0,
    "i18n": 0,
    "db": 1,
    "index": 2,
    "catalog": 3,
    "history": 4,
    "editing": 4,
    "removal": 4,
    "suggest": 4,
    "search": 5,
    "duplicates": 5,
    "notes": 6,
    "agendas": 6,
    "notes_export": 6,
    "importing": 6,
    "speech": 6,
    "ocr": 6,
    "jobs": 7,
    "packs": 7,
    "seed": 7,
    "library": 8,
    "kiosk": 9,
}
CORE_NEVER = ("PySide6", "shiboken6", "vlc", "real_desktop.ui", "real_desktop.player", "real_desktop.cli")


@dataclass
class Module:
    name: str
    path: Path
    is_package: bool
    tree: ast.Module
    imports: list[tuple[str, int]] = field(default_factory=list)  # (target, line)
    # module names bound to real_desktop modules in this file: local name -> module
    aliases: dict[str, str] = field(default_factory=dict)
    private_uses: list[tuple[str, int]] = field(default_factory=list)  # ("x._y", line)


def _module_name(path: Path) -> tuple[str, bool]:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        return ".".join(parts[:-1]), True
    return ".".join(parts), False


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _runtime_nodes(tree: ast.AST) -> list[ast.AST]:
    """Every node except those under `if TYPE_CHECKING:` (their else branch counts)."""
    out: list[ast.AST] = []
    stack: list[ast.AST] = [tree]
    while stack:
        node = stack.pop()
        out.append(node)
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            stack.extend(node.orelse)
            continue
        stack.extend(ast.iter_child_nodes(node))
    return out


def _load() -> dict[str, Module]:
    modules: dict[str, Module] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        name, is_pkg = _module_name(path)
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        modules[name] = Module(name, path, is_pkg, tree)
    for mod in modules.values():
        _collect(mod, modules)
    return modules


def _resolve_from(mod: Module, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    base = mod.name.split(".")
    if not mod.is_package:
        base = base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


def _collect(mod: Module, modules: dict[str, Module]) -> None:
    nodes = _runtime_nodes(mod.tree)
    for node in nodes:
        if isinstance(node, ast.Import):
            for a in node.names:
                mod.imports.append((a.name, node.lineno))
                if a.name.startswith("real_desktop"):
                    # `import a.b.c` binds `a`; `import a.b.c as x` binds x to a.b.c
                    mod.aliases[a.asname or a.name.split(".")[0]] = (
                        a.name if a.asname else a.name.split(".")[0]
                    )
        elif isinstance(node, ast.ImportFrom):
            target = _resolve_from(mod, node)
            for a in node.names:
                sub = f"{target}.{a.name}"
                if sub in modules:  # `from pkg import module`
                    mod.imports.append((sub, node.lineno))
                    mod.aliases[a.asname or a.name] = sub
                else:
                    mod.imports.append((target, node.lineno))
                    if (
                        target.startswith("real_desktop")
                        and a.name.startswith("_")
                        and not a.name.startswith("__")
                    ):
                        mod.private_uses.append((f"{target}.{a.name}", node.lineno))
    for node in nodes:
        if isinstance(node, ast.Attribute) and node.attr.startswith("_"):
            if node.attr.startswith("__") and node.attr.endswith("__"):
                continue
            dotted = _dotted(node.value)
            if dotted is None:
                continue
            head, _, rest = dotted.partition(".")
            if head in mod.aliases:
                target = mod.aliases[head] + (f".{rest}" if rest else "")
                if target in modules:
                    mod.private_uses.append((f"{target}.{node.attr}", node.lineno))


def _dotted(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        inner = _dotted(node.value)
        return None if inner is None else f"{inner}.{node.attr}"
    return None


def _edges(modules: dict[str, Module]) -> dict[str, set[str]]:
    """Module -> the real_desktop modules it makes Python load: the target and the
    packages above it (their __init__ runs first), except the importer's own packages."""
    graph: dict[str, set[str]] = {m: set() for m in modules}
    for mod in modules.values():
        own = {".".join(mod.name.split(".")[:i]) for i in range(1, mod.name.count(".") + 1)}
        if mod.is_package:
            own.add(mod.name)
        for target, _ in mod.imports:
            parts = target.split(".")
            for i in range(1, len(parts) + 1):
                name = ".".join(parts[:i])
                if name in modules and name not in own and name != mod.name:
                    graph[mod.name].add(name)
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One cycle per strongly connected component with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    found: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                found.append(_cycle_in(graph, set(comp)))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def _cycle_in(graph: dict[str, set[str]], comp: set[str]) -> list[str]:
    """A concrete path start -> … -> start inside one component, for the message."""
    start = min(comp)
    paths = {start: [start]}
    queue = [start]
    while queue:
        v = queue.pop(0)
        for w in sorted(graph[v] & comp):
            if w == start:
                return [*paths[v], start]
            if w not in paths:
                paths[w] = [*paths[v], w]
                queue.append(w)
    return sorted(comp)


MODULES = _load()


def test_the_graph_sees_imports_inside_functions_and_relative_ones() -> None:
    graph = _edges(MODULES)
    # Library.open loads the starter library lazily (an import inside a function).
    assert "real_desktop.core.seed" in graph["real_desktop.core.library"]
    # `from real_desktop.core.db import schema` is an edge to the module, not the package
    assert "real_desktop.core.db.schema" in graph["real_desktop.core.library"]
    # TYPE_CHECKING-only imports are no edge
    assert "real_desktop.core.library" not in graph["real_desktop.core.seed"]
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c", "a"]]


def test_no_import_circles() -> None:
    cycles = _cycles(_edges(MODULES))
    assert cycles == [], "import circles:\n" + "\n".join(" -> ".join(c) for c in cycles)


def test_no_module_uses_another_modules_private_names() -> None:
    bad = []
    for mod in MODULES.values():
        for used, line in mod.private_uses:
            owner = used.rsplit(".", 1)[0]
            if owner == mod.name:
                continue
            bad.append(f"{mod.path.relative_to(ROOT)}:{line}: {used}")
    assert bad == [], "private names of other modules:\n" + "\n".join(bad)


def test_files_and_classes_are_small() -> None:
    bad = []
    for mod in MODULES.values():
        lines = len(mod.path.read_text(encoding="utf-8").splitlines())
        if lines > MAX_FILE_LINES:
            bad.append(f"{mod.path.relative_to(ROOT)}: {lines} lines (> {MAX_FILE_LINES})")
        for node in ast.walk(mod.tree):
            if isinstance(node, ast.ClassDef):
                size = (node.end_lineno or node.lineno) - node.lineno + 1
                if size > MAX_CLASS_LINES:
                    bad.append(
                        f"{mod.path.relative_to(ROOT)}: class {node.name} has {size} lines"
                        f" (> {MAX_CLASS_LINES})"
                    )
    assert bad == [], "\n".join(bad)


def test_the_core_reaches_into_no_other_objects_private_attributes() -> None:
    # Stricter than the module rule, for the core only: `obj._x` on anything but self/cls
    # (e.g. the starter library driving Library through `library._write()`) is refused.
    bad = []
    for mod in MODULES.values():
        if not mod.name.startswith("real_desktop.core"):
            continue
        for node in ast.walk(mod.tree):
            if (
                isinstance(node, ast.Attribute)
                and node.attr.startswith("_")
                and not (node.attr.startswith("__") and node.attr.endswith("__"))
                and not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"))
                and node.attr not in NAMEDTUPLE_API
            ):
                bad.append(f"{mod.path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(node)}")
    assert bad == [], "\n".join(bad)


def _layer(name: str) -> int | None:
    rest = name.removeprefix("real_desktop.core").lstrip(".") or "__init__"
    return CORE_LAYERS.get(rest.split(".")[0])


def test_every_core_module_has_a_layer() -> None:
    core = [m for m in MODULES if m.startswith("real_desktop.core")]
    assert len(core) > 20
    assert [m for m in core if _layer(m) is None] == []


def test_core_layers_depend_only_downward() -> None:
    bad = []
    for mod in MODULES.values():
        if not mod.name.startswith("real_desktop.core"):
            continue
        mine = _layer(mod.name)
        assert mine is not None
        for target, line in mod.imports:
            where = f"{mod.path.relative_to(ROOT)}:{line}"
            if target.startswith(CORE_NEVER) or target.split(".")[0] in CORE_NEVER:
                bad.append(f"{where}: the core imports {target}")
            if target.startswith("real_desktop.core"):
                theirs = _layer(target)
                if theirs is not None and theirs > mine:
                    bad.append(f"{where}: {mod.name} (layer {mine}) imports {target} (layer {theirs})")
    assert bad == [], "\n".join(bad)


@pytest.mark.parametrize(
    "source, expected",
    [
        ("from real_desktop.core.x import _hidden\n", ["real_desktop.core.x._hidden"]),
        ("from real_desktop.core import x\nx._hidden()\n", ["real_desktop.core.x._hidden"]),
        ("import real_desktop.core.x\nreal_desktop.core.x._y\n", ["real_desktop.core.x._y"]),
        ("from real_desktop.core import x\nx.__name__\n", []),
        ("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from real_desktop.core.x import _T\n", []),
    ],
)
def test_private_use_detection(source: str, expected: list[str]) -> None:
    fake = {"real_desktop.core.x": MODULES["real_desktop.core.models"]}
    mod = Module("real_desktop.core.y", PACKAGE / "core" / "y.py", False, ast.parse(source))
    _collect(mod, {**MODULES, **fake})
    assert [u for u, _ in mod.private_uses] == expected
