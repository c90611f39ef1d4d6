# NEASPEC Hub — the two commands of README.md, and what they need.
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck migrations-check pytest e2e messages bench bench-load clean

$(STAMP): pyproject.toml
	@py=$$(bin/find-python) || exit 1; \
	if [ ! -x $(BIN)/python ] || ! $(BIN)/python -c 'import sys; sys.exit(sys.version_info < (3, 12))'; then \
	  rm -rf $(VENV); echo "Creating $(VENV) with $$($$py --version)"; $$py -m venv $(VENV) || exit 1; \
	fi
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	@touch $(STAMP)

## make run: migrate, load the NEASPEC reference data, ensure a Secretariat account, serve on
## http://127.0.0.1:$(PORT) (8000 unless given: make run PORT=8001) with a background task
## worker; Ctrl-C stops both.
PORT ?= 8000
run: $(STAMP)
	$(BIN)/neaspec migrate --no-input
	$(BIN)/neaspec seed
	$(BIN)/neaspec ensure_secretariat
	$(BIN)/neaspec serve --addrport 127.0.0.1:$(PORT)

## make test: lint, types, migrations check, pytest (SQLite, or PostgreSQL when DATABASE_URL is
## set), and the browser journeys when /usr/bin/chromium is present.
test: $(STAMP) lint typecheck migrations-check pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

migrations-check: $(STAMP)
	$(BIN)/neaspec makemigrations --check --dry-run

# E2E=0 leaves the browser journeys out (CI runs them once, not on every database).
E2E ?= 1
pytest: $(STAMP)
	@if [ "$(E2E)" = "0" ]; then \
	  echo "Browser journeys: SKIPPED — E2E=0 was given"; \
	elif [ -x /usr/bin/chromium ]; then \
	  echo "Browser journeys: on (/usr/bin/chromium found)"; \
	else \
	  echo "Browser journeys: SKIPPED — /usr/bin/chromium not found (apt-get install chromium; .ci/run does this)"; \
	fi
	@echo "Database: $${DATABASE_URL:-SQLite (DATABASE_URL not set)}" | sed -E 's#//[^@/]*@#//***@#'
	$(BIN)/pytest $(if $(filter 0,$(E2E)),--ignore=tests/e2e) $(PYTEST_ARGS)

## Browser journeys alone.
e2e: $(STAMP)
	$(BIN)/pytest tests/e2e $(PYTEST_ARGS)

## Recompile translations after editing a .po file (the .mo files are committed).
messages: $(STAMP)
	$(BIN)/python -m neaspec.locale_compile

clean:
	rm -rf $(VENV) var

## Speed of the hot pages and of seeding, written to bench/results/.
bench: $(STAMP)
	$(BIN)/python bench/pages.py
	$(BIN)/python bench/extraction.py

## The pages under load at 1x and 100x the record (docs/performance.md), written to
## bench/results/. The built databases stay in $(SCALE_DIR) for the next run.
SCALE_DIR ?= var/bench
bench-load: $(STAMP)
	$(BIN)/pip install --quiet -e '.[bench]'
	@for k in 1 100; do \
	  if [ ! -f $(SCALE_DIR)/$${k}x/built ]; then \
	    rm -rf $(SCALE_DIR)/$${k}x && \
	    $(BIN)/python bench/scale.py --multiple $$k --var-dir $(SCALE_DIR)/$${k}x && \
	    touch $(SCALE_DIR)/$${k}x/built || exit 1; \
	  fi; \
	done
	@for k in 1 100; do for mode in "" --rendered; do \
	  $(BIN)/python bench/load.py --var-dir $(SCALE_DIR)/$${k}x --label $${k}x $$mode || exit 1; \
	done; done
