"""Every shell example in the README that opens no window runs as written, on a fresh clone.

Examples are the README's ``sh`` blocks. A line starting with ``$ `` is a command
whose following lines are its output; other lines are commands that must
succeed. Printed losses are compared by their step column and count only: their
last digits depend on the CPU's kernels and the number of cores (the notebook's
own do too), and the README shows one machine's. Only the app's own commands run
here (``python -m app``, ``descent-lab``), in a folder of their own, as a reader
would type them: set-up commands (make,
apt, pipx) are proved by CI itself and by ``tests/check_install.sh``.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BLOCK = re.compile(r"^```sh\n(.*?)^```", re.MULTILINE | re.DOTALL)
APP = ("python -m app", "descent-lab")


def examples() -> list[tuple[str, str | None]]:
    """(command, expected output or None) for each app command in the README's sh blocks."""
    found = []
    for block in BLOCK.findall((ROOT / "README.md").read_text(encoding="utf-8")):
        expected: list[str] | None = None
        for line in block.splitlines():
            if line.startswith("$ "):
                expected = []
                found.append([line[2:], expected])
            elif expected is not None and line:
                expected.append(line)
            else:
                expected = None
                command = line.split("  #")[0].strip()
                if command.startswith(APP):
                    found.append([command, None])
    return [(command, "\n".join(out) + "\n" if out else None) for command, out in found]


def opens_a_window(command: str) -> bool:
    words = shlex.split(command)[3 if command.startswith("python") else 1 :]
    return not words or words[0] == "open"


EXAMPLES = [example for example in examples() if not opens_a_window(example[0])]


def test_the_readme_has_examples_to_run():
    assert len(EXAMPLES) >= 4
    assert any(out is not None for _, out in EXAMPLES)


@pytest.mark.process
@pytest.mark.parametrize("command, expected", EXAMPLES, ids=[command for command, _ in EXAMPLES])
def test_a_readme_example_runs_as_written(command, expected, tmp_path):
    argv = shlex.split(command)
    argv = [sys.executable, "-m", "app", *argv[3 if argv[0] == "python" else 1 :]]
    env = dict(os.environ, PYTHONPATH=str(ROOT), XDG_DATA_HOME=str(tmp_path / "share"))
    done = subprocess.run(argv, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    if expected is not None:
        assert steps_of(done.stdout) == steps_of(expected)


def steps_of(printed: str) -> list[str]:
    """The ``t`` of each ``t loss`` line, checking each loss is a finite number."""
    steps = []
    for line in printed.splitlines():
        t, loss = line.split(" ")
        assert 0 < float(loss) < float("inf"), line
        steps.append(t)
    return steps
