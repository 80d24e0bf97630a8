"""Translations: the interface in English or Spanish, with Qt's own tools.

Every user-visible string goes through `self.tr()` / `QCoreApplication.translate()` (or
`QT_TRANSLATE_NOOP` in module-level tables); `pyside6-lupdate` collects them into
`assets/i18n/real_desktop_es.ts` and `pyside6-lrelease` compiles the `.qm` beside it.

Plurals are Qt's: a string with %n is written once (`tr("%n match(es)", "", n)`) and a
translation gives its forms, so English needs one too: `real_desktop_en.qm` is always
installed first; Spanish (our strings and Qt's own `qtbase_es`, for standard buttons and
dialogs) goes on top of it. `use()` switches; widgets made afterwards are in the new
language (the app's windows set their texts once, so a running window keeps its own
until it is made again: the Settings dialog says so)."""

from __future__ import annotations

import os
from datetime import datetime

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QTime,
    QTranslator,
)

from real_desktop.core import i18n as core_i18n
from real_desktop.core import paths
from real_desktop.core.textutil import LANGUAGE_NAMES as _CORE_NAMES
from real_desktop.core.textutil import language_label

ENGLISH = "real_desktop_en"
SPANISH = "real_desktop_es"
CHOICES = ("system", "en", "es")  # the Settings / kiosk.ini values
SUPPORTED = ("en", "es")
NATIVE_NAMES = {"en": "English", "es": "Español"}  # a language picker names each in its own
SWITCH_TO = {"en": "Use REAL Desktop in English", "es": "Usar REAL Desktop en español"}

_extra: list[QTranslator] = []  # the translators of the language in use, on top of English
_language = "en"
_applied = False  # use() has run once (set the default QLocale)


def translations_dir() -> str:
    return str(paths.assets_dir() / "i18n")


def system_language(environ: dict[str, str] | None = None) -> str:
    """The person's language as gettext reads it — LANGUAGE (a list), LC_ALL, LC_MESSAGES,
    LANG, the first one set — else what Qt knows of the system (Windows, macOS). Only the
    language part: "es_MX.UTF-8" -> "es"; "C"/"POSIX" -> "en"."""
    env = os.environ if environ is None else environ
    for key in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(key, "").strip()
        if key == "LANGUAGE":
            value = next((v for v in value.split(":") if v), "")
        if value:
            code = value.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
            return "en" if code in ("c", "posix") else code
    names = QLocale.system().uiLanguages()
    return (names[0] if names else "en").replace("-", "_").split("_")[0].lower()


def resolve(choice: str | None, environ: dict[str, str] | None = None) -> str:
    """A setting ("system", "en", "es"; anything else is "system") -> "en" or "es"."""
    if choice in SUPPORTED:
        return str(choice)
    lang = system_language(environ)
    return lang if lang in SUPPORTED else "en"


def install(app: QCoreApplication, language: str | None = None) -> bool:
    """Install the English plural forms once per application, then `language` ("system",
    "en", "es") when given; False if the English file is missing (then "%n match(es)"
    shows as written, nothing breaks). Without `language` a second call is a no-op, so a
    window made later keeps the language the app chose."""
    first = not app.property("real_desktop_translator")
    if first:
        translator = QTranslator(app)  # parented: lives as long as the app
        if not translator.load(ENGLISH, translations_dir()):
            return False
        app.installTranslator(translator)
        app.setProperty("real_desktop_translator", True)
    if language is not None or first:
        use(app, language or "en")
    return True


def use(app: QCoreApplication, choice: str | None) -> str:
    """Switch the translations and the default QLocale (dates, numbers) to `choice`;
    returns the language now in use ("en" or "es")."""
    global _language, _applied
    lang = resolve(choice)
    if _applied and lang == _language:
        return lang  # nothing to change: no translator churn, no LanguageChange events
    for translator in _extra:
        app.removeTranslator(translator)
    _extra.clear()
    if lang != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        # Qt's own first, ours on top (searched first): key names as keyboards print
        # them (qt_keys_es.ts), then our strings.
        for name, folder in (
            (f"qtbase_{lang}", qt_dir),
            (f"qt_keys_{lang}", translations_dir()),
            (f"real_desktop_{lang}", translations_dir()),
        ):
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                _extra.append(translator)
    QLocale.setDefault(_locale(lang))
    core_i18n.set_language(_locale(lang).name())  # the core's messages, numbers, dates
    _language, _applied = lang, True
    return lang


def _locale(lang: str) -> QLocale:
    """The system's own locale when it speaks that language (es_MX keeps Mexico's
    formats), else the language's default one."""
    system = QLocale.system()
    if system.name().split("_")[0] == lang:
        return system
    if lang == "es":  # neutral Latin-American Spanish
        return QLocale("es_419")
    return QLocale("en_US")


