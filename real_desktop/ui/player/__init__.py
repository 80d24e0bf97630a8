"""Player widgets: the view, the seek bar and the transcript."""
