"""argparse's own words ("usage:", "error:", "positional arguments" …) in the user's
language. argparse looks them up through gettext (domain "argparse", for which no Spanish
catalogue is installed on most systems), having bound gettext's `_` and `ngettext` into its
module at import; so those two names are replaced, before any parser is built, by lookups
in our catalogue (context "argparse" of real_desktop_cli_es.ts)."""

from __future__ import annotations

import argparse

from real_desktop.core import i18n
from real_desktop.core.i18n import QT_TRANSLATE_NOOP

# The ones a user sees (argparse's others are programming errors), marked for lupdate.
WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
)
_GETTEXT = (argparse._, argparse.ngettext)  # type: ignore[attr-defined]


def _gettext(message: str) -> str:
    return i18n.lookup("argparse", message)


def _ngettext(singular: str, plural: str, n: int) -> str:
    # English and Spanish pick the same form for every n, so the English choice names
    # the message to translate.
    return i18n.lookup("argparse", singular if n == 1 else plural)


def install() -> None:
    """Our lookups for a language other than English; gettext's own for English."""
    english = i18n.language() == i18n.SOURCE_LANGUAGE
    argparse._, argparse.ngettext = _GETTEXT if english else (_gettext, _ngettext)  # type: ignore[attr-defined]
