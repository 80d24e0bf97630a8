"""Translations of the command line's messages (and of core messages it prints), without Qt.

Marking: `i18n.tr("Wrote %n note(s) to {file}", "", n).format(file=path)` — the module
imported as `i18n`, the text a literal, `{name}` fields filled with `.format()` afterwards. pyside6-lupdate's Python parser
takes `i18n.tr(...)` as Qt's `tr` with the context "i18n", so the Spanish catalogue
`assets/i18n/real_desktop_cli_es.ts` is Qt's own format, kept current with
`pyside6-lupdate -extensions py -locations none -no-obsolete real_desktop/cli
real_desktop/core -ts …` (README, "Command line") and edited with Qt Linguist. (Its parser extracts a count only as tr's third argument: a plain name
or any expression; `translate(ctx, text, None, n)` is extracted as a plural only for an
integer literal, so `tr` it is.) `later.tr(...)` marks a text to be translated only where
it is printed (context "later"): a `Message`, a str that is the English text, so JSON
made from it stays language-neutral.

Runtime: the .ts XML is read with the stdlib's ElementTree, lazily, on the first message
that needs it — never for English singular texts, so `real-desktop search` in English
reads no catalogue. Plurals: a text with %n is written once ("%n item(s)") and each
catalogue gives its forms, English included (`real_desktop_cli_en.ts`, plural forms only,
made with `lupdate -pluralonly`), the convention of the Qt UI's catalogues. No .qm:
reading Qt's binary format would need a parser of our own, and the .ts (a few hundred
messages) parses in a few milliseconds.

Language: `set_language()` with --lang, else the app's setting (`[appearance] language`
in the data folder's settings.ini, which the window writes through QSettings), else the
environment the way GNU gettext reads it: LANGUAGE, LC_ALL, LC_MESSAGES, LANG.
"""

from __future__ import annotations

import os
import re

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing on every start
if TYPE_CHECKING:
    from collections.abc import Mapping
    from pathlib import Path

SUPPORTED = ("en", "es")
SOURCE_LANGUAGE = "en"
CONTEXT = "i18n"  # what lupdate calls the context of `i18n.tr(...)`
LATER = "later"  # ... and of `later.tr(...)`
SETTINGS_FILE = "settings.ini"
SETTINGS_GROUP, SETTINGS_KEY = "appearance", "language"  # QSettings key "appearance/language"
CATALOGUE = "real_desktop_cli_{lang}.ts"
# Regions whose Spanish writes 1,234.5 (CLDR); the rest of the Spanish-speaking world and
# Spain write 1.234,5. Spanish with no region (--lang es) is Latin-American (es-419).
_POINT_REGIONS = frozenset({"", "419", "MX", "US", "PR", "DO", "GT", "HN", "NI", "PA", "SV", "PE", "CU"})

_state: dict[str, str] = {}  # "lang", "region": chosen by set_language (or detected)
_catalogues: dict[str, dict[tuple[str, str, str], tuple[str, ...]]] = {}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's name, lupdate's
    """Marks `text` for lupdate under `context`; translated later, where it is used
    (`lookup(context, text)`)."""
    return text
# -- which language -------------------------------------------------------------------------
def parse_locale(value: str | None) -> tuple[str, str] | None:
    """"es_MX.UTF-8" -> ("es", "MX"), "es-419" -> ("es", "419"), "en" -> ("en", "");
    None for "C", "POSIX", an empty value or a language we have no catalogue for."""
    if not value:
        return None
    name = value.split(".", 1)[0].split("@", 1)[0].replace("-", "_")
    lang, _, region = name.partition("_")
    lang = lang.lower()
    return (lang, region.upper()) if lang in SUPPORTED else None


def system_language(environ: Mapping[str, str] | None = None) -> tuple[str, str]:
    """The environment's language, in GNU gettext's order (as the stdlib's gettext reads
    it): LANGUAGE (a list, "es:en"), LC_ALL, LC_MESSAGES, LANG. The first one set decides
    (a set LC_ALL=C means English even if LANG says otherwise); English when none is."""
    env = os.environ if environ is None else environ
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var)
        if not value:
            continue
        for item in value.split(":") if var == "LANGUAGE" else (value,):
            found = parse_locale(item)
            if found:
                return found
        if var != "LANGUAGE":  # "C", or a language we do not have: English
            return SOURCE_LANGUAGE, ""
    return SOURCE_LANGUAGE, ""


