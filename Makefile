# The two commands of the README:  make run  and  make test.
# Both install what they need first (Debian packages, a virtualenv with the Python deps).

VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
PYTHON ?= python3
PORT ?= 8000
HOST ?= 127.0.0.1

.PHONY: run test deps system-deps lint typecheck pytest bench clean

run: deps
	$(VENV)/bin/orderdesk run --samples --host $(HOST) --port $(PORT)

test: deps lint typecheck pytest

deps: system-deps $(STAMP)

system-deps:
	@scripts/install-system-deps.sh

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip uv
	$(VENV)/bin/uv pip install -q --python $(PY) -e '.[dev,rapidocr]'
	rm -f $(VENV)/.installed-* && touch $@

lint:
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/ruff check .

typecheck:
	$(VENV)/bin/mypy

pytest:
	$(VENV)/bin/pytest

bench: deps
	$(PY) -m bench.extraction

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
