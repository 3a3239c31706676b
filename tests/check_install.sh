#!/usr/bin/env bash
# The app as a classroom machine gets it: a wheel, installed into a clean venv, run
# from a folder outside the checkout. Proves the wheel carries everything read at
# run time (styles, icons, the desktop entry, the notebook's text and cells, the translations) and
# that nothing reads the checkout.
# Usage: tests/check_install.sh PYTHON   (make test passes the Python the venv was made with)
set -euo pipefail
python=${1:-python3}
checkout=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$python" -m pip wheel --quiet --no-deps --wheel-dir "$work/dist" "$checkout"
"$python" -m venv "$work/venv"
"$work/venv/bin/python" -m pip install --quiet --constraint "$checkout/constraints.txt" "$work"/dist/*.whl

cd "$work"  # outside the checkout: only the installed copy can be imported
export QT_QPA_PLATFORM=offscreen XDG_DATA_HOME="$work/share"
unset PYTHONPATH
venv/bin/descent-lab run tensors --steps 200 | tee run.txt
test "$(wc -l < run.txt)" -eq 2
venv/bin/descent-lab snapshot dynamic --steps 100 --out x.png
venv/bin/python -c "
import sys; from PySide6.QtGui import QGuiApplication, QImage
app = QGuiApplication([]); image = QImage('x.png')
sys.exit(0 if image.width() >= 1600 and image.height() >= 960 else 'x.png is not the window')"
venv/bin/descent-lab desktop-entry
venv/bin/descent-lab --lang de list | grep -q "ABSCHNITT IM NOTEBOOK"  # the translations are in the wheel
venv/bin/python -c "
import nbformat, numpy as np
from models import RunConfig, RunResult
from models.notebook import notebook_text  # the notebook's own text and cells are the wheel's package data
result = RunResult(RunConfig.for_variant('numpy', steps=2), np.array([2.0, 1.0]), None, 'finished', 0.1)
nbformat.validate(nbformat.reads(notebook_text(result, app_version='check'), as_version=4))"
test -s share/applications/descent-lab.desktop
venv/bin/python -c "import app, models, widgets, resources, sys; sys.exit(any('$checkout' in m.__file__ for m in (app, models, widgets, resources)))"
echo "check-install: the wheel runs outside the checkout"
