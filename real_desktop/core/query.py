"""Turn anything a person types into a safe FTS5 query.

Syntax understood (everything else is literal text):
  word        must occur (porter-stemmed, diacritics ignored: "cafe" finds "Café")
  lead*       prefix
  "a b c"     phrase (an unbalanced quote runs to the end of the input)
  -word       must not occur (also -"a phrase")
  a OR b      either (upper-case OR only; lower-case "or" is a word)

Every term is emitted as a double-quoted FTS5 string made only of letters and digits, so
no user input can reach FTS5's own operators (AND, NOT, NEAR, column filters, ^, +, *).
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

MAX_TERMS = 24  # more than this is not a search, it's a paste; keep queries cheap
MAX_INPUT = 1000  # characters considered

_WORD = re.compile(r"[^\W_]+")  # letters and digits: what unicode61 keeps as tokens


class Term(NamedTuple):
    words: tuple[str, ...]  # one word, or several for a phrase
    prefix: bool = False

    def fts(self) -> str:
        quoted = '"' + " ".join(self.words) + '"'
        return quoted + "*" if self.prefix else quoted


class ParsedQuery(NamedTuple):
    """Records, not dataclasses, for the search command's start-up (see core/models.py)."""

    groups: list[list[Term]]  # AND of ORs
    excluded: list[Term]

    @property
    def empty(self) -> bool:
        return not self.groups

    def fts(self) -> str:
        """The FTS5 MATCH expression ('' when nothing searchable was typed)."""
        if not self.groups:
            return ""
        parts = []
        for group in self.groups:
            if len(group) == 1:
                parts.append(group[0].fts())
            else:
                parts.append("(" + " OR ".join(t.fts() for t in group) + ")")
        expr = " AND ".join(parts)
        for t in self.excluded:
            expr = f"({expr}) NOT {t.fts()}"
        return expr

    def terms(self) -> list[str]:
        """Words a viewer should highlight (positive terms only, in order, no repeats)."""
        seen: dict[str, None] = {}
        for group in self.groups:
            for t in group:
                for w in t.words:
                    seen.setdefault(w, None)
        return list(seen)


_TOKEN = re.compile(r'(-?)"([^"]*)("?)|(\S+)')


def _words(text: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in _WORD.findall(text))


def parse(text: str) -> ParsedQuery:
    """Never raises; returns an empty query when nothing searchable was typed."""
    text = unicodedata.normalize("NFC", text[:MAX_INPUT])
    # Control characters and our own snippet marks are never part of a word.
    text = "".join(" " if unicodedata.category(c)[0] == "C" else c for c in text)
    q = ParsedQuery([], [])
    pending_or = False
    count = 0
    for m in _TOKEN.finditer(text):
        if count >= MAX_TERMS:
            break
        neg, phrase, _closing, bare = m.groups()
        term: Term | None = None
        negative = bool(neg)
        if bare is not None:
            if bare == "OR":
                pending_or = bool(q.groups)
                continue
            if bare.startswith("-") and len(bare) > 1:
                negative, bare = True, bare[1:]
            prefix = bare.endswith("*")
            words = _words(bare)
            if not words:
                continue
            # "e-mail", "U.S." or "don't" give several words: kept together as a phrase.
            term = Term(words, prefix=prefix)
        else:
            words = _words(phrase)
            if not words:
                continue
            term = Term(words)
        count += 1
        if negative:
            q.excluded.append(term)
            pending_or = False
            continue
        if pending_or and q.groups:
            q.groups[-1].append(term)
        else:
            q.groups.append([term])
        pending_or = False
    return q


def elide(text: str, limit: int = 80) -> str:
    """The query as shown back to a person ("No results for …"): one line, at most `limit`
    characters; a 10,000-character paste must not fill the screen."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: max(0, limit - 1)].rstrip() + "…"
