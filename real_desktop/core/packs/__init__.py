"""Content packs (`.realpack`): build, sign, verify, install atomically, the inbox.

The public API, for the CLI and the app (all of it free of Qt):

- `build_from_paths`, `build_from_library`, `PackSpec` (build.py)
- `verify`, `read_manifest`, `PackProgress`, `VerifiedPack` (archive.py)
- `keygen`, `TrustStore` (signing.py; `cryptography` is loaded only there)
- `PackManager(library)`: `installed()`, `get()`, `status_of()`, `install()`, `remove()`,
  `require_signed` (install.py); `PackRecord` (store.py); `recover()` runs at open
- progress: `PackProgress(stage, done_bytes, total_bytes, done_items, total_items,
  current)` to a callback; cancel: a `threading.Event` (PackCancelled: nothing changed)
- `find_packs(manager, roots=None)`, `PackOffer` (drives.py) and
  `PackInbox(manager, folder, require_signed=False).poll()` (inbox.py)
- `PackError` (every refusal; names the member or field), `PackCancelled`

Import the submodules, not this package, on paths that must stay light.
"""
