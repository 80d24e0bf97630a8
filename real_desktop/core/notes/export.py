"""Notes as Markdown and HTML (Qt-free). The Qt layer prints the HTML to PDF/paper.

Layout, in both formats: a title, then one section per resource (its title, collection
and kind, or "resource not in this library"), then each note under its anchor ("12:34",
"p. 7", "§ Section", "Whole resource") with the quoted text, the body and the tags.

Heading levels are fixed: document title h1, resource h2, note anchor h3 (a per-resource
Markdown file has the same layout under its own "# Notes: <title>"). A note body is the
user's Markdown and may have headings of its own; `nest_body` demotes them to sit below
the anchor, so the outline stays title > resource > anchor > the note's own headings.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from markdown_it import MarkdownIt

from real_desktop.core.models import LocationKind
from real_desktop.core.notes.model import color_name

if TYPE_CHECKING:
    from real_desktop.core.notes.model import Note
    from real_desktop.core.notes.repository import NoteStore

DEFAULT_TITLE = "REAL Desktop notes"
RESOURCE_LEVEL = 2
ANCHOR_LEVEL = 3
WHOLE_RESOURCE = "Whole resource"
NOT_IN_LIBRARY = "resource not in this library"

# Raw HTML in a note is shown as text, never interpreted: notes may come from another computer.
_md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})


def render_markdown(text: str) -> str:
    """A note body as safe HTML (raw HTML escaped; javascript: links dropped)."""
    return _md.render(text)


@functools.lru_cache(maxsize=4096)
def markdown_to_plain(text: str) -> str:
    """A body's words without Markdown marks, one line (for lists and tables)."""
    rendered = _TAG.sub(" ", render_markdown(text))
    return " ".join(html.unescape(rendered).split())


_TAG = re.compile(r"<[^>]+>")
_HASHES = re.compile(r"#+")
_TRAILING_HASHES = re.compile(r"(?<!\S)#+$")  # only a run after a space closes


def _unbreak(line: str) -> str:
    """A setext heading line without its backslash hard break (an ATX heading is one line)."""
    stripped = line.rstrip()
    if (len(stripped) - len(stripped.rstrip("\\"))) % 2:  # odd: the last one is a break
        return stripped[:-1]
    return line


def _unbroken_lines(content: str) -> list[str]:
    """A setext heading's lines with their hard breaks removed. A backslash that ends a
    line inside a code span (`a\\` + newline + `b`) is the code's own character, not a
    break: which ones are is asked of the parser, each such backslash replaced by a mark."""
    lines = content.split("\n")
    marks: dict[int, str] = {}
    probe = list(lines)
    for n, line in enumerate(lines[:-1]):
        stripped = line.rstrip()
        if (len(stripped) - len(stripped.rstrip("\\"))) % 2:
            marks[n] = f"qz{n}zq"
            probe[n] = stripped[:-1] + marks[n]
    if not marks:
        return lines
    inline = _md.parseInline("\n".join(probe))[0].children or []
    code = " ".join(t.content for t in inline if t.type == "code_inline")
    return [_unbreak(line) if n in marks and marks[n] not in code else line
            for n, line in enumerate(lines)]  # fmt: skip


