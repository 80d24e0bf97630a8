# Developer shortcuts; everything runs with the project's virtualenv.
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: test lint bench

test:
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -q

lint:
	$(VENV)/bin/ruff check .

bench:
	$(PY) -m benchmarks.core
