"""'Did you mean': the closest indexed word for each unknown word (fts5vocab + difflib),
shown as it appears in the text."""

from __future__ import annotations

import sqlite3

from real_desktop.core.models import MARK_END, MARK_START

# logging is imported where an error is reported: `real-desktop search` loads this module
# and `import logging` costs ~3 ms of its start (docs/PERFORMANCE.md, "Command line").


def suggest(conn: sqlite3.Connection, words: list[str]) -> str | None:
    """ "Did you mean": replace unknown words with the closest indexed word."""

    if not words or len(words) > 6:
        return None
    out: list[str] = []
    changed = False
    try:
        for w in words:
            if conn.execute(
                "SELECT 1 FROM search_index WHERE search_index MATCH ? LIMIT 1", (f'"{w}"',)
            ).fetchone():
                out.append(w)
                continue
            # The vocabulary holds porter stems ("commun", "zone"), shorter than the words
            # people type ("comunity", "zonning"): compare the typed word, cut to each
            # stem's length as well as whole, with stems sharing its first letter.
            cands = [
                row[0]
                for row in conn.execute(
                    "SELECT term FROM search_vocab WHERE term >= ? AND term < ? "
                    "AND length(term) BETWEEN ? AND ?",
                    (w[0], chr(ord(w[0]) + 1), max(2, len(w) - 5), len(w) + 2),
                )
            ]
            best = _closest_stem(w, cands)
            if best is None:
                out.append(w)
                continue
            out.append(_surface(conn, best, w) or best)
            changed = True
    except sqlite3.Error as exc:
        import logging

        logging.getLogger(__name__).warning("no suggestion for %r: %s", words, exc)
        return None
    return " ".join(out) if changed else None


def _surface(conn: sqlite3.Connection, stem: str, typed: str) -> str | None:
    """The stem as people write it, picking the form closest to what was typed
    ("commun" -> "community" for "comunity", not "communication")."""
    import difflib  # only when a search found nothing: not on every search's import path

    forms: set[str] = set()
    for (snip,) in conn.execute(
        "SELECT snippet(search_index, -1, ?, ?, '', 12) FROM search_index "
        "WHERE search_index MATCH ? LIMIT 25",
        (MARK_START, MARK_END, f'"{stem}"'),
    ):
        for part in (snip or "").split(MARK_START)[1:]:
            word, _, after = part.partition(MARK_END)
            if after.startswith("*"):
                continue  # a search-syntax example ("equit*"), not a word people write
            word = word.strip(".,;:!?\"'()[]").lower()
            if word:
                forms.add(word)
    if not forms:
        return None
    return max(sorted(forms), key=lambda f: difflib.SequenceMatcher(None, typed, f).ratio())


def _closest_stem(word: str, stems: list[str], cutoff: float = 0.72) -> str | None:
    """The indexed stem most like `word`, whole or cut to the stem's length; None if
    nothing is close enough."""
    import difflib
    best, best_score = None, cutoff
    for stem in stems:
        whole = difflib.SequenceMatcher(None, word, stem).ratio()
        cut = difflib.SequenceMatcher(None, word[: len(stem)], stem).ratio()
        # A cut match needs a stem long enough to mean something ("co" fits everything).
        score = max(whole, cut if len(stem) >= 4 else 0.0)
        if score > best_score or (score == best_score and best is not None and stem < best):
            best, best_score = stem, score
    return best
