"""Search as you type: the field, grouped results with snippets, and filter chips."""
