""""Content packs…": the installed packs (version, publisher, items, notes on them), update
one from a newer file, remove one (asking what to do with the notes on its items: keep
them, or export them to a file first), and the pack settings: the inbox folder the app
polls while it runs, and whether only packs signed by a trusted publisher are installed.
Every read and write runs in the TaskRunner; the dialog only shows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from real_desktop.ui import guarded, i18n
from real_desktop.ui import theme as themes
from real_desktop.ui.guard import while_alive
from real_desktop.ui.packs.common import (
    PACK_FILTER,
    Installed,
    Packs,
    ProgressPanel,
    changed_anything,
    install_packs,
    outcome_lines,
    running,
    size_text,
)

if TYPE_CHECKING:
    from real_desktop.core.packs.store import PackRecord
    from real_desktop.ui.actions.registry import ActionRegistry
    from real_desktop.ui.tasks import Task, TaskRunner

COLUMNS = (
    QT_TRANSLATE_NOOP("Packs", "Pack"),
    QT_TRANSLATE_NOOP("Packs", "Version"),
    QT_TRANSLATE_NOOP("Packs", "Publisher"),
    QT_TRANSLATE_NOOP("Packs", "Items"),
    QT_TRANSLATE_NOOP("Packs", "Notes"),
    QT_TRANSLATE_NOOP("Packs", "Signature"),
    QT_TRANSLATE_NOOP("Packs", "Size"),
)
KEEP, EXPORT_FIRST = "keep", "export"



@dataclass
class PacksState:
    records: list[PackRecord]
    notes: dict[str, int]  # pack id -> notes on its items (not in the trash)
    inbox: Path | None
    require_signed: bool


def load_state(library: Any) -> PacksState:
    """Worker thread."""
    from real_desktop.core.notes import NoteStore
    from real_desktop.core.packs.inbox import inbox_folder
    from real_desktop.core.packs.install import PackManager

    manager = PackManager(library)
    records = manager.installed()
    store = NoteStore(library, trash_days=None)
    notes = {r.id: sum(len(store.for_resource(rid)) for rid in r.items) for r in records}
    return PacksState(records, notes, inbox_folder(library), manager.require_signed)


def remove_pack(library: Any, pack_id: str, export_notes: Path | None) -> PackRecord:
    from real_desktop.core.packs.install import PackManager

    return PackManager(library).remove(pack_id, export_notes=export_notes)


def save_settings(library: Any, inbox: Path | None, require_signed: bool) -> None:
    from real_desktop.core.packs.inbox import set_inbox_folder
    from real_desktop.core.packs.install import PackManager

    set_inbox_folder(library, inbox)
    PackManager(library).require_signed = require_signed


def ask_about_notes(parent: QWidget, title: str, items: int, notes: int, *, agendas: int = 0) -> str | None:
    """KEEP, EXPORT_FIRST or None (do not remove)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Packs", "Remove content pack"))
    text = QCoreApplication.translate("Packs", "Remove “{0}” and its {1} items from the library? Its files in the library "
               "folder are deleted.").format(title, items)  # fmt: skip
    if agendas:
        text += "\n\n" + Packs().agendas_removed(agendas)  # fmt: skip
    if notes:
        text += "\n\n" + QCoreApplication.translate("Packs",
            "There are {0} notes on its items. They are kept (and come back, findable, if the "
            "pack is installed again), or you can export them to a file first."
        ).format(notes)
    box.setText(text)
    export = box.addButton(QCoreApplication.translate("Packs", "Export notes first…"), QMessageBox.ButtonRole.AcceptRole) if notes else None
    keep = box.addButton(QCoreApplication.translate("Packs", "Remove, keep the notes") if notes else QCoreApplication.translate("Packs", "Remove"),
                         QMessageBox.ButtonRole.DestructiveRole)  # fmt: skip
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    if export is not None and clicked is export:
        return EXPORT_FIRST
    return KEEP if clicked is keep else None


