"""The kiosk's system-wide configuration: one INI file a visitor's account cannot change.

Where it lives (`default_path`):
    Linux and other Unix   /etc/real-desktop/kiosk.ini
    macOS                  /Library/Application Support/REAL Desktop/kiosk.ini
    Windows                %PROGRAMDATA%\\REAL Desktop\\kiosk.ini
`REAL_DESKTOP_KIOSK_CONFIG` (tests, unusual set-ups) and `--config PATH` point elsewhere.

`write` replaces the file atomically with mode 0644 (everyone reads it, only its owner
writes it) and, run as root, makes root own the file and its folder. `problems` says what
would let someone else change it. On Windows the ProgramData folder's default access list
lets ordinary accounts read but not change a file an administrator wrote there.
"""

from __future__ import annotations

import configparser
import os
import stat
import sys
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from real_desktop.core.i18n import later
from real_desktop.core.policy import Policy, kiosk_policy

ENV = "REAL_DESKTOP_KIOSK_CONFIG"
SECTION = "kiosk"
DEFAULT_IDLE_MINUTES = 5
FILE_MODE = 0o644
DIR_MODE = 0o755
# The interface's language for every visitor: the terminal's system language, fixed to
# English or Spanish, or "choose": the welcome screen offers the other one (issue 15).
LANGUAGES = ("system", "en", "es", "choose")


class ConfigError(RuntimeError):
    """The configuration cannot be read or written; the message is for the librarian."""


@dataclass(frozen=True)
class KioskConfig:
    enabled: bool = False
    pin_hash: str = ""
    idle_minutes: int = DEFAULT_IDLE_MINUTES
    notes: bool = True
    print: bool = False
    save_to_drive: bool = False
    signed_packs_only: bool = False
    language: str = "system"

    def with_changes(self, **changes: object) -> KioskConfig:
        return replace(self, **changes)  # type: ignore[arg-type]

    def policy(self) -> Policy:
        return kiosk_policy(notes=self.notes, printing=self.print, save_to_drive=self.save_to_drive)

    def public(self) -> dict[str, object]:
        """Everything but the PIN hash (what `kiosk status` shows)."""
        doc = asdict(self)
        doc.pop("pin_hash")
        doc["pin_set"] = bool(self.pin_hash)
        return doc


def default_path() -> Path:
    if sys.platform == "win32":
        base = os.environ.get("PROGRAMDATA") or r"C:\ProgramData"
        return Path(base) / "REAL Desktop" / "kiosk.ini"
    if sys.platform == "darwin":
        return Path("/Library/Application Support/REAL Desktop/kiosk.ini")
    return Path("/etc/real-desktop/kiosk.ini")


def config_path(explicit: str | Path | None = None) -> Path:
    """--config beats REAL_DESKTOP_KIOSK_CONFIG beats the system location."""
    if explicit:
        return Path(explicit)
    env = os.environ.get(ENV)
    return Path(env) if env else default_path()


def read(path: Path) -> KioskConfig | None:
    """The configuration in `path`; None if there is no such file."""
    parser = configparser.ConfigParser(interpolation=None)
    try:
        with open(path, encoding="utf-8") as f:
            parser.read_file(f)
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError, configparser.Error) as exc:
        raise ConfigError(
            later.tr("cannot read the kiosk configuration {file}: {why}").format(file=path, why=exc)
        ) from exc
    if not parser.has_section(SECTION):
        raise ConfigError(later.tr("{file} has no [{section}] section").format(file=path, section=SECTION))
    s = parser[SECTION]
    try:
        return KioskConfig(
            enabled=s.getboolean("enabled", False),
            pin_hash=s.get("pin", ""),
            idle_minutes=max(1, s.getint("idle_minutes", DEFAULT_IDLE_MINUTES)),
            notes=s.getboolean("notes", True),
            print=s.getboolean("print", False),
            save_to_drive=s.getboolean("save_to_drive", False),
            signed_packs_only=s.getboolean("signed_packs_only", False),
            language=_language(s.get("language", "system")),
        )
    except ValueError as exc:
        raise ConfigError(later.tr("{file}: {why}").format(file=path, why=exc)) from exc


