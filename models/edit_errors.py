"""What edited code can do wrong, each told as a line of the student's code and a plain sentence."""

from __future__ import annotations


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


def _exception_line(error: BaseException) -> str:
    """``Type: message``, as a traceback's last line says it, whatever the exception's ``__str__`` does."""
    try:
        message = str(error)
    except BaseException:  # noqa: BLE001 - a student's exception may fail to say itself, or be stopped saying it
        message = "<exception str() failed>"
    return f"{type(error).__name__}: {message}" if message else type(error).__name__
