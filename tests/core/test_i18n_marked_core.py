"""Every message the core gives a person goes through `later.tr(...)`, so the window and the
command line show it in the user's language (`i18n.text_of`). An AST walk over
real_desktop/core finds word-bearing string literals that are raised, given as an import
result's reason, or passed as a reason/message/note/summary keyword, outside `later.tr`.

A raise that only a programmer can meet (a broken invariant, a wrong argument from our own
code) says so on its line with the comment `# internal`."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

CORE = Path(__file__).resolve().parents[2] / "real_desktop" / "core"
# Keyword arguments whose value a person reads.
SHOWN_KEYWORDS = {"reason", "message", "note", "summary", "fix", "why", "detail", "status_reason"}
# Calls whose positional arguments after the first two are a reason (FileResult(path, outcome, reason)).
RESULTS = {"FileResult"}
NOT_TEXT = re.compile(r"\b[A-Z_]{2,}\b|%[sdr]|\{[^}]*\}")
WORD = re.compile(r"[A-Za-z]{2,}")
INTERNAL = "# internal"


def _is_marked(call: ast.Call) -> bool:
    f = call.func
    return isinstance(f, ast.Attribute) and f.attr == "tr" and isinstance(f.value, ast.Name) \
        and f.value.id in ("i18n", "later")  # fmt: skip


def _name(call: ast.Call) -> str:
    f = call.func
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""


def _texts(node: ast.AST) -> list[ast.Constant]:
    """Literals with words under `node`, outside marked calls (and `.format()` fields of
    a marked call: its receiver is marked, its arguments are values)."""
    if isinstance(node, ast.Call) and _is_marked(node):
        return []
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node] if WORD.search(NOT_TEXT.sub("", node.value)) else []
    if isinstance(node, ast.Compare | ast.Subscript):
        return []
    if isinstance(node, ast.Call) and _name(node) in ("repr", "join", "get", "getattr", "dumps"):
        return []
    found = []
    for child in ast.iter_child_nodes(node):
        found += _texts(child)
    return found


def unmarked(source: str) -> list[tuple[int, str]]:
    lines = source.splitlines()
    out: list[tuple[int, str]] = []

    def internal(node: ast.AST) -> bool:
        end = getattr(node, "end_lineno", node.lineno)
        return any(INTERNAL in lines[i - 1] for i in range(node.lineno, end + 1))

    for node in ast.walk(ast.parse(source)):
        shown: list[ast.AST] = []
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and not internal(node):
            shown += node.exc.args[:1]
        if isinstance(node, ast.Call):
            if _name(node) in RESULTS:
                shown += node.args[2:3]
            shown += [k.value for k in node.keywords if k.arg in SHOWN_KEYWORDS]
            if internal(node):
                shown = []
        for expr in shown:
            out += [(c.lineno, c.value) for c in _texts(expr)]
    # A keyword of a `.format()` under a raise is met twice: once per enclosing node.
    return sorted(set(out))


def test_the_walk_finds_unmarked_texts_and_passes_marked_ones() -> None:
    source = (
        'raise ExtractError("the PDF has no pages")\n'
        'raise ValueError(f"not a time: {text!r}")\n'
        'raise ValueError(later.tr("not a time: {text!r}").format(text=t))\n'
        'raise KeyError(rid)\n'
        'raise RuntimeError("a session is already open")  # internal\n'
        'out.append(FileResult(p, Outcome.SKIPPED, "not a regular file"))\n'
        'FileResult(p, Outcome.SKIPPED, later.tr("not a regular file"))\n'
        'Job(id=1, message="transcription failed")\n'
        'Job(id=1, message=later.tr("transcription failed"))\n'
        'raise PackError(later.tr("{member}: {why}").format(member=m, why="bad hash"))\n'
    )
    assert unmarked(source) == [
        (1, "the PDF has no pages"), (2, "not a time: "), (6, "not a regular file"),
        (8, "transcription failed"), (10, "bad hash"),
    ]  # fmt: skip


MODULES = sorted(p for p in CORE.rglob("*.py") if "__pycache__" not in p.parts)


@pytest.mark.parametrize("path", MODULES, ids=[str(p.relative_to(CORE)) for p in MODULES])
def test_every_message_of_the_core_is_marked(path: Path) -> None:
    found = [f"{line}: {text!r}" for line, text in unmarked(path.read_text(encoding="utf-8"))]
    assert found == [], f"{path.relative_to(CORE)}: mark these with later.tr(...) or say # internal"


def test_no_marked_text_is_an_f_string() -> None:
    """lupdate would store an f-string's braces as the text: fields go through .format()."""
    bad = []
    for path in MODULES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and _is_marked(node)):
                continue
            if not (node.args and isinstance(node.args[0], ast.Constant)):
                bad.append(f"{path.relative_to(CORE)}:{node.lineno}")
    assert bad == []
