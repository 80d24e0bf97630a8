"""The Qt-free translation helper (real_desktop/core/i18n.py) and its catalogues."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from real_desktop.core import i18n
from real_desktop.core.i18n import later

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "assets" / "i18n"
CATALOGUES = ("real_desktop_cli_es.ts", "real_desktop_cli_en.ts")
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"
LOCALE_VARS = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


@pytest.fixture(autouse=True)
def english_afterwards(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for var in LOCALE_VARS:
        monkeypatch.delenv(var, raising=False)
    monkeypatch.delenv("REAL_DESKTOP_ASSETS", raising=False)
    yield
    i18n.set_language("en")


# -- which language ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("es_MX.UTF-8", ("es", "MX")),
        ("es-419", ("es", "419")),
        ("es_ES@euro", ("es", "ES")),
        ("en_GB.UTF-8", ("en", "GB")),
        ("es", ("es", "")),
        ("C", None),
        ("POSIX", None),
        ("fr_FR.UTF-8", None),
        ("", None),
    ],
)
def test_a_locale_name_gives_a_language_and_region(value: str, expected: tuple[str, str] | None) -> None:
    assert i18n.parse_locale(value) == expected


def test_the_environment_is_read_in_gettexts_order() -> None:
    assert i18n.system_language({}) == ("en", "")
    assert i18n.system_language({"LANG": "es_AR.UTF-8"}) == ("es", "AR")
    # LC_MESSAGES beats LANG; LC_ALL beats both; LANGUAGE (a list) beats everything.
    assert i18n.system_language({"LANG": "en_US.UTF-8", "LC_MESSAGES": "es_CO.UTF-8"}) == ("es", "CO")
    assert i18n.system_language({"LANG": "es_ES.UTF-8", "LC_ALL": "C"}) == ("en", "")
    assert i18n.system_language({"LANG": "en_US.UTF-8", "LANGUAGE": "fr:es_MX:en"}) == ("es", "MX")
    # A LANGUAGE list with nothing we have falls through to the locale.
    assert i18n.system_language({"LANG": "es_CL.UTF-8", "LANGUAGE": "fr:de"}) == ("es", "CL")


def test_the_windows_setting_is_read_from_settings_ini(tmp_path: Path) -> None:
    assert i18n.settings_language(tmp_path) is None  # no file
    ini = tmp_path / "settings.ini"
    ini.write_text("[appearance]\ntheme=dark\nlanguage=es\n\n[library]\nlanguage=en\n", encoding="utf-8")
    assert i18n.settings_language(tmp_path) == "es"
    ini.write_text("[appearance]\nlanguage=system\n", encoding="utf-8")
    assert i18n.settings_language(tmp_path) is None
    ini.write_text("[General]\nlanguage=es\n", encoding="utf-8")  # another group's key
    assert i18n.settings_language(tmp_path) is None


def test_an_explicit_choice_beats_the_setting_which_beats_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    assert i18n.set_language(None, home=tmp_path) == "es"
    (tmp_path / "settings.ini").write_text("[appearance]\nlanguage=en\n", encoding="utf-8")
    assert i18n.set_language(None, home=tmp_path) == "en"
    assert i18n.set_language("es", home=tmp_path) == "es"
    assert i18n.language() == "es"


# -- messages ------------------------------------------------------------------------------
def test_english_needs_no_catalogue_for_a_plain_message() -> None:
    i18n.set_language("en")
    i18n._catalogues.clear()
    assert i18n.tr("No duplicates.") == "No duplicates."
    assert i18n._catalogues == {}


def test_spanish_messages_come_from_the_catalogue() -> None:
    i18n.set_language("es")
    assert i18n.tr("No duplicates.") == "No hay duplicados."
    # The same English word, two meanings told apart by the disambiguation.
    assert i18n.tr("failed", "job state") == "falló"
    assert i18n.tr("%n failed", "import summary: files", 2) == "2 fallidos"
    # No translation: the English text, as Qt shows it.
    assert i18n.tr("a message nobody marked") == "a message nobody marked"


@pytest.mark.parametrize(
    ("lang", "n", "expected"),
    [
        ("en", 0, "0 notes"),
        ("en", 1, "1 note"),
        ("en", 3, "3 notes"),
        ("es", 0, "0 notas"),
        ("es", 1, "1 nota"),
        ("es", 3, "3 notas"),
    ],
)
def test_plural_forms(lang: str, n: int, expected: str) -> None:
    i18n.set_language(lang)
    assert i18n.tr("%n note(s)", "", n) == expected


def test_a_big_count_is_written_the_way_the_language_writes_numbers() -> None:
    i18n.set_language("es_ES")
    assert i18n.tr("%n note(s)", "", 12345) == "12.345 notas"
    i18n.set_language("es_MX")
    assert i18n.tr("%n note(s)", "", 12345) == "12,345 notas"
    i18n.set_language("en")
    assert i18n.tr("%n note(s)", "", 12345) == "12,345 notes"


@pytest.mark.parametrize(
    ("lang", "value", "decimals", "expected"),
    [
        ("en", 1234567.25, 1, "1,234,567.2"),
        ("en", 12.5, 1, "12.5"),
        ("es_ES", 1234.5, 1, "1234,5"),  # CLDR: a four-digit whole part stays ungrouped
        ("es_ES", 12345.5, 1, "12.345,5"),
        ("es_AR", 1234567, 0, "1.234.567"),
        ("es_MX", 12345.5, 1, "12,345.5"),
        ("es", 1.5, 1, "1.5"),  # Spanish with no region: Latin-American (es-419)
        ("es", -12345, 0, "-12,345"),
    ],
)
def test_numbers(lang: str, value: float, decimals: int, expected: str) -> None:
    i18n.set_language(lang)
    assert i18n.format_number(value, decimals) == expected


def test_dates_in_the_users_language_and_time_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    monkeypatch.setenv("TZ", "America/Mexico_City")  # UTC-6 in December
    time.tzset()
    try:
        i18n.set_language("en")
        assert i18n.format_datetime("2026-12-02T17:34:00+00:00") == "December 2, 2026, 11:34"
        assert i18n.format_datetime("2026-12-02T05:04:00+00:00", with_time=False) == "December 1, 2026"
        i18n.set_language("es")
        assert i18n.format_datetime("2026-12-02T17:34:00+00:00") == "2 de diciembre de 2026, 11:34"
        assert i18n.format_datetime("not a date") == "not a date"
    finally:
        monkeypatch.undo()
        time.tzset()


def test_a_later_message_is_english_data_and_translated_where_printed() -> None:
    i18n.set_language("es")
    msg = later.tr("only {size} free at {folder}").format(size="3 MB", folder="/data")
    assert msg == "only 3 MB free at /data"  # its value: English, whatever the language
    assert json.dumps({"summary": msg}) == '{"summary": "only 3 MB free at /data"}'
    assert i18n.text_of(msg) == "solo quedan 3 MB libres en /data"
    assert i18n.text_of(later.tr("the PIN must have at least {n} characters").format(n=4)) == (
        "el PIN debe tener al menos 4 caracteres"
    )  # a field may be called n
    nested = later.tr("kiosk on, but {issues}").format(issues=later.tr("no admin PIN is set"))
    assert nested == "kiosk on, but no admin PIN is set"
    assert i18n.text_of(nested) == "quiosco activado, pero no hay un PIN de administración"
    plural = later.tr("%n families, default {font}", "", 1).format(font="DejaVu Sans")
    assert plural == "1 family, default DejaVu Sans"
    assert i18n.text_of(plural) == "1 familia, predeterminada DejaVu Sans"
    assert i18n.text_of(42) == "42"
    # A field that is not text keeps its type: None and 5 read as in English, unquoted.
    odd = later.tr("not a time: {text!r} (use M:SS, e.g. 2:05)").format(text=None)
    assert odd == "not a time: None (use M:SS, e.g. 2:05)"
    assert "None" in i18n.text_of(odd) and "'None'" not in i18n.text_of(odd)


def test_a_core_error_shows_in_the_users_language() -> None:
    """An exception raised with a `later.tr` message, as the window and the command line
    show it: text_of takes its Message, not str()'s English."""
    error = ValueError(later.tr("the title cannot be empty"))
    assert str(error) == "the title cannot be empty"
    i18n.set_language("es")
    assert i18n.text_of(error) == "el título no puede estar vacío"
    assert i18n.text_of(KeyError(7)) == "7"  # not a message: as it is


