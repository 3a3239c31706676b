"""The command line's exit codes, and a run's outcome as one (``--code``'s own are ``edited_code``'s)."""

from __future__ import annotations

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_DIVERGED = 0, 1, 2, 3


def status_of(outcome: str) -> int:
    """A run's exit status as ``run`` gives it: 1 if it failed, 3 if it diverged, else 0."""
    return EXIT_FAILED if outcome.startswith("failed") else EXIT_DIVERGED if outcome.startswith("diverged") else EXIT_OK


def worse(status: int, new: int) -> int:
    """A failure outweighs a divergence, which outweighs success; the first failure stays."""
    return new if new and status in (EXIT_OK, EXIT_DIVERGED) else status
