"""The interface in Spanish (issue 15): the .ts is current and complete, the .qm is built
from it, the main window, Settings and the kiosk's welcome speak Spanish, plurals take
Spanish forms, and the Spanish interface opens the demo video on its Spanish captions."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget

import real_desktop
from real_desktop.ui import i18n
from real_desktop.ui.search.panel import SearchPanel
from real_desktop.ui.settings import SettingsDialog
from tests.ui.test_main_window import make_window

FOLDER = Path(i18n.translations_dir())
SPANISH_TS = FOLDER / "real_desktop_es.ts"
PACKAGE = Path(real_desktop.__file__).parent
REPO = PACKAGE.parent


def _tool(name: str) -> str:
    path = shutil.which(name) or str(Path(sys.executable).parent / name)
    if not Path(path).exists():
        pytest.skip(f"{name} is not installed")
    return path


def lupdate_command(ts: Path) -> list[str]:
    """What README gives developers (from the repository's root)."""
    return [_tool("pyside6-lupdate"), "-extensions", "py", "real_desktop/ui", "real_desktop/player",
            "-source-language", "en", "-target-language", "es", "-locations", "none",
            "-no-obsolete", "-ts", str(ts)]  # fmt: skip


@pytest.fixture
def spanish(qapp) -> Iterator[None]:
    assert i18n.use(qapp, "es") == "es"
    yield
    i18n.use(qapp, "en")


def _messages() -> list[ET.Element]:
    return list(ET.parse(SPANISH_TS).getroot().iter("message"))


# -- the translation files ---------------------------------------------------------------------
def test_the_spanish_ts_is_what_lupdate_makes_from_the_sources(tmp_path: Path) -> None:
    """No new or vanished message: lupdate over today's code changes nothing."""
    copy = tmp_path / "real_desktop_es.ts"
    shutil.copyfile(SPANISH_TS, copy)
    out = subprocess.run(lupdate_command(copy), cwd=REPO, capture_output=True, text=True, check=True)
    assert "0 new" in out.stdout, out.stdout
    assert copy.read_bytes() == SPANISH_TS.read_bytes(), "run the lupdate command in README"


def test_every_message_is_translated_keeping_its_placeholders() -> None:
    problems = []
    for m in _messages():
        source, t = str(m.findtext("source")), m.find("translation")
        assert t is not None
        if t.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{t.get('type')}: {source!r}")
            continue
        forms = [f.text or "" for f in t.findall("numerusform")] if m.get("numerus") else [t.text or ""]
        if m.get("numerus") and len(forms) != 2:  # Spanish: singular, plural
            problems.append(f"{len(forms)} plural forms: {source!r}")
        for form in forms:
            if not form.strip():
                problems.append(f"empty: {source!r}")
            marks = r"%n|%\d|\{\d\}"
            if sorted(re.findall(marks, source)) != sorted(re.findall(marks, form)) and not (
                m.get("numerus") and form == forms[0] and "%n" not in form  # "the agenda" (n = 1)
            ):
                problems.append(f"placeholders differ: {source!r} -> {form!r}")
            if source.count("&") != form.count("&") and "&&" not in source:
                problems.append(f"accelerator lost: {source!r} -> {form!r}")
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("name", ["real_desktop_es", "real_desktop_en", "qt_keys_es"])
def test_the_compiled_file_is_made_from_the_source(tmp_path: Path, name: str) -> None:
    out = tmp_path / f"{name}.qm"
    ts = FOLDER / f"{name}.ts"
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(out)], check=True)
    assert out.read_bytes() == (FOLDER / f"{name}.qm").read_bytes(), (
        f"run: pyside6-lrelease assets/i18n/{name}.ts"
    )


def test_english_has_forms_for_every_plural_message() -> None:
    def plurals(path: Path) -> set[tuple[str, str]]:
        root = ET.parse(path).getroot()
        return {(str(c.findtext("name")), str(m.findtext("source")))
                for c in root.iter("context") for m in c.findall("message") if m.get("numerus")}  # fmt: skip

    assert plurals(SPANISH_TS) <= plurals(FOLDER / "real_desktop_en.ts")


