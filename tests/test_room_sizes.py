"""app/'s rooms stay small enough to read: no file over 400 lines, no class over 300."""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parent.parent / "app"
FILE_LINES, CLASS_LINES = 400, 300


def test_no_file_of_app_is_over_400_lines():
    sizes = {path.relative_to(APP).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
             for path in APP.rglob("*.py")}
    assert {name: lines for name, lines in sizes.items() if lines > FILE_LINES} == {}


def test_no_class_of_app_is_over_300_lines():
    large = {}
    for path in APP.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                lines = (node.end_lineno or node.lineno) - node.lineno + 1
                if lines > CLASS_LINES:
                    large[f"{path.relative_to(APP).as_posix()}:{node.name}"] = lines
    assert large == {}
