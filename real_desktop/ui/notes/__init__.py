"""Notes UI: the side panel (panel.py), the library-wide view (notes_view.py), the editor
with autosave (editor.py), the export dialog and Qt's PDF/print output."""
