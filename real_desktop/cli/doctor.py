"""`real-desktop doctor [--json]`: a self-check for a librarian or a helpdesk.

Each check gives one line: ok, a warning (works, but something is missing), or a problem,
each with a plain-language fix. The exit code is 1 when any check found a problem.

Qt and libvlc are loaded only in child processes (`doctor --probe qt|media`, this same
program): a missing display makes Qt abort its process and a broken plugin can crash
libvlc, and the report must still come out. Nothing here imports PySide6.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from real_desktop.cli import EXIT_FAILED, EXIT_OK
from real_desktop.core import i18n
from real_desktop.core.i18n import later

COMMANDS = ("doctor",)
OK, WARN, PROBLEM = "ok", "warn", "problem"
LOW_SPACE_BYTES = 500 * 1024 * 1024  # below this, imports and thumbnails start failing
PROBE_TIMEOUT_S = 90


@dataclass
class Check:
    """One line of the report. name, summary and fix are i18n Messages (marked with
    `later.tr`): English in --json, in the user's language where the text is printed."""

    name: str
    status: str
    summary: str
    fix: str = ""
    details: dict[str, Any] = field(default_factory=dict)


def register(sub: argparse._SubParsersAction, only: str | None = None) -> None:  # type: ignore[type-arg]
    if only is not None and only not in COMMANDS:
        return
    p = sub.add_parser(
        "doctor",
        help=i18n.tr("check this installation (media, Qt, library, fonts, engines, kiosk)"),
        description=i18n.tr(
            "Check this installation of REAL Desktop: each line is ok or a problem "
            "with what to do about it. Exit code 1 when something needs fixing."
        ),
    )
    p.add_argument("--json", action="store_true", help=i18n.tr("machine-readable output"))
    # Internal: the child processes that load Qt or libvlc (see the module docstring).
    p.add_argument("--probe", choices=("qt", "media"), help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_doctor)


# -- child processes ------------------------------------------------------------------------
def _probe_command(name: str) -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, "doctor", "--probe", name]
    return [sys.executable, "-m", "real_desktop.cli", "doctor", "--probe", name]


def _probe_env() -> dict[str, str]:
    env = dict(os.environ)
    if not getattr(sys, "frozen", False):
        # The child imports this same copy of the package (a checkout run with PYTHONPATH,
        # or one that shadows another install), never a different one.
        here = str(Path(__file__).resolve().parents[2])
        env["PYTHONPATH"] = os.pathsep.join(p for p in (here, env.get("PYTHONPATH")) if p)
    return env


