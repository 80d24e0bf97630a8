"""REAL Desktop: an offline, searchable library of documents and recorded talks."""

__version__ = "0.1.0"
