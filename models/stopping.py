"""How the app stops code that runs a step, and how that is told apart from the code's own exceptions.

Edited code may raise anything, ``SystemExit`` and ``KeyboardInterrupt`` included: each is
the student's fault, told on their line. ``RunStopped`` is the one family of exceptions the
app itself raises into running code (a Stop, a step over its time limit, Ctrl+C or SIGTERM);
whatever drives a training generator lets it pass untouched. It derives from
``BaseException``, as ``KeyboardInterrupt`` does, so a student's ``except Exception`` cannot
swallow it.
"""

from __future__ import annotations


class RunStopped(BaseException):
    """Raised by the app into code that runs a step, to stop the run: never the student's own."""
