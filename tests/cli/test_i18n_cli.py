"""The command line in Spanish and English: the language chosen by --lang, the window's
setting or the environment; argparse's own words; plural forms; JSON never translated."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from real_desktop.cli import doctor, main
from real_desktop.core import i18n

ROOT = Path(__file__).resolve().parents[2]
LOCALE_VARS = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


@pytest.fixture
def home(tmp_path: Path) -> Path:
    h = tmp_path / "home"
    h.mkdir()
    return h


@pytest.fixture(autouse=True)
def english_afterwards(monkeypatch: pytest.MonkeyPatch) -> object:
    for var in LOCALE_VARS:
        monkeypatch.delenv(var, raising=False)
    monkeypatch.delenv("REAL_DESKTOP_ASSETS", raising=False)
    yield
    i18n.set_language("en")


def run(home: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """`real-desktop --home HOME ARGS` in a new process, with only `env`'s locale."""
    base = {k: v for k, v in os.environ.items() if k not in LOCALE_VARS and k != "REAL_DESKTOP_HOME"}
    base.update(PYTHONPATH=str(ROOT), COLUMNS="100", **env)
    return subprocess.run(
        [sys.executable, "-m", "real_desktop.cli", "--home", str(home), *args],
        capture_output=True, text=True, env=base, timeout=120,
    )  # fmt: skip


def test_spanish_from_lang(home: Path) -> None:
    out = run(home, "search", "zzyzx", LANG="es_ES.UTF-8")
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("No hay resultados para “zzyzx”.")
    out = run(home, "info", "no-such-id", LANG="es_ES.UTF-8")
    assert out.returncode == 2
    assert out.stderr == "real-desktop: no hay ningún recurso con el id 'no-such-id' (vea: real-desktop list)\n"


def test_spanish_from_language_and_from_the_option(home: Path, tmp_path: Path) -> None:
    config = tmp_path / "kiosk.ini"
    by_env = run(home, "kiosk", "status", "--config", str(config), LANGUAGE="es", LANG="en_US.UTF-8")
    by_flag = run(home, "--lang", "es", "kiosk", "status", "--config", str(config))
    expected = f"El modo quiosco no está configurado ({config} no existe).\n"
    assert by_env.stdout == by_flag.stdout == expected
    # --lang beats the environment (and --home may come before or after it).
    english = run(home, "--lang=en", "kiosk", "status", "--config", str(config), LANG="es_MX.UTF-8")
    assert english.stdout == f"Kiosk mode is not set up ({config} does not exist).\n"


def test_english_by_default_and_for_an_unknown_language(home: Path, tmp_path: Path) -> None:
    config = tmp_path / "kiosk.ini"
    for env in ({}, {"LANG": "C.UTF-8"}, {"LANG": "fr_FR.UTF-8"}):
        out = run(home, "kiosk", "status", "--config", str(config), **env)
        assert out.stdout == f"Kiosk mode is not set up ({config} does not exist).\n", env
    out = run(home, "--lang", "fr", "pack", "list")
    assert out.returncode == 2
    assert out.stderr == "real-desktop: unknown language 'fr' (choose from en, es)\n"


def test_the_windows_language_setting_is_followed(home: Path) -> None:
    (home / "settings.ini").write_text("[appearance]\nlanguage=es\n", encoding="utf-8")
    out = run(home, "pack", "trusted", LANG="en_US.UTF-8")
    assert out.stdout == "No hay editores de confianza.\n"
    out = run(home, "--lang", "en", "pack", "trusted")
    assert out.stdout == "No trusted publishers.\n"


def test_argparse_speaks_spanish_too(home: Path) -> None:
    out = run(home, "search", LANG="es_ES.UTF-8")
    assert out.returncode == 2
    assert out.stderr.startswith("uso: real-desktop search")
    assert out.stderr.endswith(
        "real-desktop search: error: se requieren los siguientes argumentos: query\n"
    )
    out = run(home, "--lang", "es", "pack", "--help")
    assert out.returncode == 0
    assert "argumentos posicionales:" in out.stdout
    assert "\nopciones:\n  -h, --help " in out.stdout
    assert " muestra este mensaje de ayuda y termina\n" in out.stdout
    assert "verifica e instala (o actualiza) un paquete" in out.stdout
    out = run(home, "list", "--kind", "book", LANGUAGE="es")
    assert "argumento --kind: opción no válida: 'book' (elija entre 'document', 'video', 'audio')" in out.stderr


