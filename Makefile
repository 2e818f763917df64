# Every target builds .venv first when it is missing (or older than pyproject.toml).
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: demo test lint bench docs clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/factrecon check examples/corpus --out report.html

lint: $(STAMP)
	$(PY) -m ruff check src tests scripts benchmarks
	$(PY) -m mypy

test: lint
	$(PY) -m pytest -q

# BENCH_LONG=1 make bench: the long runs too (1M claims); see benchmarks/RESULTS.md
bench: $(STAMP)
	$(PY) -c "import words2num2, pyinstrument, natasha" 2>/dev/null || $(PY) -m pip install --quiet -e '.[bench]'
	$(PY) -c "import icu" 2>/dev/null || $(PY) -m pip install --quiet -e '.[bench-icu]' \
		|| echo "PyICU did not build (it needs libicu-dev, pkg-config, g++): the ICU rows are skipped"
	$(PY) benchmarks/quantities.py
	$(PY) benchmarks/pipeline.py
	$(PY) benchmarks/scale.py

docs: $(STAMP)
	$(PY) -c "import sphinx, myst_parser, furo" 2>/dev/null || $(PY) -m pip install --quiet -e '.[docs]'
	$(PY) -m sphinx -W -b html docs docs/_build/html

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache report.html docs/_build
