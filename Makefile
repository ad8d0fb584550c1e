# Summit Planner: `make run` and `make test` set everything up first.
SHELL := /bin/bash
.DEFAULT_GOAL := run

VENV   := .venv
PYTHON := $(VENV)/bin/python
# make run PLAN=path/to/plan.summit   (no PLAN: the sample plan)
PLAN ?=
# make test PYTEST_ARGS="-k schedule -x"
PYTEST_ARGS ?=
# Folders ruff checks (those that exist yet).
LINT_PATHS := $(wildcard planner tests bench)

.PHONY: run test bootstrap bench clean translations

bootstrap:
	@bash scripts/bootstrap.sh

run: bootstrap
	@if [[ -z "$${DISPLAY:-}$${WAYLAND_DISPLAY:-}" && -z "$${QT_QPA_PLATFORM:-}" ]]; then \
		echo "note: no DISPLAY set; on a machine without a screen use: xvfb-run -a make run" >&2; \
	fi
	$(VENV)/bin/summit-planner $(if $(PLAN),"$(PLAN)")

# Runs all three checks, then fails if any of them failed.
test: bootstrap
	@failed=""; \
	echo "==> ruff check $(LINT_PATHS)"; \
	$(VENV)/bin/ruff check $(LINT_PATHS) || failed="$$failed ruff"; \
	echo "==> mypy"; \
	$(VENV)/bin/mypy || failed="$$failed mypy"; \
	echo "==> pytest $(PYTEST_ARGS)"; \
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest $(PYTEST_ARGS) || failed="$$failed pytest"; \
	if [[ -n "$$failed" ]]; then echo "FAILED:$$failed" >&2; exit 1; fi; \
	echo "ruff, mypy and pytest passed"

# After changing or merging tr() strings: refresh every .ts (then translate what
# is unfinished; the tests fail until nothing is), and compile them again.
translations: bootstrap
	$(PYTHON) scripts/translations.py update
	$(PYTHON) scripts/translations.py release

bench: bootstrap
	$(PYTHON) -m bench

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache .hypothesis bench/out
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
