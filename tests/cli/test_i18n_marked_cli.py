"""Every user-visible text of the command line goes through the translation helper: an AST
walk over real_desktop/cli finds string literals printed, raised or given to argparse as
help without `i18n.tr(...)` / `later.tr(...)` around them."""

from __future__ import annotations

import ast
import re
from pathlib import Path

CLI = Path(__file__).resolve().parents[2] / "real_desktop" / "cli"
# Calls whose first argument a person reads.
SHOWN = {"print", "_p", "_fail", "write", "CommandError", "SystemExit", "ArgumentTypeError",
         "error", "exit"}  # fmt: skip
# Keyword arguments a person reads in --help.
HELP_KEYWORDS = {"help", "description", "epilog"}
# Words that are not language: the program's and the commands' names, file and program
# names in a fix (doctor), placeholders.
NOT_TEXT = re.compile(
    r"real-desktop(?: [a-z]+)?|transcribe|ocr|Python|pip install pocketsphinx|libvlc|"
    r"\b[A-Z_]{2,}\b|\\033\[K"
)
WORD = re.compile(r"[A-Za-z]{2,}")


def _is_marked(call: ast.Call) -> bool:
    """`i18n.tr(...)`, `later.tr(...)`, the marked forms lupdate extracts."""
    f = call.func
    return isinstance(f, ast.Attribute) and f.attr == "tr" and isinstance(f.value, ast.Name) \
        and f.value.id in ("i18n", "later")  # fmt: skip


def _name(call: ast.Call) -> str:
    f = call.func
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""


def _texts(node: ast.AST) -> list[ast.Constant]:
    """String literals under `node` with words in them, outside marked calls and JSON."""
    if isinstance(node, ast.Call) and (_is_marked(node) or _name(node) == "dumps"):
        return []
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node] if WORD.search(NOT_TEXT.sub("", node.value)) else []
    if isinstance(node, ast.Compare | ast.keyword):  # `kind == "page"`, `errors="replace"`
        return []
    found = []
    for child in ast.iter_child_nodes(node):
        if not (isinstance(node, ast.Subscript) and child is node.slice):  # probe["version"]
            found += _texts(child)
    return found


def unmarked(source: str) -> list[tuple[int, str]]:
    out = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        shown: list[ast.AST] = []
        if _name(node) in SHOWN and node.args:
            shown.append(node.args[0])
        if _name(node) == "Check":  # doctor: name, status, summary, fix
            shown += [a for i, a in enumerate(node.args) if i != 1][:3]
        shown += [k.value for k in node.keywords if k.arg in HELP_KEYWORDS]
        for expr in shown:
            out += [(c.lineno, c.value) for c in _texts(expr)]
    return out


def test_the_walk_finds_unmarked_texts_and_passes_marked_ones() -> None:
    source = (
        'print("Removed it")\n'
        'print(f"Wrote {n} files")\n'
        'p.add_argument("--x", help="an option")\n'
        'raise CommandError("no such item")\n'
        'print(i18n.tr("Removed it"))\n'
        'print("real-desktop: " + i18n.tr("interrupted"))\n'
        'print(f"  {r.id}  {r.title}")\n'
        'print(json.dumps({"counts": 1}))\n'
        'Check(later.tr("kiosk"), OK, later.tr("on"), "")\n'
        'Check("kiosk", OK, "on")\n'
    )
    assert unmarked(source) == [
        (1, "Removed it"), (2, "Wrote "), (2, " files"), (3, "an option"), (4, "no such item"),
        (10, "kiosk"), (10, "on"),
    ]  # fmt: skip


def test_every_user_visible_text_of_the_cli_is_marked() -> None:
    found = [
        f"{path.name}:{line}: {text!r}"
        for path in sorted(CLI.glob("*.py"))
        for line, text in unmarked(path.read_text(encoding="utf-8"))
    ]
    assert found == []


def test_no_marked_text_is_an_f_string() -> None:
    """lupdate would store an f-string's braces as the text: fields go through .format()."""
    bad = []
    for path in sorted(CLI.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            literal = isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant)
            if isinstance(node, ast.Call) and _is_marked(node) and not literal:
                bad.append(f"{path.name}:{node.lineno}")
    assert bad == []