def _language(value: str) -> str:
    value = value.strip().lower()
    if value not in LANGUAGES:
        raise ValueError(
            later.tr("language must be one of {choices}, not {value!r}").format(
                choices=", ".join(LANGUAGES), value=value)
        )  # fmt: skip
    return value


def active(explicit: str | Path | None = None) -> KioskConfig | None:
    """The configuration if kiosk mode is switched on, else None (no file, or disabled).
    A file that exists but cannot be read is an error: a public terminal must not fall
    back to an unlocked desktop because its configuration was damaged."""
    path = config_path(explicit)
    if not path.exists():
        return None
    cfg = read(path)
    return cfg if cfg is not None and cfg.enabled else None


def render(cfg: KioskConfig) -> str:
    def yes(v: bool) -> str:
        return "true" if v else "false"

    return (
        "# REAL Desktop kiosk configuration, written by `real-desktop kiosk setup`.\n"
        "# Keep it owned by an administrator and not writable by the visitor account.\n"
        f"[{SECTION}]\n"
        f"enabled = {yes(cfg.enabled)}\n"
        f"pin = {cfg.pin_hash}\n"
        f"idle_minutes = {cfg.idle_minutes}\n"
        f"notes = {yes(cfg.notes)}\n"
        f"print = {yes(cfg.print)}\n"
        f"save_to_drive = {yes(cfg.save_to_drive)}\n"
        f"signed_packs_only = {yes(cfg.signed_packs_only)}\n"
        f"language = {cfg.language}\n"
    )


def _is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def write(path: Path, cfg: KioskConfig) -> None:
    """Replace `path` atomically: a half-written file never exists under its name."""
    path = Path(path)
    try:
        new_dir = not path.parent.exists()
        path.parent.mkdir(parents=True, exist_ok=True)
        if new_dir and os.name == "posix":
            os.chmod(path.parent, DIR_MODE)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(render(cfg))
                f.flush()
                os.fsync(f.fileno())
            os.chmod(tmp, FILE_MODE)  # whatever the umask made of it
            if _is_root():
                os.chown(tmp, 0, 0)
                os.chown(path.parent, 0, 0)
            os.replace(tmp, path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    except OSError as exc:
        why = exc.strerror or exc
        if isinstance(exc, PermissionError):
            message = later.tr(
                "cannot write the kiosk configuration {file}: {why} "
                "(run it as root or an administrator)"
            )
        else:
            message = later.tr("cannot write the kiosk configuration {file}: {why}")
        raise ConfigError(message.format(file=path, why=why)) from exc


def problems(path: Path) -> list[str]:
    """What would let an account other than its owner (or a non-administrator) change
    the configuration; [] when it is protected (or on Windows, where ACLs decide)."""
    if os.name != "posix":
        return []
    out: list[str] = []
    try:
        st = path.stat()
    except OSError as exc:
        return [later.tr("cannot check {path}: {error}").format(path=path, error=exc.strerror)]
    if st.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        out.append(later.tr("{path} can be changed by other accounts (mode {mode})").format(
            path=path, mode=stat.filemode(st.st_mode)))  # fmt: skip
    if st.st_uid != 0:
        out.append(later.tr("{path} is not owned by root: the account that owns it can change it").format(path=path))
    parent = path.parent
    try:
        pst = parent.stat()
        if pst.st_mode & (stat.S_IWGRP | stat.S_IWOTH) and not pst.st_mode & stat.S_ISVTX:
            out.append(later.tr("{folder} lets other accounts replace the file").format(folder=parent))
        if pst.st_uid != 0:
            out.append(later.tr("{folder} is not owned by root: its owner can replace the file").format(folder=parent))
    except OSError:
        pass
    return out
