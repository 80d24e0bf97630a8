""""Export as content pack…": the selected items or a collection into one `.realpack`
(core `build_from_library`: metadata, files, captions and the already-extracted text, so
installing it elsewhere never extracts again), with title, id, version, publisher,
language, an optional signing key, the output file, and progress + Cancel (a cancelled
export leaves no file). The agendas whose items are all in the pack go along (core
`agendas_for`); the dialog says how many, and which, before and after the export."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from real_desktop.ui import guarded, i18n
from real_desktop.ui.guard import while_alive
from real_desktop.ui.packs.common import PACK_FILTER, Packs, ProgressPanel, Step, running

if TYPE_CHECKING:
    from real_desktop.core.packs.archive import PackProgress
    from real_desktop.ui.actions.registry import ActionRegistry
    from real_desktop.ui.tasks import Task, TaskRunner



def agendas_going(library: Any, ids: Sequence[str] | None, collection: str | None) -> list[str]:
    """Worker thread: the names of the agendas an export of these items carries."""
    from real_desktop.core.packs.build import agendas_for

    if ids is None:
        ids = [r.id for r in library.resources(collection=collection)]
    return [a.name for a in agendas_for(library, ids)]


def agendas_text(names: Sequence[str]) -> str:
    if not names:
        return QCoreApplication.translate("Packs", "None: no agenda uses only these items.")
    shown = ", ".join(names[:5]) + (", …" if len(names) > 5 else "")
    return Packs().agendas_going(len(names)).format(shown)


def pack_id_for(title: str) -> str:
    from real_desktop.core.textutil import slugify

    return slugify(title)[:60].strip("-") or "my-pack"


def export_pack(
    library: Any,
    ids: Sequence[str] | None,
    collection: str | None,
    out: Path,
    fields: dict[str, str],
    keyfile: Path | None,
    *,
    report: Any = None,
    cancel: Any = None,
) -> tuple[Path, int, int]:
    """Worker thread: the pack written, how many items and agendas it holds."""
    from real_desktop.core.packs.build import PackSpec, build_from_library

    if ids is None:
        ids = [r.id for r in library.resources(collection=collection)]
    spec = PackSpec(
        id=fields["id"], title=fields["title"], version=fields["version"] or "1",
        publisher=fields["publisher"], language=fields["language"] or None,
    )  # fmt: skip

    def step(p: PackProgress) -> None:
        if report is not None:
            report(Step(0, 1, fields["title"], p))

    path = build_from_library(library, ids, out, spec, keyfile=keyfile, progress=step, cancel=cancel)
    from real_desktop.core.packs.archive import read_manifest

    return path, len(ids), len(read_manifest(path)[0].agendas)


class ExportPackDialog(QDialog):
    """`selected_ids`: the items selected in the library (may be empty); `collections`:
    the names to offer instead."""

    def __init__(
        self,
        library: Any,
        tasks: TaskRunner,
        registry: ActionRegistry,
        parent: QWidget | None = None,
        *,
        selected_ids: Sequence[str] = (),
        collections: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self.library, self.tasks, self.registry = library, tasks, registry
        self.selected_ids = list(selected_ids)
        self.task: Task | None = None
        self.written: Path | None = None
        self.setWindowTitle(QCoreApplication.translate("Packs", "Export as content pack"))
        self.setAccessibleName(QCoreApplication.translate("Packs", "Export as content pack"))
        self.resize(620, 0)

        self.selected_radio = QRadioButton(QCoreApplication.translate("Packs", "The {0} selected items").format(len(self.selected_ids)))
        self.collection_radio = QRadioButton(QCoreApplication.translate("Packs", "A collection:"))
        self.collection_box = QComboBox()
        self.collection_box.addItems(list(collections))
        self.collection_box.setAccessibleName(QCoreApplication.translate("Packs", "Collection"))
        group = QButtonGroup(self)
        group.addButton(self.selected_radio)
        group.addButton(self.collection_radio)
        self.selected_radio.setEnabled(bool(self.selected_ids))
        self.collection_radio.setEnabled(bool(collections))
        (self.selected_radio if self.selected_ids else self.collection_radio).setChecked(True)
        self.collection_box.setEnabled(self.collection_radio.isChecked())
        self.collection_radio.toggled.connect(self.collection_box.setEnabled)
        self.collection_radio.toggled.connect(lambda *_: self._suggest())
        self.collection_box.currentTextChanged.connect(lambda *_: self._suggest())
        self.agendas = QLabel()
        self.agendas.setWordWrap(True)
        self.agendas.setAccessibleName(QCoreApplication.translate("Packs", "Agendas in the pack"))
        self.collection_radio.toggled.connect(lambda *_: self._count_agendas())
        self.collection_box.currentTextChanged.connect(lambda *_: self._count_agendas())

        self.title = QLineEdit()
        self.pack_id = QLineEdit()
        self.version = QLineEdit("1")
        self.publisher = QLineEdit()
        self.language = QLineEdit()
        self.language.setPlaceholderText(QCoreApplication.translate("Packs", "e.g. en, es"))
        self.key = QLineEdit()
        self.key.setPlaceholderText(QCoreApplication.translate("Packs", "none: the pack is not signed"))
        self.out = QLineEdit()
        # In rows of their own beside a button: no form label names them, so they say it.
        self.key.setAccessibleName(QCoreApplication.translate("Packs", "Signing key"))
        self.out.setAccessibleName(QCoreApplication.translate("Packs", "Save as"))
        self._id_edited = False
        self.pack_id.textEdited.connect(lambda *_: setattr(self, "_id_edited", True))
        self.title.textChanged.connect(self._title_changed)
        self.key_button = QPushButton()
        self.out_button = QPushButton()
        registry.button("packs.export_key", self.key_button, self.choose_key, text=True)
        registry.button("packs.export_out", self.out_button, self.choose_out, text=True)
        for edit in (self.title, self.pack_id, self.version, self.out):
            edit.textChanged.connect(lambda *_: self._enable())

        src = QHBoxLayout()
        src.addWidget(self.selected_radio)
        src.addWidget(self.collection_radio)
        src.addWidget(self.collection_box, 1)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("Packs", "Content:"), src)
        form.addRow(QCoreApplication.translate("Packs", "Agendas:"), self.agendas)
        form.addRow(QCoreApplication.translate("Packs", "Title:"), self.title)
        form.addRow(QCoreApplication.translate("Packs", "Pack id:"), self.pack_id)
        form.addRow(QCoreApplication.translate("Packs", "Version:"), self.version)
        form.addRow(QCoreApplication.translate("Packs", "Publisher:"), self.publisher)
        form.addRow(QCoreApplication.translate("Packs", "Language:"), self.language)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key, 1)
        key_row.addWidget(self.key_button)
        form.addRow(QCoreApplication.translate("Packs", "Signing key:"), key_row)
        out_row = QHBoxLayout()
        out_row.addWidget(self.out, 1)
        out_row.addWidget(self.out_button)
        form.addRow(QCoreApplication.translate("Packs", "Save as:"), out_row)

        self.progress = ProgressPanel(registry, self)
        self.progress.cancelRequested.connect(self.cancel)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton()
        self.close_button = QPushButton()
        registry.button("packs.export", self.export_button, self.export, text=True)
        registry.button("packs.close", self.close_button, self.reject, text=True)
        self.export_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.progress)
        lay.addWidget(self.message)
        lay.addLayout(buttons)
        self._suggest()
        self._enable()
        self._count_agendas()

    def _sources(self) -> tuple[list[str] | None, str | None]:
        ids = self.selected_ids if self.selected_radio.isChecked() else None
        return ids, None if ids is not None else self.collection_box.currentText()

    def _count_agendas(self) -> None:
        ids, collection = self._sources()
        if ids is None and not collection:
            self.agendas.setText(agendas_text([]))
            return
        self.agendas.setText(QCoreApplication.translate("Packs", "Looking for agendas…"))
        self.tasks.submit(agendas_going, self.library, ids, collection,
                          on_done=while_alive(self, lambda names: self.agendas.setText(agendas_text(names))),
                          on_error=while_alive(self, lambda exc: self.agendas.setText(i18n.core_text(exc))))  # fmt: skip

    def _suggest(self) -> None:
        if self.collection_radio.isChecked() and self.collection_box.currentText():
            self.title.setText(self.collection_box.currentText())

    def _title_changed(self, text: str) -> None:
        if not self._id_edited:
            self.pack_id.setText(pack_id_for(text))
        self._enable()

    def choose_key(self) -> None:
        path = guarded.open_file(self.registry.live_policy, self, QCoreApplication.translate("Packs", "Choose the publisher's signing key"))
        if path is not None:
            self.key.setText(str(path))

    def choose_out(self) -> None:
        name = f"{self.pack_id.text() or 'pack'}-{self.version.text() or '1'}.realpack"
        path = guarded.save_file(self.registry.live_policy, self, QCoreApplication.translate("Packs", "Save the content pack as"),
                                 name, QCoreApplication.translate("Packs", PACK_FILTER))  # fmt: skip
        if path is not None:
            if path.suffix != ".realpack":
                path = path.with_name(path.name + ".realpack")
            self.out.setText(str(path))

    def _enable(self) -> None:
        ready = all(e.text().strip() for e in (self.title, self.pack_id, self.version, self.out))
        self.export_button.setEnabled(ready and self.task is None)
        self.close_button.setEnabled(self.task is None)

    def fields(self) -> dict[str, str]:
        return {
            "title": self.title.text().strip(), "id": self.pack_id.text().strip(),
            "version": self.version.text().strip(), "publisher": self.publisher.text().strip(),
            "language": self.language.text().strip(),
        }  # fmt: skip

    def export(self) -> None:
        if self.task is not None:
            return
        ids, collection = self._sources()
        key = Path(self.key.text().strip()) if self.key.text().strip() else None
        self.message.clear()
        self.progress.begin(QCoreApplication.translate("Packs", "Preparing the pack…"))
        self.task = running(self.tasks.submit(
            export_pack, self.library, ids, collection, Path(self.out.text().strip()), self.fields(), key,
            on_progress=while_alive(self, self.progress.show_step),
            on_done=while_alive(self, self._done), on_error=while_alive(self, self._failed),
        ))  # fmt: skip
        self._enable()

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _done(self, got: tuple[Path, int, int]) -> None:
        self.task = None
        self.progress.end()
        self.written, n, k = got
        if k:
            self.message.setText(Packs().wrote(k).format(self.written, n))
        else:
            self.message.setText(QCoreApplication.translate("Packs", "Wrote {0} ({1} items).").format(self.written, n))
        self._enable()

    def _failed(self, exc: BaseException) -> None:
        from real_desktop.core.packs.manifest import PackCancelled

        self.task = None
        self.progress.end()
        if isinstance(exc, PackCancelled):
            self.message.setText(QCoreApplication.translate("Packs", "Cancelled; no pack was written."))
        else:
            self.message.setText(QCoreApplication.translate("Packs", "The pack was not written: {0}").format(i18n.core_text(exc)))
        self._enable()

    def reject(self) -> None:
        if self.task is not None:
            return  # Cancel first
        super().reject()
