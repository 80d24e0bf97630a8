"""The agendas a pack carries (`agendas/<slug>.agenda.json`, written by `share.dumps`).

Installed in the install's own transaction, so a pack and its agendas arrive (or not)
together. The pack record remembers each agenda it added with its `updated_at`: an agenda
still carrying that stamp is the pack's and is replaced on upgrade and deleted on removal;
one the user edited since (renamed, items changed) is the user's now and stays.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from typing import TYPE_CHECKING, Any

from real_desktop.core.i18n import later
from real_desktop.core.packs.manifest import Manifest, PackError
from real_desktop.core.timefmt import now_precise

if TYPE_CHECKING:
    from real_desktop.core.agendas.model import AgendaItem
    from real_desktop.core.library import Library

Parsed = tuple[str, str, list["AgendaItem"]]  # name, description, items


def parse_agendas(manifest: Manifest, data: dict[str, bytes]) -> list[Parsed]:
    """Every agenda member, validated by `share.from_data`, before anything is written."""
    from real_desktop.core.agendas import share
    from real_desktop.core.agendas.model import AgendaError

    out = []
    for ref in manifest.agendas:
        try:
            out.append(share.from_data(json.loads(data[ref.name].decode("utf-8"))))
        except (UnicodeDecodeError, ValueError, RecursionError, KeyError) as exc:
            if isinstance(exc, AgendaError):
                raise PackError(
                    later.tr("member {name!r}: {why}").format(name=ref.name, why=exc)
                ) from None
            raise PackError(
                later.tr("member {name!r}: not a valid agenda file ({error})").format(
                    name=ref.name, error=exc
                )
            ) from None
    return out


def _free_name(conn: sqlite3.Connection, wanted: str) -> str:
    taken = {r[0].casefold() for r in conn.execute("SELECT name FROM agendas")}
    name, n = wanted, 2
    while name.casefold() in taken:
        name, n = f"{wanted} {n}", n + 1
    return name


def drop_agendas(conn: sqlite3.Connection, owned: dict[str, str]) -> list[str]:
    """Delete the pack's agendas the user has not edited; the ids of those kept."""
    kept = []
    for aid, stamp in owned.items():
        row = conn.execute("SELECT updated_at FROM agendas WHERE id = ?", (aid,)).fetchone()
        if row is None:
            continue
        if row[0] == stamp:
            conn.execute("DELETE FROM agendas WHERE id = ?", (aid,))
        else:
            kept.append(aid)
    return kept


def write_agendas(library: Library, conn: sqlite3.Connection, parsed: list[Parsed],
                  previous: dict[str, str]) -> dict[str, Any]:  # fmt: skip
    """Replace the previous version's unedited agendas with this version's (a name a
    user's agenda holds gets " 2"); returns the new record's {agenda id: updated_at}."""
    from real_desktop.core.agendas.model import check_item
    from real_desktop.core.agendas.store import AgendaStore

    drop_agendas(conn, previous)
    store = AgendaStore(library.db, library.catalog)
    owned: dict[str, Any] = {}
    for name, description, items in parsed:
        for it in items:
            check_item(it)
        aid, now = uuid.uuid4().hex, now_precise()
        store.save_new_in(conn, aid, _free_name(conn, name), description, items, now)
        owned[aid] = now
    return owned
