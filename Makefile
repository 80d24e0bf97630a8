# Developer shortcuts; everything runs with the project's virtualenv.
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: test lint bench

test:
	./dev test

lint:
	$(VENV)/bin/ruff check .

bench:
	./dev bench
