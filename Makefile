# Two commands do all the set-up: `make run` starts the app, `make test` runs the suite.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed

.PHONY: run test test-processes test-all test-cpus check-install mutation bench gallery docs-images translations clean

run: $(INSTALLED)
	$(PY) -m app

# The layers (import-linter's contracts in pyproject.toml), ruff's lints and banned API, the types
# (basedpyright), the suite on every core (pytest-xdist) but the tests that start processes of
# their own, and the model tests again as older CPUs compute: a few minutes, before every commit.
test: $(INSTALLED)
	$(VENV)/bin/lint-imports
	$(VENV)/bin/ruff check .
	$(VENV)/bin/basedpyright
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n auto --dist worksteal -m "not process"
	$(MAKE) --no-print-directory test-cpus

# The tests that start the app, the notebook, a kernel or an X server as processes, or run a
# benchmark (pytest's "process" mark), and the wheel installed and run outside the checkout.
test-processes: $(INSTALLED)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n auto --dist worksteal -m process
	$(MAKE) --no-print-directory test-cpus MARK=process
	$(MAKE) --no-print-directory check-install

# Everything: what CI runs.
test-all: test test-processes

# OpenBLAS's and ATen's kernels for older CPUs, chosen by hand: other orders of sums, no AVX-512.
MARK ?= not process
test-cpus: $(INSTALLED)
	OPENBLAS_CORETYPE=Prescott ATEN_CPU_CAPABILITY=default $(PY) -m pytest -q -n auto -m "$(MARK)" tests/models
	OPENBLAS_CORETYPE=Haswell ATEN_CPU_CAPABILITY=avx2 $(PY) -m pytest -q -n auto -m "$(MARK)" tests/models

# Idle OpenMP threads sleep rather than spin while xdist's workers share the cores (spinning took
# four fifths of some tests' time on a busy machine); the threads split the work as before, so
# every number is the same (tests/app/cli/test_notebook_parity.py holds it).
test test-processes test-cpus: export OMP_WAIT_POLICY = PASSIVE

check-install: $(INSTALLED)
	bash tests/check_install.sh $(PYTHON)

# Mutants of the input and output boundaries ([tool.mutmut] in pyproject.toml); not part of `make test`.
mutation: $(INSTALLED)
	$(PY) -m pip install --quiet --constraint constraints.txt mutmut
	rm -rf mutants
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/mutmut run --max-children 2
	$(VENV)/bin/mutmut results
	$(VENV)/bin/mutmut export-cicd-stats
	$(PY) -c "import json; s = json.load(open('mutants/mutmut-cicd-stats.json')); \
	caught, tried = s['killed'] + s['timeout'], s['total'] - s['skipped']; \
	print(f'score {100 * caught / tried:.1f}%: {caught} of {tried} mutants caught ({s[\"timeout\"]} by timeout)')"

# Every look at every classroom size, for review by eye (README, For a class); Qt's pixel
# ratio is fixed per process, so the 4K screen at 200% is a second run.
gallery: $(INSTALLED)
	$(PY) -m app.cli.gallery out/gallery --scale 1
	$(PY) -m app.cli.gallery out/gallery --scale 2

# Every picture the README shows, made afresh by the code that draws the window: run it whenever the look changes.
docs-images: $(INSTALLED)
	$(PY) -m app snapshot dynamic --out docs/dynamic.png
	$(PY) -m app snapshot dynamic --theme light --size 1280x720 --out docs/images/light-1280x720.png
	$(PY) -m app snapshot dynamic --presentation --size 1024x768 --out docs/images/presentation-1024x768.png
	$(PY) -m app snapshot dynamic --lang de --size 1024x768 --out docs/images/de-dark-1024x768.png
	$(PY) -m app snapshot dynamic --lang de --theme light --size 1024x768 --out docs/images/de-light-1024x768.png
	$(PY) -m app.cli.gallery --presenter docs/images/presenter-view.png
	$(PY) -m app snapshot dynamic --inside --steps 123 --size 1920x1080 --out docs/images/inside-dark-1920x1080.png
	$(PY) -m app snapshot numpy --inside --theme light --steps 123 --size 1920x1080 --out docs/images/inside-light-1920x1080.png
	$(PY) -m app record dynamic --presentation --size 1280x720 --seconds 3 --fps 5 --out docs/images/dynamic.webp

# The languages (README, Languages): every marked sentence of app/, widgets/ and models/ gathered into each
# language's .ts (Qt Linguist edits it), then compiled to the .qm the app loads. Add a language by adding
# its code here and to app/language.py's LANGUAGES.
LANGUAGES := de fr
TS := $(foreach code,$(LANGUAGES),resources/translations/descent_lab_$(code).ts)
translations: $(INSTALLED)
	$(VENV)/bin/pyside6-lupdate -extensions py -locations none -no-obsolete app widgets models -ts $(TS)
	for ts in $(TS); do $(VENV)/bin/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm; done

# `make bench ARGS="--device cuda"`, `make bench ARGS="overhead --repeats 20"`: see README, Performance.
bench: $(INSTALLED)
	QT_QPA_PLATFORM=offscreen $(PY) -X faulthandler -m benchmarks $(ARGS)

$(INSTALLED): pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --constraint constraints.txt --editable '.[test]'
	touch $@

clean:
	rm -rf $(VENV) build *.egg-info mutants
