"""Descent Lab's compute: the notebook's seven variants, their configuration and data.

Nothing here imports Qt, pyqtgraph, ``app`` or ``widgets``. Names are loaded on
first use (PEP 562), and torch only with the names that need it, so that the
window can show itself while torch is still loading: a second or two sooner on
every start. (SPEC 1's lazy_loader does the same; for these twenty lines it would
be one more dependency.) No exported name may be a
submodule's name too: importing the submodule would shadow it.
"""

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # what a type checker sees; at run time each name loads on first use, below
    from .catalog import VARIANTS, Variant
    from .config import ConfigError, RunConfig, available_devices, estimate_bytes, window_threads
    from .history import History, RunResult
    from .problem import Problem
    from .step import Step
    from .training import run, seed_everything, steps, training_context

_WHERE = {
    "VARIANTS": "catalog",
    "Variant": "catalog",
    "ConfigError": "config",
    "RunConfig": "config",
    "available_devices": "config",
    "estimate_bytes": "config",
    "History": "history",
    "RunResult": "history",
    "Problem": "problem",
    "run": "training",
    "seed_everything": "training",
    "steps": "training",
    "training_context": "training",
    "window_threads": "config",  # no torch: the window asks before torch has loaded
    "Step": "step",
}

# _WHERE's names as a literal list, the one form a type checker reads (and checks against the imports above)
__all__ = ["ConfigError", "History", "Problem", "RunConfig", "RunResult", "Step", "VARIANTS", "Variant",
           "available_devices", "estimate_bytes", "run", "seed_everything", "steps", "training_context",
           "window_threads"]


def __getattr__(name: str):
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
    globals()[name] = value  # once loaded, a plain attribute
    return value


def __dir__():
    return __all__