class InstalledPacksDialog(QDialog):
    """`changed()` after an update or a removal changed the library; `settings_changed()`
    after the inbox folder or the signed-packs setting changed."""

    def __init__(
        self,
        library: Any,
        tasks: TaskRunner,
        registry: ActionRegistry,
        parent: QWidget | None = None,
        *,
        changed: Callable[[], None] | None = None,
        settings_changed: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.library, self.tasks, self.registry = library, tasks, registry
        self._changed, self._settings_changed = changed, settings_changed
        self.state: PacksState | None = None
        self.task: Task | None = None
        self.busy = False
        self.ask = ask_about_notes  # tests answer for the person
        self.setWindowTitle(QCoreApplication.translate("Packs", "Content packs"))
        self.setAccessibleName(QCoreApplication.translate("Packs", "Content packs"))
        self.resize(860, 520)

        self.tree = QTreeWidget()
        self.tree.setAccessibleName(QCoreApplication.translate("Packs", "Installed content packs"))
        self.tree.setHeaderLabels([QCoreApplication.translate("Packs", c) for c in COLUMNS])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(COLUMNS)):
            self.tree.header().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(lambda *_: self._enable())
        self.empty = QLabel(QCoreApplication.translate("Packs", "No content packs are installed. Use File → Add content from a drive…"))
        themes.mute(self.empty)
        self.empty.hide()

        self.update_button = QPushButton()
        self.remove_button = QPushButton()
        self.close_button = QPushButton()
        registry.button("packs.update_from_file", self.update_button, self.update_from_file, text=True)
        registry.button("packs.remove", self.remove_button, self.remove_selected, text=True)
        registry.button("packs.close", self.close_button, self.reject, text=True)
        self.progress = ProgressPanel(registry, self)
        self.progress.cancelRequested.connect(self.cancel)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # -- settings: the inbox and signed packs -----------------------------------------------
        self.inbox_label = QLabel()
        self.inbox_label.setWordWrap(True)
        self.inbox_browse = QPushButton()
        self.inbox_clear = QPushButton()
        registry.button("packs.inbox_browse", self.inbox_browse, self.choose_inbox, text=True)
        registry.button("packs.inbox_clear", self.inbox_clear, self.clear_inbox, text=True)
        self.signed_box = QCheckBox()
        registry.button("packs.require_signed", self.signed_box, self._signed_toggled, text=True,
                        toggled=True)  # fmt: skip
        hint = QLabel(QCoreApplication.translate("Packs",
            "Packs a file-sync tool (Syncthing, rsync, a network share) puts in the inbox folder "
            "are checked and installed while REAL Desktop runs; files still being copied are "
            "left alone until complete."
        ))  # fmt: skip
        hint.setWordWrap(True)
        themes.mute(hint)
        settings = QGroupBox(QCoreApplication.translate("Packs", "Pack inbox and safety"))
        inbox_row = QHBoxLayout()
        inbox_row.addWidget(self.inbox_label, 1)
        inbox_row.addWidget(self.inbox_browse)
        inbox_row.addWidget(self.inbox_clear)
        s_lay = QVBoxLayout(settings)
        s_lay.addLayout(inbox_row)
        s_lay.addWidget(hint)
        s_lay.addWidget(self.signed_box)

        buttons = QHBoxLayout()
        buttons.addWidget(self.update_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.tree, 1)
        lay.addWidget(self.empty)
        lay.addLayout(buttons)
        lay.addWidget(self.progress)
        lay.addWidget(self.message)
        lay.addWidget(settings)
        self.reload()

    # -- the list ---------------------------------------------------------------------------
    def reload(self) -> None:
        self.busy = True
        self._enable()
        self.tasks.submit(load_state, self.library, on_done=while_alive(self, self._loaded),
                          on_error=while_alive(self, self._failed))  # fmt: skip

    def _loaded(self, state: PacksState) -> None:
        self.busy = False
        self.state = state
        current = self.selected()
        self.tree.clear()
        for r in state.records:
            sig = (QCoreApplication.translate("Packs", "Signed, trusted") if r.trusted else QCoreApplication.translate("Packs", "Signed, not trusted")) if r.signer else QCoreApplication.translate("Packs", "Not signed")
            item = QTreeWidgetItem([
                r.title, r.version, r.publisher, str(len(r.items)), str(state.notes.get(r.id, 0)),
                sig, size_text(r.size),
            ])  # fmt: skip
            item.setData(0, Qt.ItemDataRole.UserRole, r)
            item.setToolTip(0, QCoreApplication.translate("Packs", "id {0} · installed {1} from {2}").format(r.id, r.installed_at[:16], r.source))
            self.tree.addTopLevelItem(item)
            if current is not None and current.id == r.id:
                self.tree.setCurrentItem(item)
        if self.tree.currentItem() is None and self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self.tree.setVisible(bool(state.records))
        self.empty.setVisible(not state.records)
        self.inbox_label.setText(
            QCoreApplication.translate("Packs", "Inbox folder: {0}").format(state.inbox) if state.inbox else QCoreApplication.translate("Packs", "Inbox folder: none")
        )
        self.signed_box.blockSignals(True)
        self.signed_box.setChecked(state.require_signed)
        self.signed_box.blockSignals(False)
        self._enable()

    def selected(self) -> PackRecord | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def _enable(self) -> None:
        idle = not self.busy
        self.remove_button.setEnabled(idle and self.selected() is not None)
        for w in (self.update_button, self.inbox_browse, self.signed_box):
            w.setEnabled(idle)
        self.inbox_clear.setEnabled(idle and self.state is not None and self.state.inbox is not None)
        self.close_button.setEnabled(self.task is None)

    def _failed(self, exc: BaseException) -> None:
        self.busy, self.task = False, None
        self.progress.end()
        self.message.setText(i18n.core_text(exc))
        self._enable()
        self.reload()

    # -- update -----------------------------------------------------------------------------
    def update_from_file(self) -> None:
        path = guarded.open_file(self.registry.live_policy, self, QCoreApplication.translate("Packs", "Choose the newer content pack"),
                                 filters=QCoreApplication.translate("Packs", PACK_FILTER))  # fmt: skip
        if path is not None:
            self.install_file(path)

    def install_file(self, path: Path) -> None:
        from real_desktop.core.packs.install import PackManager

        self.busy = True
        self.message.clear()
        self.progress.begin(QCoreApplication.translate("Packs", "Checking {0}…").format(path.name))
        self.task = running(self.tasks.submit(
            install_packs, PackManager(self.library), [(path, path.name)],
            require_signed=bool(self.state and self.state.require_signed),
            on_progress=while_alive(self, self.progress.show_step),
            on_done=while_alive(self, self._installed), on_error=while_alive(self, self._failed),
        ))  # fmt: skip
        self._enable()

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _installed(self, done: list[Installed]) -> None:
        self.busy, self.task = False, None
        self.progress.end()
        self.message.setText("\n".join(outcome_lines(done)))
        if changed_anything(done) and self._changed is not None:
            self._changed()
        self.reload()

    # -- remove -----------------------------------------------------------------------------
    def remove_selected(self) -> None:
        rec = self.selected()
        if rec is None or self.state is None:
            return
        answer = self.ask(self, rec.title, len(rec.items), self.state.notes.get(rec.id, 0),
                          agendas=len(rec.agendas))  # fmt: skip
        if answer is None:
            return
        export = None
        if answer == EXPORT_FIRST:
            export = guarded.save_file(self.registry.live_policy, self, QCoreApplication.translate("Packs", "Export the notes to"),
                                       f"{rec.id}-notes.json", QCoreApplication.translate("Packs", "Notes (*.json)"))  # fmt: skip
            if export is None:
                return  # no file chosen: nothing removed
        self.busy = True
        self._enable()

        def removed(r: PackRecord) -> None:
            self.busy = False
            said = QCoreApplication.translate("Packs", "“{0}” was removed.").format(r.title)
            if export is not None:
                said += " " + QCoreApplication.translate("Packs", "Its notes were exported to {0}.").format(export)
            self.message.setText(said)
            if self._changed is not None:
                self._changed()
            self.reload()

        self.tasks.submit(remove_pack, self.library, rec.id, export,
                          on_done=while_alive(self, removed), on_error=while_alive(self, self._failed))  # fmt: skip

    # -- settings ---------------------------------------------------------------------------
    def choose_inbox(self) -> None:
        path = guarded.folder(self.registry.live_policy, self, QCoreApplication.translate("Packs", "Choose the pack inbox folder"))
        if path is not None:
            self.set_inbox(path)

    def clear_inbox(self) -> None:
        self.set_inbox(None)

    def set_inbox(self, folder: Path | None) -> None:
        self._save(folder, self.signed_box.isChecked())

    def _signed_toggled(self, checked: bool) -> None:
        self._save(self.state.inbox if self.state else None, checked)

    def _save(self, inbox: Path | None, require_signed: bool) -> None:
        def saved(_: object) -> None:
            if self._settings_changed is not None:
                self._settings_changed()
            self.reload()

        self.tasks.submit(save_settings, self.library, inbox, require_signed,
                          on_done=while_alive(self, saved), on_error=while_alive(self, self._failed))  # fmt: skip

    def reject(self) -> None:
        if self.task is not None:
            return  # an install is running: Cancel it first
        super().reject()
