"""A variant's module as a student edited it: compiled into a fresh module, never written into ``models/``.

The edited text is a whole module, as ``Variant.full_source()`` gives it. It is
compiled under its own file name (registered with ``linecache``, so tracebacks
show its lines) into a new module that sits in the ``models`` package, so its
relative imports (``from .step import Step``) find what the original's find.
Every step it yields is checked as the views need it, and any fault is told in
the student's terms: a line of their code and a plain sentence, never the app's
frames. Whatever the code raises, ``SystemExit`` and ``KeyboardInterrupt``
included, is its fault: only the app's own ``RunStopped`` passes untouched.
"""

from __future__ import annotations

import contextlib
import hashlib
import inspect
import linecache
import sys
import threading
import time
import traceback
import types
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .catalog import VARIANTS, Variant
from .step import Step
from .stopping import RunStopped
from .watchdog import Watchdog
from .words import translate

DEFAULT_STEP_TIMEOUT_S, MAX_STEP_TIMEOUT_S = 10.0, 3600.0  # the command line's --step-timeout
DEPTHS = range(4)  # DynamicNet reuses its middle layer random.randint(0, 3) times
_END = object()  # what next() gives for a train that has ended

# Generators that yielded again when closed: finalising one would run the student's code once
# more, in whatever thread collects it, so they are kept, never collected.
_UNCLOSABLE: list = []


class EditedCodeError(Exception):
    """The edited code cannot run as a variant, or failed while it ran: ``line`` (or None) and a message.

    ``before_running``: found before any of it ran (a syntax error, no ``train``).
    """

    def __init__(self, message: str, line: int | None = None, before_running: bool = False):
        super().__init__(message)
        self.message, self.line, self.before_running = message, line, before_running


class EditedCodeRaised(EditedCodeError):
    """The edited code raised ``error``: any exception, ``SystemExit`` and ``KeyboardInterrupt`` included.

    Carried as an ``Exception``, so that every driver tells it as the student's fault and
    goes on. ``line``: where the student's generator stood, for an error whose traceback
    holds none of their frames (a yield that ignored ``GeneratorExit``).
    """

    def __init__(self, error: BaseException, line: int | None = None):
        super().__init__(_exception_line(error), line)
        self.error = error


class StepCountError(EditedCodeError):
    """The edited train yielded fewer steps than asked for, or more."""


class StepTimeoutError(EditedCodeError):
    """A step of the edited code did not come back within ``limit_s`` seconds, and was stopped on ``line``."""

    def __init__(self, message: str, line: int | None, limit_s: float):
        super().__init__(message, line)
        self.limit_s = limit_s


class StepTimedOut(RunStopped):
    """Raised into edited code whose step has not come back within its time limit."""


