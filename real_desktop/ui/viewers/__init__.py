"""Document viewers: PDF (QtPdf) and the offline reader for Markdown, HTML and text."""

from real_desktop.ui.viewers.document_view import DocumentView

__all__ = ["DocumentView"]
