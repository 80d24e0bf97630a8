"""User preferences: a typed wrapper around QSettings, and the Settings dialog.

The file lives in the data home (paths.data_home()/settings.ini), never in a platform
registry or a home directory we may not be able to write: the data home is the one place
REAL_DESKTOP_HOME lets portable and kiosk installs redirect.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QDialog, QWidget

from real_desktop.core import paths
from real_desktop.ui import i18n
from real_desktop.ui import theme as themes

if TYPE_CHECKING:
    from real_desktop.ui.actions.registry import ActionRegistry


class _MemoryStore:
    """QSettings' value/setValue over a dict: what a kiosk visitor changes is never
    written (the file's values are read once, as the starting point)."""

    def __init__(self, path: Path) -> None:
        disk = QSettings(str(path), QSettings.Format.IniFormat)
        self._values: dict[str, Any] = {k: disk.value(k) for k in disk.allKeys()}

    def value(self, key: str, default: Any = None) -> Any:
        return self._values.get(key, default)

    def setValue(self, key: str, value: Any) -> None:  # noqa: N802  # QSettings' name
        self._values[key] = value

    def sync(self) -> None:
        pass


class AppSettings:
    """Every preference the app remembers, with defaults and type coercion in one place.
    `in_memory=True` (a kiosk visitor's session): read from the file, never written."""

    def __init__(self, path: Path | None = None, *, in_memory: bool = False) -> None:
        self.path = path or paths.data_home() / "settings.ini"
        self.in_memory = in_memory
        self._s: Any = (
            _MemoryStore(self.path)
            if in_memory
            else QSettings(str(self.path), QSettings.Format.IniFormat)
        )

    def sync(self) -> None:
        self._s.sync()

    # -- helpers --------------------------------------------------------------------------
    def _str(self, key: str, default: str) -> str:
        value = self._s.value(key, default)
        return str(value) if value is not None else default

    def _int(self, key: str, default: int) -> int:
        try:
            return int(self._s.value(key, default))
        except (TypeError, ValueError):
            return default

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._s.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    # -- appearance -----------------------------------------------------------------------
    @property
    def theme(self) -> str:
        value = self._str("appearance/theme", "system")
        return value if value in themes.THEMES else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        if value not in themes.THEMES:
            raise ValueError(f"unknown theme {value!r}; expected one of {themes.THEMES}")
        self._s.setValue("appearance/theme", value)

    @property
    def text_size(self) -> int:
        size = self._int("appearance/text_size", themes.DEFAULT_TEXT_SIZE)
        return max(themes.MIN_TEXT_SIZE, min(themes.MAX_TEXT_SIZE, size))

    @text_size.setter
    def text_size(self, value: int) -> None:
        self._s.setValue(
            "appearance/text_size", max(themes.MIN_TEXT_SIZE, min(themes.MAX_TEXT_SIZE, value))
        )

    # Captions the player draws under the picture (ui/player/captions.py CAPTION_SIZES,
    # CAPTION_BACKGROUNDS): both backends, full screen too.
    @property
    def caption_size(self) -> str:
        value = self._str("appearance/caption_size", "medium")
        return value if value in ("small", "medium", "large", "extra_large") else "medium"

    @caption_size.setter
    def caption_size(self, value: str) -> None:
        self._s.setValue("appearance/caption_size", value)

    @property
    def caption_background(self) -> str:
        value = self._str("appearance/caption_background", "opaque")
        return value if value in ("opaque", "semi", "none") else "opaque"

    @caption_background.setter
    def caption_background(self, value: str) -> None:
        self._s.setValue("appearance/caption_background", value)

    @property
    def language(self) -> str:
        """ "system" (the system's language, English unless it is Spanish), "en" or "es"."""
        value = self._str("appearance/language", "system")
        return value if value in i18n.CHOICES else "system"

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("appearance/language", value if value in i18n.CHOICES else "system")

    # -- library --------------------------------------------------------------------------
    @property
    def library_location(self) -> Path | None:
        """Where library.db lives; None means the data home."""
        value = self._str("library/location", "")
        return Path(value) if value else None

    @library_location.setter
    def library_location(self, value: Path | None) -> None:
        self._s.setValue("library/location", str(value) if value else "")

    # -- notes ----------------------------------------------------------------------------
    @property
    def pause_while_writing(self) -> bool:
        """Whether playback pauses while a note is being written."""
        return self._str("notes/pause_while_writing", "true").lower() in ("true", "1")

    @pause_while_writing.setter
    def pause_while_writing(self, value: bool) -> None:
        self._s.setValue("notes/pause_while_writing", "true" if value else "false")

    @property
    def export_folder(self) -> Path | None:
        """The folder notes were last exported to (the export dialog starts there)."""
        value = self._str("notes/export_folder", "")
        return Path(value) if value else None

    @export_folder.setter
    def export_folder(self, value: Path | None) -> None:
        self._s.setValue("notes/export_folder", str(value) if value else "")

    # -- window state ---------------------------------------------------------------------
    # Speech-to-text / OCR (ui/jobs): do it after every import without asking; the
    # whisper.cpp model file the user brought (empty: the built-in pocketsphinx engine).
    @property
    def auto_machine_text(self) -> bool:
        return self._s.value("jobs/automatic", False, type=bool)

    @auto_machine_text.setter
    def auto_machine_text(self, value: bool) -> None:
        self._s.setValue("jobs/automatic", bool(value))

    @property
    def whisper_model(self) -> str:
        return self._str("jobs/whisper_model", "")

    @whisper_model.setter
    def whisper_model(self, value: str) -> None:
        self._s.setValue("jobs/whisper_model", value)

    @property
    def view_mode(self) -> str:
        value = self._str("browser/view", "grid")
        return value if value in ("grid", "list") else "grid"

    @view_mode.setter
    def view_mode(self, value: str) -> None:
        self._s.setValue("browser/view", value if value in ("grid", "list") else "grid")

    @property
    def sort_key(self) -> str:
        return self._str("browser/sort", "title")

    @sort_key.setter
    def sort_key(self, value: str) -> None:
        self._s.setValue("browser/sort", value)

    @property
    def sort_descending(self) -> bool:
        return self._str("browser/descending", "false").lower() in ("true", "1")

    @sort_descending.setter
    def sort_descending(self, value: bool) -> None:
        self._s.setValue("browser/descending", "true" if value else "false")

    @property
    def section(self) -> str:
        """The sidebar entry last shown (its key, e.g. "all", "kind:video")."""
        return self._str("browser/section", "all")

    @section.setter
    def section(self, value: str) -> None:
        self._s.setValue("browser/section", value)

    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def set_geometry(self, value: QByteArray) -> None:
        self._s.setValue("window/geometry", value)

    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    def set_window_state(self, value: QByteArray) -> None:
        self._s.setValue("window/state", value)

    def splitter(self, name: str) -> QByteArray | None:
        return self._bytes(f"splitters/{name}")

    def set_splitter(self, name: str, value: QByteArray) -> None:
        self._s.setValue(f"splitters/{name}", value)


class SettingsDialog(QDialog):
    """Library location, theme and text size. Applying is the caller's job (see accepted)."""

    def __init__(
        self,
        settings: AppSettings,
        parent: QWidget | None = None,
        *,
        registry: ActionRegistry | None = None,
        library: Any = None,
    ) -> None:
        # Imported here: the app reads AppSettings before its first paint, and making these
        # PySide6 types costs ~10 ms that only this dialog needs.
        from PySide6.QtWidgets import (
            QComboBox,
            QDialogButtonBox,
            QFormLayout,
            QHBoxLayout,
            QLabel,
            QLineEdit,
            QPushButton,
            QSpinBox,
            QVBoxLayout,
        )

        from real_desktop.ui.actions.registry import ActionRegistry

        super().__init__(parent)
        self.settings = settings
        self.registry = registry if registry is not None else ActionRegistry()
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))

        self.location = QLineEdit()
        self.location.setPlaceholderText(str(paths.data_home()))
        self.location.setAccessibleName(self.tr("Library location"))
        current = settings.library_location
        self.location.setText(str(current) if current else "")
        browse = QPushButton()
        self.registry.button("settings.browse_location", browse, self._browse, text=True)
        browse.setAccessibleName(self.tr("Choose library folder"))
        self.browse_button = browse
        row = QHBoxLayout()
        row.addWidget(self.location, 1)
        row.addWidget(browse)

        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Theme"))
        for key, label in (
            ("system", self.tr("Follow system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
            ("high_contrast", self.tr("High contrast")),
        ):
            self.theme.addItem(label, key)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))

        self.text_size = QSpinBox()
        self.text_size.setAccessibleName(self.tr("Text size"))
        self.text_size.setRange(themes.MIN_TEXT_SIZE, themes.MAX_TEXT_SIZE)
        self.text_size.setSuffix(self.tr(" pt"))
        self.text_size.setValue(settings.text_size)

        form = QFormLayout()
        form.addRow(self.tr("Library location:"), row)
        note = QLabel(
            self.tr("Leave empty for the default. A new location takes effect on restart.")
        )
        themes.mute(note)
        note.setWordWrap(True)
        form.addRow("", note)
        form.addRow(self.tr("Theme:"), self.theme)
        form.addRow(self.tr("Text size:"), self.text_size)
        self._caption_rows(form)
        self._language_rows(form)
        self.watched = None
        if library is not None:  # watched folders belong to the open library
            from real_desktop.ui.watched_list import WatchedFolders

            self.watched = WatchedFolders(library, self.registry)
            form.addRow(self.tr("Watched folders:"), self.watched)

        self._speech_rows(form)

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Settings error"))
        self.error.hide()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        # The rows scroll when they are taller than the screen (at 200 % text the dialog
        # was 1,076 px high on a 900 px screen: OK and Cancel were off it).
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QScrollArea

        rows = QWidget()
        rows.setLayout(form)
        form.setContentsMargins(4, 4, 4, 4)  # clear of the scroll area's border
        scroll = QScrollArea()
        scroll.setWidget(rows)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setAccessibleName(self.tr("Settings"))  # a Tab stop: it scrolls by keyboard
        self.rows = scroll
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        # A comfortable width from the font; the height of every row, if the screen has it.
        scroll.setMinimumWidth(rows.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width())
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        width = max(rows.sizeHint().width() + 40, 44 * self.fontMetrics().averageCharWidth())
        height = rows.sizeHint().height() + buttons.sizeHint().height() + 40
        self.resize(min(width, screen.width()), min(height, int(screen.height() * 0.9)))

    def _caption_rows(self, form: Any) -> None:
        """The player's captions: size and background (applied when OK is pressed)."""
        from PySide6.QtWidgets import QComboBox

        self.caption_size = QComboBox()
        self.caption_size.setAccessibleName(self.tr("Caption size"))
        for key, label in (("small", self.tr("Small")), ("medium", self.tr("Medium")),
                           ("large", self.tr("Large")), ("extra_large", self.tr("Extra large"))):  # fmt: skip
            self.caption_size.addItem(label, key)
        self.caption_size.setCurrentIndex(max(0, self.caption_size.findData(self.settings.caption_size)))
        self.caption_background = QComboBox()
        self.caption_background.setAccessibleName(self.tr("Caption background"))
        for key, label in (("opaque", self.tr("Black")),
                           ("semi", self.tr("Dark, see-through")),
                           ("none", self.tr("None (the window's colours)"))):  # fmt: skip
            self.caption_background.addItem(label, key)
        self.caption_background.setCurrentIndex(
            max(0, self.caption_background.findData(self.settings.caption_background))
        )
        form.addRow(self.tr("Caption size:"), self.caption_size)
        form.addRow(self.tr("Caption background:"), self.caption_background)

    def _language_rows(self, form: Any) -> None:
        """Language (issue 15): each language is offered in its own name."""
        from PySide6.QtWidgets import QComboBox, QLabel

        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        system = i18n.NATIVE_NAMES[i18n.resolve("system")]
        self.language.addItem(self.tr("Follow system (%1)").replace("%1", system), "system")
        for code in i18n.SUPPORTED:
            self.language.addItem(i18n.NATIVE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.settings.language)))
        form.addRow(self.tr("Language:"), self.language)
        self.language_note = QLabel(self.tr("A new language takes effect when REAL Desktop is restarted."))
        themes.mute(self.language_note)
        self.language_note.setWordWrap(True)
        self.language_note.setVisible(False)
        self.language.currentIndexChanged.connect(
            lambda: self.language_note.setVisible(self.language.currentData() != self.settings.language)
        )  # fmt: skip
        form.addRow("", self.language_note)

    def _speech_rows(self, form: Any) -> None:
        """Speech-to-text and OCR (ui/jobs): do it after every import; the whisper model."""
        from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPushButton

        self.auto_machine_text = QCheckBox(
            self.tr("Transcribe and recognise new items after each import")
        )  # fmt: skip
        self.auto_machine_text.setAccessibleName(self.tr("Transcribe and recognise automatically"))
        self.auto_machine_text.setChecked(self.settings.auto_machine_text)
        form.addRow(self.tr("Speech and scans:"), self.auto_machine_text)
        auto_note = QLabel(self.tr("Videos without captions and scanned PDFs, without asking."))
        themes.mute(auto_note)
        auto_note.setWordWrap(True)
        form.addRow("", auto_note)
        self.whisper_model = QLineEdit(self.settings.whisper_model)
        self.whisper_model.setPlaceholderText(self.tr("None: the built-in English engine"))
        self.whisper_model.setAccessibleName(self.tr("Whisper model file"))
        browse = QPushButton()
        self.registry.button("settings.browse_whisper", browse, self._browse_whisper, text=True)
        browse.setAccessibleName(self.tr("Choose a whisper model file"))
        self.browse_whisper_button = browse
        row = QHBoxLayout()
        row.addWidget(self.whisper_model, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Whisper model:"), row)
        note = QLabel(
            self.tr("Optional: a whisper.cpp model file (ggml-*.bin) you bring, e.g. on a USB "
                    "stick: far more accurate transcription, and Spanish.")
        )  # fmt: skip
        import importlib.util

        if importlib.util.find_spec("pywhispercpp") is None:
            note.setText(note.text() + " " + self.tr(
                "It needs the optional package pywhispercpp, which is not installed."))  # fmt: skip
        themes.mute(note)
        note.setWordWrap(True)
        form.addRow("", note)

    def _browse_whisper(self) -> None:
        from real_desktop.ui import guarded

        start = self.whisper_model.text() or str(Path.home())
        chosen = guarded.open_file(
            self.registry.policy, self, self.tr("Whisper model file"), start,
            self.tr("whisper.cpp models (*.bin);;All files (*)"),
        )  # fmt: skip
        if chosen is not None:
            self.whisper_model.setText(str(chosen))

    def _browse(self) -> None:
        from real_desktop.ui import guarded

        start = self.location.text() or str(paths.data_home())
        chosen = guarded.folder(self.registry.policy, self, self.tr("Library location"), start)
        if chosen is not None:
            self.location.setText(str(chosen))

    def accept(self) -> None:
        """Validate, then store. A location that cannot be used keeps the dialog open."""
        text = self.location.text().strip()
        if text:
            loc = Path(text).expanduser()
            if loc.exists() and not loc.is_dir():
                self.error.setText(self.tr("The library location must be a folder."))
                self.error.show()
                return
            try:
                loc.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                self.error.setText(self.tr("Cannot use that folder: {0}").format(exc.strerror))
                self.error.show()
                return
            self.settings.library_location = loc
        else:
            self.settings.library_location = None
        model = self.whisper_model.text().strip()
        if model:
            from real_desktop.core.speech.engines import SpeechError, check_whisper_model

            try:
                check_whisper_model(Path(model).expanduser())
            except SpeechError as exc:
                why = i18n.core_text(exc)
                self.error.setText(why[:1].upper() + why[1:] + ".")
                self.error.show()
                return
        self.settings.whisper_model = model
        self.settings.auto_machine_text = self.auto_machine_text.isChecked()
        self.settings.theme = str(self.theme.currentData())
        self.settings.language = str(self.language.currentData())
        self.settings.text_size = self.text_size.value()
        self.settings.caption_size = str(self.caption_size.currentData())
        self.settings.caption_background = str(self.caption_background.currentData())
        self.settings.sync()
        super().accept()