def test_import_summary_and_plurals_in_both_languages(home: Path, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "one.txt").write_text("racial equity in libraries", encoding="utf-8")
    (docs / "skip.xyz").write_text("not a document", encoding="utf-8")
    out = run(home, "import", "-q", str(docs), LANG="es_MX.UTF-8")
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("Importación terminada: 1 agregado, 1 omitido (1 no compatible)\n")
    assert "\nOmitidos:\n" in out.stdout
    (docs / "two.txt").write_text("equity and access", encoding="utf-8")
    (docs / "three.md").write_text("# Equity\nfor all", encoding="utf-8")
    out = run(home, "import", "-q", str(docs), LANG="es_MX.UTF-8")
    assert out.stdout.startswith(
        "Importación terminada: 2 agregados, 2 omitidos (1 sin cambios, 1 no compatible)\n"
    )
    out = run(home, "import", "-q", str(docs))
    assert out.stdout.startswith("Import finished: 0 added, 4 skipped (3 unchanged, 1 not supported)\n")


def test_import_reasons_and_status_reasons_in_spanish(home: Path, tmp_path: Path) -> None:
    """Why a file failed or was skipped, printed by import and read back by list, in the
    user's language; --json keeps the English the library stores."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "broken.pdf").write_text("not a pdf at all", encoding="utf-8")
    (docs / "skip.xyz").write_text("not a document", encoding="utf-8")
    out = run(home, "--lang", "es", "import", "-q", str(docs))
    assert "broken.pdf: no es un archivo PDF (contiene texto; ¿extensión de archivo incorrecta?)" in out.stdout
    assert "1 × tipo de archivo no compatible (.xyz)" in out.stdout
    assert "wrong file extension" not in out.stdout and "unsupported" not in out.stdout
    listed = run(home, "--lang", "es", "list")
    assert "[falló: no es un archivo PDF (contiene texto;" in listed.stdout
    assert "not a PDF" not in listed.stdout
    raw = run(home, "--lang", "es", "import", "--json", str(docs))
    reasons = {r["reason"] for r in json.loads(raw.stdout)["results"]}
    assert "unsupported file type (.xyz)" in reasons, raw.stdout


def test_lang_after_the_command_is_still_its_own_language_filter(home: Path, tmp_path: Path) -> None:
    """`search x --lang es` was argparse's abbreviation of --language before there was a
    global --lang; it still is (the global option goes before the command)."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "en.html").write_text('<html lang="en"><title>Equity EN</title>equity', encoding="utf-8")
    (docs / "es.html").write_text('<html lang="es"><title>Equity ES</title>equity', encoding="utf-8")
    assert run(home, "import", "-q", str(docs)).returncode == 0
    out = run(home, "search", "equity", "--lang", "es")
    assert out.returncode == 0, out.stderr
    assert "(document, es-" in out.stdout  # found, and the messages stay English
    assert "(document, en-" not in out.stdout


def test_search_results_in_spanish_and_json_unchanged(home: Path, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "guide.md").write_text("# Welcome\nequity work\n", encoding="utf-8")
    assert run(home, "import", "-q", str(docs)).returncode == 0
    es = run(home, "search", "equity", LANG="es_ES.UTF-8")
    assert "— sección “Welcome” (documento, " in es.stdout
    en = run(home, "search", "equity")
    assert "— section “Welcome” (document, " in en.stdout
    js_es = run(home, "search", "equity", "--json", LANG="es_ES.UTF-8")
    js_en = run(home, "search", "equity", "--json")
    assert json.loads(js_es.stdout) == json.loads(js_en.stdout)
    assert js_es.stdout == js_en.stdout