@dataclass(frozen=True)
class EditedCode:
    """The text of one variant's module as edited, the name its tracebacks give it, and how long a step may take.

    ``step_timeout_s``: a step not back within it is stopped, its fault (the command
    line's ``--step-timeout``); None, as in the window, sets no limit.
    """

    variant: str
    text: str
    filename: str = ""  # a file's path, or a name such as "custom_module.py (edited)"
    step_timeout_s: float | None = field(default=None, compare=False)

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
            said = translate("Edited", "the module must define a generator function train(config, problem) that yields "
                                       "a Step for each training step, as the {name} variant's does")
            raise EditedCodeError(
                said.format(name=variant.name),
                before_running=True,
            )
        return module

    def train(self, config: Any, problem: Any = None) -> Iterator[Step]:
        """The edited ``train``, its module loaded at the first step: exactly ``config.steps`` steps, each checked.

        Whatever the code does wrong is an ``EditedCodeError``: an exception it raises,
        a step the views cannot draw, fewer or more steps than asked for. Closed after
        its last step, it lets the edited train end as the notebook's loop does (its last
        update), so that a train yielding more is told too. A step (or that end) not back
        within ``step_timeout_s`` is stopped, a ``StepTimeoutError`` on its line.
        """
        checker = StepChecker(config, VARIANTS[self.variant])
        with StepGuard(self.filename, self.step_timeout_s) as guard:
            student = guard.run(lambda: self.load().train(config, problem))
            try:
                for index in range(config.steps):
                    step = guard.run(_next_step, student, checker, index, at=student)
                    try:
                        yield step
                    except GeneratorExit:
                        if index + 1 < config.steps:
                            raise  # closed before the end: a Stop, a divergence
                        break  # closed after the last step: train ends all the same
                last = translate("Edited", "ending after its last step")
                guard.run(_end, student, config.steps, waiting_for=last, at=student)
            except GeneratorExit:
                closing = translate("Edited", "ending when closed")
                guard.run(_close, student, waiting_for=closing, at=student)  # a yield on closing
                raise
            except BaseException:
                with contextlib.suppress(EditedCodeError):  # the first fault is the one told
                    guard.run(_close, student, waiting_for=translate("Edited", "ending when closed"),
                              at=student)
                raise

    def traceback_of(self, error: BaseException) -> tuple[str, int | None]:
        """``error`` as the student's own traceback: only their frames, then the exception; and its line.

        Causes come first, as Python prints them (a ``StopIteration`` raised in ``train``
        is the cause of the ``RuntimeError`` it becomes), and so do exceptions the code was
        handling in its own lines. A plain ``EditedCodeError`` is a sentence: its message and line.
        """
        if isinstance(error, EditedCodeError) and not isinstance(error, EditedCodeRaised):
            return error.message, error.line
        fallback = error.line if isinstance(error, EditedCodeRaised) else None
        chain = self._chain(error.error if isinstance(error, EditedCodeRaised) else error)
        parts, line = [], None
        for earlier, raised in zip([None, *chain], chain):
            frames = self.frames_of(raised)
            if raised is chain[-1] and not frames and line is None and fallback is not None:
                frames = [traceback.FrameSummary(self.filename, fallback, "train")]  # where its train stood
            if earlier is not None:
                parts.append(_CAUSE if raised.__cause__ is earlier else _CONTEXT)
            if frames:
                parts += ["Traceback (most recent call last):\n", *traceback.format_list(frames)]
                line = frames[-1].lineno
            parts += traceback.format_exception_only(type(raised), raised)
        return "".join(parts).rstrip("\n"), line

    def _chain(self, error: BaseException) -> list[BaseException]:
        """``error`` and what led to it in the student's code, the first cause first."""
        chain = [error]
        while True:
            last = chain[-1]
            context = None if last.__suppress_context__ else last.__context__
            earlier = last.__cause__ or (context if context is not None and self.frames_of(context) else None)
            if earlier is None or earlier in chain:
                return chain[::-1]
            chain.append(earlier)

    def frames_of(self, error: BaseException) -> list[traceback.FrameSummary]:
        """The frames of ``error``'s traceback in this code's own file, outermost first."""
        return [frame for frame in traceback.extract_tb(error.__traceback__) if frame.filename == self.filename]


_CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n"
_CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n"


