# zhnews: `make report` and `make test` do all the set-up on a fresh machine (Python 3 and make).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
ARTICLE ?= data/articles/deepseek_sanlian.md
OUT ?= reports
STAMP := $(VENV)/.installed

.PHONY: venv report test bench clean distclean

venv: $(STAMP)

# Re-installs whenever requirements.txt or pyproject.toml change.
$(STAMP): requirements.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

# ARTICLE may be a file, a folder or a link (http/https); PDF=1 also writes every chart as PDF.
report: venv
	$(PY) -m zhnews run "$(ARTICLE)" --out "$(OUT)" $(if $(PDF),--pdf)

test: venv
	$(PY) -m pytest

bench: venv
	$(PY) bench/bench.py

clean:
	rm -rf reports .pytest_cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV)
