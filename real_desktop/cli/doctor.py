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

COMMANDS = ("doctor",)
OK, WARN, PROBLEM = "ok", "warn", "problem"
LOW_SPACE_BYTES = 500 * 1024 * 1024  # below this, imports and thumbnails start failing
PROBE_TIMEOUT_S = 90


@dataclass
class Check:
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
        help="check this installation (media, Qt, library, fonts, engines, kiosk)",
        description="Check this installation of REAL Desktop: each line is ok or a problem "
        "with what to do about it. Exit code 1 when something needs fixing.",
    )
    p.add_argument("--json", action="store_true", help="machine-readable output")
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
        return None, f"did not answer within {PROBE_TIMEOUT_S} s"
    except OSError as exc:
        return None, str(exc)
    err = "\n".join(proc.stderr.strip().splitlines()[-40:])
    for line in reversed(proc.stdout.strip().splitlines()):
        if line.startswith("{"):
            try:
                return json.loads(line), err
            except ValueError:
                break
    return None, err or f"exited with code {proc.returncode}"


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
    how = "bundle" if getattr(sys, "frozen", False) else f"Python {sys.version.split()[0]}"
    if paths.portable_root() is not None:
        how += ", portable"
    return Check("version", OK, f"REAL Desktop {v} ({how})", details={
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
        return Check("data folder", PROBLEM, f"cannot create the data folder: {exc}",
                     "Set REAL_DESKTOP_HOME to a folder this account can write, or fix the "
                     "permissions of the folder named above.")  # fmt: skip
    free = shutil.disk_usage(home).free
    details = {"path": str(home), "source": how, "free_bytes": free}
    if not os.access(home, os.W_OK):
        return Check("data folder", PROBLEM, f"{home} cannot be written (read-only?)",
                     "Copy the program to a writable drive or folder, or set "
                     "REAL_DESKTOP_HOME to one.", details)  # fmt: skip
    summary = f"{home} ({_size(free)} free; {how})"
    if free < LOW_SPACE_BYTES:
        return Check("data folder", PROBLEM, f"only {_size(free)} free at {home}",
                     "Free some space on that drive (imports, thumbnails and backups need "
                     "room) or move the library elsewhere.", details)  # fmt: skip
    return Check("data folder", OK, summary, details=details)


def check_database() -> Check:
    import sqlite3

    from real_desktop.core import paths
    from real_desktop.core.db import schema

    db = paths.data_home() / "library.db"
    if not db.exists():
        return Check("database", OK, "no library yet (it is created on first start)",
                     details={"path": str(db)})  # fmt: skip
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            result = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
            version = schema.current_version(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return Check("database", PROBLEM, f"{db} cannot be read: {exc}",
                     "Restore the latest copy from the backups/ folder beside it, or move the "
                     "file away and import the library again.", {"path": str(db)})  # fmt: skip
    details = {"path": str(db), "integrity": result, "schema": version,
               "latest_schema": schema.latest_version(), "size_bytes": db.stat().st_size}  # fmt: skip
    if result != ["ok"]:
        return Check("database", PROBLEM, f"{db} is damaged: {'; '.join(result[:3])}",
                     "Restore the latest copy from the backups/ folder beside it.", details)  # fmt: skip
    if version > schema.latest_version():
        return Check("database", PROBLEM, f"made by a newer REAL Desktop (schema {version})",
                     "Install the newer version of REAL Desktop.", details)  # fmt: skip
    return Check("database", OK, f"integrity ok, schema {version} ({_size(details['size_bytes'])})",
                 details=details)  # fmt: skip


def check_media(probe: dict[str, Any] | None, err: str) -> Check:
    if probe is None:
        return Check("media player", PROBLEM, f"the media check crashed: {err}",
                     "Reinstall REAL Desktop (libvlc or its plugins are damaged).")  # fmt: skip
    if probe.get("loaded"):
        return Check("media player", OK,
                     f"libvlc {probe['version']} loaded, {probe['plugins']} plugins",
                     details=probe)  # fmt: skip
    if probe.get("qt_multimedia"):
        return Check("media player", WARN,
                     f"libvlc not available ({probe.get('error')}); using Qt Multimedia",
                     "Videos still play; for the VLC player install VLC (Debian/Ubuntu: "
                     "apt-get install libvlc5 vlc-plugin-base vlc-plugin-video-output).",
                     probe)  # fmt: skip
    return Check("media player", PROBLEM, "neither libvlc nor Qt Multimedia can play videos",
                 "Install VLC (apt-get install libvlc5 vlc-plugin-base "
                 "vlc-plugin-video-output) or reinstall REAL Desktop.", probe)  # fmt: skip


def check_qt(probe: dict[str, Any] | None, err: str) -> list[Check]:
    if probe is None or probe.get("partial"):
        no_display = "display" in err.lower() or "platform plugin" in err.lower()
        fix = ("Run it from a desktop session (DISPLAY or WAYLAND_DISPLAY set), or check "
               "without a screen with QT_QPA_PLATFORM=offscreen." if no_display else
               "Install Qt's system libraries (Debian/Ubuntu: libgl1 libegl1 "
               "libxkbcommon-x11-0 libxcb-cursor0) or reinstall REAL Desktop.")  # fmt: skip
        return [Check("qt", PROBLEM, f"the window cannot start: {_qt_reason(err)}", fix,
                      {**(probe or {}), "stderr": err})]  # fmt: skip
    out = [Check("qt", OK,
                 f"Qt {probe['qt']}, platform {probe['platform']} "
                 f"(plugins: {', '.join(probe['platforms']) or 'none'})", details=probe)]  # fmt: skip
    if not probe.get("qtpdf"):
        out.append(Check("pdf viewer", PROBLEM, f"QtPdf is missing: {probe.get('qtpdf_error')}",
                         "Reinstall REAL Desktop (PySide6-Addons).", probe))  # fmt: skip
    if probe.get("fonts", 0) == 0:
        out.append(Check("fonts", PROBLEM, "no fonts found: text cannot be shown",
                         "Install fonts (Debian/Ubuntu: apt-get install fonts-dejavu-core).",
                         {"fonts": 0}))  # fmt: skip
    else:
        out.append(Check("fonts", OK, f"{probe['fonts']} families, default {probe['default_font']}",
                         details={"fonts": probe["fonts"], "default": probe["default_font"]}))  # fmt: skip
    return out


def _qt_reason(err: str) -> str:
    """The line of Qt's abort message that says what went wrong."""
    lines = [ln.strip() for ln in err.splitlines() if ln.strip()]
    if any("could not connect to display" in ln for ln in lines):
        return "there is no display to open it on"
    for ln in lines:
        if "Could not load the Qt platform plugin" in ln or "cannot open shared object" in ln:
            return ln.removeprefix("qt.qpa.plugin: ")
    return lines[-1] if lines else "no answer"


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
    summary = (f"speech: {', '.join(speech) or 'none'}; OCR: "
               f"{'tesseract (' + ', '.join(found['tesseract']['languages']) + ')' if ocr else 'none'}")  # fmt: skip
    if speech and ocr:
        return Check("speech/OCR", OK, summary, details=found)
    missing = []
    if not speech:
        missing.append("speech-to-text: " + ("use a bundle built with pocketsphinx"
                       if getattr(sys, "frozen", False) else "pip install pocketsphinx"))  # fmt: skip
    if not ocr:
        missing.append("OCR of scanned PDFs: apt-get install tesseract-ocr (Debian/Ubuntu)")
    return Check("speech/OCR", WARN, summary, "Optional. For " + "; for ".join(missing) + ".",
                 found)  # fmt: skip


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
        return Check("kiosk", OK, "not configured (this version has no kiosk mode)")
    try:
        path = kiosk.config_path()
        if not path.exists():
            return Check("kiosk", OK, f"not configured (no {path}): desktop mode",
                         details={"path": str(path), "enabled": False})  # fmt: skip
        cfg = kiosk.read(path)
    except Exception as exc:  # ConfigError, or an API this version does not have
        return Check("kiosk", PROBLEM, f"the kiosk configuration cannot be read: {exc}",
                     "Fix or rewrite it: real-desktop kiosk setup --pin-file FILE.")  # fmt: skip
    details: dict[str, Any] = {"path": str(path), **(cfg.public() if cfg else {})}
    if cfg is None or not cfg.enabled:
        return Check("kiosk", OK, f"configured but off ({path})", details=details)
    issues = list(kiosk.problems(path)) if hasattr(kiosk, "problems") else []
    fixes = [f"as root: chown root:root {path} {path.parent} && chmod 644 {path}"] if issues else []
    if not cfg.pin_hash:
        issues.append("no admin PIN is set")
        fixes.append("set one with real-desktop kiosk setup --pin-file FILE")
    if issues:
        fix = "; ".join(fixes)
        return Check("kiosk", PROBLEM, "kiosk on, but " + "; ".join(issues),
                     fix[0].upper() + fix[1:] + ".", details)  # fmt: skip
    return Check("kiosk", OK, f"on ({path}), idle reset after {cfg.idle_minutes} min",
                 details=details)  # fmt: skip


def _size(n: float) -> str:
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if n < 1024 or unit == "TB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} TB"


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
        width = max(len(c.name) for c in checks)
        for c in checks:
            label = {OK: "ok", WARN: "warning", PROBLEM: "PROBLEM"}[c.status]
            print(f"{label:<8} {c.name:<{width}}  {c.summary}")
            if c.fix and c.status != OK:
                print(f"{'':<8} {'':<{width}}  fix: {c.fix}")
        print("\nEverything is ready." if not failed else "\nSome problems need fixing (above).")
    return EXIT_FAILED if failed else EXIT_OK