class StepGuard:
    """Calls into edited code, each timed as one step: whatever they raise but ``RunStopped`` is its fault.

    Used as a context manager on the thread that runs the code. With ``limit_s``, a
    call that has not come back within it gets ``StepTimedOut`` raised into it while
    the file's own lines run (``models.watchdog``), told as a ``StepTimeoutError``
    on the line where it stopped; the limit counts from when the step was asked for.
    """

    def __init__(self, filename: str, limit_s: float | None = None):
        self.filename, self.limit_s = filename, limit_s
        self._asked_at: float | None = None
        self._watchdog: Watchdog | None = None

    def __enter__(self) -> StepGuard:
        if self.limit_s is not None:
            watchdog = Watchdog(threading.get_ident(), {self.filename}, StepTimedOut, self._overdue)
            self._watchdog = watchdog.__enter__()
        return self

    def __exit__(self, *exc_info) -> None:
        if self._watchdog is not None:
            self._watchdog.__exit__(*exc_info)

    def _overdue(self) -> bool:
        asked, limit = self._asked_at, self.limit_s
        return asked is not None and limit is not None and time.monotonic() - asked > limit

    def run(self, call: Callable, *args: Any, waiting_for: str | None = None, at: Any = None) -> Any:
        """``call(*args)``; ``at``: the student's generator, whose line tells where a fault without frames arose."""
        self._asked_at = time.monotonic()
        try:
            result = call(*args)
            self._answered()  # a StepTimedOut sent before this lands here at the latest, and is told below
            return result
        except StepTimedOut as stopped:
            watchdog, limit = self._watchdog, self.limit_s
            if watchdog is None or watchdog.stopped_at is None or limit is None:  # a limit makes the watchdog
                raise  # not this guard's
            frames = [frame for frame in traceback.extract_tb(stopped.__traceback__) if frame.filename == self.filename]
            line = frames[-1].lineno if frames else watchdog.stopped_at
            said = translate("Edited", "stopped after {limit} s without {waiting_for}")
            waiting_for = waiting_for or translate("Edited", "yielding a step")
            raise StepTimeoutError(said.format(limit=f"{limit:g}", waiting_for=waiting_for), line, limit) from None
        except (RunStopped, EditedCodeError):
            raise
        except BaseException as error:  # noqa: BLE001 - SystemExit and KeyboardInterrupt too: the code's own
            raise EditedCodeRaised(error, _line_of(at)) from None
        finally:
            self._asked_at = None

    def _answered(self) -> None:
        """The call came back: under the watchdog's lock, so that nothing is sent after this."""
        with self._watchdog.lock if self._watchdog is not None else contextlib.nullcontext():
            self._asked_at = None


def _next_step(student: Iterator, checker: StepChecker, index: int) -> Step:
    step = next(student, _END)
    if step is _END:
        said = translate("Edited", "the edit's train stopped after {index} of {steps} steps")
        raise StepCountError(said.format(index=index, steps=checker.config.steps))
    return checker.check(step, index, _line_of(student))


def _end(student: Iterator, steps: int) -> None:
    """After the last step: the edited train must end now, as the notebook's loop does."""
    if next(student, _END) is not _END:
        said = translate("Edited", "the edit's train yielded more than the {steps} steps asked for; a variant yields "
                                   "one Step per step of config.steps")
        raise StepCountError(said.format(steps=steps), _line_of(student))


def _close(student) -> None:
    try:
        student.close()
    except BaseException:
        if student.gi_frame is not None:  # it yielded again: still suspended
            _UNCLOSABLE.append(student)
        raise


def _line_of(generator: Any) -> int | None:
    """The line a suspended generator stands at (its yield); None once it has ended."""
    frame = getattr(generator, "gi_frame", None)
    return frame.f_lineno if frame is not None else None


def _exception_line(error: BaseException) -> str:
    """``Type: message``, as a traceback's last line says it, whatever the exception's ``__str__`` does."""
    try:
        message = str(error)
    except BaseException:  # noqa: BLE001 - a student's exception may fail to say itself, or be stopped saying it
        message = "<exception str() failed>"
    return f"{type(error).__name__}: {message}" if message else type(error).__name__