def settings_language(home: Path | None) -> str | None:
    """The language chosen in the window's Settings ("en", "es"; None for "system" or
    none): `language=` under `[appearance]` in <home>/settings.ini. Read as text — the
    file is QSettings' INI format, whose plain string values are `key=value` lines —
    so the command line needs neither Qt nor configparser for one value."""
    if home is None:
        return None
    try:
        with open(os.path.join(home, SETTINGS_FILE), encoding="utf-8", errors="replace") as f:
            lines = f.read().splitlines()
    except OSError:
        return None
    group = ""
    for line in lines:
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            group = line[1:-1].strip().lower()
        elif group == SETTINGS_GROUP and line.partition("=")[0].strip() == SETTINGS_KEY:
            value = line.partition("=")[2].strip().strip('"')
            return value if value in SUPPORTED else None
    return None


def set_language(code: str | None = None, home: Path | None = None) -> str:
    """Choose the language: `code` ("es", "es_MX", "en"), else the setting in `home`'s
    settings.ini, else the environment's. Returns the language chosen."""
    found = parse_locale(code) if code else None
    if found is None:
        chosen = settings_language(home)
        env = system_language()
        found = (chosen, env[1] if env[0] == chosen else "") if chosen else env
    _state["lang"], _state["region"] = found
    return found[0]


def language() -> str:
    """The language messages are shown in (the environment's until set_language)."""
    if "lang" not in _state:
        _state["lang"], _state["region"] = system_language()
    return _state["lang"]


# -- the catalogue ---------------------------------------------------------------------------
def catalogue_path(lang: str) -> str:
    from real_desktop.core import paths

    return str(paths.assets_dir() / "i18n" / CATALOGUE.format(lang=lang))


def read_catalogue(path: str) -> dict[tuple[str, str, str], tuple[str, ...]]:
    """(context, source, comment) -> the finished translation's forms (one, or one per
    plural form). Unfinished, obsolete and vanished messages are left out, as Qt's
    lrelease leaves them out: they show in English. A missing file is an empty catalogue."""
    import xml.etree.ElementTree as ET  # only when a translation is needed

    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return {}
    out: dict[tuple[str, str, str], tuple[str, ...]] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type"):  # unfinished/obsolete/vanished
                continue
            if message.get("numerus") == "yes":
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            if all(forms):
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                out[key] = forms
    return out


def _catalogue(lang: str) -> dict[tuple[str, str, str], tuple[str, ...]]:
    cat = _catalogues.get(lang)
    if cat is None:
        cat = _catalogues[lang] = read_catalogue(catalogue_path(lang))
    return cat


def plural_form(lang: str, n: int) -> int:
    """Which numerus form: English and Spanish have two (one, other), as Qt counts them."""
    return 0 if n == 1 else 1


def lookup(context: str, source: str, comment: str = "", n: int = -1) -> str:
    """The translation of `source` in the current language (`source` itself when there is
    none), %n replaced by `n` written the way the language writes numbers."""
    lang = language()
    if n < 0 and lang == SOURCE_LANGUAGE:
        return source  # the common case on every start: no catalogue read
    forms = _catalogue(lang).get((context, source, comment))
    if forms is None:
        text = source
    else:
        text = forms[min(plural_form(lang, n), len(forms) - 1)] if n >= 0 else forms[0]
    return text.replace("%n", format_number(n)) if n >= 0 else text


def tr(source: str, disambiguation: str = "", n: int = -1) -> str:
    """The message `source` in the user's language. Call it as `i18n.tr("literal")` (that
    is what lupdate extracts); a count goes third: `i18n.tr("%n item(s)", "", n)`."""
    return lookup(CONTEXT, source, disambiguation, n)


