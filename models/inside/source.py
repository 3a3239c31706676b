"""What a variant's module says about its names: read from its text with ``ast``, so it holds for an edit too.

Lines are the module's own, as ``python -m app code VARIANT`` numbers them. A position is
(line, end line, column, end column), as ``co_positions`` gives it for the instruction a
frame stands at (PEP 657): the exact expression that computed a value.
"""

from __future__ import annotations

import ast
import functools
from dataclasses import dataclass, field

Position = tuple[int | None, int | None, int | None, int | None]  # as co_positions gives them


@dataclass
class Source:
    """A module's text and what its ``train`` binds where."""

    text: str
    tree: ast.Module | None = None
    train: ast.FunctionDef | None = None
    loop: ast.For | None = None  # the loop of train that yields a step
    yield_line: int | None = None  # where it yields: a step is computed from the loop's top to here
    bindings: dict[str, list[int]] = field(default_factory=dict)  # name: lines of train that bind or change it
    backward_lines: tuple[int, ...] = ()  # lines of train that call .backward()
    _targets: dict[Position, str] = field(default_factory=dict)  # an assignment's value: its one target

    @classmethod
    @functools.lru_cache(maxsize=16)  # a run reads one text at every step it captures
    def parse(cls, text: str) -> Source:
        """``text`` read; a text that does not parse (it would not run either) says nothing."""
        try:
            tree = ast.parse(text)
        except (SyntaxError, ValueError):
            return cls(text)
        source = cls(text, tree)
        source.train = next((node for node in tree.body if isinstance(node, ast.FunctionDef)
                             and node.name == "train"), None)
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                source._targets[_position(node.value)] = node.targets[0].id
        if source.train is not None:
            source._read_train(source.train)
        return source

    def _read_train(self, train: ast.FunctionDef) -> None:
        loops = [node for node in ast.walk(train) if isinstance(node, ast.For)
                 and any(isinstance(inner, ast.Yield) for inner in ast.walk(node))]
        self.loop = loops[-1] if loops else None  # the innermost: ast.walk goes outside in
        if self.loop is not None:
            self.yield_line = min(node.lineno for node in ast.walk(self.loop) if isinstance(node, ast.Yield))
        backward = []
        for node in ast.walk(train):
            for target in _targets_of(node):
                for name in _names_bound(target):
                    self.bindings.setdefault(name, []).append(target.lineno)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "backward":
                backward.append(node.lineno)
        self.bindings = {name: sorted(set(lines)) for name, lines in self.bindings.items()}
        self.backward_lines = tuple(sorted(set(backward)))

    def in_step(self, line: int) -> bool:
        """Whether ``line`` is run to compute a step: in train's loop, before its yield (not the update after)."""
        return self.loop is not None and self.yield_line is not None and self.loop.lineno <= line <= self.yield_line

    def after_yield(self, line: int) -> bool:
        """Whether ``line`` updates after the step was handed over: what it binds belongs to the step before."""
        return (self.loop is not None and self.yield_line is not None
                and self.yield_line < line <= (self.loop.end_lineno or line))

    def target_at(self, position: Position | None) -> str | None:
        """The name an assignment binds to exactly the expression at ``position``, if any."""
        return None if position is None else self._targets.get(position)

    def text_at(self, position: Position | None) -> str | None:
        """The source text of the expression at ``position``, on one line (None if it spans lines)."""
        if position is None:
            return None
        line, end_line, start, end = position
        if line is None or line != end_line or start is None or end is None:
            return None
        lines = self.text.splitlines()
        if not 1 <= line <= len(lines):
            return None
        return lines[line - 1].encode("utf-8")[start:end].decode("utf-8", "replace") or None


def _position(node: ast.expr) -> Position:
    return node.lineno, node.end_lineno, node.col_offset, node.end_col_offset


def _targets_of(node: ast.AST) -> list[ast.expr]:
    if isinstance(node, ast.Assign):
        return list(node.targets)
    if isinstance(node, (ast.AugAssign, ast.AnnAssign, ast.For, ast.NamedExpr)):
        return [node.target]
    if isinstance(node, ast.With):
        return [item.optional_vars for item in node.items if item.optional_vars is not None]
    return []


def _names_bound(target: ast.expr) -> list[str]:
    """The names a target binds or changes: ``a``, ``a, b``, and ``a`` of ``a[i] = ...`` or ``a.b = ...``."""
    if isinstance(target, ast.Name):
        return [target.id]
    if isinstance(target, (ast.Tuple, ast.List)):
        return [name for element in target.elts for name in _names_bound(element)]
    if isinstance(target, ast.Starred):
        return _names_bound(target.value)
    if isinstance(target, (ast.Subscript, ast.Attribute)):
        base = target.value
        while isinstance(base, (ast.Subscript, ast.Attribute)):
            base = base.value
        return [base.id] if isinstance(base, ast.Name) else []
    return []
