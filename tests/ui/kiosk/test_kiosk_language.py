"""The kiosk's language (issue 15): kiosk.ini fixes it for every visitor, or `choose` puts a
language button on the welcome screen; each visitor's session starts in the configured
language whatever the one before chose."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from real_desktop.core.kiosk.config import KioskConfig
from real_desktop.ui import i18n
from real_desktop.ui.kiosk.controller import KioskController
from real_desktop.ui.tasks import TaskRunner
from tests.ui.kiosk.test_kiosk_controller import _end_with_enter, pin_hash, temp_dir  # noqa: F401


def _kiosk(qapp, library, home: Path, pin_hash: str, language: str) -> Iterator[KioskController]:  # noqa: F811
    library.close()  # the kiosk opens its own copies
    tasks = TaskRunner()
    c = KioskController(qapp, KioskConfig(enabled=True, pin_hash=pin_hash, language=language), home, tasks)
    c.show_welcome()
    yield c
    c.shutdown()
    tasks.shutdown()
    i18n.use(qapp, "en")


@pytest.fixture
def fixed_spanish(qapp, library, home, temp_dir, pin_hash) -> Iterator[KioskController]:  # noqa: F811
    yield from _kiosk(qapp, library, home, pin_hash, "es")


@pytest.fixture
def choosing(qapp, library, home, temp_dir, pin_hash) -> Iterator[KioskController]:  # noqa: F811
    yield from _kiosk(qapp, library, home, pin_hash, "choose")


def _texts(widget) -> list[str]:
    return [lbl.text() for lbl in widget.findChildren(QLabel)]


def _start(qtbot, c: KioskController):
    QTest.keyClick(c.welcome, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: c.in_session)
    w = c.window
    qtbot.waitUntil(lambda: w.sidebar._loaded and not w.model.loading)
    return w


def test_a_fixed_language_is_every_visitors(qtbot, fixed_spanish: KioskController) -> None:
    c = fixed_spanish
    assert "Le damos la bienvenida a REAL Desktop" in _texts(c.welcome)
    assert c.welcome.start_button.text() == "Comenzar"
    assert c.welcome.language_button is None  # fixed: nothing to choose
    w = _start(qtbot, c)
    assert w.menuBar().actions()[0].text() == "&Archivo"
    _end_with_enter_es(qtbot, c)
    assert "Le damos la bienvenida a REAL Desktop" in _texts(c.welcome)


def _end_with_enter_es(qtbot, c: KioskController) -> None:
    from real_desktop.ui.kiosk.dialogs import EndSessionDialog

    w = c.window
    QTest.keyClick(w, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(c.dialog, EndSessionDialog) and c.dialog.isVisible())
    assert c.dialog.windowTitle() == "Terminar sesión"
    QTest.keyClick(c.dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not c.in_session and c.welcome.isVisible())


def test_choose_offers_the_other_language_and_the_next_visitor_starts_afresh(
    qtbot, choosing: KioskController
) -> None:
    c = choosing
    assert i18n.language() == "en"  # the system's (the tests run in C / English)
    button = c.welcome.language_button
    assert button is not None and button.text() == "Español"
    assert button.accessibleName() == "Usar REAL Desktop en español"
    button.click()  # through the registry, like every kiosk button
    qtbot.waitUntil(lambda: "Le damos la bienvenida a REAL Desktop" in _texts(c.welcome))
    assert c.welcome.isVisible() and i18n.language() == "es"
    assert c.welcome.language_button.text() == "English"  # and back, if wanted
    w = _start(qtbot, c)
    assert w.menuBar().actions()[0].text() == "&Archivo"  # the visitor's session in Spanish
    _end_with_enter_es(qtbot, c)
    # The next visitor: the configured language again, on a welcome screen made in it.
    assert i18n.language() == "en"
    assert "Welcome to REAL Desktop" in _texts(c.welcome)
    assert c.welcome.language_button.text() == "Español"
    w = _start(qtbot, c)
    assert w.menuBar().actions()[0].text() == "&File"
    _end_with_enter(qtbot, c)
