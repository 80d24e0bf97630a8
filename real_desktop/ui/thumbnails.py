"""Thumbnails for the library grid: PDF first pages and video frames, made in the
background and cached on disk under library.home/thumbnails/.

request() never blocks and never raises: it returns what is in memory, else a placeholder
for the resource's kind, and emits ready(resource_id) once a real thumbnail is loaded.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import shutil
import subprocess
import tempfile
import time
from collections import OrderedDict
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from real_desktop.core.models import Kind, Resource, Status
from real_desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

THUMB_BOX = QSize(320, 240)  # generated thumbnails fit inside this box
TEXT_FORMATS = {"md", "markdown", "html", "htm", "txt", "text"}
MEMORY_ITEMS = 600  # pixmaps kept in memory (a few screens of the grid)
FFMPEG_TIMEOUT = 30


def cache_name(resource: Resource) -> str:
    """<id>-<sha8>.png: a changed file (new checksum) gets a new thumbnail."""
    digest = (
        resource.sha256
        or hashlib.sha256(
            f"{resource.path}|{resource.size}|{resource.updated_at}".encode()
        ).hexdigest()
    )
    return f"{resource.id}-{digest[:8]}.png"


def _save_atomically(image: QImage, dest: Path) -> bool:
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(suffix=".png", dir=dest.parent)
    os.close(fd)
    try:
        if not image.save(tmp, "PNG"):
            return False
        os.replace(tmp, dest)  # readers never see a half-written file
        return True
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _fit(image: QImage) -> QImage:
    if image.width() <= THUMB_BOX.width() and image.height() <= THUMB_BOX.height():
        return image
    return image.scaled(
        THUMB_BOX, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


def render_pdf_page(path: str) -> QImage | None:
    """First page on white, fitting THUMB_BOX. QtPdf serialises PDFium internally, so this
    is safe beside the viewer (the core's pypdfium2 is a separate PDFium)."""
    from PySide6.QtPdf import QPdfDocument

    doc = QPdfDocument()
    try:
        if doc.load(path) != QPdfDocument.Error.None_ or doc.pageCount() < 1:
            return None
        size = doc.pagePointSize(0)
        if size.width() <= 0 or size.height() <= 0:
            return None
        scale = min(THUMB_BOX.width() / size.width(), THUMB_BOX.height() / size.height())
        target = QSize(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))
        page = doc.render(0, target)
        if page.isNull():
            return None
        # Transparent PDF backgrounds would look black in some views: flatten onto white.
        out = QImage(target, QImage.Format.Format_RGB32)
        out.fill(QColor("white"))
        p = QPainter(out)
        p.drawImage(0, 0, page)
        p.end()
        return out
    finally:
        doc.close()


def _frame_time(duration: float | None) -> float:
    # A little way in: first frames are often black or a title card.
    if not duration or duration <= 0:
        return 1.0
    return min(duration * 0.1, 30.0)


def video_frame_ffmpeg(path: str, duration: float | None) -> QImage | None:
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        return None
    with tempfile.TemporaryDirectory(prefix="real-thumb-") as tmp:
        out = Path(tmp) / "frame.png"
        for ts in dict.fromkeys((_frame_time(duration), 0.0)):
            cmd = [
                ffmpeg,
                "-nostdin",
                "-loglevel",
                "error",
                "-ss",
                f"{ts:.2f}",
                "-i",
                path,
                "-frames:v",
                "1",
                "-vf",
                f"scale={THUMB_BOX.width()}:-2",
                "-y",
                str(out),
            ]
            try:
                subprocess.run(cmd, capture_output=True, timeout=FFMPEG_TIMEOUT, check=False)
            except (OSError, subprocess.TimeoutExpired) as exc:
                log.info("ffmpeg thumbnail failed for %s: %s", path, exc)
                return None
            if out.is_file() and out.stat().st_size > 0:
                image = QImage(str(out))
                return None if image.isNull() else _fit(image)
    return None


def video_frame_vlc(path: str, duration: float | None) -> QImage | None:
    """libvlc snapshot with a dummy video output (works headless, see FACTS.md)."""
    try:
        import vlc

        instance = vlc.Instance(
            [
                "--quiet",
                "--vout=dummy",
                "--aout=dummy",
                "--no-sub-autodetect-file",
                "--no-video-title-show",
            ]
        )
    except Exception as exc:  # no libvlc at all: NameError from python-vlc
        log.info("libvlc unavailable for thumbnails: %s", exc)
        return None
    if instance is None:
        return None
    player = instance.media_player_new()
    try:
        media = instance.media_new_path(path)
        player.set_media(media)
        player.audio_set_mute(True)
        if player.play() != 0:
            return None
        deadline = time.monotonic() + 5
        while player.get_state() not in (vlc.State.Playing, vlc.State.Error, vlc.State.Ended):
            if time.monotonic() > deadline:
                return None
            time.sleep(0.02)  # worker thread: libvlc offers no blocking wait
        if player.get_state() != vlc.State.Playing:
            return None
        player.set_time(int(_frame_time(duration) * 1000))
        with tempfile.TemporaryDirectory(prefix="real-thumb-") as tmp:
            out = Path(tmp) / "frame.png"
            deadline = time.monotonic() + 5
            while time.monotonic() < deadline:
                if (
                    player.video_take_snapshot(0, str(out), THUMB_BOX.width(), 0) == 0
                    and out.is_file()
                ):
                    image = QImage(str(out))
                    if not image.isNull():
                        return _fit(image)
                time.sleep(0.05)
        return None
    finally:
        player.stop()
        player.release()
        instance.release()


