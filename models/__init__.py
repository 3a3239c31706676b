"""Descent Lab's compute: the notebook's seven variants, their configuration and data.

Nothing here imports Qt, pyqtgraph, ``app`` or ``widgets``.
"""

from .catalog import VARIANTS, Variant
from .config import ConfigError, RunConfig, available_devices, estimate_bytes
from .problem import Problem
from .run import History, RunResult, run, seed_everything, steps, training_context
from .step import Step

__all__ = [
    "VARIANTS",
    "ConfigError",
    "History",
    "Problem",
    "RunConfig",
    "RunResult",
    "Step",
    "Variant",
    "available_devices",
    "estimate_bytes",
    "run",
    "seed_everything",
    "steps",
    "training_context",
]