def test_pack_messages_in_spanish(home: Path, tmp_path: Path) -> None:
    docs = tmp_path / "course"
    docs.mkdir()
    (docs / "a.txt").write_text("alpha", encoding="utf-8")
    pack = tmp_path / "c.realpack"
    out = run(home, "--lang", "es", "pack", "build", str(docs), "-o", str(pack), "--id", "course")
    assert out.returncode == 0, out.stderr
    assert ": course 1 (course), 1 elemento, " in out.stdout and out.stdout.endswith(", sin firma\n")
    out = run(home, "--lang", "es", "pack", "verify", str(pack))
    assert out.stdout == f"{pack}: válido — course 1 (course), 1 elemento, sin firma\n"
    # The core's refusal reason (marked with later.tr) is translated where it is printed.
    missing = tmp_path / "nothing.realpack"
    out = run(home, "--lang", "es", "pack", "verify", str(missing))
    assert out.returncode == 1
    assert out.stderr == f"real-desktop: {missing}: no válido: {missing}: no existe el archivo\n"
    out = run(home, "pack", "verify", str(missing))
    assert out.stderr == f"real-desktop: {missing}: invalid: {missing}: no such file\n"
    out = run(home, "--lang", "es", "pack", "install", str(pack))
    assert out.stdout == "course 1 instalado\n"
    out = run(home, "--lang", "es", "pack", "install", str(pack))
    assert out.stdout == "course 1 ya está instalado; no cambió nada\n"


def test_core_errors_the_cli_prints_are_translated(home: Path) -> None:
    out = run(home, "--lang", "es", "agenda", "show", "Nada")
    assert out.returncode == 1
    assert out.stderr == "real-desktop: no hay ninguna agenda llamada 'Nada' (vea: real-desktop agenda list)\n"
    out = run(home, "--lang", "es", "edit", "real-demo-tour", "--date", "2026-02-30")
    assert out.returncode == 2
    assert "la fecha debe tener el formato AAAA-MM-DD (un día que exista), no '2026-02-30'" in out.stderr
    out = run(home, "edit", "real-demo-tour", "--date", "2026-02-30")
    assert "the date must be YYYY-MM-DD (a real day), not '2026-02-30'" in out.stderr


def test_kiosk_pin_messages_in_spanish(home: Path, tmp_path: Path) -> None:
    pin = tmp_path / "pin"
    pin.write_text("12\n", encoding="utf-8")
    out = run(home, "--lang", "es", "kiosk", "setup", "--config", str(tmp_path / "k.ini"), "--pin-file", str(pin))
    assert out.returncode == 2
    assert out.stderr == "real-desktop: el PIN debe tener al menos 4 caracteres\n"


def test_doctor_json_stays_english_and_its_text_is_translated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REAL_DESKTOP_KIOSK_CONFIG", str(tmp_path / "kiosk.ini"))
    check = doctor.check_kiosk()
    i18n.set_language("es")
    data = json.loads(json.dumps(doctor.asdict(check)))
    assert data["name"] == "kiosk"
    assert data["summary"] == f"not configured (no {tmp_path / 'kiosk.ini'}): desktop mode"
    assert i18n.text_of(check.name) == "quiosco"
    assert i18n.text_of(check.summary) == f"no configurado (no existe {tmp_path / 'kiosk.ini'}): modo escritorio"
    assert doctor._size(1536 * 1024**2) == "1.5 GB"
    i18n.set_language("es_ES")
    assert i18n.text_of(doctor._size(1536 * 1024**2)) == "1,5 GB"


def test_the_language_is_chosen_on_every_run(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--home", str(home), "--lang", "es", "pack", "trusted"]) == 0
    assert capsys.readouterr().out == "No hay editores de confianza.\n"
    assert main(["--home", str(home), "pack", "trusted"]) == 0  # back to the environment's
    assert capsys.readouterr().out == "No trusted publishers.\n"


def test_search_in_english_reads_no_catalogue(home: Path, tmp_path: Path) -> None:
    script = (
        "import sys\nfrom real_desktop.cli import main\nfrom real_desktop.core import i18n\n"
        f"main(['--home', {str(home)!r}, 'search', 'zzyzx'])\n"
        "print('xml.etree.ElementTree' in sys.modules, sorted(i18n._catalogues),"
        " any(m.startswith('PySide6') for m in sys.modules))\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in LOCALE_VARS}
    env["PYTHONPATH"] = str(ROOT)
    outs = [
        subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                       env={**env, **lang}, cwd=tmp_path, timeout=60).stdout.splitlines()[-1]
        for lang in ({"LANG": "en_US.UTF-8"}, {"LANG": "es_ES.UTF-8"})
    ]  # fmt: skip
    assert outs == ["False [] False", "True ['es'] False"]
