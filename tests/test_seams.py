"""Tests and benchmarks reach the window through its seams, never through its layout or private names.

Only ``tests/app/driver.py`` knows where each part sits in the window. Everywhere
else in ``tests/`` and ``benchmarks/``: no chain of three attribute names from a
window or its driver (``window.views.banner.message``; a call's result starts
afresh, a subscript does not), and no private name (``_x``) but one's own
(``self._x``). In ``tests/``, the window's inner rooms (``views``, ``painter``,
``shown``, ...) are the driver's alone.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DRIVER = ROOT / "tests" / "app" / "driver.py"
FILES = sorted(path for folder in ("tests", "benchmarks") for path in (ROOT / folder).rglob("*.py")
               if path != DRIVER and "hostile_edits" not in path.parts)
MAKERS = {"MainWindow", "make_window", "bench_window", "open_window", "shown_window", "WindowDriver"}
WINDOW_PARAMETERS = {"window", "win", "ui"}
INNER_ROOMS = {"views", "painter", "shown", "presenting", "rewinder", "notes", "settings", "status_bar",
               "menu_actions", "stage"}
OWN = {"self", "cls", "sys"}  # one's own private names, and the interpreter's (sys._current_frames)


def window_names(scope: ast.AST) -> set[str]:
    """The names that hold a window or its driver in ``scope`` (a module or a function, nested ones included)."""
    names = set()
    if isinstance(scope, (ast.FunctionDef, ast.AsyncFunctionDef)):
        names |= {arg.arg for arg in scope.args.args if arg.arg in WINDOW_PARAMETERS}
    for node in ast.walk(scope):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
            called = node.value.func
            name = called.id if isinstance(called, ast.Name) else getattr(called, "attr", None)
            if name in MAKERS:
                names |= {target.id for target in node.targets if isinstance(target, ast.Name)}
    return names


def scopes(tree: ast.Module) -> dict[int, set[str]]:
    """For each node, by id, the window names of the function it is in (or of the module, outside any)."""
    names = {}

    def visit(node: ast.AST, known: set[str]) -> None:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            known = known | window_names(node)
        names[id(node)] = known
        for child in ast.iter_child_nodes(node):
            visit(child, known)

    top = {name for node in tree.body if isinstance(node, ast.Assign) for name in window_names(node)}
    visit(tree, top)
    return names


def chain(node: ast.AST) -> tuple[str | None, list[str]]:
    """The name an attribute chain starts from (None: a call's result, or anything else) and its attributes."""
    attributes = []
    while isinstance(node, (ast.Attribute, ast.Subscript)):
        if isinstance(node, ast.Attribute):
            attributes.append(node.attr)
        node = node.value
    return (node.id if isinstance(node, ast.Name) else None), attributes[::-1]


def faults(path: Path) -> list[str]:
    """Where ``path`` reaches into the window past its seams, or into a private name."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    links = {id(node.value) for node in ast.walk(tree) if isinstance(node, (ast.Attribute, ast.Subscript))}
    windows = scopes(tree)
    in_tests = path.relative_to(ROOT).parts[0] == "tests"
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute):
            continue
        root, attributes = chain(node)
        where, written = f"{path.relative_to(ROOT)}:{node.lineno}", ".".join([root or "(…)", *attributes])
        if node.attr.startswith("_") and not node.attr.startswith("__") and root not in OWN:
            found.append(f"{where}: a private name, {written}")
        if root not in windows[id(node)] or id(node) in links:  # a chain is judged once, whole, from its last link
            continue
        if len(attributes) >= 3:
            found.append(f"{where}: a chain into the window, {written}")
        if in_tests and INNER_ROOMS & set(attributes):
            found.append(f"{where}: the window's inner rooms are the driver's, {written}")
    return found


def test_the_window_is_reached_through_its_seams():
    assert [fault for path in FILES for fault in faults(path)] == []
