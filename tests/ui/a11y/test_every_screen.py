"""Every window, dialog and panel (screens.py), kiosk and presenter included: Tab reaches
every focusable widget and comes back round (no trap, Shift+Tab too), each stop has an
accessible name, and at 200 % text nothing is cut off that was whole at 100 %."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from real_desktop.ui import theme
from tests.ui.a11y import screens
from tests.ui.a11y.clipping import clipped
from tests.ui.a11y.keyboard import name_of, problems

DOUBLE = 2 * theme.DEFAULT_TEXT_SIZE
ALL = sorted(screens.SCREENS) + sorted(screens.MODALS)


@pytest.fixture(scope="session")
def workshop_source(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    return screens.workshop_home(tmp_path_factory.mktemp("a11y-workshop"))


@pytest.fixture
def env(qtbot, workshop_source, tmp_path: Path, monkeypatch, qapp) -> Iterator[screens.Env]:
    monkeypatch.setenv("REAL_DESKTOP_PLAYER", "qt")  # plays offscreen without a sound server
    yield from screens.env_for(qtbot, workshop_source, tmp_path)
    theme.apply(qapp, "light")


def _focus_start(qtbot, s: screens.Screen) -> None:
    if s.start is not None:
        s.start.setFocus(Qt.FocusReason.OtherFocusReason)
        qtbot.waitUntil(s.start.hasFocus)
    elif QApplication.focusWidget() is None or not s.root.isAncestorOf(QApplication.focusWidget()):
        s.root.focusNextChild()


def _keyboard(qtbot, root: QWidget) -> list[str]:
    return problems(qtbot, root)


@pytest.mark.parametrize("name", ALL)
def test_tab_reaches_and_names_every_stop(name: str, env: screens.Env, qtbot) -> None:
    if name in screens.MODALS:
        found: list[str] = []

        def check(dialog: QWidget) -> None:
            if QApplication.focusWidget() is None:
                dialog.focusNextChild()
            found.extend(_keyboard(qtbot, dialog))

        screens.MODALS[name](env)(check)
    else:
        s = screens.SCREENS[name](env)
        if not s.walk:  # any key ends it: what it focused must speak
            focus = QApplication.focusWidget()
            assert focus is not None and s.root.isAncestorOf(focus)
            assert name_of(focus).strip()
            return
        _focus_start(qtbot, s)
        found = _keyboard(qtbot, s.root)
    assert not found, "\n".join(found)


def _measure(env: screens.Env, name: str) -> dict[str, str]:
    if name in screens.MODALS:
        got: dict[str, str] = {}
        screens.MODALS[name](env)(lambda dialog: got.update(clipped(dialog)))
    else:
        s = screens.SCREENS[name](env)
        got = {}
        for root in (s.root, *s.extra_roots):
            got.update(clipped(root))
    env.close_all()
    screens.settle(env.qtbot)
    return got


@pytest.mark.parametrize("name", ALL)
def test_200_percent_text_cuts_nothing_new(name: str, env: screens.Env, qapp) -> None:
    before = _measure(env, name)
    theme.apply(qapp, "light", DOUBLE)
    after = _measure(env, name)
    new = {k: v for k, v in after.items() if k not in before}
    assert not new, new
