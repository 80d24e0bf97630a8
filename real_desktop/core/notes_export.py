"""Old import path of the notes exporters (the Qt layer and the CLI use it): they live in
`core/notes/export.py`. Importing this loads markdown-it-py."""

from real_desktop.core.notes.export import (
    ANCHOR_LEVEL,
    DEFAULT_TITLE,
    NOT_IN_LIBRARY,
    RESOURCE_LEVEL,
    WHOLE_RESOURCE,
    anchor_heading,
    markdown_to_plain,
    nest_body,
    notes_to_html,
    notes_to_markdown,
    render_markdown,
    safe_filename,
    write_markdown_files,
)

__all__ = [
    "ANCHOR_LEVEL",
    "DEFAULT_TITLE",
    "NOT_IN_LIBRARY",
    "RESOURCE_LEVEL",
    "WHOLE_RESOURCE",
    "anchor_heading",
    "markdown_to_plain",
    "nest_body",
    "notes_to_html",
    "notes_to_markdown",
    "render_markdown",
    "safe_filename",
    "write_markdown_files",
]
