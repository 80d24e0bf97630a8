"""Background speech-to-text and OCR in the window: `JobsController` (queue, run,
cancel, resume; off the UI thread through a TaskRunner) and `JobsPanel` (progress per
item and overall, Cancel)."""
