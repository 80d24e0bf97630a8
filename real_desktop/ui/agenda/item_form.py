"""The selected agenda item's details: clip in/out or page range, planned minutes,
talking points and discussion questions (Markdown), and a preview player for recordings
where "Mark in" (I) / "Mark out" (O) set the clip at the moment on screen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from real_desktop.core.agendas.model import AgendaError, AgendaItem, ItemKind, parse_clock
from real_desktop.core.models import Kind, Resource
from real_desktop.core.timefmt import format_time
from real_desktop.ui import i18n
from real_desktop.ui.actions.registry import ActionRegistry

SAVE_DELAY_MS = 600  # typing pauses this long: the item is saved


class ItemForm(QWidget):
    """Edits one item. `changed(AgendaItem)` asks the editor to save it."""

    changed = Signal(object)

    def __init__(self, registry: ActionRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry = reg = registry
        self.item: AgendaItem | None = None
        self.resource: Resource | None = None
        self.player: Any = None
        self._loading = False

        self.heading = QLabel(self.tr("Select an item to edit it."), self)
        self.heading.setWordWrap(True)
        f = self.heading.font()
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.2)
        self.heading.setFont(f)
        self.clip_in = QLineEdit(self)
        self.clip_out = QLineEdit(self)
        for e in (self.clip_in, self.clip_out):
            e.setPlaceholderText("M:SS")
            e.editingFinished.connect(self._edited)
        self.page_from = QSpinBox(self)
        self.page_to = QSpinBox(self)
        # Two to a form row: the row's label names neither, so each says which it is.
        self.clip_in.setAccessibleName(self.tr("Clip starts at"))
        self.clip_out.setAccessibleName(self.tr("Clip ends at"))
        self.page_from.setAccessibleName(self.tr("First page"))
        self.page_to.setAccessibleName(self.tr("Last page"))
        for s in (self.page_from, self.page_to):
            s.setRange(0, 99999)
            s.setSpecialValueText(self.tr("—"))
            s.valueChanged.connect(self._edited)
        self.minutes = QDoubleSpinBox(self)
        self.minutes.setRange(0, 600)
        self.minutes.setDecimals(1)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setSpecialValueText(self.tr("not planned"))
        self.minutes.valueChanged.connect(self._edited)
        self.points = QPlainTextEdit(self)
        self.points.setPlaceholderText(self.tr("Talking points (Markdown: - bullets, **bold**)"))
        self.questions = QPlainTextEdit(self)
        self.questions.setPlaceholderText(self.tr("Discussion questions (Markdown)"))
        self.points.setAccessibleName(self.tr("Talking points"))
        self.questions.setAccessibleName(self.tr("Discussion questions"))
        for t in (self.points, self.questions):
            t.setTabChangesFocus(True)  # Tab moves on (no keyboard trap); nobody types tabs
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save)
        for t in (self.points, self.questions):
            t.textChanged.connect(self._typed)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #d9534f;")

        clip_row = QHBoxLayout()
        clip_row.addWidget(self.clip_in)
        clip_row.addWidget(QLabel("–", self))
        clip_row.addWidget(self.clip_out)
        self.clip_box = QWidget(self)
        self.clip_box.setLayout(clip_row)
        clip_row.setContentsMargins(0, 0, 0, 0)
        page_row = QHBoxLayout()
        page_row.setContentsMargins(0, 0, 0, 0)
        page_row.addWidget(self.page_from)
        page_row.addWidget(QLabel("–", self))
        page_row.addWidget(self.page_to)
        self.page_box = QWidget(self)
        self.page_box.setLayout(page_row)

        # The preview: a small player for marking a clip while watching.
        self.preview = QWidget(self)
        self.preview.setAccessibleName(self.tr("Clip preview"))
        self.video_holder = QVBoxLayout()
        self.video_holder.setContentsMargins(0, 0, 0, 0)
        self.seek = QSlider(Qt.Orientation.Horizontal, self.preview)
        self.seek.setRange(0, 0)
        self.seek.setAccessibleName(self.tr("Preview position"))
        self.seek.sliderMoved.connect(lambda v: self.player and self.player.seek(v / 1000))
        self.time_label = QLabel("0:00", self.preview)
        self.time_label.setAccessibleDescription(self.tr("Preview time"))
        self.play_button = QPushButton(self.tr("Play"), self.preview)
        reg.button("agenda.preview_play", self.play_button, self.toggle_preview)
        self.mark_in_button = QPushButton(reg.spec("agenda.mark_in").translated() + "  (I)")
        self.mark_out_button = QPushButton(reg.spec("agenda.mark_out").translated() + "  (O)")
        reg.button("agenda.mark_in", self.mark_in_button, self.mark_in)
        reg.button("agenda.mark_out", self.mark_out_button, self.mark_out)
        for aid, fn in (("agenda.preview_play", self.toggle_preview),
                        ("agenda.mark_in", self.mark_in), ("agenda.mark_out", self.mark_out)):
            reg.shortcut(aid, self.preview, fn, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        seek_row = QHBoxLayout()
        seek_row.addWidget(self.seek, 1)
        seek_row.addWidget(self.time_label)
        controls = QHBoxLayout()
        for w in (self.play_button, self.mark_in_button, self.mark_out_button):
            controls.addWidget(w)
        pv = QVBoxLayout(self.preview)
        pv.setContentsMargins(0, 0, 0, 0)
        pv.addLayout(self.video_holder, 1)
        pv.addLayout(seek_row)
        pv.addLayout(controls)
        self.preview.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.fields = form = QFormLayout()
        form.addRow(self.tr("Clip"), self.clip_box)
        form.addRow(self.tr("Pages"), self.page_box)
        form.addRow(self.tr("Planned"), self.minutes)
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addWidget(self.preview, 2)
        lay.addLayout(form)
        lay.addWidget(QLabel(self.tr("Talking points"), self))
        lay.addWidget(self.points, 1)
        lay.addWidget(QLabel(self.tr("Discussion questions"), self))
        lay.addWidget(self.questions, 1)
        lay.addWidget(self.error)
        self.set_item(None, None)

    # -- the item ------------------------------------------------------------------------
    def set_item(self, item: AgendaItem | None, resource: Resource | None) -> None:
        if self._save_timer.isActive():
            self._save_timer.stop()
            self.save()
        self._loading = True
        self.item, self.resource = item, resource
        self.error.clear()
        on = item is not None
        for w in (self.clip_box, self.page_box, self.minutes, self.points, self.questions):
            w.setEnabled(on)
        media = resource is not None and resource.kind in (Kind.VIDEO, Kind.AUDIO)
        self.fields.setRowVisible(self.clip_box, not on or media)
        self.fields.setRowVisible(self.page_box, not on or not media)
        self.preview.setVisible(media and bool(resource and resource.path))
        if item is None:
            self.heading.setText(self.tr("Select an item to edit it."))
            for e in (self.clip_in, self.clip_out):
                e.clear()
            self.points.setPlainText("")
            self.questions.setPlainText("")
        else:
            title = resource.title if resource else (item.label or item.resource_id)
            self.heading.setText(title if resource and resource.path else
                                 self.tr("%1 (not on this computer)").replace("%1", title))
            clip = item.kind == ItemKind.CLIP
            self.clip_in.setText(format_time(item.clip_in) if clip and item.clip_in is not None else "")
            self.clip_out.setText(format_time(item.clip_out) if clip and item.clip_out else "")
            self.page_from.setValue(item.page_from or 0)
            self.page_to.setValue(item.page_to or 0)
            if resource is not None and resource.page_count:
                for s in (self.page_from, self.page_to):
                    s.setMaximum(resource.page_count)
            self.minutes.setValue(item.minutes or 0)
            self.points.setPlainText(item.points)
            self.questions.setPlainText(item.questions)
        self._loading = False
        if media and resource is not None and resource.path:
            self._open_preview(Path(resource.path))
        elif self.player is not None:
            self.player.pause()

    def _open_preview(self, path: Path) -> None:
        if self.player is None:
            from real_desktop.player.factory import create_player

            self.player, _notice = create_player(self)
            self.video = self.player.create_video_widget(self.preview)
            self.video_holder.addWidget(self.video)
            self.player.attach(self.video)
            self.player.positionChanged.connect(self._on_position)
            self.player.durationChanged.connect(lambda d: self.seek.setRange(0, int(d * 1000)))
            self.player.stateChanged.connect(
                lambda s: self.play_button.setText(self.tr("Pause") if s == "playing"
                                                   else self.tr("Play")))
        self.player.open(path)
        if self.item is not None and self.item.kind == ItemKind.CLIP and self.item.clip_in:
            self.player.seek(self.item.clip_in)

    def _on_position(self, seconds: float) -> None:
        if not self.seek.isSliderDown():
            self.seek.setValue(int(seconds * 1000))
        self.time_label.setText(format_time(seconds))

    def toggle_preview(self) -> None:
        if self.player is not None:
            self.player.toggle()

    def mark_in(self) -> None:
        if self.player is not None and self.item is not None:
            self.clip_in.setText(format_time(self.player.position()))
            self._mark(self.player.position(), None)

    def mark_out(self) -> None:
        if self.player is not None and self.item is not None:
            self.clip_out.setText(format_time(self.player.position()))
            self._mark(None, self.player.position())

    def _mark(self, start: float | None, end: float | None) -> None:
        """Marks keep fractions of a second (the field shows M:SS); half a clip is held
        in the fields until the other mark (or typing) completes it."""
        assert self.item is not None
        cur_in = self.item.clip_in if self.item.kind == ItemKind.CLIP else None
        cur_out = self.item.clip_out if self.item.kind == ItemKind.CLIP else None
        self._pending = (start if start is not None else cur_in, end if end is not None else cur_out)
        a, b = self._pending
        if a is not None and b is not None:
            self._emit(kind=ItemKind.CLIP, clip_in=round(a, 2), clip_out=round(b, 2),
                       page_from=None, page_to=None)

    # -- saving ----------------------------------------------------------------------------
    def _typed(self) -> None:
        if not self._loading and self.item is not None:
            self._save_timer.start()

    def _edited(self, *_args: object) -> None:
        if not self._loading and self.item is not None:
            self.save()

    def save(self) -> None:
        """Read the fields into the item and ask for it to be saved (errors shown here)."""
        if self.item is None or self._loading:
            return
        changes: dict[str, Any] = {
            "points": self.points.toPlainText(),
            "questions": self.questions.toPlainText(),
            "minutes": self.minutes.value() or None,
        }
        try:
            a, b = self.clip_in.text().strip(), self.clip_out.text().strip()
            if self._shows(self.clip_box) and (a or b):
                if not (a and b):
                    raise AgendaError(self.tr("Give both an in point and an out point."))
                start, end = parse_clock(a), parse_clock(b)
                keep = self.item.kind == ItemKind.CLIP
                # M:SS in the field, fractions from Mark in/out: keep those when unchanged.
                if keep and format_time(self.item.clip_in or 0) == a:
                    start = self.item.clip_in or 0
                if keep and format_time(self.item.clip_out or 0) == b:
                    end = self.item.clip_out or 0
                changes.update(kind=ItemKind.CLIP, clip_in=start, clip_out=end)
            elif self._shows(self.clip_box):
                changes.update(kind=ItemKind.RESOURCE, clip_in=None, clip_out=None)
            if self._shows(self.page_box):
                p, q = self.page_from.value(), self.page_to.value()
                if p and q:
                    changes.update(kind=ItemKind.PAGES, page_from=p, page_to=max(p, q))
                elif not p and not q:
                    changes.update(kind=ItemKind.RESOURCE, page_from=None, page_to=None)
                else:
                    return  # half a range: wait for the other page
            self._emit(**changes)
        except AgendaError as exc:
            self.error.setText(i18n.core_text(exc))

    def _shows(self, row: QWidget) -> bool:
        """Whether the form shows that row (true also before the window is on screen)."""
        return not row.isHidden()

    def _emit(self, **changes: Any) -> None:
        assert self.item is not None
        try:
            item = self.item.with_changes(**changes)
        except AgendaError as exc:
            self.error.setText(i18n.core_text(exc))
            return
        if item != self.item:
            self.error.clear()
            self.item = item
            self.changed.emit(item)

    def show_error(self, message: str) -> None:
        self.error.setText(message)

    def release(self) -> None:
        if self._save_timer.isActive():
            self._save_timer.stop()
            self.save()
        if self.player is not None:
            self.player.release()
