"""The named tensors of one step, copied to the host, with the numbers a list of them shows."""

from __future__ import annotations

import math
import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from .graph import Graph

KINDS = ("data", "weight", "forward", "loss", "gradient")


@dataclass(frozen=True)
class NamedTensor:
    """One tensor of a step under the name the code gives it, as the variant computed it.

    ``values`` is a host copy in the variant's own dtype; ``lines`` are the lines of the
    variant's module that computed it (or bound its name). The statistics are taken in
    float64 so that a float32 tensor's mean and norm do not round on the way; a tensor
    with no elements has none.
    """

    name: str
    kind: str  # one of KINDS
    values: np.ndarray = field(repr=False, compare=False)
    lines: tuple[int, ...] = ()
    shape: tuple[int, ...] = ()
    dtype: str = ""
    min: float | None = None
    max: float | None = None
    mean: float | None = None
    norm: float | None = None

    @classmethod
    def of(cls, name: str, kind: str, values: np.ndarray, lines: tuple[int, ...] = ()) -> NamedTensor:
        stats: dict[str, float | None] = dict.fromkeys(("min", "max", "mean", "norm"))
        if values.size and values.dtype.kind in "biuf":
            flat = values.reshape(-1)
            wide = flat if flat.dtype == np.float64 else flat.astype(np.float64)  # sums of squares overflow float32
            stats = {"min": float(flat.min()), "max": float(flat.max()), "mean": float(wide.mean()),
                     "norm": math.sqrt(float(np.dot(wide, wide)))}
        return cls(name, kind, values, tuple(sorted(set(lines))), tuple(values.shape), str(values.dtype), **stats)

    @property
    def stats(self) -> dict[str, float | None]:
        return {"min": self.min, "max": self.max, "mean": self.mean, "norm": self.norm}


@dataclass(frozen=True)
class Inside:
    """Step ``t`` of a run from the inside: its named tensors in the order the code computed them, and its graph.

    ``graph`` is the graph autograd built at this step, or for a variant whose backward
    pass is written by hand the one it would build; None, with ``no_graph`` saying why,
    when there is neither.
    """

    t: int
    variant: str
    tensors: tuple[NamedTensor, ...]
    graph: Graph | None = None
    depth: int | None = None  # DynamicNet's draw at this step
    no_graph: str = ""

    def __getitem__(self, name: str) -> NamedTensor:
        for tensor in self.tensors:
            if tensor.name == name:
                return tensor
        raise KeyError(name)

    @property
    def names(self) -> list[str]:
        return [tensor.name for tensor in self.tensors]

    def on_line(self, line: int) -> list[str]:
        """The tensors line ``line`` of the module computes, in order."""
        return [tensor.name for tensor in self.tensors if line in tensor.lines]


def host_copy(value: Any) -> np.ndarray | None:
    """A numpy copy of an array, a numpy number or a strided tensor; None for anything else.

    Never a view: on the CPU ``tensor.numpy()`` shares the tensor's memory, which the
    next update changes.
    """
    if isinstance(value, np.ndarray):
        return value.copy()
    if isinstance(value, np.generic):
        return np.array(value)
    torch = sys.modules.get("torch")
    if torch is None or not isinstance(value, torch.Tensor) or value.layout != torch.strided:
        return None
    tensor = value.detach()
    if tensor.dtype == torch.bfloat16 or tensor.is_complex() or tensor.is_quantized:
        return None  # numbers a heatmap cannot show, or numpy cannot hold as they are
    return tensor.cpu().numpy() if tensor.device.type != "cpu" else tensor.clone().numpy()


def finite_or_none(value: float | None) -> float | None:
    """A number for JSON, which has no NaN or infinity."""
    return value if value is not None and math.isfinite(value) else None
