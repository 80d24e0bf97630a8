#!/usr/bin/env python3
"""Write the starter library as a content pack, e.g. to put on a USB stick:

    python scripts/build_starter_pack.py OUT.realpack [--sign KEYFILE]

The app does not need this: it builds the same pack (same bytes) from
assets/starter/catalog.json and the files beside it at first open and installs it
(real_desktop/core/seed.py). No binary copy of files already in git is committed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--sign", type=Path, metavar="KEYFILE")
    args = ap.parse_args(argv)

    from real_desktop.core.packs.build import build_from_catalog
    from real_desktop.core.seed import default_catalog, load_catalog, starter_spec

    out = build_from_catalog(load_catalog(default_catalog()), ROOT, args.out, starter_spec(), keyfile=args.sign)
    print(f"Wrote {out} ({out.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
