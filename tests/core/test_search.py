"""Search: ranking, query syntax, hostile input, snippets, locations, filters, notes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from core_fixtures import make_video, vtt, write_pdf
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from real_desktop.core.library import Library
from real_desktop.core.models import MARK_END, MARK_START, Kind, LocationKind, Outcome
from real_desktop.core.query import MAX_TERMS, parse


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Library:
    d = tmp_path_factory.mktemp("corpus")
    write_pdf(
        d / "budget.pdf",
        [
            "Cover",
            "A long page about budgets. " * 5 + "\nleadership appears in the body here",
            "Café culture and naïve résumé writing",
        ],
        title="Municipal Budgets",
    )
    (d / "lead.md").write_text(
        "# Leadership for Racial Equity\n\nIntro.\n\n## Applying the Lens\n\n"
        "Leaders apply a racial equity lens to policies. Equitable outcomes matter.\n",
        encoding="utf-8",
    )
    (d / "other.md").write_text(
        "# Transit Planning\n\nBus routes and the racial wealth gap.\n", encoding="utf-8"
    )
    make_video(d / "talk.mp4", 1)
    (d / "talk.en.vtt").write_text(
        vtt([(10, 12, "opening words"), (872.5, 875, "the equity lens in practice")]),
        encoding="utf-8",
    )
    (d / "talk.es.vtt").write_text(vtt([(10, 12, "palabras de apertura")]), encoding="utf-8")
    lib = Library.open(tmp_path_factory.mktemp("home"), seed=False)
    summary = lib.import_all([d])
    assert summary.count(Outcome.ADDED) == 4
    talk = lib.by_path(d / "talk.mp4")
    assert talk is not None
    lib.update_metadata(
        lib.by_path(d / "lead.md").id,  # type: ignore[union-attr]
        collection="Leadership for Racial Equity",
        tags=["racial equity lens"],
        language="en",
    )
    return lib


def titles(results) -> list[str]:  # type: ignore[no-untyped-def]
    return [h.title for h in results.hits]


def test_title_match_outranks_body_only_match(corpus: Library) -> None:
    res = corpus.search("leadership")
    assert res.hits[0].title == "Leadership for Racial Equity"
    assert res.hits[0].location.kind is LocationKind.RESOURCE
    body = [h for h in res.hits if h.title == "Municipal Budgets"]
    assert body and body[0].location.page == 2  # found on its page, ranked below the title hit
    assert res.hits.index(body[0]) > 0


def test_locations_for_pages_sections_and_cues(corpus: Library) -> None:
    page = corpus.search("résumé").hits[0]
    assert (page.location.kind, page.location.page, page.location.label) == (
        LocationKind.PAGE,
        3,
        "p. 3",
    )
    sec = [h for h in corpus.search("policies").hits][0]
    assert sec.location.kind is LocationKind.SECTION
    assert (sec.location.anchor, sec.location.section) == ("applying-the-lens", "Applying the Lens")
    cue = corpus.search('"equity lens in practice"').hits[0]
    assert cue.kind is Kind.VIDEO and cue.location.kind is LocationKind.TIME
    assert (cue.location.start, cue.location.end, cue.location.label) == (872.5, 875.0, "14:32")


def test_snippets_mark_matches_and_terms_list_words(corpus: Library) -> None:
    res = corpus.search("equity lens")
    assert res.terms == ["equity", "lens"]  # typed words first
    assert corpus.search("budget").terms == ["budget", "budgets"]  # plus the forms found
    assert "leadership" in corpus.search("lead*").terms
    for hit in res.hits:
        assert MARK_START in hit.snippet and MARK_END in hit.snippet
    cue = [h for h in res.hits if h.location.kind is LocationKind.TIME][0]
    assert f"{MARK_START}equity{MARK_END} {MARK_START}lens{MARK_END}" in cue.snippet


def test_phrase_prefix_exclusion_or(corpus: Library) -> None:
    assert "Transit Planning" in titles(corpus.search('"racial wealth gap"'))
    assert "Transit Planning" not in titles(corpus.search('"racial equity lens"'))
    lead = corpus.search("lead*")
    assert {"Leadership for Racial Equity", "Municipal Budgets"} <= set(titles(lead))
    assert "Leadership for Racial Equity" in titles(corpus.search("racial"))
    assert titles(corpus.search("racial -equity")) == ["Transit Planning"]
    either = corpus.search("transit OR résumé")
    assert {"Transit Planning", "Municipal Budgets"} <= set(titles(either))


def test_stemming_and_diacritics(corpus: Library) -> None:
    assert "Municipal Budgets" in titles(corpus.search("budget"))  # porter: budgets -> budget
    assert "Municipal Budgets" in titles(corpus.search("cafe naive resume"))  # accents ignored
    # Decision (docs/ARCHITECTURE.md "Search"): porter keeps equity/equitable apart;
    # the prefix equit* finds both.
    lead_id = corpus.resources(collection="Leadership for Racial Equity")[0].id
    assert not [
        h
        for h in corpus.search("equitable").hits
        if "equity" in h.snippet.lower() and "equitable" not in h.snippet.lower()
    ]
    assert any(h.resource_id == lead_id for h in corpus.search("equit*").hits)


def test_filters(corpus: Library) -> None:
    assert {h.kind for h in corpus.search("equity", kind=Kind.VIDEO).hits} == {Kind.VIDEO}
    coll = corpus.search("lens", collection="Leadership for Racial Equity")
    assert coll.hits and {h.collection for h in coll.hits} == {"Leadership for Racial Equity"}
    assert corpus.search("lens", tag="racial equity lens").hits
    assert not corpus.search("lens", tag="nonexistent").hits
    es = corpus.search("palabras", language="es")
    assert es.hits and es.hits[0].location.kind is LocationKind.TIME
    assert es.hits[0].track == "es" and corpus.search("palabras").hits[0].track == "es"
    assert not corpus.search("palabras", language="en").hits
    assert len(corpus.search("the", limit=1).hits) == 1


def test_suggestion_when_nothing_matches(corpus: Library) -> None:
    res = corpus.search("leadrship")
    assert not res.hits and res.suggestion == "leadership"
    assert corpus.search("leadership").suggestion is None


def test_note_rows_are_note_hits(corpus: Library) -> None:
    rid = corpus.resources(kind=Kind.VIDEO)[0].id
    corpus.index_note("note-1", rid, "remember the flamingo example", ["ideas"])
    hit = corpus.search("flamingo").hits[0]
    assert hit.location.kind is LocationKind.NOTE and hit.location.note_id == "note-1"
    assert hit.resource_id == rid
    corpus.index_note("note-1", rid, "now about pelicans")  # replaces, not duplicates
    assert not corpus.search("flamingo").hits and len(corpus.search("pelicans").hits) == 1
    corpus.unindex_note("note-1")
    assert not corpus.search("pelicans").hits


@pytest.mark.parametrize(
    "text",
    [
        '"unbalanced',
        "AND(",
        "*",
        "-",
        "NEAR(a b, 3)",
        "😀🙈",
        "\x00\x1b[31m",
        "a" * 10_000,
        "equity OR",
        "OR OR OR",
        '"" -"" *"*',
        "title:equity",
        "^equity",
        "equity AND NOT",
        f"{MARK_START}x{MARK_END}",
        "' ; DROP TABLE resources; --",
        "x " * 500,
        "\ud800",
    ],
)
def test_hostile_queries_never_raise(corpus: Library, text: str) -> None:
    res = corpus.search(text)
    assert isinstance(res.hits, list)
    assert len(parse(text).terms()) <= MAX_TERMS


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=200))
def test_any_text_is_a_valid_fts_query(text: str) -> None:
    expr = parse(text).fts()
    conn = sqlite3.connect(":memory:")
    conn.execute(
        "CREATE VIRTUAL TABLE t USING fts5(a, tokenize='porter unicode61 remove_diacritics 2')"
    )
    conn.execute("INSERT INTO t VALUES ('some text')")
    if expr:
        conn.execute("SELECT * FROM t WHERE t MATCH ?", (expr,)).fetchall()  # no syntax error


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.sampled_from([*'ab "*-():^', "OR", "AND", "NOT", "NEAR", "equity"]), max_size=20)
)
def test_operator_soup_searches_cleanly(corpus: Library, parts: list[str]) -> None:
    res = corpus.search("".join(parts))  # must not raise
    assert all(h.resource_id for h in res.hits)


def test_parser_shapes() -> None:
    assert parse("lead*").fts() == '"lead"*'
    assert parse('"racial equity').fts() == '"racial equity"'
    assert parse("a OR b c").fts() == '("a" OR "b") AND "c"'
    assert parse("-foo bar").fts() == '("bar") NOT "foo"'
    assert parse("-only").fts() == ""  # nothing positive: no query
    assert parse("AND(").fts() == '"and"'


def test_empty_library_and_path(tmp_path: Path) -> None:
    lib = Library.open(tmp_path, seed=False)
    assert lib.search("anything").hits == [] and lib.search("").terms == []
    lib.close()


# -- words spread over several rows of one resource -----------------------------------------


@pytest.fixture(scope="module")
def spread(tmp_path_factory: pytest.TempPathFactory) -> Library:
    """Resources whose query words sit in different rows: title vs. cue, page vs. page."""
    d = tmp_path_factory.mktemp("spread")
    write_pdf(
        d / "field.pdf",
        ["Contents", "Keep the zebrafish tank clean.", "Salmon need colder water."],
        title="Aquarium Field Guide",
    )
    write_pdf(d / "plain.pdf", ["Nothing about fish here.", "A guide to knots."], title="Knots")
    (d / "both.md").write_text(
        "# Notes\n\nA guide to the zebrafish, all in one paragraph.\n", encoding="utf-8"
    )
    make_video(d / "tour.mp4", 1)
    (d / "tour.en.vtt").write_text(
        vtt([(0, 3, "Welcome to the library"), (3, 6, "Here is how search works")]),
        encoding="utf-8",
    )
    (d / "tour.es.vtt").write_text(vtt([(0, 3, "Bienvenida a la biblioteca")]), encoding="utf-8")
    lib = Library.open(tmp_path_factory.mktemp("spread-home"), seed=False)
    assert lib.import_all([d]).count(Outcome.ADDED) == 4
    tour = lib.by_path(d / "tour.mp4")
    assert tour is not None
    lib.update_metadata(tour.id, title="A short tour", collection="Getting Started", language="en")
    return lib


def test_words_in_different_rows_of_one_resource_match(spread: Library) -> None:
    res = spread.search("tour welcome", kind=Kind.VIDEO)
    assert titles(res) and set(titles(res)) == {"A short tour"}
    cue = [h for h in res.hits if h.location.kind is LocationKind.TIME]
    # The hit still points at the cue that holds one of the words, with it marked.
    assert cue and cue[0].location.start == 0 and f"{MARK_START}Welcome{MARK_END}" in cue[0].snippet
    res = spread.search("guide zebrafish")
    pages = {h.location.page for h in res.hits if h.title == "Aquarium Field Guide"}
    assert 2 in pages
    assert "Knots" not in titles(res)  # "guide" but no "zebrafish" anywhere in it
    # Words spread over two resources are not a match.
    assert spread.search("zebrafish welcome").hits == []


def test_row_level_hits_rank_before_spread_hits(spread: Library) -> None:
    res = spread.search("guide zebrafish")
    assert res.hits[0].title == "Notes"  # both words in one paragraph
    assert "Aquarium Field Guide" in titles(res)[1:]
    # Capped per resource, and the limit holds across both tiers.
    assert sum(h.title == "Aquarium Field Guide" for h in res.hits) <= 3
    assert len(spread.search("guide zebrafish", limit=1).hits) == 1
    assert titles(spread.search("guide zebrafish", limit=2)) == ["Notes", "Aquarium Field Guide"]


def test_spread_match_respects_syntax(spread: Library) -> None:
    assert "Aquarium Field Guide" in titles(spread.search('guide "zebrafish tank"'))
    # A phrase stays one term: its words must be adjacent in one row.
    assert "Aquarium Field Guide" not in titles(spread.search('guide "tank zebrafish"'))
    assert "Aquarium Field Guide" in titles(spread.search("aquar* zebra*"))
    assert "A short tour" in titles(spread.search("tour nosuchword OR welcome"))
    # An excluded word anywhere in the resource drops it from spread matches (page 3 has
    # "salmon"); row-level hits keep row-level exclusion.
    assert titles(spread.search("guide zebrafish -salmon")) == ["Notes"]
    assert "Aquarium Field Guide" in titles(spread.search("guide zebrafish -trout"))


def test_spread_match_respects_filters(spread: Library) -> None:
    assert spread.search("guide zebrafish", kind=Kind.VIDEO).hits == []
    assert titles(spread.search("tour welcome", collection="getting started"))
    assert spread.search("tour welcome", collection="Elsewhere").hits == []
    # Language: the words must occur in text of that language (the title row has the
    # resource's language "en"; the Spanish cue says "bienvenida").
    assert titles(spread.search("tour bienvenida", language="ES")) == []
    assert titles(spread.search("tour welcome", language="EN")) == ["A short tour"] * len(
        spread.search("tour welcome", language="EN").hits
    )
    guide = spread.search("aquarium").hits[0].resource_id
    inside = spread.search("guide zebrafish", resource_id=guide)
    assert inside.hits and {h.resource_id for h in inside.hits} == {guide}


# -- filters: case and undecodable arguments -------------------------------------------------


def test_collection_and_language_filters_ignore_case(corpus: Library) -> None:
    name = "Leadership for Racial Equity"
    for spelled in (name, name.lower(), name.upper()):
        assert corpus.search("lens", collection=spelled).hits
        assert [r.title for r in corpus.resources(collection=spelled)] == [name]
        assert corpus.count(collection=spelled) == 1
    assert corpus.search("palabras", language="ES").hits
    assert corpus.search("apply", language="En").hits
    assert not corpus.search("palabras", language="EN").hits


def test_undecodable_arguments_are_safe(corpus: Library) -> None:
    bad = "\udcff"  # how Python hands a command-line byte 0xff to us (surrogateescape)
    assert corpus.search("equity", tag=bad).hits == []
    assert corpus.search("equity", collection=bad).hits == []
    assert corpus.search("equity", language=bad).hits == []
    assert corpus.search("equity", resource_id=bad).hits == []
    assert corpus.search(f"equity {bad}").hits  # the query parser drops it
    assert corpus.resources(collection=bad) == [] and corpus.resources(tag=bad) == []
    assert corpus.resources(ids=[bad]) == [] and corpus.count(collection=bad) == 0
    assert corpus.get(bad) is None and corpus.find_prefix(bad) == []


def test_spread_match_counts_notes(spread: Library) -> None:
    guide = spread.search("aquarium").hits[0].resource_id
    spread.index_note("spread-note", guide, "remember the flamingo idea")
    try:
        res = spread.search("zebrafish flamingo")
        kinds = {h.location.kind for h in res.hits if h.resource_id == guide}
        assert kinds == {LocationKind.NOTE, LocationKind.PAGE}
        # A note's word excludes its resource too.
        assert spread.search("guide zebrafish -flamingo").hits[0].title == "Notes"
        assert "Aquarium Field Guide" not in titles(spread.search("guide zebrafish -flamingo"))
    finally:
        spread.unindex_note("spread-note")


def test_suggestions_compare_typed_words_with_stems_and_show_real_words(tmp_path) -> None:
    """Stems are shorter than typed words ("commun" for "comunity"): the suggestion is
    the closest real form in the text, and search-syntax examples ("equit*") are not
    offered as words."""
    d = tmp_path / "docs"
    d.mkdir()
    (d / "guide.md").write_text(
        "# Community zoning\n\nOur community meets on zoning and equitable budgets. "
        "Communication matters.\n\n## Searching\n\nType `equit*` to find both forms.\n",
        encoding="utf-8",
    )
    lib = Library.open(tmp_path / "home", seed=False)
    try:
        lib.import_all([d])
        assert lib.search("comunity").suggestion == "community"
        assert lib.search("zonning").suggestion == "zoning"
        assert lib.search("equitee").suggestion == "equitable"
        assert lib.search("budgt").suggestion == "budgets"
        assert lib.search("xqzvw").suggestion is None
    finally:
        lib.close()