def test_english_stored_in_the_database_is_translated_when_shown() -> None:
    """A resource's status reason is stored as English text; shown in Spanish it is
    matched against the catalogue's English, its fields kept as they were."""
    i18n.set_language("es")
    assert i18n.text_of("the PDF has no pages") == "el PDF no tiene páginas"
    assert i18n.text_of("did not answer within 12 s") == "no respondió en 12 s"
    shown = i18n.text_of("kiosk on, but no admin PIN is set")  # a field that is a message
    assert shown == "quiosco activado, pero no hay un PIN de administración"
    assert i18n.text_of("a title a user typed") == "a title a user typed"
    assert i18n.text_of("") == ""
    i18n.set_language("en")
    assert i18n.text_of("the PDF has no pages") == "the PDF has no pages"


def test_every_stored_message_comes_back_from_its_english() -> None:
    """The reverse lookup is total: every Spanish "later" message, its fields filled with
    sample values, is found again from the English made with the same values."""
    i18n.set_language("es")
    field = re.compile(r"\{(\w+)(?:![rsa])?(?::[^{}]*)?\}")
    checked = 0
    for (context, source, _c), forms in i18n.read_catalogue(i18n.catalogue_path("es")).items():
        if context != "later" or "%n" in source or len(forms) != 1:
            continue
        sample = {name: f"<{name}-7>" for name in field.findall(source)}
        english = field.sub(lambda m, s=sample: s[m.group(1)], source)
        spanish = field.sub(lambda m, s=sample: s[m.group(1)], forms[0])
        assert i18n.from_english(english) == spanish, source
        checked += 1
    assert checked > 10


