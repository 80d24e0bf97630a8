"""Child process for test_notes_crash.py: edits notes through NoteStore, on the real
Library in HOME (each write also updates the search index), without pause, and prints one
line per write that NoteStore has returned from (i.e. told us is saved):

    SAVED <note id> <version> <sha256 of body>

It is killed with SIGKILL at random moments. Usage: notes_writer.py HOME SEED
"""

from __future__ import annotations

import hashlib
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from real_desktop.core.library import Library  # noqa: E402
from real_desktop.core.models import Location, LocationKind  # noqa: E402
from real_desktop.core.notes import NoteStore  # noqa: E402

VERSION = re.compile(r"^v(\d+) ")


def make_body(rng: random.Random, version: int) -> str:
    # Varying sizes so writes span one or several database pages.
    filler = "".join(
        rng.choice("abcdefghij klmnop\n") for _ in range(rng.choice((10, 300, 3000, 9000)))
    )
    return f"v{version} {filler}"


def main() -> None:
    home, seed = Path(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed)
    library = Library.open(home, seed=False)
    resource_ids = [r.id for r in library.resources()]
    store = NoteStore(library)
    notes = [n.id for n in store.list()]
    version = max(
        (int(m.group(1)) for n in store.list() if (m := VERSION.match(n.body))), default=0
    )
    out = sys.stdout
    out.write("READY\n")
    out.flush()
    while True:
        version += 1
        body = make_body(rng, version)
        if len(notes) < 3 or rng.random() < 0.05:
            note = store.create(
                rng.choice(resource_ids),
                Location(LocationKind.TIME, start=rng.uniform(0, 3600)),
                body=body,
                tags=[f"t{rng.randrange(9)}"],
            )
            notes.append(note.id)
        else:
            note = store.update(rng.choice(notes), body=body, tags=[f"t{rng.randrange(9)}"])
        out.write(f"SAVED {note.id} {version} {hashlib.sha256(body.encode()).hexdigest()}\n")
        out.flush()


if __name__ == "__main__":
    main()
