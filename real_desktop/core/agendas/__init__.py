"""Workshop agendas (core layer 6): named, ordered lists of whole resources, video clips
(in/out seconds) and page ranges, each with talking points, discussion questions and a
planned duration.

- `model`: `Agenda`, `AgendaItem`, `ItemKind`, `AgendaError`, `parse_clock` ("M:SS"),
  `parse_pages` ("A-B").
- `store`: `AgendaStore(db, catalog)` — create/rename/delete/duplicate, add/update/remove
  items, `move_item`, `reorder`, `missing` (items whose resource is not here).
- `share`: the versioned agenda file — `to_data`/`from_data` (for content packs too),
  `export_file`, `import_file`/`import_data` -> `ImportReport(agenda, missing, renamed)`.
"""
