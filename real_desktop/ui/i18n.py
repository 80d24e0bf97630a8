"""Translations. Plurals are Qt's: a string with %n is written once (`tr("%n match(es)",
"", n)`) and a translation gives its forms, so English needs one too:
`assets/i18n/real_desktop_en.qm` (from `real_desktop_en.ts`, `pyside6-lrelease`). It is
installed first; a translation of the person's language would go on top of it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from real_desktop.core import paths

ENGLISH = "real_desktop_en"


def translations_dir() -> str:
    return str(paths.assets_dir() / "i18n")


def install(app: QCoreApplication) -> bool:
    """Install the English plural forms once per application; False if the file is
    missing (then "%n match(es)" shows as written, nothing breaks)."""
    if app.property("real_desktop_translator"):
        return True
    translator = QTranslator(app)  # parented: lives as long as the app
    if not translator.load(ENGLISH, translations_dir()):
        return False
    app.installTranslator(translator)
    app.setProperty("real_desktop_translator", True)
    return True