def nest_body(text: str, below: int = ANCHOR_LEVEL) -> str:
    """A note body made safe to embed under a heading of level `below`.

    Every heading the body has (ATX `# x` or setext `x` + `===`/`---`, also inside quotes
    and lists) is shifted down by `below` levels: under the h3 anchor a note's h1 becomes
    h4, its h2 h5, and h3 or deeper h6 (Markdown has no h7, so those share h6). Shifting
    rather than flattening keeps the note's own outline. Setext headings become ATX, the
    only form with levels past 2. Which lines are headings comes from the same parser the
    HTML export renders with, so `#` lines in fenced or indented code are left alone.

    A fenced code block the body leaves open would swallow everything after the note
    (the following anchors and resources), so it is closed.
    """
    # trailing blank lines would hide where a fence runs to; they add nothing at the end
    lines = text.replace("\r\n", "\n").replace("\r", "\n").rstrip().split("\n")
    tokens = _md.parse("\n".join(lines))
    edits: list[tuple[int, int, str]] = []  # (first line, end line, replacement line)
    close_fence = ""
    for i, tok in enumerate(tokens):
        if tok.type == "fence" and tok.level == 0 and tok.map and tok.map[1] >= len(lines):
            closing = lines[tok.map[1] - 1].strip() if tok.map[1] - tok.map[0] > 1 else ""
            char = tok.markup[0]
            closed = len(closing) >= len(tok.markup) and closing == char * len(closing)
            if not closed:
                close_fence = tok.markup
        if tok.type != "heading_open" or not tok.map:
            continue
        level = min(int(tok.tag[1]) + below, 6)
        start, end = tok.map
        line = lines[start]
        if tok.markup.startswith("#"):  # ATX: container prefixes (>, -, 1.) hold no '#'
            m = _HASHES.search(line)
            if m is None:  # pragma: no cover - the parser saw a marker here
                continue
            edits.append((start, start + 1, line[: m.start()] + "#" * level + line[m.end() :]))
        else:  # setext: the text lines plus the underline become one ATX line
            content = tokens[i + 1].content
            first = content.split("\n", 1)[0]
            at = line.find(first)
            prefix = line[:at] if at >= 0 else ""
            words = " ".join(_unbroken_lines(content))
            words = " ".join(words.split())
            # a trailing "#" run would read as an ATX closing sequence and vanish
            words = _TRAILING_HASHES.sub(r"\\\g<0>", words)
            edits.append((start, end, f"{prefix}{'#' * level} {words}"))
    for start, end, new in reversed(edits):
        lines[start:end] = [new]
    if close_fence:
        lines.append(close_fence)
    return "\n".join(lines)


def anchor_heading(note: Note) -> str:
    return (
        note.location.label if note.location.kind is not LocationKind.RESOURCE else WHOLE_RESOURCE
    )


def _groups(store: NoteStore, notes: list[Note]) -> Iterator[tuple[str, str, list[Note]]]:
    """(title, subtitle, notes) per resource, in the order the notes come."""
    order: list[str] = []
    by_res: dict[str, list[Note]] = {}
    for n in notes:
        if n.resource_id not in by_res:
            order.append(n.resource_id)
            by_res[n.resource_id] = []
        by_res[n.resource_id].append(n)
    for rid in order:
        group = by_res[rid]
        res = store.library.get(rid)
        if res is None:
            title = group[0].resource_title or rid
            subtitle = NOT_IN_LIBRARY
        else:
            title = res.title
            subtitle = " · ".join(p for p in (res.collection, str(res.kind).capitalize()) if p)
        yield title, subtitle, group


def _date(stamp: str) -> str:
    return stamp[:10]


# A quoted line that Markdown would read as a heading ("# x", or "===" / "---" under text)
_HEADING_LIKE = re.compile(r"^(\s*)(?=#{1,6}(\s|$)|=+\s*$|-+\s*$)")


def _quote_md(text: str) -> str:
    """The selected text as a Markdown quote. It is the document's words, not Markdown:
    lines that would turn into headings are escaped so they cannot break the outline."""
    escaped = (_HEADING_LIKE.sub(r"\g<1>\\", line, count=1) for line in text.splitlines())
    return "\n".join(f"> {line}".rstrip() for line in escaped)


