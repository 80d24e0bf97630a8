"""Where the two presentation windows go: the audience view full screen on a second
screen (the projector) when there is one, else both as windows on the one screen."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

TWO_SCREENS, ONE_SCREEN = "two-screens", "one-screen"


def audience_screen(presenter_screen: QScreen | None = None) -> QScreen | None:
    """The screen for the audience: the first that is not the presenter's (the primary
    one unless given), or None when there is only one."""
    mine = presenter_screen or QGuiApplication.primaryScreen()
    for screen in QGuiApplication.screens():
        if screen is not mine and screen.geometry() != mine.geometry():
            return screen
    return None


def place(presenter: QWidget, audience: QWidget) -> str:
    """Show both windows where they belong. Returns TWO_SCREENS or ONE_SCREEN."""
    own = QGuiApplication.primaryScreen()
    other = audience_screen(own)
    g = own.availableGeometry()
    if other is None:
        # One screen: the presenter on the left two thirds, the audience window beside it
        # (a trainer with a mirrored projector can make it full screen with F11 or drag).
        presenter.setGeometry(g.x(), g.y(), g.width() * 3 // 5, g.height())
        audience.setGeometry(g.x() + g.width() * 3 // 5, g.y(), g.width() * 2 // 5,
                             g.width() * 2 // 5 * 9 // 16)
        audience.show()
        presenter.show()  # shown last: the window manager gives it the keyboard
        return ONE_SCREEN
    audience.setScreen(other)
    audience.setGeometry(other.geometry())
    audience.showFullScreen()
    presenter.setScreen(own)
    presenter.setGeometry(g)
    presenter.showMaximized()
    return TWO_SCREENS