def run_probe(name: str) -> tuple[dict[str, Any] | None, str]:
    """(the probe's JSON, or None when it failed; the last 40 lines of its stderr)."""
    import subprocess

    try:
        proc = subprocess.run(
            _probe_command(name),
            env=_probe_env(),
            capture_output=True,
            text=True,
            timeout=PROBE_TIMEOUT_S,
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired:
        return None, later.tr("did not answer within {seconds} s").format(seconds=PROBE_TIMEOUT_S)
    except OSError as exc:
        return None, str(exc)
    err = "\n".join(proc.stderr.strip().splitlines()[-40:])
    for line in reversed(proc.stdout.strip().splitlines()):
        if line.startswith("{"):
            try:
                return json.loads(line), err
            except ValueError:
                break
    return None, err or later.tr("exited with code {code}").format(code=proc.returncode)


def probe_media() -> dict[str, Any]:
    """libvlc (version, plugin folder and count) and whether Qt Multimedia imports."""
    out: dict[str, Any] = {"loaded": False}
    try:
        import vlc

        instance = vlc.Instance(["--quiet", "--vout=dummy", "--aout=dummy", "--no-video-title-show"])
        if instance is None:
            out["error"] = "libvlc was found but none of its plugins"
        else:
            out["loaded"] = True
            out["version"] = vlc.libvlc_get_version().decode("utf-8", "replace")
            out["library"] = str(getattr(vlc.dll, "_name", ""))
            folder = _vlc_plugin_dir(vlc)
            out["plugin_dir"] = str(folder) if folder else None
            out["plugins"] = _count_plugins(folder) if folder else 0
            instance.release()
    except (Exception, SystemExit) as exc:
        # No libvlc: python-vlc raises NameError at Instance(); a PYTHON_VLC_LIB_PATH that
        # does not load makes `import vlc` call sys.exit(1).
        out["error"] = f"{type(exc).__name__}: {exc}" if not isinstance(exc, SystemExit) else (
            "the libvlc named by PYTHON_VLC_LIB_PATH does not load")
    try:
        import PySide6.QtMultimedia  # noqa: F401

        out["qt_multimedia"] = True
    except ImportError as exc:
        out["qt_multimedia"] = False
        out["qt_multimedia_error"] = str(exc)
    return out


def _vlc_plugin_dir(vlc: Any) -> Path | None:
    for candidate in (os.environ.get("VLC_PLUGIN_PATH"), getattr(vlc, "plugin_path", None)):
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    lib = Path(str(getattr(vlc.dll, "_name", "")))
    tries = [lib.parent / "vlc" / "plugins", lib.parent / "plugins"] if lib.is_absolute() else []
    tries += sorted(Path("/usr/lib").glob("*/vlc/plugins")) + [Path("/usr/lib/vlc/plugins")]
    return next((t for t in tries if t.is_dir()), None)


def _count_plugins(folder: Path) -> int:
    suffixes = {".so", ".dll", ".dylib"}
    return sum(1 for p in folder.rglob("*") if p.suffix in suffixes)


def probe_qt() -> dict[str, Any]:
    """Qt's version, plugin folder, platform plugins, the platform it starts on, fonts,
    and whether QtPdf imports. Aborts the process (Qt's doing) when no platform starts."""
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import QLibraryInfo, qVersion

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    out: dict[str, Any] = {
        "qt": qVersion(),
        "pyside": pyside_version,
        "plugin_dir": str(plugins),
        "platforms": sorted(_plugin_names(plugins / "platforms")),
        "multimedia_plugins": sorted(_plugin_names(plugins / "multimedia")),
    }
    try:
        from PySide6.QtPdf import QPdfDocument  # noqa: F401

        out["qtpdf"] = True
    except ImportError as exc:
        out["qtpdf"], out["qtpdf_error"] = False, str(exc)
    print(json.dumps({**out, "partial": True}), flush=True)  # in case the platform aborts
    from PySide6.QtGui import QFontDatabase, QGuiApplication

    app = QGuiApplication(["real-desktop"])
    out["platform"] = app.platformName()
    families = QFontDatabase.families()
    out["fonts"] = len(families)
    out["default_font"] = app.font().family()
    return out


def _plugin_names(folder: Path) -> list[str]:
    if not folder.is_dir():
        return []
    names = []
    for p in folder.iterdir():
        stem = p.name.split(".")[0]
        names.append(stem[4:] if stem.startswith("libq") else stem)
    return names


# -- checks -----------------------------------------------------------------------------------
def check_version() -> Check:
    from real_desktop import version
    from real_desktop.core import paths

    v = version()
    how = later.tr("bundle") if getattr(sys, "frozen", False) else f"Python {sys.version.split()[0]}"
    if paths.portable_root() is not None:
        how = later.tr("{how}, portable").format(how=how)
    return Check(later.tr("version", "doctor check"), OK, later.tr("REAL Desktop {version} ({how})").format(
        version=v, how=how), details={
        "version": v, "frozen": bool(getattr(sys, "frozen", False)),
        "portable": paths.portable_root() is not None, "executable": sys.executable,
    })  # fmt: skip


def check_data_folder() -> Check:
    import shutil

    from real_desktop.core import paths

    how = ("REAL_DESKTOP_HOME" if os.environ.get("REAL_DESKTOP_HOME")
           else "portable" if paths.portable_data() is not None else "default")  # fmt: skip
    try:
        home = paths.data_home()
    except OSError as exc:
        return Check(_data_check(), PROBLEM, later.tr("cannot create the data folder: {error}").format(error=exc),
                     later.tr("Set REAL_DESKTOP_HOME to a folder this account can write, or fix the "
                              "permissions of the folder named above."))  # fmt: skip
    free = shutil.disk_usage(home).free
    details = {"path": str(home), "source": how, "free_bytes": free}
    if not os.access(home, os.W_OK):
        return Check(_data_check(), PROBLEM, later.tr("{folder} cannot be written (read-only?)").format(folder=home),
                     later.tr("Copy the program to a writable drive or folder, or set "
                              "REAL_DESKTOP_HOME to one."), details)  # fmt: skip
    where = {"REAL_DESKTOP_HOME": how, "portable": later.tr("portable"), "default": later.tr("default")}[how]
    summary = later.tr("{folder} ({size} free; {how})").format(folder=home, size=_size(free), how=where)
    if free < LOW_SPACE_BYTES:
        return Check(_data_check(), PROBLEM, later.tr("only {size} free at {folder}").format(size=_size(free), folder=home),
                     later.tr("Free some space on that drive (imports, thumbnails and backups need "
                              "room) or move the library elsewhere."), details)  # fmt: skip
    return Check(_data_check(), OK, summary, details=details)


def _data_check() -> str:
    return later.tr("data folder", "doctor check")


def _db_check() -> str:
    return later.tr("database", "doctor check")


def _media_check() -> str:
    return later.tr("media player", "doctor check")


def check_database() -> Check:
    import sqlite3

    from real_desktop.core import paths
    from real_desktop.core.db import schema

    db = paths.data_home() / "library.db"
    if not db.exists():
        return Check(_db_check(), OK, later.tr("no library yet (it is created on first start)"),
                     details={"path": str(db)})  # fmt: skip
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            result = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
            version = schema.current_version(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return Check(_db_check(), PROBLEM, later.tr("{file} cannot be read: {error}").format(file=db, error=exc),
                     later.tr("Restore the latest copy from the backups/ folder beside it, or move the "
                              "file away and import the library again."), {"path": str(db)})  # fmt: skip
    details = {"path": str(db), "integrity": result, "schema": version,
               "latest_schema": schema.latest_version(), "size_bytes": db.stat().st_size}  # fmt: skip
    if result != ["ok"]:
        return Check(_db_check(), PROBLEM, later.tr("{file} is damaged: {errors}").format(
                     file=db, errors="; ".join(result[:3])),
                     later.tr("Restore the latest copy from the backups/ folder beside it."), details)  # fmt: skip
    if version > schema.latest_version():
        return Check(_db_check(), PROBLEM, later.tr("made by a newer REAL Desktop (schema {version})").format(version=version),
                     later.tr("Install the newer version of REAL Desktop."), details)  # fmt: skip
    return Check(_db_check(), OK, later.tr("integrity ok, schema {version} ({size})").format(
                 version=version, size=_size(details["size_bytes"])), details=details)  # fmt: skip


def check_media(probe: dict[str, Any] | None, err: str) -> Check:
    if probe is None:
        return Check(_media_check(), PROBLEM, later.tr("the media check crashed: {error}").format(error=err),
                     later.tr("Reinstall REAL Desktop (libvlc or its plugins are damaged)."))  # fmt: skip
    if probe.get("loaded"):
        return Check(_media_check(), OK,
                     later.tr("libvlc {version} loaded, %n plugin(s)", "", probe["plugins"]).format(
                         version=probe["version"]),
                     details=probe)  # fmt: skip
    if probe.get("qt_multimedia"):
        return Check(_media_check(), WARN,
                     later.tr("libvlc not available ({error}); using Qt Multimedia").format(error=probe.get("error")),
                     later.tr("Videos still play; for the VLC player install VLC (Debian/Ubuntu: "
                              "apt-get install libvlc5 vlc-plugin-base vlc-plugin-video-output)."),
                     probe)  # fmt: skip
    return Check(_media_check(), PROBLEM, later.tr("neither libvlc nor Qt Multimedia can play videos"),
                 later.tr("Install VLC (apt-get install libvlc5 vlc-plugin-base "
                          "vlc-plugin-video-output) or reinstall REAL Desktop."), probe)  # fmt: skip


def check_qt(probe: dict[str, Any] | None, err: str) -> list[Check]:
    if probe is None or probe.get("partial"):
        no_display = "display" in err.lower() or "platform plugin" in err.lower()
        fix = (later.tr("Run it from a desktop session (DISPLAY or WAYLAND_DISPLAY set), or check "
                        "without a screen with QT_QPA_PLATFORM=offscreen.") if no_display else
               later.tr("Install Qt's system libraries (Debian/Ubuntu: libgl1 libegl1 "
                        "libxkbcommon-x11-0 libxcb-cursor0) or reinstall REAL Desktop."))  # fmt: skip
        return [Check(later.tr("qt", "doctor check"), PROBLEM,
                      later.tr("the window cannot start: {reason}").format(reason=_qt_reason(err)), fix,
                      {**(probe or {}), "stderr": err})]  # fmt: skip
    out = [Check(later.tr("qt", "doctor check"), OK,
                 later.tr("Qt {version}, platform {platform} (plugins: {plugins})").format(
                     version=probe["qt"], platform=probe["platform"],
                     plugins=", ".join(probe["platforms"]) or later.tr("none")), details=probe)]  # fmt: skip
    if not probe.get("qtpdf"):
        out.append(Check(later.tr("pdf viewer", "doctor check"), PROBLEM,
                         later.tr("QtPdf is missing: {error}").format(error=probe.get("qtpdf_error")),
                         later.tr("Reinstall REAL Desktop (PySide6-Addons)."), probe))  # fmt: skip
    if probe.get("fonts", 0) == 0:
        out.append(Check(later.tr("fonts", "doctor check"), PROBLEM,
                         later.tr("no fonts found: text cannot be shown"),
                         later.tr("Install fonts (Debian/Ubuntu: apt-get install fonts-dejavu-core)."),
                         {"fonts": 0}))  # fmt: skip
    else:
        out.append(Check(later.tr("fonts", "doctor check"), OK,
                         later.tr("%n families, default {font}", "", probe["fonts"]).format(
                             font=probe["default_font"]),
                         details={"fonts": probe["fonts"], "default": probe["default_font"]}))  # fmt: skip
    return out


def _qt_reason(err: str) -> str:
    """The line of Qt's abort message that says what went wrong."""
    lines = [ln.strip() for ln in err.splitlines() if ln.strip()]
    if any("could not connect to display" in ln for ln in lines):
        return later.tr("there is no display to open it on")
    for ln in lines:
        if "Could not load the Qt platform plugin" in ln or "cannot open shared object" in ln:
            return ln.removeprefix("qt.qpa.plugin: ")
    return lines[-1] if lines else later.tr("no answer")


def check_engines() -> Check:
    """Speech-to-text and OCR engines, probed generically: a missing one is a warning."""
    import importlib.util
    import shutil

    from real_desktop.core import paths

    found: dict[str, Any] = {}
    if importlib.util.find_spec("pocketsphinx") is not None:
        try:
            import pocketsphinx

            model = Path(pocketsphinx.get_model_path())
            found["pocketsphinx"] = {"model": str(model), "model_present": model.is_dir()}
        except Exception as exc:
            found["pocketsphinx"] = {"error": str(exc)}
    if importlib.util.find_spec("pywhispercpp") is not None:
        found["whisper"] = {"model": os.environ.get("REAL_DESKTOP_WHISPER_MODEL") or None}
    tesseract = shutil.which("tesseract")
    if tesseract:
        found["tesseract"] = {"program": tesseract, "languages": _tesseract_langs(tesseract)}
    bundled = paths.project_root() / "tessdata"
    if bundled.is_dir():
        found.setdefault("tesseract", {})["bundled_data"] = sorted(
            p.stem for p in bundled.glob("*.traineddata"))  # fmt: skip
    speech = [n for n in ("pocketsphinx", "whisper") if n in found and "error" not in found[n]]
    ocr = ["tesseract"] if tesseract else []
    none = later.tr("none")
    langs = "tesseract (" + ", ".join(found["tesseract"]["languages"]) + ")" if ocr else none
    summary = later.tr("speech: {speech}; OCR: {ocr}").format(speech=", ".join(speech) or none, ocr=langs)
    name = later.tr("speech/OCR", "doctor check")
    if speech and ocr:
        return Check(name, OK, summary, details=found)
    if not speech and not ocr:
        fix = later.tr("Optional. For speech-to-text: {speech}; for OCR of scanned PDFs: {ocr}.")
    elif not speech:
        fix = later.tr("Optional. For speech-to-text: {speech}.")
    else:
        fix = later.tr("Optional. For OCR of scanned PDFs: {ocr}.")
    how = (later.tr("use a bundle built with pocketsphinx") if getattr(sys, "frozen", False)
           else "pip install pocketsphinx")  # fmt: skip
    ocr_how = later.tr("apt-get install tesseract-ocr (Debian/Ubuntu)")
    return Check(name, WARN, summary, fix.format(speech=how, ocr=ocr_how), found)


def _tesseract_langs(program: str) -> list[str]:
    import subprocess

    try:
        out = subprocess.run([program, "--list-langs"], capture_output=True, text=True, timeout=15)
    except (OSError, subprocess.TimeoutExpired):
        return []
    lines = out.stdout.strip().splitlines()
    return [ln.strip() for ln in lines[1:] if ln.strip() and ln.strip() != "osd"]


def check_kiosk() -> Check:
    try:
        from real_desktop.core.kiosk import config as kiosk
    except ImportError:
        return Check(_kiosk_check(), OK, later.tr("not configured (this version has no kiosk mode)"))
    try:
        path = kiosk.config_path()
        if not path.exists():
            return Check(_kiosk_check(), OK, later.tr("not configured (no {path}): desktop mode").format(path=path),
                         details={"path": str(path), "enabled": False})  # fmt: skip
        cfg = kiosk.read(path)
    except Exception as exc:  # ConfigError, or an API this version does not have
        return Check(_kiosk_check(), PROBLEM, later.tr("the kiosk configuration cannot be read: {error}").format(error=exc),
                     later.tr("Fix or rewrite it: real-desktop kiosk setup --pin-file FILE."))  # fmt: skip
    details: dict[str, Any] = {"path": str(path), **(cfg.public() if cfg else {})}
    if cfg is None or not cfg.enabled:
        return Check(_kiosk_check(), OK, later.tr("configured but off ({path})").format(path=path), details=details)
    issues = list(kiosk.problems(path)) if hasattr(kiosk, "problems") else []
    owner = later.tr("As root: chown root:root {path} {folder} && chmod 644 {path}.").format(
        path=path, folder=path.parent)  # fmt: skip
    fixes = [owner] if issues else []
    if not cfg.pin_hash:
        issues.append(later.tr("no admin PIN is set"))
        fixes.append(later.tr("Set one with real-desktop kiosk setup --pin-file FILE."))
    if issues:
        return Check(_kiosk_check(), PROBLEM, later.tr("kiosk on, but {issues}").format(issues=_joined(issues)),
                     _joined(fixes, " "), details)  # fmt: skip
    return Check(_kiosk_check(), OK, later.tr("on ({path}), idle reset after {minutes} min").format(
                 path=path, minutes=cfg.idle_minutes), details=details)  # fmt: skip


def _kiosk_check() -> str:
    return later.tr("kiosk", "doctor check")


class _Joined(str):
    """Messages joined by `sep`, each translated where the whole is printed."""

    parts: list[object]
    sep: str

    def translated(self) -> str:
        return self.sep.join(i18n.text_of(p) for p in self.parts)


def _joined(parts: list[Any], sep: str = "; ") -> str:
    out = _Joined(sep.join(str(p) for p in parts))
    out.parts, out.sep = parts, sep
    return out


class _Size(str):
    """"1.5 GB" in English (JSON); the number written the user's way where printed."""

    value: float
    decimals: int
    unit: str

    def translated(self) -> str:
        return f"{i18n.format_number(self.value, self.decimals)} {self.unit}"


def _size(n: float) -> str:
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if n < 1024 or unit == "TB":
            break
        n /= 1024
    decimals = 0 if unit == "B" else 1
    out = _Size(f"{n:.{decimals}f} {unit}")
    out.value, out.decimals, out.unit = n, decimals, unit
    return out


def run_checks() -> list[Check]:
    from concurrent.futures import ThreadPoolExecutor

    # The two child processes start together: each pays an interpreter and Qt/libvlc start.
    with ThreadPoolExecutor(max_workers=2) as pool:
        media = pool.submit(run_probe, "media")
        qt = pool.submit(run_probe, "qt")
        checks = [check_version(), check_data_folder(), check_database()]
        checks.append(check_media(*media.result()))
        checks += check_qt(*qt.result())
    checks += [check_engines(), check_kiosk()]
    return checks


def cmd_doctor(args: argparse.Namespace) -> int:
    if args.probe:
        result = probe_qt() if args.probe == "qt" else probe_media()
        print(json.dumps(result), flush=True)
        return EXIT_OK
    checks = run_checks()
    failed = any(c.status == PROBLEM for c in checks)
    if args.json:
        from real_desktop import version

        doc = {"version": version(), "ok": not failed, "checks": [asdict(c) for c in checks]}
        print(json.dumps(doc, indent=2))
    else:
        names = [i18n.text_of(c.name) for c in checks]
        width = max(len(n) for n in names)
        labels = {OK: i18n.tr("ok", "doctor status"), WARN: i18n.tr("warning", "doctor status"),
                  PROBLEM: i18n.tr("PROBLEM", "doctor status")}  # fmt: skip
        lw = max(8, *(len(v) for v in labels.values()))
        for c, name in zip(checks, names, strict=True):
            print(f"{labels[c.status]:<{lw}} {name:<{width}}  {i18n.text_of(c.summary)}")
            if c.fix and c.status != OK:
                fix = i18n.tr("fix: {fix}").format(fix=i18n.text_of(c.fix))
                print(f"{'':<{lw}} {'':<{width}}  {fix}")
        print("\n" + (i18n.tr("Everything is ready.") if not failed else i18n.tr("Some problems need fixing (above).")))
    return EXIT_FAILED if failed else EXIT_OK