def language() -> str:
    """The language in use: "en" or "es"."""
    return _language


# -- dates and numbers in the language's locale --------------------------------------------
def number(value: float, decimals: int = 1) -> str:
    """A number with the locale's separators ("1,234.5"; "1.234,5" in Spain); whole
    numbers without decimals."""
    if float(value).is_integer():
        return QLocale().toString(int(value))
    return QLocale().toString(float(value), "f", decimals)


def date_text(iso: str | None) -> str:
    """A resource's date ("2023", "2023-05", "2023-05-04") the locale's way: "May 4, 2023" /
    "4 de mayo de 2023"; a year alone, or text that is no date, as it is."""
    if not iso:
        return ""
    parts = iso.split("-")
    loc = QLocale()
    if len(parts) == 3:
        d = QDate.fromString(iso, "yyyy-MM-dd")
        if d.isValid():
            # Qt's LongFormat names the weekday too: long for a details pane.
            return loc.toString(d, "d 'de' MMMM 'de' yyyy" if _spanish(loc) else "MMMM d, yyyy")
    if len(parts) == 2:
        d = QDate.fromString(iso + "-01", "yyyy-MM-dd")
        if d.isValid():
            return loc.toString(d, "MMMM 'de' yyyy" if _spanish(loc) else "MMMM yyyy")
    return iso


def short_date(iso: str) -> str:
    """ "2026-12-02" the locale's short way ("12/2/26", "2/12/26"); other text as it is."""
    d = QDate.fromString(iso, "yyyy-MM-dd")
    return QLocale().toString(d, QLocale.FormatType.ShortFormat) if d.isValid() else iso


def _spanish(loc: QLocale) -> bool:
    return loc.language() == QLocale.Language.Spanish


def datetime_text(dt: datetime) -> str:
    """A local date and time, short: "12/5/24 3:04 PM" / "5/12/24 15:04"."""
    q = QDateTime(QDate(dt.year, dt.month, dt.day), QTime(dt.hour, dt.minute))
    return QLocale().toString(q, QLocale.FormatType.ShortFormat)


# -- content in the interface's language first ---------------------------------------------
def preferred_index(codes: list[str | None]) -> int:
    """The first of `codes` (caption tracks, editions) in the interface's language, else 0:
    the Spanish interface opens the demo video on its Spanish captions."""
    return next(
        (i for i, c in enumerate(codes) if (c or "").replace("_", "-").split("-")[0].lower() == _language),
        0,
    )


# The names of core.textutil.LANGUAGE_NAMES (Qt-free), marked here for lupdate.
LANGUAGE_NAMES = (
    QT_TRANSLATE_NOOP("Languages", "English"),
    QT_TRANSLATE_NOOP("Languages", "Spanish"),
    QT_TRANSLATE_NOOP("Languages", "French"),
    QT_TRANSLATE_NOOP("Languages", "German"),
    QT_TRANSLATE_NOOP("Languages", "Portuguese"),
    QT_TRANSLATE_NOOP("Languages", "Chinese"),
    QT_TRANSLATE_NOOP("Languages", "Vietnamese"),
    QT_TRANSLATE_NOOP("Languages", "Korean"),
    QT_TRANSLATE_NOOP("Languages", "Arabic"),
    QT_TRANSLATE_NOOP("Languages", "Haitian Creole"),
    QT_TRANSLATE_NOOP("Languages", "Tagalog"),
    QT_TRANSLATE_NOOP("Languages", "Russian"),
    QT_TRANSLATE_NOOP("Languages", "Captions"),
)


def language_name(code: str | None) -> str:
    """A language code as the interface names it: "es" -> "Spanish" / "Español",
    "es-MX" -> "Español (es-MX)"; an unknown code as it is."""
    base = (code or "").replace("_", "-").split("-")[0].lower()
    name = _CORE_NAMES.get(base) if code else "Captions"
    if name is None:
        return language_label(code)
    shown = QCoreApplication.translate("Languages", name)
    return shown if not code or base == code.lower() else f"{shown} ({code})"


def track_label(label: str, code: str | None) -> str:
    """A caption track's label: a plain language name ("English", as a catalog gives it)
    in the interface's language; any other label as it is."""
    if not label or label in _CORE_NAMES.values():
        return language_name(code) if code else QCoreApplication.translate("Languages", label or "Captions")
    return label


# -- what the core says, in the interface's language ----------------------------------------
def core_text(value: object) -> str:
    """A text the core made — an exception, a `later.tr` Message, a resource's status
    reason or a job's message read back from the database — in the interface's language.
    The core's messages are Qt-free and live in its own catalogue
    (assets/i18n/real_desktop_cli_es.ts, shared with the command line); `use()` sets its
    language with the interface's."""
    return core_i18n.text_of(value)