# -- choosing the language ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LANGUAGE": "es_MX:en", "LANG": "en_US.UTF-8"}, "es"),  # gettext's order
        ({"LC_ALL": "es_ES.UTF-8", "LANG": "en_US.UTF-8"}, "es"),
        ({"LC_MESSAGES": "en_GB.UTF-8", "LANG": "es_AR.UTF-8"}, "en"),
        ({"LANG": "es_US.UTF-8"}, "es"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "fr_FR.UTF-8"}, "en"),  # no French: English
    ],
)
def test_system_follows_the_locale_variables(env: dict[str, str], expected: str) -> None:
    assert i18n.resolve("system", env) == expected
    assert i18n.resolve("es", {"LANG": "en_US.UTF-8"}) == "es"  # a choice beats the system
    assert i18n.resolve("en", {"LANG": "es_MX.UTF-8"}) == "en"


def test_the_language_setting_is_stored_and_read_back(settings) -> None:
    assert settings.language == "system"
    settings.language = "es"
    settings.sync()
    again = type(settings)(settings.path)
    assert again.language == "es"
    again.language = "klingon"  # not offered: back to the system's
    assert again.language == "system"


def test_spanish_plural_forms_and_locale(qapp, spanish) -> None:
    tr = QCoreApplication.translate
    assert tr("SearchPanel", "%n match(es)", "", 1) == "1 coincidencia"
    assert tr("SearchPanel", "%n match(es)", "", 3) == "3 coincidencias"
    assert tr("SearchPanel", "%n item(s)", "", 0) == "0 elementos"
    assert tr("Relinker", "Linked %n more recordings.", "", 1) == "Se vinculó 1 grabación más."
    assert QLocale().language() == QLocale.Language.Spanish
    assert i18n.date_text("2023-05-04") == "4 de mayo de 2023"
    assert i18n.language_name("es") == "Español" and i18n.language_name("en") == "Inglés"
    # Qt's own strings (standard buttons) come from qtbase_es.
    assert tr("QPlatformTheme", "Cancel") == "Cancelar"
    # Keys as Spanish keyboards print them (qt_keys_es over qtbase_es's "Control+Mayúsculas").
    assert QKeySequence("Ctrl+Shift+N").toString(QKeySequence.SequenceFormat.NativeText) == "Ctrl+Mayús+N"
    assert QKeySequence("Del").toString(QKeySequence.SequenceFormat.NativeText) == "Supr"


def test_the_english_left_check_sees_an_untranslated_text(qtbot, spanish) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    QLabel("Library", holder)  # an English source shown as it is
    QLabel(QCoreApplication.translate("LibraryBrowser", "Library"), holder)
    assert _english_left(holder) == ["Library"]


# -- screens in Spanish ------------------------------------------------------------------------
def _english_left(root: QWidget) -> list[str]:
    """Texts on `root`'s widgets and actions that are an English source with a Spanish
    translation that differs: a string shown untranslated (a context lupdate filed
    elsewhere, a string set before the translator was installed)."""
    english = set()
    for m in _messages():
        t = m.find("translation")
        text = (t.text or "") if t is not None else ""
        source = str(m.findtext("source"))
        if text and text != source and re.search(r"[A-Za-z]{3,}", source):
            english |= {source, source.replace("&", "")}
    shown: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        shown += [w.toolTip(), w.accessibleName(), w.windowTitle()]
        if isinstance(w, QLabel | QAbstractButton):
            shown.append(w.text())
        if isinstance(w, QLineEdit):
            shown.append(w.placeholderText())
    for a in root.findChildren(QAction):
        shown += [a.text().replace("&", ""), a.toolTip()]
    return sorted({s for s in shown if s in english})


def test_the_main_window_speaks_spanish(qtbot, library, runner, settings, spanish) -> None:  # noqa: F811
    w = make_window(qtbot, library, runner, settings)
    menus = [a.text() for a in w.menuBar().actions()]
    assert menus[:4] == ["&Archivo", "&Ver", "&Ir", "Ay&uda"]
    assert w.search_field.placeholderText().startswith("Buscar en la biblioteca")
    assert w.sidebar.findChildren(QWidget)  # built
    assert _english_left(w) == []
    w.search.set_query("outcomes", immediate=True)  # one match in one item
    qtbot.waitUntil(lambda: w.search.model.rowCount() >= 1)
    assert w.search.summary.text() == "1 coincidencia en 1 elemento"
    assert _english_left(w) == []
    w.close()


