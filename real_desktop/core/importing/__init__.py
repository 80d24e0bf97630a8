"""Importing: scan folders, extract in worker processes, store each file atomically, the
presence sweep and relinking. Nothing here is imported on the search path; this package
imports nothing at its own level so that loading one part does not load the rest."""
