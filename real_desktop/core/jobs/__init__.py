"""Background speech-to-text and OCR: the job queue in the database (`queue`), the
functions a worker process runs (`work`), and the runner that feeds workers, reports
progress, cancels and stores results (`runner`)."""
