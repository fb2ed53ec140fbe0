# Two commands set everything up on a fresh machine: `make run` and `make test`.
# Every target is idempotent: stamps in .venv/ remember what was installed and from which pyproject.toml.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip --disable-pip-version-check
HOST   ?= 127.0.0.1
PORT   ?= 8000
SCALE  ?= 1000
CHROMIUM := /usr/bin/chromium

.PHONY: install dev browser index run test eval bench clean

$(PY):
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(PY)
	$(PIP) install -q -e .
	touch $@

$(VENV)/.dev-installed: pyproject.toml $(VENV)/.installed
	$(PIP) install -q -e '.[dev]'
	touch $@

install: $(VENV)/.installed          ## venv + the package

dev: $(VENV)/.dev-installed browser  ## venv + test tools + Debian's chromium

browser:                             ## Debian's chromium for the browser tests (Playwright drives it; no browser download)
	@test -x $(CHROMIUM) || { \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk >/dev/null; }

index: install                       ## build or update the index from corpus/ (only what changed)
	$(PY) -m indexer update

run: index                           ## serve http://$(HOST):$(PORT) with the production server
	$(PY) -m search_app serve --host $(HOST) --port $(PORT)

test: dev                            ## the whole test suite, browser tests included
	$(PY) -m pytest

eval: dev                            ## answer quality against the baseline (bench/results/quality.json)
	$(PY) -m bench.eval

bench: dev                           ## speed and memory (bench/results/); SCALE=10000 for the full run
	$(PY) -m bench.run --scale $(SCALE)

clean:
	rm -rf $(VENV) var build *.egg-info tests/artifacts bench/generated
