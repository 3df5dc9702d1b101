# Dyad. The two commands most people need: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat requirements.lock pyproject.toml | sha1sum | cut -c1-12)
SHARED ?= ../shared
CHROMIUM := /usr/bin/chromium
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS ?= 120
export DO_NOT_TRACK := 1

.PHONY: install run test test-fast lint format docs report report-screenshot chromium serve gazetteer eval eval-numbers bench lock clean postgres

install: $(STAMP)  ## create .venv and install the pinned set + the project (editable)

$(STAMP): requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade "pip==26.3" "setuptools==84.2.1"
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@rm -f $(VENV)/.installed-*
	@touch $@

run: install  ## run the pipeline on seeds/ into warehouse/dyad.duckdb
	$(BIN)/dyad run

# --max-worker-restart=0: a worker that dies (a crash in native code) ends the run at once and
# names its test; pytest-xdist 3.8 may otherwise wait forever for the worker that replaced it
# under --dist loadfile (pytest-dev/pytest-xdist#784, #1323).
test: install  ## the whole test suite (real DuckDB, dbt, GX, Prefect); two workers, a test file each at a time
	$(BIN)/python -m pytest -q -n 2 --dist loadfile --max-worker-restart=0

postgres:  ## Debian's PostgreSQL server binaries, for the tests of a DuckLake catalog in PostgreSQL
	@if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ]; then apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql; \
	else sudo -n apt-get update -q && sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql; fi

test-fast: install  ## unit tests only (no dbt/GX/Prefect runs)
	$(BIN)/python -m pytest -q -n 2 --max-worker-restart=0 -m "not slow"

lint: install  ## ruff + sqlfluff
	$(BIN)/ruff check flows gazetteer tests benchmarks
	$(BIN)/ruff format --check flows gazetteer tests benchmarks
	cd dbt_project && ../$(BIN)/sqlfluff lint models

format: install
	$(BIN)/ruff check --fix flows gazetteer tests benchmarks
	$(BIN)/ruff format flows gazetteer tests benchmarks

docs: install  ## dbt docs generate (dbt_project/target/index.html)
	$(BIN)/dyad docs

report: install  ## the relations report of the published warehouse (warehouse/report.html)
	$(BIN)/dyad report

chromium:  ## Debian's chromium for the browser test of the report, installed when missing
	@if [ -x $(CHROMIUM) ]; then echo "chromium: $(CHROMIUM)"; else \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -q && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium; fi

report-screenshot: install chromium  ## docs/report.png: the seeds report, drawn by headless chromium
	DYAD_REQUIRE_BROWSER=1 DYAD_REPORT_SCREENSHOT=$(CURDIR)/docs/report.png \
	  $(BIN)/python -m pytest -q tests/e2e/test_report_browser.py -k seeds

serve: install  ## local Prefect server + scheduled deployments of prefect.yaml
	$(BIN)/dyad serve

gazetteer: install  ## regenerate the generated seeds of dbt_project/seeds/ from gazetteer/words/*.toml with pymorphy3 (and ref_units.csv from the unit vocabulary)
	$(BIN)/python -m gazetteer
	$(BIN)/python -m flows.text.numbers > dbt_project/seeds/ref_units.csv

eval: install  ## country F1 (factRuEval dev), pair and country F1 (tests/data sets), topic F1 and tone accuracy per press language, publication dates; with NEREL=path: country F1, money/percent span recall, people F1 and role accuracy on NEREL train/dev
	$(BIN)/python -m benchmarks.eval_countries --data $(SHARED)/factrueval-dev
	$(BIN)/python -m benchmarks.eval_dyads
	$(BIN)/python -m benchmarks.eval_topics
	$(BIN)/python -m benchmarks.eval_dates
	@if [ -n "$(NEREL)" ]; then $(BIN)/python -m benchmarks.eval_countries --nerel $(NEREL) --splits train dev && \
	  $(BIN)/python -m benchmarks.eval_numbers --nerel $(NEREL) && \
	  $(BIN)/python -m benchmarks.eval_people --nerel $(NEREL); \
	else echo "NEREL: give NEREL=<NEREL checkout or its git directory> for country F1, span recall, people F1"; fi

eval-numbers: install  ## money/percent span recall on NEREL train+dev (NEREL=path) and the seeds' gold facts
	$(BIN)/python -m benchmarks.eval_numbers --nerel $(NEREL)

bench: install  ## throughput benchmarks -> benchmarks/results.md
	$(BIN)/python -m benchmarks.run --shared $(SHARED) $(if $(NEREL),--nerel $(NEREL))

lock:  ## re-resolve dependencies into requirements.lock (in a scratch venv)
	rm -rf /tmp/dyad-lock && $(PYTHON) -m venv /tmp/dyad-lock
	/tmp/dyad-lock/bin/pip install --quiet --upgrade pip && /tmp/dyad-lock/bin/pip install --quiet -e ".[dev]"
	( echo "# The tested, complete set of dependencies (runtime + dev). Regenerate with \`make lock\`."; \
	  /tmp/dyad-lock/bin/pip freeze --exclude-editable | grep -v '^-e' ) > requirements.lock

clean:
	rm -rf warehouse dbt_project/target dbt_project/logs expectations/gx/uncommitted .pytest_cache
