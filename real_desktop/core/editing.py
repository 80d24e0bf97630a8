"""Editing metadata by hand: one resource or many at once, in one transaction.

Edited fields are recorded (`resources.edited`), so a re-import, the starter seed or a
content-pack upgrade keeps them (`Catalog.upsert` drops them; `Catalog.user_edited`), and
the metadata index row is rewritten in the same transaction: search sees the edit at once.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from typing import Any

from real_desktop.core.catalog import Catalog
from real_desktop.core.i18n import later
from real_desktop.core.models import Resource
from real_desktop.core.textutil import bindable


class _Unset:
    def __repr__(self) -> str:
        return "UNSET"


UNSET: Any = _Unset()  # "leave this field alone" (None clears collection/language/date)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def check_date(text: str) -> str:
    """A YYYY-MM-DD date that exists, else ValueError with a message for the user."""
    from datetime import date

    text = text.strip()
    try:
        if not _DATE.fullmatch(text):
            raise ValueError
        date.fromisoformat(text)
    except ValueError:
        raise ValueError(later.tr("the date must be YYYY-MM-DD (a real day), not {text!r}").format(text=text)) from None
    return text


def clean_list(items: Iterable[str]) -> list[str]:
    """Trimmed, no empties, first spelling wins (case-insensitive)."""
    seen: dict[str, str] = {}
    for raw in items:
        item = " ".join(str(raw).split())
        if item and item.casefold() not in seen:
            seen[item.casefold()] = item
    return list(seen.values())


def split_people(text: str | Sequence[str]) -> list[str]:
    """ "Ada Lovelace; Grace Hopper" (or a list) -> the names, in order."""
    return clean_list(text.split(";") if isinstance(text, str) else text)


def _optional(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(str(value).split())
    return value or None


def edit(
    catalog: Catalog,
    ids: str | Iterable[str],
    *,
    title: Any = UNSET,
    description: Any = UNSET,
    people: Any = UNSET,
    tags: Any = UNSET,
    add_tags: Iterable[str] = (),
    remove_tags: Iterable[str] = (),
    collection: Any = UNSET,
    language: Any = UNSET,
    date: Any = UNSET,
) -> list[Resource]:
    """Change metadata of one or several resources in ONE transaction; returns them
    edited, in the order given. Raises ValueError (bad value; nothing changed) or
    KeyError(id) for an id not in the library (nothing changed)."""
    id_list = [bindable(ids)] if isinstance(ids, str) else [bindable(i) for i in ids]
    id_list = list(dict.fromkeys(id_list))
    if not id_list:
        return []
    fields: dict[str, Any] = {}
    if title is not UNSET:
        if len(id_list) > 1:
            raise ValueError(later.tr("a title can only be given to one item at a time"))
        if not isinstance(title, str) or not title.strip():
            raise ValueError(later.tr("the title cannot be empty"))
        fields["title"] = " ".join(title.split())
    if description is not UNSET:
        fields["description"] = str(description or "").strip()
    if people is not UNSET:
        fields["people"] = split_people(people or [])
    if collection is not UNSET:
        fields["collection"] = _optional(collection)
    if language is not UNSET:
        fields["language"] = _optional(language)
    if date is not UNSET:
        fields["date"] = check_date(date) if date and str(date).strip() else None
    adding, removing = clean_list(add_tags), {t.casefold() for t in clean_list(remove_tags)}
    new_tags = None if tags is UNSET else clean_list(tags or [])
    with catalog.db.write() as conn:
        rows = [catalog.row(rid, conn) for rid in id_list]
        for rid, row in zip(id_list, rows, strict=True):
            if row is None:
                raise KeyError(rid)
        for rid, row in zip(id_list, rows, strict=True):
            assert row is not None
            mine = dict(fields)
            if new_tags is not None or adding or removing:
                current = new_tags if new_tags is not None else json.loads(row["tags"])
                merged = clean_list([*current, *adding])
                mine["tags"] = [t for t in merged if t.casefold() not in removing]
            if mine:
                catalog.write_edit(conn, rid, mine)
    out = [catalog.get(rid) for rid in id_list]
    return [r for r in out if r is not None]
