"""Presenter mode: the trainer's view on the laptop, driving the audience view.

Right/PageDown next, Left/PageUp previous (clickers send those; inside a page range they
turn pages first), Space pauses the clip and the clock, B blanks the audience screen, Esc
ends. Notes taken here are ordinary notes anchored on the item's resource (at the clip's
moment or the page on screen).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from real_desktop.core.models import Kind, Location, LocationKind, Resource
from real_desktop.ui.actions.registry import ActionRegistry
from real_desktop.ui.agenda.audience import AudienceView
from real_desktop.ui.agenda.screens import place
from real_desktop.ui.agenda.timing import PresentationClock, against_plan
from real_desktop.ui.viewers.rendering import render_markdown

if TYPE_CHECKING:
    from real_desktop.core.agendas.model import Agenda, AgendaItem
    from real_desktop.ui.tasks import TaskRunner

KEYS = ("present.next", "present.previous", "present.pause", "present.blank", "present.end")


class _Place:
    """What the notes panel asks of a viewer: where a new note goes (the audience's place)."""

    def __init__(self, presenter: PresenterWindow) -> None:
        self.presenter = presenter

    def current_location(self) -> Location:
        a = self.presenter.audience
        if a.mode == "video":
            return Location(LocationKind.TIME, start=a.player.position())
        if a.mode == "pdf":
            return Location(LocationKind.PAGE, page=a.page())
        return Location(LocationKind.RESOURCE)


def presenter_hint(reg: ActionRegistry, resource: Resource) -> str:
    """The notes panel's empty list in the presenter: its own key, and where a note goes
    (the place the audience sees), not the player's "while watching"."""

    if resource.kind is not Kind.DOCUMENT:
        text = QCoreApplication.translate("PresenterWindow", "No notes on this item yet.\n\nPress %1, or Add note, to write one at the "
                  "moment on the audience's screen.")  # fmt: skip
    elif (resource.format or "").lower() == "pdf":
        text = QCoreApplication.translate("PresenterWindow", "No notes on this item yet.\n\nPress %1, or Add note, to write one on the "
                  "page on the audience's screen.")  # fmt: skip
    else:
        text = QCoreApplication.translate("PresenterWindow", "No notes on this item yet.\n\nPress %1, or Add note, to write one.")
    return text.replace("%1", reg.key_text("present.add_note"))


class PresenterWindow(QWidget):
    itemChanged = Signal(int)
    ended = Signal()

    def __init__(
        self,
        agenda: Agenda,
        resources: dict[str, Resource | None],
        player: Any,
        *,
        tasks: TaskRunner,
        notes: Any = None,
        registry: ActionRegistry | None = None,
        clock: PresentationClock | None = None,
    ) -> None:
        super().__init__()
        self.registry = reg = registry if registry is not None else ActionRegistry()
        self.agenda, self.resources = agenda, resources
        self.clock = clock or PresentationClock()
        self.index = -1
        self.layout_kind = ""
        self.setWindowTitle(self.tr("Presenting — %1").replace("%1", agenda.name))
        self.setAccessibleName(self.tr("Presenter view"))
        self.audience = AudienceView(player)

        self.position_label = QLabel(self)
        self.title_label = QLabel(self)
        self.title_label.setWordWrap(True)
        tf = QFont(self.title_label.font())
        tf.setPointSizeF(tf.pointSizeF() * 1.6)
        tf.setBold(True)
        self.title_label.setFont(tf)
        self.span_label = QLabel(self)
        self.item_timer = QLabel(self)
        self.total_timer = QLabel(self)
        big = QFont(self.item_timer.font())
        big.setPointSizeF(big.pointSizeF() * 1.8)
        big.setBold(True)
        self.item_timer.setFont(big)
        self.state_label = QLabel(self)
        self.points = QTextBrowser(self)
        self.points.setOpenLinks(False)
        self.points.setAccessibleName(self.tr("Talking points"))
        pf = QFont(self.points.font())
        pf.setPointSizeF(pf.pointSizeF() * 1.3)
        self.points.setFont(pf)
        self.next_label = QLabel(self)
        self.next_label.setWordWrap(True)

        head = QVBoxLayout()
        head.addWidget(self.position_label)
        head.addWidget(self.title_label)
        head.addWidget(self.span_label)
        clocks = QVBoxLayout()
        clocks.addWidget(self.item_timer)
        clocks.addWidget(self.total_timer)
        clocks.addWidget(self.state_label)
        top = QHBoxLayout()
        top.addLayout(head, 1)
        top.addLayout(clocks)

        self.notes_panel: Any = None
        side = QWidget(self)
        side_lay = QVBoxLayout(side)
        side_lay.setContentsMargins(0, 0, 0, 0)
        side_lay.addWidget(self.next_label)
        if notes is not None:
            from real_desktop.ui.notes.panel import NotesPanel

            self.notes_panel = NotesPanel(notes, tasks, side, registry=reg)
            self.notes_panel.set_viewer(_Place(self))
            self.notes_panel.set_hint(presenter_hint)
            side_lay.addWidget(self.notes_panel, 1)
            # In this window only: the trainer writes here; typing in the note editor
            # keeps its letters (text fields take plain keys before shortcuts do).
            reg.shortcut("present.add_note", self, self.notes_panel.add_note_here)
        else:
            side_lay.addStretch(1)
        split = QSplitter(self)
        split.addWidget(self.points)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for aid, handler in (
            ("present.previous", self.previous),
            ("present.pause", self.toggle_pause),
            ("present.blank", self.toggle_blank),
            ("present.next", self.next),
            ("present.end", self.end),
        ):
            b = QPushButton(reg.spec(aid).translated(), self)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space/arrows stay presenter keys
            reg.button(aid, b, handler)
            self.buttons[aid] = b
            buttons.addWidget(b)

        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(split, 1)
        lay.addLayout(buttons)

        # The keys work in both windows: a clicker talks to whichever has focus.
        for window in (self, self.audience):
            for aid, handler in zip(KEYS, (self.next, self.previous, self.toggle_pause,
                                           self.toggle_blank, self.end), strict=True):
                reg.shortcut(aid, window, handler)
        self._ticker = QTimer(self)
        self._ticker.setInterval(500)
        self._ticker.timeout.connect(self._update_clock)
        player.clipEnded.connect(self._update_state)
        player.stateChanged.connect(lambda _s: self._update_state())

    # -- showing -------------------------------------------------------------------------
    def start(self, index: int = 0, *, show: bool = True) -> str:
        """Show both windows (audience on the second screen if any) at item `index`."""
        if show:
            self.layout_kind = place(self, self.audience)
        self.clock = PresentationClock(self.clock._clock)
        self.go(index)
        self._ticker.start()
        self.activateWindow()
        self.setFocus()
        return self.layout_kind

    def item(self) -> AgendaItem | None:
        items = self.agenda.items
        return items[self.index] if 0 <= self.index < len(items) else None

    def go(self, index: int) -> None:
        items = self.agenda.items
        if not items:
            return
        index = max(0, min(index, len(items) - 1))
        if index == self.index:
            return
        self.index = index
        item = items[index]
        resource = self.resources.get(item.resource_id)
        self.clock.next_item()
        self.audience.show_item(item, resource)
        self._show_item(item, resource)
        if self.notes_panel is not None:
            self.notes_panel.set_resource(resource)
        self.itemChanged.emit(index)

    def _title(self, item: AgendaItem) -> str:
        r = self.resources.get(item.resource_id)
        return r.title if r is not None else (item.label or item.resource_id)

    def _show_item(self, item: AgendaItem, resource: Resource | None) -> None:
        n = len(self.agenda.items)
        self.position_label.setText(
            self.tr("Item %1 of %2 · %3").replace("%1", str(self.index + 1))
            .replace("%2", str(n)).replace("%3", self.agenda.name)
        )
        self.title_label.setText(self._title(item))
        span = item.span_text()
        kind = ""
        if resource is None or not resource.path:
            kind = self.tr("Not on this computer")
        elif resource.kind in (Kind.VIDEO, Kind.AUDIO):
            kind = self.tr("Clip %1").replace("%1", span) if span else self.tr("Whole recording")
        else:
            kind = span.capitalize() if span else self.tr("Whole document")
        self.span_label.setText(kind)
        html = ""
        if item.points.strip():
            html += "<h3>" + self.tr("Talking points") + "</h3>" + render_markdown(item.points)
        if item.questions.strip():
            html += "<h3>" + self.tr("Discussion questions") + "</h3>" + render_markdown(item.questions)
        if not html:
            html = "<p><i>" + self.tr("No talking points for this item.") + "</i></p>"
        self.points.setHtml(html)
        nxt = self.agenda.items[self.index + 1] if self.index + 1 < n else None
        if nxt is None:
            self.next_label.setText(self.tr("Next: — (last item)"))
        else:
            extra = f" ({nxt.span_text()})" if nxt.span_text() else ""
            self.next_label.setText(self.tr("Next: %1").replace("%1", self._title(nxt) + extra))
        self._update_clock()
        self._update_state()

    def _update_clock(self) -> None:
        item = self.item()
        text, over = against_plan(self.clock.item_seconds(), item.minutes if item else None)
        self.item_timer.setText(text)
        self.item_timer.setStyleSheet("color: #d9534f;" if over else "")
        total, total_over = against_plan(self.clock.total_seconds(),
                                         self.agenda.total_minutes() or None)
        self.total_timer.setText(self.tr("Total %1").replace("%1", total))
        self.total_timer.setStyleSheet("color: #d9534f;" if total_over else "")

    def _update_state(self) -> None:
        bits = []
        if self.clock.paused:
            bits.append(self.tr("Paused"))
        if self.audience.blanked:
            bits.append(self.tr("Audience screen blank (B)"))
        if self.audience.mode == "video" and self.audience.player.clip() is not None:
            clip = self.audience.player.clip()
            if self.audience.player.state() == "paused" and clip and (
                self.audience.player.position() >= clip[1] - 0.05
            ):
                bits.append(self.tr("Clip finished"))
        self.state_label.setText(" · ".join(bits))

    # -- keys ----------------------------------------------------------------------------
    def next(self) -> None:
        if not self.audience.step_page(+1):
            self.go(self.index + 1)

    def previous(self) -> None:
        if not self.audience.step_page(-1):
            self.go(self.index - 1)

    def toggle_pause(self) -> None:
        paused = not self.clock.paused
        self.clock.pause(paused)
        if self.audience.mode == "video":
            if paused:
                self.audience.player.pause()
            else:
                self.audience.player.play()
        self._update_clock()
        self._update_state()

    def toggle_blank(self) -> None:
        self.audience.set_blanked(not self.audience.blanked)
        self._update_state()

    def end(self) -> None:
        if self.audience.player.is_released():
            return  # ended already
        self._ticker.stop()
        if self.notes_panel is not None:
            self.notes_panel.flush()
        self.audience.stop()
        self.audience.close()
        self.audience.player.release()  # the presentation's own player: libvlc freed now
        self.close()
        self.ended.emit()
