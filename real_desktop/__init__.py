"""REAL Desktop: an offline, searchable library of documents and recorded talks."""

from __future__ import annotations


def version() -> str:
    """The version in pyproject.toml, the one place it is written: from the installed
    metadata (a venv, the PyInstaller bundle carries it), else read from the checkout."""
    from importlib import metadata

    try:
        return metadata.version("real-desktop")
    except metadata.PackageNotFoundError:
        import tomllib
        from pathlib import Path

        pyproject = Path(__file__).resolve().parents[1] / "pyproject.toml"
        try:
            with open(pyproject, "rb") as f:
                return str(tomllib.load(f)["project"]["version"])
        except (OSError, KeyError, tomllib.TOMLDecodeError):
            return "unknown"


def __getattr__(name: str) -> str:
    # Computed on first use only: importlib.metadata costs milliseconds that a
    # `real-desktop search` should not pay.
    if name == "__version__":
        return version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