def notes_to_markdown(store: NoteStore, notes: list[Note], *, title: str | None = None) -> str:
    out = [f"# {title or DEFAULT_TITLE}", ""]
    if not notes:
        out += ["No notes.", ""]
    for res_title, subtitle, group in _groups(store, notes):
        out += [f"{'#' * RESOURCE_LEVEL} {res_title}", ""]
        if subtitle:
            out += [f"*{subtitle}*", ""]
        for n in group:
            out += [f"{'#' * ANCHOR_LEVEL} {anchor_heading(n)}", ""]
            if n.is_highlight:
                out += [f"*Highlight ({color_name(n.color).lower()})*", ""]
            if n.quote:
                out += [_quote_md(n.quote), ""]
            if n.body.strip():
                out += [nest_body(n.body.strip()), ""]
            meta = [f"Updated {_date(n.updated_at)}"]
            if n.tags:
                meta.append("Tags: " + ", ".join(n.tags))
            out += ["*" + " · ".join(meta) + "*", ""]
    return "\n".join(out).rstrip() + "\n"


_CSS = """
body { font-family: sans-serif; font-size: 11pt; line-height: 1.4; max-width: 46em; margin: 2em auto; color: #1d1d1f; }
h1 { font-size: 20pt; }
h2 { font-size: 15pt; margin-top: 1.6em; border-bottom: 1px solid #ccc; }
h3 { font-size: 12pt; margin-bottom: 0.2em; color: #1a5b8a; }
p.sub { color: #555; font-style: italic; margin-top: 0; }
blockquote { margin: 0.4em 0 0.4em 1.2em; padding-left: 0.8em; border-left: 3px solid #bbb; color: #444; font-style: italic; }
p.meta { color: #666; font-size: 9pt; }
"""


def notes_to_html(store: NoteStore, notes: list[Note], *, title: str | None = None) -> str:
    esc = html.escape
    doc_title = esc(title or DEFAULT_TITLE)
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{doc_title}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        f"<h1>{doc_title}</h1>",
    ]
    if not notes:
        out.append("<p>No notes.</p>")
    for res_title, subtitle, group in _groups(store, notes):
        out.append(f"<h2>{esc(res_title)}</h2>")
        if subtitle:
            out.append(f'<p class="sub">{esc(subtitle)}</p>')
        for n in group:
            out.append(f"<h3>{esc(anchor_heading(n))}</h3>")
            if n.quote and n.is_highlight:
                colour = esc(n.color or "")
                out.append(
                    f'<blockquote class="highlight" style="border-left-color: {colour}">'
                    f'<mark style="background: {colour}">{esc(n.quote)}</mark></blockquote>'
                )
            elif n.quote:
                out.append(f"<blockquote>{esc(n.quote)}</blockquote>")
            if n.body.strip():
                # the same nesting as in Markdown: a note's own h1 is an h4 here
                out.append(render_markdown(nest_body(n.body.strip())).rstrip())
            meta = [f"Updated {_date(n.updated_at)}"]
            if n.is_highlight:
                meta.insert(0, f"Highlight ({color_name(n.color).lower()})")
            if n.tags:
                meta.append("Tags: " + ", ".join(n.tags))
            out.append(f'<p class="meta">{esc(" · ".join(meta))}</p>')
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"


def safe_filename(title: str, fallback: str = "notes") -> str:
    name = re.sub(r"[^\w\- ]+", "", title, flags=re.UNICODE).strip()
    name = re.sub(r"\s+", " ", name)[:80].strip()
    return name or fallback


def write_markdown_files(store: NoteStore, notes: list[Note], directory: Path) -> list[Path]:
    """One Markdown file per resource in `directory` (created); returns the files written."""
    directory.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    used: set[str] = set()
    by_res: dict[str, list[Note]] = {}
    for n in notes:
        by_res.setdefault(n.resource_id, []).append(n)
    for rid, group in by_res.items():
        title = store.resource_title(group[0])[0]
        stem = safe_filename(title, fallback=rid)
        if stem.casefold() in used:  # two resources with the same title
            stem = f"{stem} ({rid[:8]})"
        used.add(stem.casefold())
        path = directory / f"{stem}.md"
        path.write_text(notes_to_markdown(store, group, title=f"Notes: {title}"), encoding="utf-8")
        written.append(path)
    return written