CARD_SIZE = QSize(226, 320)  # a text "page": same proportions as A4, like PDF thumbnails


def _card_text(path: str, fmt: str) -> str:
    """The opening text of a Markdown/HTML/text file, as plain paragraphs."""
    from bs4 import BeautifulSoup

    from real_desktop.ui.viewers.rendering import render_file

    doc = render_file(path, fmt)
    if doc.html is None:
        return (doc.text or "")[:4000]
    soup = BeautifulSoup(doc.html[:60000], "html.parser")
    for h1 in soup.find_all("h1")[:1]:
        h1.decompose()  # the card shows the title itself
    blocks = [
        " ".join(el.get_text(" ").split()) for el in soup.find_all(["p", "li", "h2", "h3", "pre"])
    ]
    return "\n".join(b for b in blocks if b)[:4000]


def render_text_card(path: str, fmt: str, title: str) -> QImage | None:
    """A page-like card for text documents: the title, then the first lines of text.
    QPainter on a QImage is safe in a worker thread."""
    try:
        body = _card_text(path, fmt)
    except (OSError, ValueError) as exc:
        log.info("no text card for %s: %s", path, exc)
        return None
    w, h = CARD_SIZE.width(), CARD_SIZE.height()
    image = QImage(CARD_SIZE, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    margin = 18
    title_font = QFont()
    title_font.setPixelSize(15)
    title_font.setBold(True)
    p.setFont(title_font)
    p.setPen(QColor("#1f2328"))
    title_rect = p.boundingRect(
        QRectF(margin, margin, w - 2 * margin, h / 2), int(Qt.TextFlag.TextWordWrap), title
    )
    p.drawText(title_rect, int(Qt.TextFlag.TextWordWrap), title)
    body_font = QFont()
    body_font.setPixelSize(8)
    p.setFont(body_font)
    p.setPen(QColor("#4a5058"))
    top = title_rect.bottom() + 10
    p.setClipRect(QRectF(margin, top, w - 2 * margin, h - top - margin))
    p.drawText(
        QRectF(margin, top, w - 2 * margin, h - top - margin), int(Qt.TextFlag.TextWordWrap), body
    )
    p.end()
    return image


def make_thumbnail(resource: Resource, dest: Path, video_tool: str = "auto") -> QImage | None:
    """Worker: load the cached file or create it. None means "use the placeholder"."""
    if dest.is_file():
        image = QImage(str(dest))
        if not image.isNull():
            return image
    path = resource.path
    if not path or not os.path.isfile(path):
        return None
    fmt = (resource.format or Path(path).suffix.lstrip(".")).lower()
    image: QImage | None = None
    if resource.kind is Kind.DOCUMENT and fmt == "pdf":
        image = render_pdf_page(path)
    elif resource.kind is Kind.DOCUMENT and fmt in TEXT_FORMATS:
        image = render_text_card(path, fmt, resource.title)
    elif resource.kind is Kind.VIDEO:
        if video_tool in ("auto", "ffmpeg"):
            image = video_frame_ffmpeg(path, resource.duration)
        if image is None and video_tool in ("auto", "vlc"):
            image = video_frame_vlc(path, resource.duration)
    if image is None or image.isNull():
        return None
    if _save_atomically(image, dest):
        _remove_stale(resource.id, dest)
    else:
        log.info("could not write thumbnail %s", dest)
    return image


def _remove_stale(resource_id: str, keep: Path) -> None:
    """Delete this resource's thumbnails for older versions of its file."""
    for old in keep.parent.glob(f"{resource_id}-*.png"):
        tail = old.name[len(resource_id) + 1 : -4]
        # Exactly <id>-<8 hex>.png: "guide-1" must not touch "guide-1-b"'s thumbnails.
        if old != keep and len(tail) == 8 and all(c in "0123456789abcdef" for c in tail):
            with contextlib.suppress(OSError):  # in use elsewhere: next time, then
                old.unlink()


class ThumbnailCache(QObject):
    ready = Signal(str)  # resource id whose thumbnail is now available from request()

    def __init__(
        self,
        library: Any,
        tasks: TaskRunner,
        parent: QObject | None = None,
        *,
        video_tool: str = "auto",
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.tasks = tasks
        self.video_tool = video_tool  # "auto" (ffmpeg, then libvlc), "ffmpeg" or "vlc"
        self._memory: OrderedDict[str, QPixmap] = OrderedDict()
        self._pending: set[str] = set()
        self._failed: set[str] = set()  # no real thumbnail possible; don't retry this run
        self._placeholders: dict[tuple[str, bool], QPixmap] = {}

    @property
    def directory(self) -> Path:
        return Path(self.library.home) / "thumbnails"

    def path_for(self, resource: Resource) -> Path:
        return self.directory / cache_name(resource)

    def request(self, resource: Resource) -> QPixmap:
        key = resource.id
        pix = self._memory.get(key)
        if pix is not None:
            self._memory.move_to_end(key)
            return pix
        placeholder = self.placeholder(resource.kind, missing=resource.status is not Status.OK)
        if key in self._pending or key in self._failed:
            return placeholder
        dest = self.path_for(resource)
        if resource.status is not Status.OK and not dest.is_file():
            return placeholder  # nothing to render from; the placeholder says "missing"
        self._pending.add(key)
        self.tasks.submit(
            self._work,
            resource,
            dest,
            on_done=lambda image, r=resource, d=dest: self._on_done(r, d, image),
            on_error=lambda exc, r=resource: self._on_error(r, exc),
        )
        return placeholder

    def cached(self, resource_id: str) -> QPixmap | None:
        return self._memory.get(resource_id)

    def forget(self, resource_id: str) -> None:
        """Drop what we know (e.g. after a re-import) so the next request regenerates."""
        self._memory.pop(resource_id, None)
        self._failed.discard(resource_id)

    def _work(self, resource: Resource, dest: Path) -> QImage | None:
        image = make_thumbnail(resource, dest, self.video_tool)
        if image is not None and dest.is_file() and resource.thumbnail != str(dest):
            try:
                self.library.set_thumbnail(resource.id, str(dest))
            except Exception as exc:  # the picture is still usable this session
                log.info("set_thumbnail failed for %s: %s", resource.id, exc)
        return image

    def _on_done(self, resource: Resource, dest: Path, image: QImage | None) -> None:
        self._pending.discard(resource.id)
        if image is None or image.isNull():
            self._failed.add(resource.id)
            return
        self._memory[resource.id] = QPixmap.fromImage(image)
        self._memory.move_to_end(resource.id)
        while len(self._memory) > MEMORY_ITEMS:
            self._memory.popitem(last=False)
        self.ready.emit(resource.id)

    def _on_error(self, resource: Resource, exc: BaseException) -> None:
        self._pending.discard(resource.id)
        self._failed.add(resource.id)
        log.info("thumbnail failed for %s: %s", resource.id, exc)

    # -- placeholders ---------------------------------------------------------------------
    def placeholder(self, kind: Kind | str, *, missing: bool = False) -> QPixmap:
        key = (str(kind), missing)
        pix = self._placeholders.get(key)
        if pix is None:
            pix = self._draw_placeholder(str(kind), missing)
            self._placeholders[key] = pix
        return pix

    @staticmethod
    def _draw_placeholder(kind: str, missing: bool) -> QPixmap:
        """A quiet grey card with a glyph for the kind; works on light and dark themes."""
        w, h = THUMB_BOX.width(), THUMB_BOX.height()
        pix = QPixmap(w, h)
        pix.fill(Qt.GlobalColor.transparent)
        p = QPainter(pix)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(128, 128, 128, 48))
        p.drawRoundedRect(QRectF(2, 2, w - 4, h - 4), 14, 14)
        ink = QColor(128, 128, 128, 190)
        p.setPen(
            QPen(ink, 6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        )
        p.setBrush(Qt.BrushStyle.NoBrush)
        cx, cy = w / 2, h / 2
        if kind == str(Kind.VIDEO):
            p.drawRoundedRect(QRectF(cx - 70, cy - 48, 140, 96), 12, 12)
            p.setBrush(ink)
            p.setPen(Qt.PenStyle.NoPen)  # a solid triangle; a stroke would double the alpha
            p.drawPolygon(
                QPolygonF(
                    [QPointF(cx - 18, cy - 26), QPointF(cx - 18, cy + 26), QPointF(cx + 26, cy)]
                )
            )
        elif kind == str(Kind.AUDIO):
            p.drawEllipse(QPointF(cx - 24, cy + 30), 16, 12)
            p.drawLine(QPointF(cx - 8, cy + 30), QPointF(cx - 8, cy - 40))
            p.drawLine(QPointF(cx - 8, cy - 40), QPointF(cx + 30, cy - 28))
        else:
            path = QPainterPath()
            path.moveTo(cx - 44, cy - 64)
            path.lineTo(cx + 20, cy - 64)
            path.lineTo(cx + 44, cy - 40)
            path.lineTo(cx + 44, cy + 64)
            path.lineTo(cx - 44, cy + 64)
            path.closeSubpath()
            p.drawPath(path)
            for i in range(4):
                y = cy - 24 + i * 20
                p.drawLine(QPointF(cx - 26, y), QPointF(cx + 26 - (i == 3) * 20, y))
        if missing:
            # A quiet "not on this computer" badge: a slashed circle in a muted amber.
            amber = QColor(196, 140, 60, 210)
            p.setPen(QPen(amber, 5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            p.setBrush(Qt.BrushStyle.NoBrush)
            centre = QPointF(w - 40, 40)
            p.drawEllipse(centre, 17, 17)
            p.drawLine(centre + QPointF(-12, -12), centre + QPointF(12, 12))
        p.end()
        return pix