class Message(str):
    """A text whose value is its English (for JSON and logs) and that translates itself
    where it is printed (`i18n.text(message)`); `.format()` keeps it a Message and the
    fields are translated too when they are Messages."""

    source: str
    comment: str
    n: int
    fields: dict[str, object]

    def __new__(cls, source: str, comment: str = "", n: int = -1, /, **fields: object) -> Message:
        # Positional-only: a field may be called "n" or "source" too.
        english = _english_plural(source, comment, n) if n >= 0 else source
        self = super().__new__(cls, english.format(**fields) if fields else english)
        self.source, self.comment, self.n, self.fields = source, comment, n, fields
        return self

    def format(self, /, *args: object, **fields: object) -> Message:  # type: ignore[override]
        return Message(self.source, self.comment, self.n, **{**self.fields, **fields})

    def translated(self) -> str:
        text = lookup(LATER, self.source, self.comment, self.n)
        if not self.fields:
            return text
        # Only text is translated: a number or None keeps its type, so `{value!r}` and
        # `{count:,}` read as they do in English.
        return text.format(
            **{
                k: text_of(v) if isinstance(v, (str, BaseException)) else v
                for k, v in self.fields.items()
            }
        )


def _english_plural(source: str, comment: str, n: int) -> str:
    forms = _catalogue(SOURCE_LANGUAGE).get((LATER, source, comment))
    text = forms[plural_form(SOURCE_LANGUAGE, n)] if forms else source
    return text.replace("%n", str(n))


class _Later:
    """`later.tr("text")`: a Message, translated only where it is printed."""

    def tr(self, source: str, disambiguation: str = "", n: int = -1) -> Message:
        return Message(source, disambiguation, n)


later = _Later()


def message_of(exc: BaseException) -> str:
    """An exception's message as raised: a core message marked with `later.tr` stays a
    Message (str() would make it plain English), so it is translated where shown."""
    first = exc.args[0] if exc.args else None
    return first if isinstance(first, str) else str(exc)


def text_of(value: object) -> str:
    """What to show for a value, in the user's language: a Message (or anything with
    `translated()`) translated; an exception as its message (a core error raised with
    `later.tr` keeps its Message as args[0]); a plain str that is the English of a core
    message — as a resource's status reason or a job's message come back from the
    database — translated by `from_english`; anything else as str."""
    if isinstance(value, BaseException):
        value = message_of(value)
    translated = getattr(value, "translated", None)
    if callable(translated):
        return translated()
    text = str(value)
    return text if language() == SOURCE_LANGUAGE else from_english(text)


_FIELD = re.compile(r"\{(\w+)(?:![rsa])?(?::[^{}]*)?\}")
_reverse: dict[str, tuple[dict[str, str], list[tuple[re.Pattern[str], str]]]] = {}


def _reverse_index(lang: str) -> tuple[dict[str, str], list[tuple[re.Pattern[str], str]]]:
    """The "later" messages of `lang`'s catalogue by their English: field-less ones in a
    dict, ones with {fields} as patterns, the most specific (most fixed text) first.
    Plural (%n) messages are left out: a count is never stored."""
    found = _reverse.get(lang)
    if found is not None:
        return found
    exact: dict[str, str] = {}
    patterns: list[tuple[int, re.Pattern[str], str]] = []
    for (context, source, _comment), forms in _catalogue(lang).items():
        if context != LATER or "%n" in source or len(forms) != 1:
            continue
        if not _FIELD.search(source):
            exact.setdefault(source, forms[0])
            continue
        parts, seen, pos = [], set(), 0
        for m in _FIELD.finditer(source):
            parts.append(re.escape(source[pos : m.start()]))
            name = m.group(1)
            parts.append(f"(?P={name})" if name in seen else f"(?P<{name}>.+?)")
            seen.add(name)
            pos = m.end()
        parts.append(re.escape(source[pos:]))
        fixed = len(_FIELD.sub("", source))
        patterns.append((fixed, re.compile("".join(parts), re.S), forms[0]))
    patterns.sort(key=lambda p: -p[0])
    found = _reverse[lang] = (exact, [(pat, tr) for _, pat, tr in patterns])
    return found


