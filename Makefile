# NEASPEC Hub — the two commands of README.md, and what they need.
SHELL := /bin/bash
# Python keeps compiled modules (.pyc) even where the environment asks it not to: otherwise
# every `neaspec` command and every process a test starts compiles Django anew (2 s each).
unexport PYTHONDONTWRITEBYTECODE
VENV := .venv
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.installed-run
DEV_STAMP := $(VENV)/.installed-dev

.PHONY: run lock test lint typecheck migrations-check pytest e2e messages bench bench-load clean

# A venv with Python 3.12 or newer (made again if an older one is found).
define venv
	@py=$$(bin/find-python) || exit 1; \
	if [ ! -x $(BIN)/python ] || ! $(BIN)/python -c 'import sys; sys.exit(sys.version_info < (3, 12))'; then \
	  rm -rf $(VENV); echo "Creating $(VENV) with $$($$py --version)"; $$py -m venv $(VENV) || exit 1; \
	fi
endef

# What running needs, and what the tests add, each from its lock file (made by `make lock`).
$(RUN_STAMP): requirements/run.txt pyproject.toml
	$(venv)
	@echo "Installing what the Hub needs to run (requirements/run.txt)"
	@bin/install requirements/run.txt
	@touch $@

$(DEV_STAMP): requirements/dev.txt pyproject.toml
	$(venv)
	@echo "Installing what the tests need (requirements/dev.txt)"
	@bin/install requirements/dev.txt
	@touch $@ $(RUN_STAMP)

## make lock: pin every dependency (and theirs) after changing pyproject.toml.
lock: $(DEV_STAMP)
	@uv=$$(command -v uv || echo $(BIN)/uv); \
	$$uv pip compile pyproject.toml --universal --python-version 3.12 -q -o requirements/run.txt && \
	$$uv pip compile pyproject.toml --universal --python-version 3.12 --extra dev -q -o requirements/dev.txt

## make run: migrate, load the NEASPEC reference data, ensure a Secretariat account, serve on
## http://127.0.0.1:$(PORT) (8000 unless given: make run PORT=8001) with a background task
## worker; Ctrl-C stops both.
PORT ?= 8000
run: $(RUN_STAMP)
	NEASPEC_ADDRPORT=127.0.0.1:$(PORT) $(BIN)/neaspec start --addrport 127.0.0.1:$(PORT)

## make test: lint, types, migrations check, pytest (SQLite, or PostgreSQL when DATABASE_URL is
## set), and the browser journeys when /usr/bin/chromium is present.
test: $(DEV_STAMP) lint typecheck migrations-check pytest

# The words people read are spelled right: templates, the English of the catalog (its msgids,
# read from one language's file), the README and the docs.
SPELLED := $$(find src/neaspec -path '*/templates/*' -type f) src/neaspec/locale/ru/LC_MESSAGES/django.po README.md docs
lint: $(DEV_STAMP)
	@bin/timed ruff bash -c '$(BIN)/ruff check src tests bench && $(BIN)/ruff format --check src tests bench'
	@bin/timed codespell bash -c '$(BIN)/codespell $(SPELLED)'

typecheck: $(DEV_STAMP)
	@bin/timed mypy $(BIN)/mypy

migrations-check: $(DEV_STAMP)
	@bin/timed "migrations check" $(BIN)/neaspec makemigrations --check --dry-run

# E2E=0 leaves the browser journeys out (CI runs them once, not on every database).
E2E ?= 1
# One worker per core, each on its own database (PYTEST_WORKERS=0: all in this process); a
# worker left idle takes queued tests from a busy one (--dist worksteal). The
# test databases are kept between runs while nothing they are built from changes
# (tests/database.py); coverage of src/ is measured across the workers and told in one line.
PYTEST_WORKERS ?= auto
pytest: $(DEV_STAMP)
	@if [ "$(E2E)" = "0" ]; then \
	  echo "Browser journeys: SKIPPED — E2E=0 was given"; \
	elif [ -x /usr/bin/chromium ]; then \
	  echo "Browser journeys: on (/usr/bin/chromium found)"; \
	else \
	  echo "Browser journeys: SKIPPED — /usr/bin/chromium not found (apt-get install chromium; .ci/run does this)"; \
	fi
	@echo "Database: $${DATABASE_URL:-SQLite (DATABASE_URL not set)}" | sed -E 's#//[^@/]*@#//***@#'
	@if [ "$${NEASPEC_DATABASE_TESTS_ONLY:-}" = "1" ]; then \
	  echo "Tests that use no database: LEFT OUT — NEASPEC_DATABASE_TESTS_ONLY=1 (the other run has them)"; fi
	@bin/timed pytest $(BIN)/pytest -n $(PYTEST_WORKERS) --dist worksteal --reuse-db --cov --cov-report= \
	  --durations=15 $(if $(filter 0,$(E2E)),--ignore=tests/e2e) $(PYTEST_ARGS); \
	status=$$?; echo "Coverage of src/neaspec: $$($(BIN)/coverage report --format=total) %"; exit $$status

## Browser journeys alone.
e2e: $(DEV_STAMP)
	$(BIN)/pytest tests/e2e $(PYTEST_ARGS)

## Recompile translations after editing a .po file (the .mo files are committed).
messages: $(DEV_STAMP)
	$(BIN)/python -m neaspec.locale_compile

clean:
	rm -rf $(VENV) var

## Speed of the hot pages and of seeding, written to bench/results/.
bench: $(DEV_STAMP)
	$(BIN)/python bench/pages.py
	$(BIN)/python bench/extraction.py

## The pages under load at 1x and 100x the record (docs/performance.md), signed in and out,
## and 20 clients writing at once, written to bench/results/. The built databases stay in
## $(SCALE_DIR) for the next run (rebuilt when bench/scale.py's shape changes: SHAPE).
SCALE_DIR ?= var/bench
SHAPE = 2
bench-load: $(DEV_STAMP)
	@uv=$$(command -v uv || echo $(BIN)/uv); $$uv pip install --quiet --python $(BIN)/python -e '.[bench]'
	@for k in 1 100; do \
	  if [ "$$(cat $(SCALE_DIR)/$${k}x/built 2>/dev/null)" != "$(SHAPE)" ]; then \
	    rm -rf $(SCALE_DIR)/$${k}x && \
	    $(BIN)/python bench/scale.py --multiple $$k --var-dir $(SCALE_DIR)/$${k}x && \
	    echo $(SHAPE) > $(SCALE_DIR)/$${k}x/built || exit 1; \
	  fi; \
	done
	@for k in 1 100; do \
	  $(BIN)/python bench/load.py --var-dir $(SCALE_DIR)/$${k}x --label $${k}x || exit 1; \
	  $(BIN)/python bench/load.py --var-dir $(SCALE_DIR)/$${k}x --label $${k}x --writes || exit 1; \
	done
