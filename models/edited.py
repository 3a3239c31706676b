"""A variant's module as a student edited it: compiled into a fresh module, never written into ``models/``.

The edited text is a whole module, as ``Variant.full_source()`` gives it. It is
compiled under its own file name (registered with ``linecache``, so tracebacks
show its lines) into a new module that sits in the ``models`` package, so its
relative imports (``from .step import Step``) find what the original's find.
What it yields is checked as the views need it, and any fault is told in the
student's terms: a line of their code and a plain sentence, never the app's frames.
"""

from __future__ import annotations

import hashlib
import inspect
import linecache
import traceback
import types
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .catalog import VARIANTS, Variant
from .step import Step


class EditedCodeError(Exception):
    """The edited code cannot run as a variant, or failed while it ran: ``line`` (or None) and a message.

    ``before_running``: found before any of it ran (a syntax error, no ``train``).
    """

    def __init__(self, message: str, line: int | None = None, before_running: bool = False):
        super().__init__(message)
        self.message, self.line, self.before_running = message, line, before_running


@dataclass(frozen=True)
class EditedCode:
    """The text of one variant's module as edited, and the name its tracebacks give it."""

    variant: str
    text: str
    filename: str = ""  # a file's path, or a name such as "custom_module.py (edited)"

    def __post_init__(self):
        if not self.filename:
            object.__setattr__(self, "filename", f"{VARIANTS[self.variant].module_name}.py (edited)")

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def digest(self) -> str:
        """A short hash of the text: what tells two edits apart in a legend or an export."""
        return self.sha256[:7]

    @property
    def label(self) -> str:
        return f"{self.variant} (edited {self.digest})"

    @property
    def is_original(self) -> bool:
        return self.text == VARIANTS[self.variant].full_source()

    def compile(self) -> types.CodeType:
        """The module's code object; a syntax error is an EditedCodeError on its line, before anything runs."""
        try:
            return compile(self.text, self.filename, "exec", dont_inherit=True)
        except SyntaxError as error:
            raise EditedCodeError(error.msg, error.lineno, before_running=True) from None
        except ValueError as error:  # a null byte in the text
            raise EditedCodeError(str(error), None, before_running=True) from None

    def load(self) -> types.ModuleType:
        """Run the module's body in a fresh module of the ``models`` package; it must define ``train``."""
        code = self.compile()
        variant = VARIANTS[self.variant]
        module = types.ModuleType(f"{__package__}.{variant.module_name}_edited_{self.digest}")
        module.__package__ = __package__  # relative imports resolve as in the original
        module.__file__ = self.filename
        linecache.cache[self.filename] = (len(self.text), None, self.text.splitlines(keepends=True), self.filename)
        exec(code, module.__dict__)  # noqa: S102 - the user's own code, run as a notebook cell runs it
        train = getattr(module, "train", None)
        if not inspect.isgeneratorfunction(train):
            raise EditedCodeError(
                "the module must define a generator function train(config, problem) that yields "
                f"a Step for each training step, as the {variant.name} variant's does",
                before_running=True,
            )
        return module

    def train(self, config: Any, problem: Any = None) -> Iterator[Step]:
        """The edited ``train``, its module loaded now, each step checked before the views see it."""
        generator = self.load().train(config, problem)
        checked = False
        try:
            for step in generator:
                if not isinstance(step, Step):
                    raise EditedCodeError(f"train yielded {_kind(step)}; it must yield a Step (from .step import "
                                          "Step) for each training step, as the original does")
                if not checked:  # the first step tells: sizes do not change during a run
                    check_step(step, config, VARIANTS[self.variant])
                    checked = True
                yield step
        finally:
            generator.close()

    def traceback_of(self, error: BaseException) -> tuple[str, int | None]:
        """``error`` as the student's own traceback: only their frames, then the exception; and its line."""
        if isinstance(error, EditedCodeError):
            return error.message, error.line
        frames = [frame for frame in traceback.extract_tb(error.__traceback__) if frame.filename == self.filename]
        lines = ["Traceback (most recent call last):\n", *traceback.format_list(frames)] if frames else []
        lines += traceback.format_exception_only(type(error), error)
        return "".join(lines).rstrip("\n"), frames[-1].lineno if frames else None


def check_step(step: Step, config: Any, variant: Variant) -> None:
    """The loss must be one number and the matrices chain D_in → H → D_out, as the views draw them."""
    loss = step.loss
    if getattr(loss, "shape", None) != ():  # a 0-d tensor or a numpy float, as the cells print with .item()
        raise EditedCodeError(f"step {step.t}'s loss is {_kind(loss)}; it must be one number, "
                              "a 0-d tensor such as criterion(y_pred, y) returns")
    expected = _expected_shapes(config, len(variant.layers))
    shapes = [tuple(getattr(matrix, "shape", ())) for matrix in step.weights.values()]
    if shapes != expected:
        said = ", ".join(f"{name} {tuple(shape)}" for name, shape in zip(step.weights, shapes)) or "none"
        want = ", ".join(str(shape) for shape in expected)
        raise EditedCodeError(
            f"step {step.t}'s weight matrices are {said}; the {variant.name} variant draws "
            f"{len(expected)} matrices of shapes {want} (inputs, outputs), from D_in={config.D_in}, "
            f"H={config.H} and D_out={config.D_out}: change the sizes in the settings, not in the code"
        )


def _expected_shapes(config: Any, count: int) -> list[tuple[int, int]]:
    middle = [(config.H, config.H)] * (count - 2)
    return [(config.D_in, config.H), *middle, (config.H, config.D_out)]


def _kind(value: Any) -> str:
    shape = getattr(value, "shape", None)
    return f"a {type(value).__name__} of shape {tuple(shape)}" if shape is not None else f"a {type(value).__name__}"