class StepChecker:
    """What each step of edited code must carry for the views, checked at every step, cheaply.

    Step 0 is checked against the settings (the matrices chain D_in → H → D_out); every
    later step must keep step 0's names, shapes and gradients, so that what the views
    drew at step 0 they can draw at any step. Each fault is a sentence naming the step
    and what is expected, on the line of the yield.
    """

    def __init__(self, config: Any, variant: Variant):
        self.config, self.variant = config, variant
        self._matrices: list[tuple[str, tuple]] | None = None  # step 0's weight names and shapes
        self._with_grads: list[str] | None = None  # the names of step 0's gradients
        self._loss_kind: tuple | None = None  # step 0's loss: a tensor (and its device) or numpy's

    def check(self, step: Any, index: int, line: int | None) -> Step:
        """``step``, once it is found to be one the views can draw; else an EditedCodeError on ``line``."""

        def fault(message: str) -> EditedCodeError:
            return EditedCodeError(message, line)

        if not isinstance(step, Step):
            said = translate("Edited", "train yielded {value}; it must yield a Step (from .step import Step) for each "
                                       "training step, as the original does")
            raise fault(said.format(value=_kind(step)))
        if not isinstance(step.t, (int, np.integer)) or step.t != index:
            said = translate("Edited", "step {index} was yielded as Step(t={t}, …); t must count the steps from 0, as "
                                       "the loop's t does")
            raise fault(said.format(index=index, t=repr(step.t)))
        self._check_loss(step, fault)
        self._check_matrices(step, fault)
        if self.variant.draws_depth and not (isinstance(step.depth, (int, np.integer)) and step.depth in DEPTHS):
            said = translate("Edited", "step {index}'s depth is {depth}; the {name} variant draws a depth of 0, 1, 2 "
                                       "or 3 at each step, as random.randint(0, 3) does")
            raise fault(said.format(index=index, depth=repr(step.depth), name=self.variant.name))
        return step

    def _check_loss(self, step: Step, fault: Callable) -> None:
        loss = step.loss
        if getattr(loss, "shape", None) != () or not _is_real(loss):
            said = translate("Edited", "step {t}'s loss is {value}; it must be one real number, a 0-d tensor such as "
                                       "criterion(y_pred, y) returns")
            raise fault(said.format(t=step.t, value=_kind(loss, dtype=True)))
        torch = sys.modules.get("torch")
        tensor = torch is not None and isinstance(loss, torch.Tensor)
        kind = ("a tensor on", loss.device) if tensor else ("a numpy number",)
        if self._loss_kind is None:
            self._loss_kind = kind
        elif kind != self._loss_kind:  # the losses of a run are gathered into one array, on one device
            now, first = (" ".join(map(str, k)) for k in (kind, self._loss_kind))
            said = translate("Edited", "step {t}'s loss is {now} where step 0's was {first}; every step's loss is one "
                                       "number of the same kind")
            raise fault(said.format(t=step.t, now=now, first=first))

    def _check_matrices(self, step: Step, fault: Callable) -> None:
        weights, grads, transposed = _matrices_of(step)
        if not isinstance(weights, dict):
            said = translate("Edited", "step {t}'s weights are {value}; a Step carries its weight matrices as a dict, "
                                       "name: matrix")
            raise fault(said.format(t=step.t, value=_kind(weights)))
        matrices = [(name, _shape(matrix, transposed)) for name, matrix in weights.items()]
        if self._matrices is None:
            expected = _expected_shapes(self.config, len(self.variant.layers))
            if [shape for _, shape in matrices] != expected:
                said = translate("Edited", "step {t}'s weight matrices are {matrices}; the {name} variant draws "
                                           "{count} matrices of shapes {shapes} (inputs, outputs), from D_in={D_in}, "
                                           "H={H} and D_out={D_out}: change the sizes in the settings, not in the code")
                raise fault(said.format(t=step.t, matrices=_said(matrices), name=self.variant.name, count=len(expected),
                                        shapes=", ".join(map(str, expected)), D_in=self.config.D_in, H=self.config.H,
                                        D_out=self.config.D_out))
        elif matrices != self._matrices:
            said = translate("Edited", "step {t}'s weight matrices are {value}; every step must keep step 0's names "
                                       "and shapes: {value2}")
            raise fault(said.format(t=step.t, value=_said(matrices), value2=_said(self._matrices)))
        for name, matrix in weights.items():
            if not _is_real_matrix(matrix):
                said = translate("Edited", "step {t}'s weight matrix {name} is {value}; each must be a tensor or a "
                                           "numpy array of real numbers")
                raise fault(said.format(t=step.t, name=name, value=_kind(matrix, dtype=True)))
        self._matrices = matrices
        self._check_grads(step, grads, transposed, matrices, fault)

    def _check_grads(self, step: Step, grads: Any, transposed: bool, matrices: list[tuple[str, tuple]],
                     fault: Callable) -> None:
        """Each gradient of a weight's name and shape; every one step 0 had, at every step (DynamicNet's
        middle layer has none at depth 0, where it is not used)."""
        if not isinstance(grads, dict):
            said = translate("Edited", "step {t}'s gradients are {value}; a Step carries its gradients as a dict, "
                                       "name: matrix, as it carries its weights")
            raise fault(said.format(t=step.t, value=_kind(grads)))
        shapes = dict(matrices)
        for name, grad in grads.items():
            if grad is not None and (_shape(grad, transposed) != shapes.get(name) or not _is_real_matrix(grad)):
                said = translate("Edited", "step {t}'s gradient {name} is {value}; a gradient must be a tensor or a "
                                           "numpy array of real numbers, of the shape of the weight of its name")
                raise fault(said.format(t=step.t, name=name, value=_kind(grad, dtype=True)))
        if self._with_grads is None:
            self._with_grads = [name for name, grad in grads.items() if grad is not None]
            return
        unused = [name for name, _ in matrices[1:-1]] if self.variant.draws_depth and step.depth == 0 else ()
        missing = [name for name in self._with_grads if grads.get(name) is None and name not in unused]
        if missing:
            said = translate("Edited", "step {t} carries no gradient of {value}; every step must carry the gradients "
                                       "step 0 did ({value2})")
            raise fault(said.format(t=step.t, value=', '.join(missing), value2=', '.join(self._with_grads)))


