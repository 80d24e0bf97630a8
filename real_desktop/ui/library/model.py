"""The resource table model: lazily paged from the Library, shared by the grid and the list.

Rows arrive a page at a time (canFetchMore/fetchMore) from a background task, so a
10,000-resource library opens instantly and scrolls smoothly: the view asks for more
only as it scrolls near the end.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon, QPalette

from real_desktop.core.models import Kind, Resource, Status
from real_desktop.core.timefmt import format_time
from real_desktop.ui import i18n
from real_desktop.ui.guard import while_alive
from real_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:  # the core loads on a worker thread at start-up
    from real_desktop.core.library import Library

_ROOT = QModelIndex()  # default parent argument (the invisible root)

ResourceRole = Qt.ItemDataRole.UserRole + 1
ResourceIdRole = Qt.ItemDataRole.UserRole + 2
# Reading/watching progress: a fraction 0..1 (None: not started or unknown length), and
# whether the resource was finished. Both come with the page of rows (one worker call).
ProgressRole = Qt.ItemDataRole.UserRole + 3
FinishedRole = Qt.ItemDataRole.UserRole + 4

PAGE_SIZE = 200
SPECIAL_LIMIT = 200  # recent / in-progress lists are short by nature
ICON_CACHE_LIMIT = 2000


def length_label(r: Resource) -> str:
    """ "12 pages" for a PDF, "9 sections" for Markdown/HTML (they have no pages), the
    running time for media; "" / "unknown" when not known yet."""
    if r.kind is Kind.DOCUMENT:
        n = r.page_count
        if n is None:
            return ""
        if (r.format or "").lower() in ("md", "markdown", "html", "htm"):
            return QCoreApplication.translate("Library", "1 section") if n == 1 else QCoreApplication.translate("Library", "{0} sections").format(n)
        return QCoreApplication.translate("Library", "1 page") if n == 1 else QCoreApplication.translate("Library", "{0} pages").format(n)
    return format_time(r.duration) if r.duration is not None else QCoreApplication.translate("Library", "unknown")


def progress_fraction(r: Resource, position: float) -> float | None:
    """How far along `position` is (seconds for media, 1-based page for documents), or
    None when the length is not known."""
    if position <= 0:
        return None
    total = r.page_count if r.kind is Kind.DOCUMENT else r.duration
    if not total or total <= 0:
        return None
    return max(0.0, min(1.0, position / total))


def progress_label(r: Resource, position: float, finished: bool) -> str:
    """The Length column of a started item: "✓ Watched" / "✓ Read" when finished, else
    "12:30 of 45:00", "p. 5 of 12", or "38 %" when only the fraction says something."""
    if finished:
        return QCoreApplication.translate("Library", "✓ Read") if r.kind is Kind.DOCUMENT else QCoreApplication.translate("Library", "✓ Watched")
    if position <= 0:
        return length_label(r)
    if r.kind is Kind.DOCUMENT:
        page = max(1, int(position))
        if r.page_count and (r.format or "").lower() == "pdf":
            return QCoreApplication.translate("Library", "p. {0} of {1}").format(page, r.page_count)
        fraction = progress_fraction(r, position)
        return QCoreApplication.translate("Library", "{0} %").format(round(fraction * 100)) if fraction else ""
    if r.duration:
        return QCoreApplication.translate("Library", "{0} of {1}").format(format_time(position), format_time(r.duration))
    return format_time(position)


@dataclass(frozen=True)
class BrowseFilter:
    """What the browser shows; `key` is stable text saved in settings ("kind:video")."""

    key: str = "all"
    kind: Kind | None = None
    collection: str | None = None
    tag: str | None = None
    status: Status | None = None
    # Files that could not be read stay recorded (with the reason) but are not library
    # items: every list leaves them out except the "failed" section, which shows them.
    exclude_status: Status | None = Status.FAILED
    special: str | None = None  # "recent", "in_progress", "notes" or "duplicates"
    member: str | None = None  # "duplicates": the group holding this resource id

    @classmethod
    def from_key(cls, key: str) -> BrowseFilter:
        """Inverse of `key`; unknown keys fall back to All rather than failing a start-up."""
        name, _, value = key.partition(":")
        if name == "kind" and value in {k.value for k in Kind}:
            return cls(key=key, kind=Kind(value))
        if name == "collection" and value:
            return cls(key=key, collection=value)
        if name == "tag" and value:
            return cls(key=key, tag=value)
        if key == "missing":
            return cls(key=key, status=Status.MISSING)
        if key == "failed":
            return cls(key=key, status=Status.FAILED, exclude_status=None)
        if name == "duplicates" and value:
            return cls(key=key, special="duplicates", member=value, exclude_status=None)
        if key in ("recent", "in_progress", "notes"):
            return cls(key=key, special=key)
        return cls()


# (sort key in Library.SORT_KEYS, column name); `length` is duration or page count.
# Headers shown to users are translated in headerData.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("title", "Title"),
    ("kind", "Kind"),
    ("collection", "Collection"),
    ("length", "Length"),
    ("added_at", "Added"),
)


class ResourceTableModel(QAbstractTableModel):
    """Rows of Resources for one BrowseFilter and sort order, fetched in pages."""

    loaded = Signal()  # a page (or the whole special list) arrived
    failed = Signal(str)

    def __init__(
        self,
        library: Library,
        tasks: TaskRunner,
        thumbnails: Any | None = None,  # ThumbnailCache; decoration for the grid
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.library, self.tasks, self.thumbnails = library, tasks, thumbnails
        self.filter = BrowseFilter()
        self.sort_key, self.descending = "title", False
        self._rows: list[Resource] = []
        self._row_of: dict[str, int] = {}
        self._progress: dict[str, tuple[float, bool]] = {}  # id -> (position, finished)
        self._progress_generation = 0
        self._exhausted = False
        self._loading = False
        self._generation = 0  # bumps on every reset: stale pages are dropped
        self._icons: dict[int, QIcon] = {}  # pixmap cacheKey -> icon
        if thumbnails is not None:
            thumbnails.ready.connect(self._thumbnail_ready)

    # -- configuration --------------------------------------------------------------------
    def set_filter(self, flt: BrowseFilter) -> None:
        self.filter = flt
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS):
            self.set_sort(COLUMNS[column][0], order == Qt.SortOrder.DescendingOrder)

    def set_sort(self, key: str, descending: bool = False) -> None:
        if key == self.sort_key and descending == self.descending:
            return
        self.sort_key, self.descending = key, descending
        self.reload()

    def sort_column(self) -> int:
        keys = [c[0] for c in COLUMNS]
        return keys.index(self.sort_key) if self.sort_key in keys else 0

    def library_changed(self, _kind: str, _ids: object) -> None:
        """Items came, went or moved: the rows shown change."""
        self.reload()

    def reload(self) -> None:
        """Drop all rows and start again from the first page."""
        self._generation += 1
        self.beginResetModel()
        self._rows, self._row_of, self._progress = [], {}, {}
        self._exhausted, self._loading = False, False
        self.endResetModel()
        self.fetchMore(QModelIndex())

    # -- lazy loading ---------------------------------------------------------------------
    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> bool:
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> None:
        if not self.canFetchMore(parent):
            return
        self._loading = True
        generation, offset = self._generation, len(self._rows)
        flt, key, desc, lib = self.filter, self.sort_key, self.descending, self.library

        def page() -> tuple[list[Resource], dict[str, tuple[float, bool]]]:  # worker thread
            if flt.special == "in_progress":
                started = lib.in_progress(SPECIAL_LIMIT)
                return [r for r, _p, _f in started], {r.id: (p, f) for r, p, f in started}
            rows = rows_for_page()
            return rows, _fetch_progress(lib, [r.id for r in rows])

        def rows_for_page() -> list[Resource]:
            if flt.special == "recent":
                return lib.recently_opened(SPECIAL_LIMIT)
            if flt.special == "notes":
                return []
            if flt.special == "duplicates":
                groups = [g for g in lib.duplicates() if flt.member in {r.id for r in g.resources}]
                return list(groups[0].resources) if groups else []
            return lib.resources(
                kind=flt.kind,
                collection=flt.collection,
                tag=flt.tag,
                status=flt.status,
                exclude_status=flt.exclude_status,
                sort=key,
                descending=desc,
                limit=PAGE_SIZE,
                offset=offset,
            )

        def done(result: tuple[list[Resource], dict[str, tuple[float, bool]]]) -> None:
            if generation != self._generation:
                return
            rows, progress = result
            self._progress.update(progress)
            self._loading = False
            self._exhausted = flt.special is not None or len(rows) < PAGE_SIZE
            if rows:
                first = len(self._rows)
                self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
                for i, r in enumerate(rows, start=first):
                    self._row_of[r.id] = i
                self._rows.extend(rows)
                self.endInsertRows()
            self.loaded.emit()

        def error(exc: BaseException) -> None:
            if generation != self._generation:
                return
            self._loading, self._exhausted = False, True
            self.failed.emit(i18n.core_text(exc))

        self.tasks.submit(
            page,
            on_done=while_alive(self, done),
            on_error=while_alive(self, error),
            key=f"browse-{id(self)}",
        )

    def refresh_progress(self) -> None:
        """Fetch progress again for the rows already loaded (on a worker), e.g. when the
        library shows again after a video was watched; changed rows repaint."""
        if not self._rows:
            return
        self._progress_generation += 1
        generation, progress_gen = self._generation, self._progress_generation
        ids, lib = [r.id for r in self._rows], self.library

        def done(progress: dict[str, tuple[float, bool]]) -> None:
            if generation != self._generation or progress_gen != self._progress_generation:
                return
            changed = [rid for rid in ids if progress.get(rid) != self._progress.get(rid)]
            self._progress = progress
            rows = [self._row_of[rid] for rid in changed if rid in self._row_of]
            if rows:
                top, bottom = min(rows), max(rows)
                self.dataChanged.emit(
                    self.index(top, 0),
                    self.index(bottom, len(COLUMNS) - 1),
                    [Qt.ItemDataRole.DisplayRole, ProgressRole, FinishedRole],
                )

        self.tasks.submit(
            _fetch_progress,
            lib,
            ids,
            on_done=while_alive(self, done),
            on_error=lambda _exc: None,  # progress is decoration: keep what is shown
            key=f"browse-progress-{id(self)}",
        )

    def progress(self, resource_id: str) -> tuple[float, bool] | None:
        """(position, finished) as loaded with the rows; None if never started."""
        return self._progress.get(resource_id)

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def exhausted(self) -> bool:
        return self._exhausted

    # -- Qt model API ---------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = (
                self.tr("Title"),
                self.tr("Kind"),
                self.tr("Collection"),
                self.tr("Length"),
                self.tr("Added"),
            )
            return headers[section] if 0 <= section < len(headers) else None
        return None

    def resource(self, row: int) -> Resource | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, resource_id: str) -> int | None:
        return self._row_of.get(resource_id)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == ResourceRole:
            return r
        if role == ResourceIdRole:
            return r.id
        if role == ProgressRole:
            prog = self._progress.get(r.id)
            if prog is None:
                return None
            return 1.0 if prog[1] else progress_fraction(r, prog[0])
        if role == FinishedRole:
            prog = self._progress.get(r.id)
            return bool(prog and prog[1])
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == Qt.ItemDataRole.DecorationRole and col == 0 and self.thumbnails is not None:
            return self._icon(r)
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            if r.status is not Status.OK:
                return self.tr("{0} — {1}").format(r.title, self._status_text(r))
            prog = self._progress.get(r.id)
            if prog is not None and (prog[1] or prog[0] > 0):
                return self.tr("{0} — {1}").format(r.title, progress_label(r, *prog))
            return r.title
        if role == Qt.ItemDataRole.ForegroundRole and r.status is not Status.OK:
            return QPalette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            # A tile or a row's first cell is what a screen reader reads on arrival: the
            # title, its kind and its state, not the title alone.
            # An empty cell still says something (a reader announced nothing at all).
            return self._spoken(r) if col == 0 else self._display(r, col) or self.tr("none")
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and col == 0:
            return " · ".join(p for p in (r.collection, ", ".join(r.people), self._length(r)) if p)
        return None

    def _spoken(self, r: Resource) -> str:
        status = self._status_text(r)
        prog = self._progress.get(r.id)
        if not status and prog is not None and (prog[1] or prog[0] > 0):
            status = progress_label(r, *prog).replace("✓", "").strip()
        kind = self._display(r, [c[0] for c in COLUMNS].index("kind"))
        return ", ".join(p for p in (r.title, kind, status) if p)

    def _status_text(self, r: Resource) -> str:
        if r.status is Status.MISSING:
            return self.tr("media not on this computer")
        if r.status is Status.FAILED:
            return self.tr("could not be read")
        return ""

    def _display(self, r: Resource, col: int) -> str:
        key = COLUMNS[col][0]
        if key == "title":
            return r.title
        if key == "kind":
            return {
                Kind.DOCUMENT: self.tr("Document"),
                Kind.VIDEO: self.tr("Video"),
                Kind.AUDIO: self.tr("Audio"),
            }[r.kind]
        if key == "collection":
            return r.collection or ""
        if key == "length":
            return self._length(r)
        if key == "added_at":
            return i18n.short_date(r.added_at[:10])
        return ""

    def _length(self, r: Resource) -> str:
        prog = self._progress.get(r.id)
        if prog is not None and (prog[1] or prog[0] > 0):
            return progress_label(r, *prog)
        return length_label(r)

    def _icon(self, r: Resource) -> QIcon | None:
        """A QIcon (not a bare pixmap) so each view's iconSize scales it, grid or list. One
        QIcon per distinct pixmap (placeholders are shared), so the scaled copies QIcon
        caches are reused on every repaint instead of rescaling each time."""
        pixmap = self.thumbnails.request(r)  # type: ignore[union-attr]
        if pixmap is None or pixmap.isNull():
            return None
        key = pixmap.cacheKey()
        icon = self._icons.get(key)
        if icon is None:
            if len(self._icons) > ICON_CACHE_LIMIT:
                self._icons.clear()
            icon = self._icons[key] = QIcon(pixmap)
        return icon

    def _thumbnail_ready(self, resource_id: str) -> None:
        row = self._row_of.get(resource_id)
        if row is not None:
            idx = self.index(row, 0)
            self.dataChanged.emit(idx, idx, [Qt.ItemDataRole.DecorationRole])


def _fetch_progress(lib: Library, ids: list[str]) -> dict[str, tuple[float, bool]]:
    """Progress of `ids` that have any (worker thread, one query per page of rows)."""
    return {rid: p for rid, p in lib.progress_of(ids).items() if p[1] or p[0] > 0}
