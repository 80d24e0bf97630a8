"""Every user-visible string of the Qt layer is marked for translation, and marked so that
what pyside6-lupdate extracts is what runs (issue 15).

An AST walk over real_desktop/ui and real_desktop/player: string literals handed to the
calls that show text, outside any tr()/translate(); then every tr()/translate() literal
must be in the Spanish .ts under the context it runs in (lupdate skips some call shapes:
a tr() inside an f-string, a count it cannot read, `other.tr()` which it files under
"other" while Qt looks under the object's class)."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import real_desktop
from real_desktop.core.notes import HIGHLIGHT_COLORS
from real_desktop.core.textutil import LANGUAGE_NAMES
from real_desktop.ui import i18n
from real_desktop.ui.viewers.pdf_highlights import COLOR_NAMES

PACKAGE = Path(real_desktop.__file__).parent
SOURCES = sorted([*(PACKAGE / "ui").rglob("*.py"), *(PACKAGE / "player").rglob("*.py")])
SPANISH_TS = Path(i18n.translations_dir()) / "real_desktop_es.ts"

# Calls whose string arguments people read.
SHOWN = {
    "setText", "setToolTip", "setWindowTitle", "setPlaceholderText", "setStatusTip",
    "setWhatsThis", "setAccessibleName", "setAccessibleDescription", "setTitle",
    "setLabelText", "setInformativeText", "setDetailedText", "addTab", "setTabText",
    "insertTab", "addItem", "insertItem", "setHeaderLabels", "setHorizontalHeaderLabels",
    "setSuffix", "setPrefix", "setSpecialValueText", "showMessage", "addMenu", "addRow",
    "setItemText", "addButton", "setHtml", "setMarkdown", "addAction", "setButtonText",
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction",
    "QToolButton", "QMenu", "QToolBar", "ElidingPushButton", "QListWidgetItem",
}  # fmt: skip
DIALOGS = {"information", "warning", "critical", "question", "about"}  # QMessageBox.<these>
FILE_DIALOGS = {"getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory",
                "getText", "getItem", "open_file", "save_file", "folder"}  # fmt: skip
TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
# Literals that are not words for a person: format hints, units, the product's name.
ALLOWED = {"REAL Desktop", "M:SS", "CC", "-notes.json"}


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else None


def _words(node: ast.AST) -> Iterator[ast.Constant]:
    """String literals in an argument that would be shown as they are: through joins,
    f-strings, conditionals and str methods, not into other calls (ids, lookups) and not
    into a translation call."""
    if isinstance(node, ast.Call):
        if _name(node.func) in TRANSLATING:
            return
        if _name(node.func) in ("format", "replace", "join", "strip") and isinstance(node.func, ast.Attribute):
            yield from _words(node.func.value)
            for a in node.args:
                yield from _words(a)
        return
    if isinstance(node, ast.Constant):
        text = node.value
        if isinstance(text, str) and re.search(r"[A-Za-z]{2,}", text) and text not in ALLOWED:
            yield node
        return
    if isinstance(node, ast.Subscript | ast.Compare | ast.Lambda):
        return
    for child in ast.iter_child_nodes(node):
        yield from _words(child)


def _shown_literals(path: Path) -> Iterator[str]:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        owner = node.func.value if isinstance(node.func, ast.Attribute) else None
        if name in DIALOGS and not (isinstance(owner, ast.Name) and owner.id == "QMessageBox"):
            continue  # log.warning(...) and friends
        if name not in SHOWN and name not in DIALOGS and name not in FILE_DIALOGS:
            continue
        args = [*node.args, *(k.value for k in node.keywords)]
        if name in ("addItem", "insertItem") and args:  # ([icon,] text, data): the data is no text
            text_call = TRANSLATING | {"format", "replace", "join", "strip"}
            skip = name == "insertItem" or (isinstance(args[0], ast.Call) and _name(args[0].func) not in text_call)
            args = args[: 2 if skip else 1][-1:]
        for arg in args:
            for const in _words(arg):
                yield f"{path.relative_to(PACKAGE)}:{const.lineno}: {name}({const.value!r})"


def test_no_user_visible_literal_is_left_unmarked() -> None:
    found = [hit for path in SOURCES for hit in _shown_literals(path)]
    assert found == [], "mark these for translation (self.tr / QCoreApplication.translate):\n" + "\n".join(found)


def test_the_walk_finds_an_unmarked_literal(tmp_path: Path) -> None:
    """The check itself: it sees a bare literal, and leaves marked ones and ids alone."""
    sample = PACKAGE / "ui" / "_sample_for_test.py"
    sample.write_text(
        "def f(w, reg, QMessageBox):\n"
        "    w.setToolTip('Open the file')\n"
        "    w.setText(w.tr('Fine'))\n"
        "    w.addAction(reg['file.quit'])\n"
        "    QMessageBox.warning(w, 'REAL Desktop', 'Disk ' + 'full')\n"
        "    log.warning('could not save %s', w)\n",
        encoding="utf-8",
    )
    try:
        hits = list(_shown_literals(sample))
    finally:
        sample.unlink()
    assert [h.split(": ", 1)[1] for h in hits] == [
        "setToolTip('Open the file')", "warning('Disk ')", "warning('full')",
    ]  # fmt: skip


def _translations(path: Path) -> Iterator[tuple[str | None, str, int, bool, str]]:
    """(context, source, line, plural, how) of every marked literal, as Qt looks it up."""
    tree = ast.parse(path.read_text(encoding="utf-8"))

    def walk(node: ast.AST, cls: str | None, in_fstring: bool) -> Iterator[tuple[str | None, str, int, bool, str]]:
        for child in ast.iter_child_nodes(node):
            c = child.name if isinstance(child, ast.ClassDef) else cls
            f = in_fstring or isinstance(child, ast.JoinedStr)
            if isinstance(child, ast.Call):
                func, args = child.func, child.args
                how = "f-string" if in_fstring else ""
                if isinstance(func, ast.Attribute) and func.attr == "tr" and args and isinstance(args[0], ast.Constant):
                    owner = ast.unparse(func.value)
                    yield (c if owner == "self" else f"<{owner}>"), args[0].value, child.lineno, len(args) > 2, how
                elif _name(func) in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2 and all(
                    isinstance(a, ast.Constant) for a in args[:2]
                ):
                    plural = len(args) > 3 or bool(child.keywords)
                    yield str(args[0].value), str(args[1].value), child.lineno, plural, how
            yield from walk(child, c, f)

    yield from walk(tree, None, False)


def _ts_messages(path: Path) -> dict[tuple[str, str], bool]:
    root = ET.parse(path).getroot()
    return {
        (str(c.findtext("name")), str(m.findtext("source"))): m.get("numerus") == "yes"
        for c in root.iter("context")
        for m in c.findall("message")
    }


def test_what_runs_is_what_lupdate_extracted() -> None:
    """Each tr()/translate() literal is in the .ts under the context Qt will ask for (the
    class a self.tr() is written in — PySide6 also tries the base classes — or the
    literal context), as a plural exactly when the call passes a count."""
    messages = _ts_messages(SPANISH_TS)
    wrong = []
    for path in SOURCES:
        for ctx, source, line, plural, how in _translations(path):
            where = f"{path.relative_to(PACKAGE)}:{line}: {ctx} {source[:50]!r}"
            if how or (ctx or "").startswith("<"):
                wrong.append(f"{where}: lupdate cannot file this under the right context ({how or ctx})")
            elif (ctx, source) not in messages:
                wrong.append(f"{where}: not in real_desktop_es.ts (run pyside6-lupdate)")
            elif messages[(ctx, source)] != plural:
                wrong.append(f"{where}: plural in the code and not in the .ts, or the reverse")
    assert wrong == [], "\n".join(wrong)


def test_action_specs_are_marked_where_they_are_declared() -> None:
    """The registry's texts, help texts and help groups are translated where shown; they
    are found by lupdate only through QT_TRANSLATE_NOOP("Actions", ...)."""
    tree = ast.parse((PACKAGE / "ui" / "actions" / "catalog.py").read_text(encoding="utf-8"))
    bare = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _name(node.func) == "ActionSpec":
            texts = [node.args[1]] if len(node.args) > 1 else []
            texts += [k.value for k in node.keywords if k.arg in ("help", "help_keys", "group")]
            for t in texts:
                if isinstance(t, ast.Constant) and isinstance(t.value, str) and t.value:
                    bare.append(f"line {t.lineno}: {t.value!r}")
    assert bare == [], "wrap in QT_TRANSLATE_NOOP(\"Actions\", ...):\n" + "\n".join(bare)


def test_the_cores_names_are_marked_in_the_ui() -> None:
    """The Qt-free core names highlight colours and languages; the UI marks the same words."""
    assert {name for name, _c in HIGHLIGHT_COLORS} <= set(COLOR_NAMES)
    assert set(LANGUAGE_NAMES.values()) <= set(i18n.LANGUAGE_NAMES)
