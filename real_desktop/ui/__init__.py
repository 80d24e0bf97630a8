"""The Qt layer (PySide6 widgets, item models and the action registry)."""
