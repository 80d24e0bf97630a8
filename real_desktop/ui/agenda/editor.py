"""The agenda editor: agendas on the left, the chosen one's items in the middle (drag and
drop or Alt+Up/Down to reorder), the selected item's details on the right. Every change is
saved at once through the task runner (the UI thread never touches SQLite)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from real_desktop.core.agendas.model import Agenda, AgendaError, AgendaItem
from real_desktop.core.agendas.store import AgendaStore
from real_desktop.core.models import Kind, Resource
from real_desktop.ui import guarded, i18n
from real_desktop.ui.actions.registry import ActionRegistry
from real_desktop.ui.agenda.item_form import ItemForm

ID_ROLE = Qt.ItemDataRole.UserRole
FILTER = QT_TRANSLATE_NOOP("AgendaEditor", "REAL Desktop agenda (*.agenda.json *.json)")


def _minutes(m: float) -> str:
    return QCoreApplication.translate("AgendaEditor", "%1 min").replace("%1", i18n.number(m))


class AgendaEditor(QWidget):
    presentRequested = Signal(str)  # agenda id

    def __init__(
        self, library: Any, tasks: Any, parent: QWidget | None = None, *,
        registry: ActionRegistry | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Agendas — REAL Desktop"))
        self.registry = reg = registry if registry is not None else ActionRegistry()
        self.library, self.tasks = library, tasks
        self.store = AgendaStore(library.db, library.catalog)
        self.agendas: list[Agenda] = []
        self.agenda: Agenda | None = None
        self.resources: dict[str, Resource | None] = {}
        self.message = QLabel(self)
        self.message.setWordWrap(True)

        self.agenda_list = QListWidget(self)
        self.agenda_list.setAccessibleName(self.tr("Agendas"))
        self.agenda_list.currentRowChanged.connect(self._agenda_chosen)
        self.agenda_list.setWordWrap(True)
        self.agenda_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items = QListWidget(self)
        self.items.setAccessibleName(self.tr("Agenda items"))
        self.items.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.items.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.items.model().rowsMoved.connect(self._dropped)
        self.items.currentRowChanged.connect(self._item_chosen)
        self.total = QLabel(self)
        self.total.setWordWrap(True)
        self.picker = QComboBox(self)
        self.picker.setAccessibleName(self.tr("Resource to add"))
        self.form = ItemForm(reg, self)
        self.form.changed.connect(self._save_item)

        def button(aid: str, fn: Any) -> QPushButton:
            b = QPushButton(self)
            reg.button(aid, b, fn, text=True)
            return b

        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Agendas"), self))
        left.addWidget(self.agenda_list, 1)
        for row in (("agenda.new", "agenda.duplicate"), ("agenda.rename", "agenda.delete"),
                    ("agenda.import", "agenda.export")):
            h = QHBoxLayout()
            for aid in row:
                h.addWidget(button(aid, getattr(self, aid.split(".")[1] + "_agenda")))
            left.addLayout(h)
        mid = QVBoxLayout()
        head = QHBoxLayout()
        head.addWidget(self.total, 1)
        head.addWidget(button("agenda.present", self.present))
        mid.addLayout(head)
        mid.addWidget(self.items, 1)
        moves = QHBoxLayout()
        for aid, fn in (("agenda.move_up", lambda: self.move(-1)),
                        ("agenda.move_down", lambda: self.move(+1)),
                        ("agenda.remove_item", self.remove_item)):
            moves.addWidget(button(aid, fn))
        mid.addLayout(moves)
        # The picker on a line of its own: with Add beside it, a title was cut at 200 % text.
        mid.addWidget(self.picker)
        add = QHBoxLayout()
        add.addStretch(1)
        add.addWidget(button("agenda.add_item", self.add_item))
        mid.addLayout(add)
        for aid, fn in (("agenda.new", self.new_agenda), ("agenda.duplicate", self.duplicate_agenda),
                        ("agenda.present", self.present), ("agenda.add_item", self.add_item)):
            reg.shortcut(aid, self, fn)
        for aid, fn in (("agenda.move_up", lambda: self.move(-1)),
                        ("agenda.move_down", lambda: self.move(+1)),
                        ("agenda.remove_item", self.remove_item)):
            reg.shortcut(aid, self.items, fn, context=Qt.ShortcutContext.WidgetShortcut)

        panes = QSplitter(self)
        for lay in (left, mid):
            w = QWidget(panes)
            lay.setContentsMargins(0, 0, 0, 0)
            w.setLayout(lay)
            panes.addWidget(w)
        panes.addWidget(self.form)
        panes.setStretchFactor(0, 2)
        panes.setStretchFactor(1, 3)
        panes.setStretchFactor(2, 4)
        panes.setSizes([260, 460, 540])
        outer = QVBoxLayout(self)
        outer.addWidget(panes, 1)
        outer.addWidget(self.message)
        self.reload()

    # -- loading -------------------------------------------------------------------------
    def _submit(self, fn: Any, *args: Any, then: Any = None, **kw: Any) -> None:
        def failed(exc: BaseException) -> None:
            self.message.setText(i18n.core_text(exc) if isinstance(exc, AgendaError) else
                                 self.tr("That did not work: %1").replace("%1", i18n.core_text(exc)))

        self.tasks.submit(fn, *args, on_done=then, on_error=failed, **kw)

    def reload(self, select: str | None = None) -> None:
        def load() -> tuple[list[Agenda], list[Resource]]:
            return self.store.list(), self.library.resources()

        self._submit(load, then=lambda r: self._loaded(*r, select))

    def _loaded(self, agendas: list[Agenda], resources: list[Resource], select: str | None) -> None:
        self.agendas = agendas
        self.resources = {r.id: r for r in resources}
        current = select or (self.agenda.id if self.agenda else None)
        self.picker.clear()
        for r in sorted(resources, key=lambda r: r.title.casefold()):
            kind = self.tr("video") if r.kind in (Kind.VIDEO, Kind.AUDIO) else self.tr("document")
            self.picker.addItem(f"{r.title}  ({kind})", r.id)
        self.agenda_list.blockSignals(True)
        self.agenda_list.clear()
        row = 0
        for n, a in enumerate(agendas):
            it = QListWidgetItem(a.name + "\n" + self.tr("%n item(s)", "", len(a.items)) + " · " + _minutes(a.total_minutes()))
            it.setData(ID_ROLE, a.id)
            self.agenda_list.addItem(it)
            if a.id == current:
                row = n
        self.agenda_list.blockSignals(False)
        if agendas:
            self.agenda_list.setCurrentRow(row)
            self._agenda_chosen(row)
        else:
            self._show_agenda(None)

    def _agenda_chosen(self, row: int) -> None:
        self._show_agenda(self.agendas[row] if 0 <= row < len(self.agendas) else None)

    def _show_agenda(self, agenda: Agenda | None, select_item: str | None = None) -> None:
        keep = select_item or (self._current_item().id if self._current_item() else None)
        self.agenda = agenda
        self.items.blockSignals(True)
        self.items.clear()
        row = 0
        for n, item in enumerate(agenda.items if agenda else ()):
            self.items.addItem(self._row(n, item))
            if item.id == keep:
                row = n
        self.items.blockSignals(False)
        if agenda is None:
            self.total.setText(self.tr("No agenda yet: New agenda (Ctrl+N) starts one."))
        else:
            self.total.setText(self.tr("%1 — %2 items, %3 planned").replace("%1", agenda.name)
                               .replace("%2", str(len(agenda.items)))
                               .replace("%3", _minutes(agenda.total_minutes())))
        if agenda and agenda.items:
            self.items.setCurrentRow(row)
            self._item_chosen(row)
        else:
            self.form.set_item(None, None)

    def _row(self, n: int, item: AgendaItem) -> QListWidgetItem:
        r = self.resources.get(item.resource_id)
        title = r.title if r else (item.label or item.resource_id)
        bits = [f"{n + 1}. {title}"]
        if item.span_text():
            bits.append(item.span_text())
        if item.minutes:
            bits.append(_minutes(item.minutes))
        if r is None or not r.path:
            bits.append(self.tr("not on this computer"))
        it = QListWidgetItem("  ·  ".join(bits))
        it.setData(ID_ROLE, item.id)
        return it

    def _current_item(self) -> AgendaItem | None:
        if self.agenda is None:
            return None
        row = self.items.currentRow()
        return self.agenda.items[row] if 0 <= row < len(self.agenda.items) else None

    def _item_chosen(self, row: int) -> None:
        item = self._current_item()
        if item is not None and self.form.item is not None and self.form.item.id == item.id:
            self.form.item = item  # the same item saved again: keep the preview where it is
            return
        self.form.set_item(item, self.resources.get(item.resource_id) if item else None)

    def _refresh(self, select_item: str | None = None) -> None:
        """Read the current agenda again after a change (and the list's counts)."""
        if self.agenda is None:
            return
        aid = self.agenda.id

        def done(agendas: list[Agenda]) -> None:
            self.agendas = agendas
            for n, a in enumerate(agendas):
                if a.id == aid:
                    li = self.agenda_list.item(n)
                    if li is not None:
                        li.setText(a.name + "\n" + self.tr("%n item(s)", "", len(a.items)) + " · " + _minutes(a.total_minutes()))
                    self._show_agenda(a, select_item)

        self._submit(self.store.list, then=done)

    # -- agendas ---------------------------------------------------------------------------
    def new_agenda(self, name: str | None = None) -> None:
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("New agenda"), self.tr("Name:"))
            if not ok:
                return
        self._submit(self.store.create, name, then=lambda a: self.reload(a.id))

    def duplicate_agenda(self) -> None:
        if self.agenda is not None:
            self._submit(self.store.duplicate, self.agenda.id, then=lambda a: self.reload(a.id))

    def rename_agenda(self, name: str | None = None) -> None:
        if self.agenda is None:
            return
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Rename agenda"), self.tr("Name:"),
                                            text=self.agenda.name)
            if not ok:
                return
        self._submit(self.store.rename, self.agenda.id, name, then=lambda a: self.reload(a.id))

    def delete_agenda(self) -> None:
        if self.agenda is not None:
            self.agenda, aid = None, self.agenda.id
            self._submit(self.store.delete, aid, then=lambda _ok: self.reload())

    def export_agenda(self, path: Any = None) -> None:
        from real_desktop.core.agendas.share import SUFFIX, export_file

        if self.agenda is None:
            return
        path = path or guarded.save_file(self.registry.live_policy, self, self.tr("Export agenda"),
                                         self.agenda.name + SUFFIX, self.tr(FILTER))
        if path:
            agenda = self.agenda
            self._submit(export_file, agenda, path, then=lambda p: self.message.setText(
                self.tr("Exported “%1” to %2").replace("%1", agenda.name).replace("%2", str(p))))

    def import_agenda(self, path: Any = None) -> None:
        from real_desktop.core.agendas.share import import_file

        path = path or guarded.open_file(self.registry.live_policy, self, self.tr("Import agenda"),
                                         "", self.tr(FILTER))
        if path:
            self._submit(import_file, self.store, path, then=self._imported)

    def _imported(self, report: Any) -> None:
        text = self.tr("Imported “%1”.").replace("%1", report.agenda.name)
        if report.missing:
            names = ", ".join(i.label or i.resource_id for i in report.missing)
            text += " " + self.tr("Not on this computer: %1.").replace("%1", names)
        self.message.setText(text)
        self.reload(report.agenda.id)

    def present(self) -> None:
        if self.agenda is not None and self.agenda.items:
            self.presentRequested.emit(self.agenda.id)

    # -- items -----------------------------------------------------------------------------
    def add_item(self, resource_id: str | None = None) -> None:
        if self.agenda is None:
            return
        rid = resource_id or self.picker.currentData()
        if rid:
            row = self.items.currentRow()
            at = row + 1 if row >= 0 else None
            self._submit(self.store.add_item, self.agenda.id, rid, position=at,
                         then=lambda it: self._refresh(it.id))

    def remove_item(self) -> None:
        item = self._current_item()
        if item is not None and self.agenda is not None:
            self._submit(self.store.remove_item, self.agenda.id, item.id,
                         then=lambda _ok: self._refresh())

    def move(self, delta: int) -> None:
        item = self._current_item()
        if item is None or self.agenda is None:
            return
        to = self.items.currentRow() + delta
        if 0 <= to < len(self.agenda.items):
            self._submit(self.store.move_item, self.agenda.id, item.id, to,
                         then=lambda _ids: self._refresh(item.id))

    def _dropped(self, *_args: object) -> None:
        if self.agenda is None:
            return
        ids = [self.items.item(n).data(ID_ROLE) for n in range(self.items.count())]
        moved = self.items.currentItem().data(ID_ROLE) if self.items.currentItem() else None
        self._submit(self.store.reorder, self.agenda.id, ids,
                     then=lambda _r: self._refresh(moved))

    def _save_item(self, item: AgendaItem) -> None:
        if self.agenda is None:
            return

        def failed_or_saved(_it: AgendaItem) -> None:
            self._refresh(item.id)

        self.tasks.submit(self.store.update_item, self.agenda.id, item, on_done=failed_or_saved,
                          on_error=lambda exc: self.form.show_error(i18n.core_text(exc)))

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        self.form.release()
        super().closeEvent(event)
