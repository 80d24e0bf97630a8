"""Property tests of the manifest reader: any JSON (or bytes) gives a valid Manifest or a
clean PackError, never another exception; a valid manifest survives a round trip."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from real_desktop.core.packs.manifest import (
    Manifest,
    PackError,
    PackItem,
    manifest_bytes,
    parse_manifest,
)

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=20,
)

VALID: dict[str, Any] = json.loads(
    manifest_bytes(
        Manifest(
            id="p",
            version="1.2",
            title="T",
            items=(PackItem(id="a", kind="video", title="A", path=None, file=None),),
        )
    )
)
KEYS = ["format", "format_version", "pack", "items", "index"]
PACK_KEYS = ["id", "version", "title", "publisher", "language", "licence", "created"]
ITEM_KEYS = ["id", "kind", "title", "path", "file", "tags", "captions", "chapters", "sha256", "language"]


def _read(data: bytes) -> Manifest | None:
    try:
        return parse_manifest(data)
    except PackError as exc:
        assert str(exc)  # says what is wrong
        return None


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(JSON)
def test_any_json_is_a_manifest_or_a_clean_error(doc: Any) -> None:
    _read(json.dumps(doc).encode())


@settings(max_examples=100)
@given(st.binary(max_size=200))
def test_any_bytes(data: bytes) -> None:
    _read(data)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(["top", "pack", "item"]), st.data(), JSON)
def test_a_valid_manifest_with_one_field_replaced(where: str, data: st.DataObject, value: Any) -> None:
    doc = json.loads(json.dumps(VALID))
    target, keys = {"top": (doc, KEYS), "pack": (doc["pack"], PACK_KEYS), "item": (doc["items"][0], ITEM_KEYS)}[where]
    target[data.draw(st.sampled_from(keys))] = value
    m = _read(json.dumps(doc).encode())
    if m is not None:  # whatever is accepted writes and reads back the same
        assert parse_manifest(manifest_bytes(m)) == m


def test_valid_round_trip() -> None:
    m = parse_manifest(json.dumps(VALID).encode())
    assert m.id == "p" and m.items[0].file is None
    assert manifest_bytes(parse_manifest(manifest_bytes(m))) == manifest_bytes(m)
