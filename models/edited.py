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
import threading
import time
import traceback
import types
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from .catalog import VARIANTS
from .edit_errors import EditedCodeError, EditedCodeRaised, StepCountError, StepTimeoutError
from .step import Step
from .step_checks import StepChecker
from .stopping import RunStopped
from .watchdog import Watchdog
from .words import translate

DEFAULT_STEP_TIMEOUT_S, MAX_STEP_TIMEOUT_S = 10.0, 3600.0  # the command line's --step-timeout
_END = object()  # what next() gives for a train that has ended

# Generators that yielded again when closed: finalising one would run the student's code once
# more, in whatever thread collects it, so they are kept, never collected.
_UNCLOSABLE: list = []

__all__ = ["DEFAULT_STEP_TIMEOUT_S", "MAX_STEP_TIMEOUT_S", "EditedCode", "EditedCodeError", "EditedCodeRaised",
           "StepCountError", "StepTimedOut", "StepTimeoutError"]


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
