"""Library browser: sidebar, resource model, grid/list views and the details pane."""