def _expected_shapes(config: Any, count: int) -> list[tuple[int, int]]:
    middle = [(config.H, config.H)] * (count - 2)
    return [(config.D_in, config.H), *middle, (config.H, config.D_out)]


_TORCH_INTEGERS = {f"torch.{kind}{bits}" for kind in ("int", "uint") for bits in (8, 16, 32, 64)}


def _is_real(value: Any) -> bool:
    """Numbers that are real: a dtype of floats or integers, numpy's or torch's (not complex, bool or quantised)."""
    dtype = getattr(value, "dtype", None)
    kind = getattr(dtype, "kind", None)
    if isinstance(kind, str):  # numpy's
        return kind in "iuf"
    return getattr(dtype, "is_floating_point", False) is True or str(dtype) in _TORCH_INTEGERS


def _is_real_matrix(value: Any) -> bool:
    """A numpy array or a strided tensor (a tensor exists only once torch is loaded) of real numbers."""
    torch = sys.modules.get("torch")
    tensor = torch is not None and isinstance(value, torch.Tensor) and value.layout == torch.strided
    return (tensor or isinstance(value, np.ndarray)) and _is_real(value)


def _matrices_of(step: Step) -> tuple[Any, Any, bool]:
    """The step's weights and gradients, and whether they are as ``nn.Linear`` keeps them, (outputs, inputs).

    A Step of a model is read in one pass over its parameters, without the transposed
    views its properties make: a tensor each, three times the cost at every step.
    """
    model = step._model if type(step) is Step else None
    if model is None:
        return step.weights, step.grads, False
    matrices = [(name, p) for name, p in model.named_parameters() if p.ndim == 2]
    return dict(matrices), {name: p.grad for name, p in matrices}, True


def _shape(matrix: Any, transposed: bool) -> tuple:
    shape = tuple(getattr(matrix, "shape", ()))
    return shape[::-1] if transposed else shape


def _said(matrices: list[tuple[str, tuple]]) -> str:
    return ", ".join(f"{name} {shape}" for name, shape in matrices) or "none"


def _kind(value: Any, dtype: bool = False) -> str:
    shape = getattr(value, "shape", None)
    if shape is None:
        return "None" if value is None else f"a {type(value).__name__}"
    of = f" of dtype {str(value.dtype).removeprefix('torch.')}" if dtype and hasattr(value, "dtype") else ""
    return f"a {type(value).__name__} of shape {tuple(shape)}{of}"