def test_the_reader_leaves_out_what_lrelease_leaves_out(tmp_path: Path) -> None:
    ts = tmp_path / "x.ts"
    ts.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context><name>i18n</name>
<message><source>done</source><translation>hecho</translation></message>
<message><source>todo</source><translation type="unfinished">a medias</translation></message>
<message><source>old</source><translation type="obsolete">viejo</translation></message>
<message><source>gone</source><translation type="vanished">ido</translation></message>
<message><source>empty</source><translation></translation></message>
<message numerus="yes"><source>%n x</source><comment>c</comment>
<translation><numerusform>%n equis</numerusform><numerusform>%n equis más</numerusform></translation></message>
</context></TS>
""",
        encoding="utf-8",
    )
    assert i18n.read_catalogue(str(ts)) == {
        ("i18n", "done", ""): ("hecho",),
        ("i18n", "%n x", "c"): ("%n equis", "%n equis más"),
    }
    assert i18n.read_catalogue(str(tmp_path / "missing.ts")) == {}


# -- the catalogues themselves -------------------------------------------------------------
def _messages(name: str) -> list[ET.Element]:
    return list(ET.parse(I18N / name).getroot().iter("message"))


@pytest.mark.parametrize("name", CATALOGUES)
def test_no_message_is_unfinished_obsolete_or_vanished(name: str) -> None:
    messages = _messages(name)
    assert messages
    bad = [m.findtext("source") for m in messages if m.find("translation").get("type")]  # type: ignore[union-attr]
    assert bad == []


@pytest.mark.parametrize("name", CATALOGUES)
def test_every_translation_keeps_the_fields_of_its_source(name: str) -> None:
    """{name} fields, %n, and argparse's %(name)s / %s survive translation (a missing one
    would raise or print a hole)."""
    fields = re.compile(r"\{[a-z_]+(?:![rs])?\}|%n|%\([a-z_]+\)[sr]|%[sr]")
    bad = []
    for m in _messages(name):
        source = m.findtext("source") or ""
        forms = [f.text or "" for f in m.iter("numerusform")] or [m.findtext("translation") or ""]
        if m.get("numerus") == "yes":
            assert len(forms) == 2, source  # English and Spanish: one, other
        for form in forms:
            if sorted(fields.findall(form)) != sorted(fields.findall(source)):
                bad.append((source, form))
    assert bad == []


def test_every_spanish_message_is_translated() -> None:
    """Spanish differs from English except where it is the same word ("no", "audio")."""
    same = {"no", "video", "audio", "id", "{n} min", "{n} s", "{date}, {time}", "%(prog)s: error: %(message)s\n", "qt",
            "REAL Desktop {version} ({how})", "apt-get install tesseract-ocr (Debian/Ubuntu)", "{file}: {why}", "HTML",
            "agenda {name!r}: {why}", "{first}; {then}"}  # fmt: skip
    untranslated = [
        m.findtext("source")
        for m in _messages("real_desktop_cli_es.ts")
        if m.get("numerus") != "yes" and m.findtext("translation") == m.findtext("source")
        and m.findtext("source") not in same
    ]  # fmt: skip
    assert untranslated == []


@pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate is not installed")
@pytest.mark.parametrize("name", CATALOGUES)
def test_the_catalogue_is_current(name: str, tmp_path: Path) -> None:
    """pyside6-lupdate over the sources (README, "Translations") adds and drops nothing."""
    copy = tmp_path / name
    shutil.copy(I18N / name, copy)
    extra = ["-pluralonly"] if name.endswith("_en.ts") else []
    subprocess.run(
        [str(LUPDATE), "-extensions", "py", "-locations", "none", "-no-obsolete", *extra,
         "real_desktop/cli", "real_desktop/core", "-ts", str(copy)],
        cwd=ROOT, check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    assert copy.read_text(encoding="utf-8") == (I18N / name).read_text(encoding="utf-8")


def test_english_reads_no_catalogue_and_spanish_reads_one(tmp_path: Path) -> None:
    script = (
        "import sys\nfrom real_desktop.core import i18n\n"
        "i18n.set_language(sys.argv[1])\ni18n.tr('No duplicates.')\n"
        "print('xml.etree.ElementTree' in sys.modules, sorted(i18n._catalogues))\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in LOCALE_VARS}
    env["PYTHONPATH"] = str(ROOT)
    outs = [
        subprocess.run([sys.executable, "-c", script, lang], capture_output=True, text=True,
                       env=env, cwd=tmp_path, timeout=60).stdout.strip()
        for lang in ("en", "es")
    ]  # fmt: skip
    assert outs == ["False []", "True ['es']"]
