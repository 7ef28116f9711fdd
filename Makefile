# Every command a learner types. Each target sets up what it needs on first use:
# a fresh clone with python3 (>= 3.11) and make is enough.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
READY  := $(VENV)/.ready
export NO_MKDOCS_2_WARNING := 1

.DEFAULT_GOAL := help
.PHONY: help setup test test-stage% run-stage% docs serve bench lint clean

help: ## list the commands
	@grep -E '^[a-zA-Z%_-]+:.*## ' $(MAKEFILE_LIST) | \
		awk 'BEGIN {FS = ":.*## "}; {printf "  make %-14s %s\n", $$1, $$2}'

$(READY): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else \
		"Python 3.11 or newer is needed, found " + sys.version.split()[0] + \
		": run make with PYTHON=python3.11 (or newer)")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --editable ".[dev]"
	@touch $@

setup: $(READY) ## create .venv and install the pinned dependencies (done for you by the others)

test: $(READY) ## run every stage's tests
	$(PY) -m pytest

# Accept both test-stage4 and test-stage04 (and the same for run-stage).
stage_num  = $(shell printf '%02d' "$$(echo '$(1)' | sed 's/^0*//')")
stage_pkg  = $(notdir $(patsubst %/,%,$(wildcard stages/stage$(call stage_num,$(1))_*/)))

# From stage 5 on, a stage also runs the contract tests (tests/contracts/), for its
# own Flask and for the real one: -k keeps the cases whose id names the stage or flask.
contracts  = $(if $(filter-out 01 02 03 04,$(call stage_num,$(1))),tests/contracts -k "$(call stage_pkg,$(1)) or flask")

test-stage%: $(READY) ## run one stage's tests: make test-stage1 .. test-stage9
	@test -n "$(call stage_pkg,$*)" || { echo "no stage $* in stages/"; exit 2; }
	$(PY) -m pytest tests/$(call stage_pkg,$*) $(call contracts,$*)

run-stage%: $(READY) ## run one stage's demo on http://127.0.0.1:5000 (ARGS="--port 8080")
	@test -n "$(call stage_pkg,$*)" || { echo "no stage $* in stages/"; exit 2; }
	$(PY) -m $(call stage_pkg,$*) $(ARGS)

docs: $(READY) ## build the docs strictly into site/
	$(VENV)/bin/mkdocs build --strict

serve: $(READY) ## serve the docs at http://127.0.0.1:8000, reloading on changes
	$(VENV)/bin/mkdocs serve --dev-addr 127.0.0.1:8000

bench: $(READY) ## compare each stage with its upstream twin (ARGS="--quick routing")
	$(PY) -m bench $(ARGS)

.PHONY: fuzz
fuzz: $(READY) ## long property-test campaign over the parsers (FUZZ_EXAMPLES=20000 a property)
	HYPOTHESIS_PROFILE=fuzz $(PY) -m pytest $(wildcard tests/*/test_*_properties.py) $(ARGS)

lint: $(READY) ## check style with ruff and types with mypy
	$(VENV)/bin/ruff check stages tests bench docs/extensions
	$(VENV)/bin/ruff format --check stages tests bench docs/extensions
	$(VENV)/bin/mypy

clean: ## remove .venv, site/ and caches
	rm -rf $(VENV) site .pytest_cache .ruff_cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
	find stages -name '*.egg-info' -type d -prune -exec rm -rf {} +
