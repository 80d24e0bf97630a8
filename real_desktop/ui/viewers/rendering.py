"""Turn Markdown, HTML and plain text files into safe, offline HTML for the reader view.

Qt-free on purpose: it runs in a worker thread (file reading, Markdown rendering and HTML
sanitising never happen on the UI thread).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from bs4 import BeautifulSoup, Comment, Tag
from markdown_it import MarkdownIt

from real_desktop.core.textutil import SlugMaker, decode_text

MARKDOWN_FORMATS = {"md", "markdown", "mdown", "mkd"}
HTML_FORMATS = {"html", "htm", "xhtml"}
REMOTE_SCHEMES = ("http:", "https:", "ftp:", "//")
# Elements that run code, embed other documents or fetch things: dropped with their content.
_DROP = (
    "script",
    "style",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "link",
    "meta",
    "base",
    "form",
    "input",
    "button",
    "select",
    "textarea",
    "noscript",
    "svg",
    "math",
    "video",
    "audio",
    "source",
    "track",
    "canvas",
    "template",
)
# Presentation attributes removed so the app's theme (light or dark) stays readable.
_DROP_ATTRS = {"style", "bgcolor", "color", "background", "class", "face", "size"}
_SECTION_HEADINGS = ("h1", "h2", "h3")
MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class Section:
    anchor: str
    title: str
    level: int


@dataclass
class RenderedDocument:
    html: str | None  # None for plain text
    text: str | None  # plain text (when html is None)
    sections: list[Section] = field(default_factory=list)
    remote_removed: list[str] = field(default_factory=list)  # remote URLs we refused to load


_SUFFIXES = ("ing", "ed", "es", "e", "s", "y")


def stem_prefix(term: str) -> str:
    """A prefix that finds the forms the search index matched: the index stems words
    (porter), so "invite" also found "inviting" and "equity" found "equities"."""
    t = term.strip().lower()
    for suf in _SUFFIXES:
        if t.endswith(suf) and len(t) - len(suf) >= 4:
            return t[: -len(suf)]
    return t


def detect_format(path: Path, fmt: str | None) -> str:
    f = (fmt or path.suffix.lstrip(".")).lower()
    if f in MARKDOWN_FORMATS:
        return "md"
    if f in HTML_FORMATS:
        return "html"
    return "txt"


def _is_remote(url: str) -> bool:
    return url.strip().lower().startswith(REMOTE_SCHEMES)


def sanitize_html(html: str, *, keep_ids: bool = True) -> tuple[str, list[Section], list[str]]:
    """Remove scripts, embeds, event handlers, javascript: links and remote images; give
    every heading an anchor. Returns (html, sections, remote URLs removed)."""
    soup = BeautifulSoup(html, "html.parser")
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    for name in _DROP:
        for el in soup.find_all(name):
            el.decompose()
    removed: list[str] = []
    for el in soup.find_all(True):
        if not isinstance(el, Tag):
            continue
        for attr in list(el.attrs):
            low = attr.lower()
            if low.startswith("on") or low in _DROP_ATTRS or low == "srcset":
                del el.attrs[attr]
        href = el.get("href")
        if isinstance(href, str) and href.strip().lower().startswith(
            ("javascript:", "data:", "vbscript:")
        ):
            del el.attrs["href"]
    for img in soup.find_all("img"):
        src = str(img.get("src") or "")
        if _is_remote(src) or src.lower().startswith("data:"):
            removed.append(src)
            alt = str(img.get("alt") or "").strip()
            placeholder = soup.new_tag("span")
            placeholder.string = f"[{alt}]" if alt else "[image]"
            img.replace_with(placeholder)
    # Anchors follow the core's extraction rules (h1-h3; an HTML id wins, otherwise a
    # SlugMaker slug) so a search hit's Location.anchor names the heading shown here.
    sections: list[Section] = []
    slug = SlugMaker()
    for h in soup.find_all(_SECTION_HEADINGS):
        title = h.get_text(" ", strip=True)
        old_id = h.get("id")
        anchor = old_id if keep_ids and isinstance(old_id, str) and old_id else slug(title)
        if not title:
            continue
        # Qt's rich text finds anchors by <a name>, so add one even when the heading has an id.
        marker = soup.new_tag("a")
        marker["name"] = anchor
        h.insert(0, marker)
        sections.append(Section(anchor, title, int(h.name[1])))
    # In-page links (#id) to any element: Qt only knows <a name> anchors.
    named = {s.anchor for s in sections}
    for el in soup.find_all(id=True):
        eid = el.get("id")
        if isinstance(eid, str) and eid and eid not in named:
            named.add(eid)
            marker = soup.new_tag("a")
            marker["name"] = eid
            el.insert(0, marker)
    body = soup.body if soup.body is not None else soup
    inner = body.decode_contents() if isinstance(body, Tag) else str(body)
    return inner, sections, removed


def _markdown() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": True, "linkify": False}).enable(
        ["table", "strikethrough"]
    )


def read_text(path: Path) -> str:
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise ValueError(f"The file is too large to show ({size // (1024 * 1024)} MB).")
    return decode_text(path.read_bytes())


def render_file(path: str | Path, fmt: str | None = None) -> RenderedDocument:
    """Read and render a reader-view document. Raises OSError/ValueError with a readable
    message when the file cannot be shown."""
    p = Path(path)
    kind = detect_format(p, fmt)
    text = read_text(p)
    if kind == "txt":
        return RenderedDocument(html=None, text=text)
    html = _markdown().render(text) if kind == "md" else text
    # Markdown headings never carry ids in the core's extraction, so always slug them.
    clean, sections, removed = sanitize_html(html, keep_ids=kind == "html")
    return RenderedDocument(html=clean, text=None, sections=sections, remote_removed=removed)


def render_markdown(text: str) -> str:
    """A Markdown snippet (talking points, questions) as the same safe, offline HTML."""
    clean, _sections, _removed = sanitize_html(_markdown().render(text), keep_ids=False)
    return clean
