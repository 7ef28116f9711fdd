# Every command a learner types. Each target sets up what it needs on first use:
# a fresh clone with python3 (>= 3.11) and make is enough.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
READY  := $(VENV)/.ready
export NO_MKDOCS_2_WARNING := 1

.DEFAULT_GOAL := help
.PHONY: help setup test test-stage% run-stage% start-stage% progress docs serve bench lint clean graduate

# Learner mode: IMPL=dir runs the tests against the stage packages in dir (see
# docs/build-it-yourself.md); ARGS passes options to pytest or to a stage's demo.
IMPL ?=
ARGS ?=

help: ## list the commands
	@grep -E '^[a-zA-Z%_-]+:.*## ' $(MAKEFILE_LIST) | \
		awk 'BEGIN {FS = ":.*## "}; {gsub("%", "N", $$1); printf "  make %-14s %s\n", $$1, $$2}'

$(READY): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else \
		"Python 3.11 or newer is needed, found " + sys.version.split()[0] + \
		": run make with PYTHON=python3.11 (or newer)")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --editable ".[dev]"
	@touch $@

setup: $(READY) ## create .venv and install the pinned dependencies (done for you by the others)

test: $(READY) ## run every stage's tests (IMPL=workspace: against your stages)
	IMPL="$(IMPL)" $(PY) -m pytest $(ARGS)

# Accept both test-stage4 and test-stage04 (and the same for run-stage).
stage_num  = $(shell printf '%02d' "$$(echo '$(1)' | sed 's/^0*//')")
stage_pkg  = $(notdir $(patsubst %/,%,$(wildcard stages/stage$(call stage_num,$(1))_*/)))

stages_built = $(sort $(notdir $(patsubst %/,%,$(wildcard stages/stage[0-9][0-9]_*/))))

# The stage's tests, its layering rule and (from stage 5) its contract tests, for its
# own Flask and the real one: learner/stages.py (Stage.pytest_args) says which.
test-stage%: $(READY) ## run stage N's tests, N = 1..9 (IMPL=workspace, ARGS="-v -x")
	@IMPL="$(IMPL)" $(PY) -m learner test $* $(ARGS)

run-stage%: $(READY) ## run stage N's demo on http://127.0.0.1:5000 (ARGS="--port 8080")
	@test -n "$(call stage_pkg,$*)" || { echo "there is no stage $* yet; the stages are: $(stages_built)"; exit 2; }
	$(PY) -m $(call stage_pkg,$*) $(ARGS)

start-stage%: $(READY) ## write stage N's skeleton into workspace/ to build it yourself
	@$(PY) -m learner start $* --into "$(or $(IMPL),workspace)"

progress: $(READY) ## tests passed per stage by your stages in workspace/ (or IMPL=dir)
	@$(PY) -m learner progress --impl "$(or $(IMPL),workspace)"

docs: $(READY) ## build the docs strictly into site/
	$(VENV)/bin/mkdocs build --strict

serve: $(READY) ## serve the docs at http://127.0.0.1:8000, reloading on changes
	$(VENV)/bin/mkdocs serve --dev-addr 127.0.0.1:8000

bench: $(READY) ## compare each stage with its upstream twin (ARGS="--quick routing")
	$(PY) -m bench $(ARGS)

graduate: $(READY) ## run flaskr and Flask's own tests on stage 9 (IMPL=stage06_contexts, flask, a folder)
	$(PY) -m graduation $(if $(IMPL),--impl "$(IMPL)") $(ARGS)

.PHONY: fuzz
fuzz: $(READY) ## long property-test campaign over the parsers (FUZZ_EXAMPLES=20000 a property)
	HYPOTHESIS_PROFILE=fuzz $(PY) -m pytest $(wildcard tests/*/test_*_properties.py) $(ARGS)

lint: $(READY) ## check style with ruff and types with mypy
	$(VENV)/bin/ruff check stages tests bench docs/extensions learner conftest.py graduation
	$(VENV)/bin/ruff format --check stages tests bench docs/extensions learner conftest.py graduation
	$(VENV)/bin/mypy

clean: ## remove .venv, site/ and caches
	rm -rf $(VENV) site .pytest_cache .ruff_cache .cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
	find stages -name '*.egg-info' -type d -prune -exec rm -rf {} +