def from_english(text: str, _depth: int = 0) -> str:
    """`text` in the current language when it is the English of a core message: exactly
    ("the PDF has no pages"), or with its fields filled in ("file not found (last seen at
    /media/x.pdf)" -> "archivo no encontrado (visto por última vez en /media/x.pdf)"), a
    field that is itself a message translated too. Anything else comes back as it is."""
    lang = language()
    if lang == SOURCE_LANGUAGE or not text:
        return text
    exact, patterns = _reverse_index(lang)
    if text in exact:
        return exact[text]
    if _depth > 2:
        return text
    for pattern, translation in patterns:
        m = pattern.fullmatch(text)
        if m is None:
            continue
        values = {k: from_english(v, _depth + 1) for k, v in m.groupdict().items()}
        return _fill(translation, values)
    return text


def _fill(template: str, values: dict[str, str]) -> str:
    """`template`'s {fields} replaced by `values` as they were written (a captured
    `{text!r}` already has its quotes; no format spec applies to text)."""
    return _FIELD.sub(lambda f: values.get(f.group(1), f.group(0)), template)


# -- dates ---------------------------------------------------------------------------------
MONTHS = (
    QT_TRANSLATE_NOOP("i18n", "January"), QT_TRANSLATE_NOOP("i18n", "February"),
    QT_TRANSLATE_NOOP("i18n", "March"), QT_TRANSLATE_NOOP("i18n", "April"),
    QT_TRANSLATE_NOOP("i18n", "May"), QT_TRANSLATE_NOOP("i18n", "June"),
    QT_TRANSLATE_NOOP("i18n", "July"), QT_TRANSLATE_NOOP("i18n", "August"),
    QT_TRANSLATE_NOOP("i18n", "September"), QT_TRANSLATE_NOOP("i18n", "October"),
    QT_TRANSLATE_NOOP("i18n", "November"), QT_TRANSLATE_NOOP("i18n", "December"),
)  # fmt: skip
# "{month} {day}, {year}" / "{day} de {month} de {year}": the order is the translator's.
DATE = QT_TRANSLATE_NOOP("i18n", "{month} {day}, {year}")
DATE_TIME = QT_TRANSLATE_NOOP("i18n", "{date}, {time}")


def format_datetime(iso: str, with_time: bool = True) -> str:
    """An ISO timestamp ("2026-12-02T17:34:00+00:00", UTC) as the user reads dates, in
    local time: "December 2, 2026, 17:34" / "2 de diciembre de 2026, 17:34". Anything
    that is not an ISO timestamp is returned as it is."""
    from datetime import datetime

    try:
        moment = datetime.fromisoformat(iso)
    except (TypeError, ValueError):
        return iso
    if moment.tzinfo is not None:
        moment = moment.astimezone()  # the computer's time zone
    month = lookup(CONTEXT, MONTHS[moment.month - 1])
    date = lookup(CONTEXT, DATE).format(month=month, day=moment.day, year=moment.year)
    if not with_time:
        return date
    return lookup(CONTEXT, DATE_TIME).format(date=date, time=f"{moment.hour}:{moment.minute:02d}")


# -- numbers ---------------------------------------------------------------------------------
def _separators() -> tuple[str, str]:
    """(decimal point, thousands separator) for the current language and region."""
    lang = language()
    if lang == "es" and _state.get("region", "") not in _POINT_REGIONS:
        return ",", "."
    return ".", ","


def format_number(value: float, decimals: int = 0) -> str:
    """1234 -> "1,234" (English, Mexican Spanish), "1.234" (Spain, Argentina …); with
    `decimals` places. Spanish leaves a four-digit whole part ungrouped (CLDR's minimum
    grouping: "1234,5" but "12.345,5")."""
    point, group = _separators()
    text = f"{value:,.{decimals}f}"
    whole, _, frac = text.partition(".")
    if language() == "es" and len(whole.lstrip("-")) == 5:  # "1,234": four digits
        whole = whole.replace(",", "")
    whole = whole.replace(",", group)
    return whole + (point + frac if frac else "")
