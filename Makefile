# Two commands do all the set-up: `make run` starts the app, `make test` runs the suite.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed

.PHONY: run test bench clean

run: $(INSTALLED)
	$(PY) -m app

test: $(INSTALLED)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

# `make bench ARGS="--device cuda"`, `make bench ARGS="overhead --repeats 20"`: see README, Performance.
bench: $(INSTALLED)
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks $(ARGS)

$(INSTALLED): pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --constraint constraints.txt --editable '.[test]'
	touch $@

clean:
	rm -rf $(VENV) build *.egg-info
