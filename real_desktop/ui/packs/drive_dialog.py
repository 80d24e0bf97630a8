""""Add content from a drive…": the packs on mounted removable drives (or in a chosen
file or folder), what installing each would do, then verification and install with a
progress bar and Cancel. Only manifests are read to list them (core `find_packs`);
nothing in a pack is shown or played before the install has verified it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
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
    ProgressPanel,
    changed_anything,
    install_packs,
    outcome_lines,
    running,
    size_text,
)

if TYPE_CHECKING:
    from real_desktop.core.packs.drives import PackOffer
    from real_desktop.ui.actions.registry import ActionRegistry
    from real_desktop.ui.tasks import Task, TaskRunner

COLUMNS = (
    QT_TRANSLATE_NOOP("Packs", "Pack"),
    QT_TRANSLATE_NOOP("Packs", "Publisher"),
    QT_TRANSLATE_NOOP("Packs", "Version"),
    QT_TRANSLATE_NOOP("Packs", "What it does"),
    QT_TRANSLATE_NOOP("Packs", "Signature"),
    QT_TRANSLATE_NOOP("Packs", "Size"),
)
INSTALLABLE = ("new", "update")



def scan(library: Any, roots: Sequence[Path] | None, extra: Sequence[Path]) -> tuple[list[PackOffer], bool]:
    """Worker thread: the offers on the drives (or `roots`) and in the chosen places, and
    whether signed packs from trusted publishers are required."""
    from real_desktop.core.packs.drives import find_packs
    from real_desktop.core.packs.install import PackManager

    manager = PackManager(library)
    offers = find_packs(manager, roots)
    files = [p for p in extra if p.is_file()]
    folders = [p for p in extra if p.is_dir()]
    if folders:
        offers += find_packs(manager, folders)
    if files:
        # A chosen file: described like a pack found on a drive (its folder scanned, the
        # file kept). Cheap: only manifests are read.
        by_folder = find_packs(manager, sorted({f.parent for f in files}))
        wanted = {f.resolve() for f in files}
        offers += [o for o in by_folder if o.path.resolve() in wanted]
    seen: set[Path] = set()
    unique = []
    for o in offers:
        key = o.path.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(o)
    return unique, manager.require_signed


def status_text(o: PackOffer) -> str:
    if o.status == "new":
        return QCoreApplication.translate("Packs", "New")
    if o.status == "update":
        return QCoreApplication.translate("Packs", "Updates the installed {0}").format(o.installed_version)
    if o.status == "installed":
        return QCoreApplication.translate("Packs", "Already installed")
    if o.status == "older":
        return QCoreApplication.translate("Packs", "Older than the installed {0}").format(o.installed_version)
    return QCoreApplication.translate("Packs", "Not a valid pack")  # the reason: in the details line and the tooltip


def signature_text(o: PackOffer) -> str:
    if o.manifest is None:
        return ""
    if o.signer is None:
        return QCoreApplication.translate("Packs", "Not signed")
    return QCoreApplication.translate("Packs", "Signed · trusted") if o.trusted else QCoreApplication.translate("Packs", "Signed · not trusted")


def version_text(o: PackOffer) -> str:
    if o.manifest is None:
        return ""
    if o.status == "update":
        return f"{o.installed_version} → {o.manifest.version}"
    return o.manifest.version


def refusal(o: PackOffer, require_signed: bool) -> str:
    """Why this pack cannot be installed here ("" when it can)."""
    if o.manifest is None:
        return QCoreApplication.translate("Packs", "This file is not a valid content pack: {0}").format(i18n.core_text(o.error))
    if require_signed and (o.signer is None or not o.trusted):
        return QCoreApplication.translate("Packs",
            "This computer only installs packs signed by a trusted publisher, and this pack "
            "is {0}. Ask the librarian to trust its publisher (real-desktop pack trust KEY.pub)."
        ).format(QCoreApplication.translate("Packs", "not signed") if o.signer is None else QCoreApplication.translate("Packs", "signed by a publisher it does not trust"))
    return ""


class AddFromDriveDialog(QDialog):
    """`changed()` is called once after an install changed the library (the window turns
    it into its one LibraryEvents.changed). `roots`: where to look instead of the mounted
    removable drives (tests, screenshots)."""

    def __init__(
        self,
        library: Any,
        tasks: TaskRunner,
        registry: ActionRegistry,
        parent: QWidget | None = None,
        *,
        changed: Callable[[], None] | None = None,
        roots: Sequence[Path] | None = None,
    ) -> None:
        super().__init__(parent)
        self.library, self.tasks, self.registry = library, tasks, registry
        self._changed, self.roots = changed, roots
        self.extra: list[Path] = []  # files and folders the person chose
        self.offers: list[PackOffer] = []
        self.require_signed = False
        self.task: Task | None = None
        self.scanning = self.installing = False
        self.setWindowTitle(QCoreApplication.translate("Packs", "Add content from a drive"))
        self.setAccessibleName(QCoreApplication.translate("Packs", "Add content from a drive"))
        self.resize(1040, 560)

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(QCoreApplication.translate("Packs", "Content packs found"))
        self.tree.setHeaderLabels([QCoreApplication.translate("Packs", c) for c in COLUMNS])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemChanged.connect(lambda *_: self._update_space())
        self.tree.currentItemChanged.connect(lambda *_: self._show_current())
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        themes.mute(self.detail)
        self.space = QLabel()
        self.space.setWordWrap(True)

        self.copy_radio = QRadioButton(QCoreApplication.translate("Packs", "Copy everything into the library"))
        self.keep_radio = QRadioButton(
            QCoreApplication.translate("Packs", "Leave large media on the drive (played from there; the drive must be inserted)")
        )
        self.keep_radio.setToolTip(QCoreApplication.translate("Packs",
            "Media files that sit unpacked beside the pack on the drive (the same folders as "
            "inside it) are checked against the pack and then used where they are, instead of "
            "being copied. Files not found there are copied."
        ))  # fmt: skip
        self.copy_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.copy_radio)
        group.addButton(self.keep_radio)
        self.keep_radio.toggled.connect(lambda *_: self._update_space())

        self.rescan_button = QPushButton()
        self.file_button = QPushButton()
        self.folder_button = QPushButton()
        self.install_button = QPushButton()
        self.close_button = QPushButton()
        registry.button("packs.rescan", self.rescan_button, self.rescan, text=True)
        registry.button("packs.choose_file", self.file_button, self.choose_file, text=True)
        registry.button("packs.choose_folder", self.folder_button, self.choose_folder, text=True)
        registry.button("packs.install", self.install_button, self.install_selected, text=True)
        registry.button("packs.close", self.close_button, self.reject, text=True)
        self.install_button.setDefault(True)
        self.progress = ProgressPanel(registry, self)
        self.progress.cancelRequested.connect(self.cancel)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAccessibleDescription(QCoreApplication.translate("Packs", "Result"))

        choose = QHBoxLayout()
        for b in (self.rescan_button, self.file_button, self.folder_button):
            choose.addWidget(b)
        choose.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.install_button)
        buttons.addWidget(self.close_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addLayout(choose)
        lay.addWidget(self.tree, 1)
        lay.addWidget(self.detail)
        lay.addWidget(self.space)
        lay.addWidget(self.copy_radio)
        lay.addWidget(self.keep_radio)
        lay.addWidget(self.progress)
        lay.addWidget(self.message)
        lay.addLayout(buttons)
        self.rescan()

    # -- finding packs ----------------------------------------------------------------------
    def rescan(self) -> None:
        self.scanning = True
        self.heading.setText(QCoreApplication.translate("Packs", "Looking for content packs on removable drives…"))
        self._enable()
        self.tasks.submit(
            scan, self.library, self.roots, list(self.extra),
            on_done=while_alive(self, self._scanned), on_error=while_alive(self, self._scan_failed),
        )  # fmt: skip

    def choose_file(self) -> None:
        path = guarded.open_file(self.registry.live_policy, self, QCoreApplication.translate("Packs", "Choose a content pack"),
                                 filters=QCoreApplication.translate("Packs", PACK_FILTER))  # fmt: skip
        if path is not None:
            self.add_place(path)

    def choose_folder(self) -> None:
        path = guarded.folder(self.registry.live_policy, self, QCoreApplication.translate("Packs", "Choose a folder with content packs"))
        if path is not None:
            self.add_place(path)

    def add_place(self, path: Path) -> None:
        """Also list the packs in this file or folder (and one folder down)."""
        if path not in self.extra:
            self.extra.append(path)
        self.rescan()

    def _scanned(self, got: tuple[list[PackOffer], bool]) -> None:
        self.scanning = False
        self.offers, self.require_signed = got
        self._fill()
        self._enable()

    def _scan_failed(self, exc: BaseException) -> None:
        self.scanning = False
        self.heading.setText(QCoreApplication.translate("Packs", "Could not look for packs: {0}").format(i18n.core_text(exc)))
        self._enable()

    def _fill(self) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        for o in self.offers:
            m = o.manifest
            cells = [
                m.title if m else o.path.name,
                m.publisher if m else "",
                version_text(o),
                status_text(o),
                signature_text(o),
                size_text(o.size) if m else "",
            ]
            item = QTreeWidgetItem(cells)
            item.setData(0, Qt.ItemDataRole.UserRole, o)
            item.setToolTip(0, str(o.path))
            if o.error:
                item.setToolTip(3, i18n.core_text(o.error))
            why = refusal(o, self.require_signed)
            if o.status in INSTALLABLE and not why:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Checked)
            else:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
                for col in range(len(COLUMNS)):
                    item.setForeground(col, self.palette().placeholderText())
            self.tree.addTopLevelItem(item)
        self.tree.blockSignals(False)
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        n = len(self.offers)
        places = self.roots if self.roots is not None else []
        if n:
            self.heading.setText(QCoreApplication.translate("Packs", "{0} content packs found. Tick the ones to install.").format(n)
                                 if n > 1 else QCoreApplication.translate("Packs", "1 content pack found."))  # fmt: skip
        elif places or self.extra:
            self.heading.setText(QCoreApplication.translate("Packs", "No content packs (.realpack files) there. Choose another file or folder."))
        else:
            self.heading.setText(QCoreApplication.translate("Packs",
                "No content packs found on removable drives. Insert a USB stick with .realpack "
                "files, or choose a pack file or a folder."
            ))  # fmt: skip
        self._update_space()

    def _show_current(self) -> None:
        item = self.tree.currentItem()
        o: PackOffer | None = item.data(0, Qt.ItemDataRole.UserRole) if item else None
        if o is None:
            self.detail.clear()
            return
        why = refusal(o, self.require_signed)
        if o.manifest is None:
            self.detail.setText(why)
            return
        m = o.manifest
        parts = [QCoreApplication.translate("Packs", "{0} items · id {1}").format(len(m.items), m.id)]
        if m.language:
            parts.append(QCoreApplication.translate("Packs", "language {0}").format(m.language))
        if m.licence:
            parts.append(m.licence)
        parts.append(str(o.path))
        text = " · ".join(parts)
        self.detail.setText(f"{text}\n{why}" if why else text)

    # -- what is ticked ---------------------------------------------------------------------
    def checked(self) -> list[PackOffer]:
        out = []
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable and item.checkState(0) == Qt.CheckState.Checked:
                out.append(item.data(0, Qt.ItemDataRole.UserRole))
        return out

    def _update_space(self) -> None:
        chosen = self.checked()
        if not chosen:
            self.space.setText("")
            self._enable()
            return
        need = sum(o.space_needed for o in chosen)
        free = chosen[0].space_free
        at_most = QCoreApplication.translate("Packs", "at most ") if self.keep_radio.isChecked() else ""
        text = QCoreApplication.translate("Packs", "{0} selected: {1}{2} to copy into the library; {3} free.").format(
            len(chosen), at_most, size_text(need), size_text(free))  # fmt: skip
        if need > free and not self.keep_radio.isChecked():
            text += " " + QCoreApplication.translate("Packs", "Not enough space: free some space or leave large media on the drive.")
        self.space.setText(text)
        self._enable()

    def _enable(self) -> None:
        busy = self.scanning or self.installing
        chosen = self.checked()
        fits = self.keep_radio.isChecked() or sum(o.space_needed for o in chosen) <= (
            chosen[0].space_free if chosen else 0
        )
        self.install_button.setEnabled(not busy and bool(chosen) and fits)
        for w in (self.rescan_button, self.file_button, self.folder_button, self.tree,
                  self.copy_radio, self.keep_radio):  # fmt: skip
            w.setEnabled(not busy)
        self.close_button.setEnabled(not self.installing)

    # -- installing -------------------------------------------------------------------------
    def install_selected(self) -> None:
        chosen = self.checked()
        if not chosen or self.installing:
            return
        from real_desktop.core.packs.install import PackManager

        self.installing = True
        self.message.clear()
        self._enable()
        self.progress.begin(QCoreApplication.translate("Packs", "Checking {0}…").format(chosen[0].manifest.title if chosen[0].manifest else ""))
        self.task = running(self.tasks.submit(
            install_packs, PackManager(self.library),
            [(o.path, o.manifest.title if o.manifest else o.path.name) for o in chosen],
            keep_media_on_drive=self.keep_radio.isChecked(), require_signed=self.require_signed,
            on_progress=while_alive(self, self.progress.show_step),
            on_done=while_alive(self, self._installed), on_error=while_alive(self, self._install_failed),
        ))  # fmt: skip

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _installed(self, done: list[Installed]) -> None:
        self.installing, self.task = False, None
        self.progress.end()
        self.message.setText("\n".join(outcome_lines(done)))
        if changed_anything(done) and self._changed is not None:
            self._changed()
        self.rescan()

    def _install_failed(self, exc: BaseException) -> None:
        self.installing, self.task = False, None
        self.progress.end()
        self.message.setText(QCoreApplication.translate("Packs", "The install stopped: {0}. The library is as it was.").format(i18n.core_text(exc)))
        self._enable()

    def reject(self) -> None:
        if self.installing:
            return  # Cancel first: closing mid-install would leave the work unseen
        super().reject()
