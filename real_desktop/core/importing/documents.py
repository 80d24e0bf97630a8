"""Plain text, Markdown (markdown-it-py) and HTML (BeautifulSoup) documents: sections
with "heading — body" text, and the metadata a document declares."""

from __future__ import annotations

import re
from pathlib import Path

from real_desktop.core.i18n import later
from real_desktop.core.importing.files import LANGUAGE_TAG, Extracted, ExtractError, humanize_stem
from real_desktop.core.textutil import SlugMaker, decode_text


def _read_text(path: Path) -> str:
    data = path.read_bytes()
    if data.lstrip()[:5] == b"%PDF-":
        raise ExtractError(later.tr("this is a PDF, not a text file (wrong file extension?)"))
    if b"\0" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ExtractError(later.tr("this looks like a binary file, not text (wrong file extension?)"))
    return decode_text(data)


def extract_text(path: Path, out: Extracted) -> None:
    text = _read_text(path)
    out.segments.append((0, "page", 1, None, None, None, None, None, text))
    out.page_count = 1


def _sections_out(out: Extracted, sections: list[tuple[str | None, str | None, list[str]]]) -> None:
    seq = 0
    for anchor, heading, parts in sections:
        body = "\n".join(p for p in parts if p.strip()).strip()
        if anchor is None and not body:
            continue  # nothing before the first heading
        # The heading is part of the section's indexed text, so "Housing Policy" finds the
        # section titled that even when its body never repeats the words. Snippets collapse
        # whitespace, so a dash (not a blank line) keeps heading and body apart in them.
        text = f"{heading} — {body}" if heading and body else heading or body
        out.segments.append((seq, "section", None, anchor, heading, None, None, None, text))
        seq += 1
    out.page_count = len(out.segments)


def extract_markdown(path: Path, out: Extracted) -> None:
    text = _read_text(path)
    if text.lstrip().startswith("%PDF"):
        raise ExtractError(later.tr("not a Markdown file (it contains a PDF; wrong file extension?)"))
    front, text = split_front_matter(text)
    _apply_front_matter(front, out)
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    slug = SlugMaker()
    sections: list[tuple[str | None, str | None, list[str]]] = [(None, None, [])]
    title = None
    in_heading = 0
    for tok in tokens:
        if tok.type == "heading_open":
            in_heading = int(tok.tag[1])
        elif tok.type == "heading_close":
            in_heading = 0
        elif tok.type == "inline":
            plain = _inline_text(tok)
            if in_heading and in_heading <= 3:
                if title is None and in_heading == 1:
                    title = plain
                sections.append((slug(plain), plain, []))
            else:
                sections[-1][2].append(plain)
        elif tok.type in ("fence", "code_block"):
            sections[-1][2].append(tok.content)
        elif tok.type == "html_block":
            sections[-1][2].append(re.sub(r"<[^>]*>", " ", tok.content))
    if title and not front.get("title"):
        out.title = title
    _sections_out(out, sections)


_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)
_FRONT_KEY = re.compile(r"^([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*)$")


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """YAML front matter (the simple `key: value` subset) and the text after it.

    Only a block whose every non-blank line is `key: value` (or a `- item` list under a
    key) counts, so a document that merely starts with a thematic break keeps its text."""
    m = _FRONT.match(text)
    if m is None:
        return {}, text
    meta: dict[str, str] = {}
    key = None
    for line in m.group(1).splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        kv = _FRONT_KEY.match(line)
        if kv:
            key = kv.group(1).lower()
            meta[key] = _unquote(kv.group(2))
        elif key is not None and line.lstrip().startswith("- "):
            item = _unquote(line.lstrip()[2:])
            meta[key] = f"{meta[key]}; {item}" if meta[key] else item
        else:
            return {}, text
    return meta, text[m.end() :]


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1].strip()
    if value.startswith("[") and value.endswith("]"):  # flow list: [A, B]
        return "; ".join(_unquote(v) for v in value[1:-1].split(",") if v.strip())
    return value


def split_people(value: str) -> list[str]:
    """Author fields: "A; B" or "A and B" hold several people; commas stay ("Andrews, Jr.")."""
    parts = re.split(r"\s*;\s*|\s+and\s+|\s*&\s*|\n", value.strip())
    return [p.strip() for p in parts if p.strip()]


def _apply_front_matter(front: dict[str, str], out: Extracted) -> None:
    if front.get("title"):
        out.title = front["title"]
    people = front.get("author") or front.get("authors") or ""
    if people:
        out.people = split_people(people)
    lang = front.get("lang") or front.get("language") or ""
    if LANGUAGE_TAG.match(lang):
        out.language = lang
    if front.get("description"):
        out.description = front["description"]


def _inline_text(tok: object) -> str:
    parts: list[str] = []
    for child in getattr(tok, "children", None) or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(child.content)  # alt text
    return "".join(parts).strip()


_HTML_HEADINGS = ("h1", "h2", "h3")


def extract_html(path: Path, out: Extracted) -> None:
    data = path.read_bytes()
    if data.lstrip()[:5] == b"%PDF-":
        raise ExtractError(later.tr("not an HTML file (it contains a PDF; wrong file extension?)"))
    if b"\0" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ExtractError(later.tr("this looks like a binary file, not HTML (wrong file extension?)"))
    from bs4 import BeautifulSoup, Comment, NavigableString, Tag

    soup = BeautifulSoup(data, "html.parser")
    root = soup.find("html")
    lang = root.get("lang") if isinstance(root, Tag) else None
    if isinstance(lang, str) and LANGUAGE_TAG.match(lang.strip()):
        out.language = lang.strip()
    for m in soup.find_all("meta"):
        name = m.get("name")
        content = m.get("content")
        if not isinstance(name, str) or not isinstance(content, str) or not content.strip():
            continue
        if name.lower() == "author":
            out.people = split_people(content)
        elif name.lower() == "description":
            out.description = " ".join(content.split())
    for bad in soup(["script", "style", "noscript", "template", "head"]):
        if bad.name == "head":
            t = bad.find("title")
            if t and t.get_text(strip=True):
                out.title = t.get_text(" ", strip=True)
        bad.decompose()
    slug = SlugMaker()
    sections: list[tuple[str | None, str | None, list[str]]] = [(None, None, [])]
    heading_el = None
    first_h1 = None
    for el in soup.descendants:
        if isinstance(el, Tag) and el.name in _HTML_HEADINGS:
            heading = el.get_text(" ", strip=True)
            anchor = el.get("id")
            anchor = anchor if isinstance(anchor, str) and anchor else slug(heading)
            sections.append((anchor, heading, []))
            heading_el = el
            if el.name == "h1" and first_h1 is None:
                first_h1 = heading
        elif isinstance(el, NavigableString) and not isinstance(el, Comment):
            if heading_el is not None and heading_el in el.parents:
                continue
            s = str(el)
            if s.strip():
                sections[-1][2].append(" ".join(s.split()))
    if first_h1 and out.title == humanize_stem(path):
        out.title = first_h1
    _sections_out(out, sections)