def test_the_search_summary_in_spanish_plurals(qtbot, library, spanish) -> None:
    from real_desktop.ui.tasks import TaskRunner

    tasks = TaskRunner()
    try:
        panel = SearchPanel(library, tasks)
        holder = QWidget()
        QVBoxLayout(holder).addWidget(panel)
        qtbot.addWidget(holder)
        panel.set_query("community", immediate=True)
        qtbot.waitUntil(lambda: panel.model.rowCount() >= 1)
        hits, groups = panel.model.hit_count, panel.model.rowCount()
        assert hits > 1 and groups > 1
        assert panel.summary.text() == f"{hits} coincidencias en {groups} elementos"
    finally:
        tasks.shutdown()


def test_settings_offers_the_language_and_speaks_spanish(qtbot, settings, spanish) -> None:
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Configuración"
    choices = [dialog.language.itemData(i) for i in range(dialog.language.count())]
    assert choices == ["system", "en", "es"]
    assert [dialog.language.itemText(i) for i in (1, 2)] == ["English", "Español"]
    assert dialog.language.itemText(0).startswith("Según el sistema (")
    assert _english_left(dialog) == []
    assert not dialog.language_note.isVisibleTo(dialog)
    dialog.language.setCurrentIndex(1)  # English: said to apply on restart
    assert dialog.language_note.isVisibleTo(dialog)
    assert "reinicia" in dialog.language_note.text()
    dialog.accept()
    assert settings.language == "en"


def test_the_spanish_interface_opens_the_demo_on_its_spanish_captions(
    qtbot, home, runner, settings, monkeypatch, spanish  # noqa: F811
) -> None:
    from real_desktop.core.library import Library

    monkeypatch.setenv("REAL_DESKTOP_PLAYER", "qt")
    lib = Library.open(home)  # the starter library: the demo tour has en + es captions
    try:
        w = make_window(qtbot, lib, runner, settings)
        w.open_resource(lib.get("real-demo-tour"))
        qtbot.waitUntil(lambda: w.current_viewer is w.player_view, timeout=20_000)
        assert w.player_view.current_track() == "es"
        box = w.player_view.track_box
        assert [box.itemText(i) for i in range(box.count())] == ["Inglés", "Español"]
        w.close()
    finally:
        lib.close()
    assert QApplication.instance() is not None


def test_dialogs_and_the_shortcuts_table_speak_spanish(qtbot, library, tmp_path: Path, spanish) -> None:
    """A sweep of other screens: no English source string left on them."""
    from real_desktop.core.kiosk.pin import PinGuard, hash_pin
    from real_desktop.core.notes import NoteStore
    from real_desktop.core.policy import kiosk_policy
    from real_desktop.ui.actions.help import shortcut_rows
    from real_desktop.ui.actions.registry import ActionRegistry
    from real_desktop.ui.agenda.editor import AgendaEditor
    from real_desktop.ui.kiosk.dialogs import EndSessionDialog, UnlockDialog
    from real_desktop.ui.notes.export_dialog import ExportDialog
    from real_desktop.ui.tasks import TaskRunner

    tasks = TaskRunner(synchronous=True)
    kiosk = ActionRegistry(kiosk_policy(printing=True, save_to_drive=True))
    screens = [
        EndSessionDialog(kiosk, 2, [tmp_path], lambda: None, lambda p: p),
        UnlockDialog(kiosk, PinGuard(hash_pin("1357"), tmp_path / "state.json")),
        AgendaEditor(library, tasks),
        ExportDialog(NoteStore(library), tasks, library=library),
    ]
    for screen in screens:
        qtbot.addWidget(screen)
        screen.show()
        assert _english_left(screen) == [], type(screen).__name__
    assert screens[0].windowTitle() == "Terminar sesión"
    assert screens[2].windowTitle() == "Agendas — REAL Desktop"
    groups = [group for group, _rows in shortcut_rows(ActionRegistry())]
    assert groups[:3] == ["Buscar", "Desplazarse", "Biblioteca"]
    rows = dict(row for _g, rs in shortcut_rows(ActionRegistry()) for row in rs)
    assert rows["Mostrar los elementos en mosaico"] == "Ctrl+1"
    tasks.shutdown()
