"""Inside a step: the named tensors of its forward and backward passes, and the graph autograd built.

``capture_next`` computes one step of a running generator while watching it (nothing is
watched otherwise), ``inspect_step`` runs a configuration to step K and captures it, and
``Checkpoint`` keeps what a run needs to compute a past step again, exactly (``Replayer``).
``to_json`` and ``to_dot`` give a step's tensors and graph as the command line writes them.
"""

from .capture import Recorder, capture_next, code_file
from .forms import to_dot, to_json, to_lines
from .graph import AUTOGRAD, BY_HAND, Graph, Layout, Node, layout
from .named import KINDS, Inside, NamedTensor
from .reading import InsideError, student_generator
from .replay import Checkpoint, Replayer, ReplayError, inspect_step, replay
from .source import Source

__all__ = [
    "AUTOGRAD", "BY_HAND", "KINDS", "Checkpoint", "Graph", "Inside", "InsideError", "Layout", "NamedTensor", "Node",
    "Recorder", "Replayer", "ReplayError", "Source", "capture_next", "code_file", "inspect_step", "layout", "replay",
    "student_generator", "to_dot", "to_json", "to_lines",
]
