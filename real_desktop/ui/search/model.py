"""Search results grouped by resource: a two-level tree (resource ▸ its hits)."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from real_desktop.core.models import (
    MARK_END,
    MARK_START,
    Kind,
    LocationKind,
    SearchHit,
    SearchResults,
    Status,
)

_ROOT = QModelIndex()  # default parent argument (the invisible root)

HitRole = Qt.ItemDataRole.UserRole + 1  # the SearchHit (hit rows) or the group's best hit
HtmlRole = Qt.ItemDataRole.UserRole + 2  # rich text for the delegate
IsGroupRole = Qt.ItemDataRole.UserRole + 3

_NO_PARENT = 0xFFFFFFFF  # internalId of group rows; hit rows store their group's row


def snippet_html(snippet: str) -> str:
    """Escape a core snippet and turn its match marks into <b>."""
    return html.escape(snippet).replace(MARK_START, "<b>").replace(MARK_END, "</b>")


def snippet_plain(snippet: str) -> str:
    return snippet.replace(MARK_START, "").replace(MARK_END, "")


@dataclass
class ResultGroup:
    resource_id: str
    title: str
    kind: Kind
    collection: str | None
    status: Status
    hits: list[SearchHit] = field(default_factory=list)

    @property
    def target(self) -> SearchHit | None:
        """Where opening the whole group goes: the best match inside the content (a page,
        a moment, a note), else the best match at all (title or description)."""
        inside = (h for h in self.hits if h.location.kind is not LocationKind.RESOURCE)
        return next(inside, self.hits[0] if self.hits else None)


def group_hits(hits: list[SearchHit]) -> list[ResultGroup]:
    """Group by resource, keeping the core's ranking: a group sits where its best hit did."""
    groups: dict[str, ResultGroup] = {}
    for h in hits:
        g = groups.get(h.resource_id)
        if g is None:
            g = groups[h.resource_id] = ResultGroup(
                h.resource_id, h.title, h.kind, h.collection, h.status
            )
        g.hits.append(h)
    return list(groups.values())


class SearchResultsModel(QAbstractItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.results: SearchResults | None = None
        self.groups: list[ResultGroup] = []

    def set_results(self, results: SearchResults | None) -> None:
        self.beginResetModel()
        self.results = results
        self.groups = group_hits(results.hits) if results is not None else []
        self.endResetModel()

    @property
    def hit_count(self) -> int:
        return sum(len(g.hits) for g in self.groups)

    # -- structure ------------------------------------------------------------------------
    def index(
        self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = _ROOT
    ) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, _NO_PARENT) if row < len(self.groups) else QModelIndex()
        if parent.internalId() != _NO_PARENT:
            return QModelIndex()  # hits have no children
        g = parent.row()
        if g < len(self.groups) and row < len(self.groups[g].hits):
            return self.createIndex(row, 0, g)
        return QModelIndex()

    def parent(self, index: QModelIndex | QPersistentModelIndex = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == _NO_PARENT:
            return QModelIndex()
        return self.createIndex(int(index.internalId()), 0, _NO_PARENT)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == _NO_PARENT and parent.row() < len(self.groups):
            return len(self.groups[parent.row()].hits)
        return 0

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 1

    def is_group(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        return index.isValid() and index.internalId() == _NO_PARENT

    def hit(self, index: QModelIndex | QPersistentModelIndex) -> SearchHit | None:
        """The hit a row opens: its own, or for a group row its best hit."""
        if not index.isValid():
            return None
        if self.is_group(index):
            return self.groups[index.row()].target
        return self.groups[int(index.internalId())].hits[index.row()]

    # -- data -----------------------------------------------------------------------------
    def _kind_text(self, kind: Kind) -> str:
        return {
            Kind.DOCUMENT: self.tr("Document"),
            Kind.VIDEO: self.tr("Video"),
            Kind.AUDIO: self.tr("Audio"),
        }[kind]

    def _place(self, h: SearchHit) -> str:
        label = h.location.label
        if label == "Note":
            return self.tr("Notes")
        if not label:
            return self.tr("Details")
        if h.machine:  # text a machine made (core/speech, core/ocr): say so
            if h.location.kind is LocationKind.PAGE:
                return self.tr("{0} (OCR)").format(label)
            return self.tr("{0} (automatic captions)").format(label)
        return label

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        if self.is_group(index):
            g = self.groups[index.row()]
            if role == HitRole:
                return g.target
            if role == IsGroupRole:
                return True
            meta = [self._kind_text(g.kind)]
            if g.collection:
                meta.append(g.collection)
            if g.status is Status.MISSING:
                meta.append(self.tr("media missing"))
            n = len(g.hits)
            meta.append(self.tr("1 match") if n == 1 else self.tr("{0} matches").format(n))
            if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.AccessibleTextRole:
                return f"{g.title} — {' · '.join(meta)}"
            if role == HtmlRole:
                return f"<b>{html.escape(g.title)}</b>&nbsp;&nbsp;<span style='color:{{muted}}'>{html.escape(' · '.join(meta))}</span>"
            if role == Qt.ItemDataRole.ToolTipRole:
                return g.title
            return None
        h = self.groups[int(index.internalId())].hits[index.row()]
        if role == HitRole:
            return h
        if role == IsGroupRole:
            return False
        place = self._place(h)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{place}: {snippet_plain(h.snippet)}"
        if role == HtmlRole:
            return (
                f"<span style='color:{{muted}}'>{html.escape(place)}</span>&nbsp;&nbsp;"
                f"{snippet_html(h.snippet)}"
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return snippet_plain(h.snippet)
        return None
