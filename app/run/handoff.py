"""The hand-off from the training thread to the window: losses in batches, weight snapshots "latest wins".

Only the training thread touches the tensors being trained. It hands results to the
window coalesced, never one signal per step: losses land in a ``History`` the window
reads at its frame rate, and weight snapshots are copied, subsampled to the heatmaps'
pixels, at most once per frame; the copy started last is the one that lands. On a
GPU neither makes the host wait for the device.
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
import torch

from models import History

if TYPE_CHECKING:
    from models.step import Step


@dataclass(frozen=True)
class Snapshot:
    """Weights and gradients of one step, copied, as (outputs, inputs) matrices.

    Large matrices are subsampled by a whole stride per axis; ``shapes`` keeps
    their full size so the heatmaps can label true unit indices.
    """

    t: int
    weights: dict[str, np.ndarray]
    grads: dict[str, np.ndarray | None]
    shapes: dict[str, tuple[int, int]] = field(default_factory=dict)


def subsample(matrix, max_rows: int, max_cols: int):
    """A strided view with at most ``max_rows`` x ``max_cols`` entries."""
    rows, cols = matrix.shape
    return matrix[:: math.ceil(rows / max_rows), :: math.ceil(cols / max_cols)]


class _HostCopy:
    """Tensors copied to host memory; on CUDA without waiting (pinned memory, an event)."""

    def __init__(self, tensors: list[torch.Tensor]):
        on_gpu = any(t.is_cuda for t in tensors)
        self.host = []
        for tensor in tensors:
            target = torch.empty(tensor.shape, dtype=tensor.dtype, pin_memory=on_gpu)
            target.copy_(tensor, non_blocking=on_gpu)
            self.host.append(target)
        self.event = torch.cuda.Event() if on_gpu else None
        if self.event is not None:
            self.event.record()

    def ready(self, wait: bool) -> bool:
        if self.event is None:
            return True
        if wait:
            self.event.synchronize()
            return True
        return self.event.query()

    def arrays(self) -> list[np.ndarray]:
        return [t.numpy() for t in self.host]


def kept_loss(loss):
    """A step's loss as it is kept until its batch is sent: read at once on the CPU; on a GPU, detached from its
    graph (which would hold the step's tensors) and left on the device (see ``LossBatcher``)."""
    if not isinstance(loss, torch.Tensor):
        return loss
    return loss.item() if loss.device.type == "cpu" else loss.detach()


class LossBatcher:
    """Per-step losses gathered where they are computed, landed in a History in batches.

    ``.item()`` on a GPU makes the host wait for every step. There each step only
    keeps its loss (a 0-d tensor on its device, detached from its graph); once per
    frame they are stacked on the device and go to the host in one non-blocking
    copy, which lands when its event has completed. Keeping a reference costs a
    step about a microsecond, where writing into a device buffer cost twenty.

    On the CPU, ``.item()`` waits for nothing, and each loss is read at once. A
    kept 0-d tensor would lie in the heap between the step's larger buffers, which
    could then not be handed back whole: the heap grew by about 100 KB a step
    (25 page faults) until the batch was sent (measured, autograd on two cores).
    """

    def __init__(self, history: History, max_pending: int = 4096):
        self.history, self.max_pending = history, max_pending
        self._losses: list = []
        self._depths: list = []
        self._in_flight: deque[tuple[_HostCopy | np.ndarray, list]] = deque()
        self.landed_nonfinite: int | None = None  # step of the first NaN or inf

    def add(self, loss, depth: int | None) -> None:
        self._losses.append(kept_loss(loss))
        self._depths.append(depth)
        if len(self._losses) >= self.max_pending:
            self.send()

    def send(self) -> None:
        """Start copying what was gathered to the host."""
        if not self._losses:
            return
        losses, self._losses = self._losses, []
        if isinstance(losses[0], torch.Tensor):
            batch = _HostCopy([torch.stack(losses).to(torch.float64)])
        else:  # numbers, already on the host
            batch = np.asarray(losses, dtype=np.float64)
        self._in_flight.append((batch, self._depths))
        self._depths = []

    def land(self, wait: bool = False) -> None:
        """Append the batches that have arrived, stopping at the first non-finite loss."""
        while self._in_flight and self.landed_nonfinite is None:
            batch, depths = self._in_flight[0]
            if isinstance(batch, _HostCopy):
                if not batch.ready(wait):
                    return
                (losses,) = batch.arrays()
            else:
                losses = batch
            self._in_flight.popleft()
            bad = np.flatnonzero(~np.isfinite(losses))
            if bad.size:
                end = int(bad[0]) + 1
                self.landed_nonfinite = self.history.count + end - 1
                losses, depths = losses[:end], depths[:end]
            self.history.extend(losses, depths)


class SnapshotCopy:
    """One step's matrices on their way to the host as (outputs, inputs), subsampled to ``max_pixels``."""

    def __init__(self, step: Step, max_pixels: tuple[int, int]):
        rows, cols = max_pixels
        self.t = step.t
        self.names: list[tuple[str, str]] = []  # (weights or grads, the matrix's name), in the copy's order
        self.shapes: dict[str, tuple[int, int]] = {}
        tensors = []
        for kind, matrices in (("weights", step.weights), ("grads", step.grads)):
            for name, matrix in matrices.items():
                if matrix is None:
                    continue
                matrix = torch.as_tensor(_tensor_ready(matrix)).detach().T  # (outputs, inputs), a view
                outputs, inputs = matrix.shape
                self.shapes[name] = (outputs, inputs)
                self.names.append((kind, name))
                tensors.append(_numpy_ready(subsample(matrix, rows, cols)))
        self._copy = _HostCopy(tensors)

    def landed(self, wait: bool) -> Snapshot | None:
        """The snapshot, once it has arrived (``wait``: now); None while it is on its way."""
        return self._arrived() if self._copy.ready(wait) else None

    def snapshot(self) -> Snapshot:
        """The snapshot, waiting for it to arrive."""
        self._copy.ready(wait=True)
        return self._arrived()

    def _arrived(self) -> Snapshot:
        parts: dict[str, dict] = {"weights": {}, "grads": {}}
        for (kind, name), array in zip(self.names, self._copy.arrays()):
            parts[kind][name] = array
        return Snapshot(self.t, parts["weights"], parts["grads"], self.shapes)


class SnapshotHandoff:
    """The snapshots of the lane on show, copied at most once every so often: the copy started last lands."""

    def __init__(self, max_pixels: tuple[int, int]):
        self.max_pixels = max_pixels
        self.t = -1  # the step copied last
        self._copied_at = -math.inf
        self._pending: SnapshotCopy | None = None

    def offer(self, step: Step, now: float, every_s: float, force: bool) -> None:
        """Start copying ``step`` if it was not copied yet and is due: ``force``, step 0, or ``every_s`` since the
        last copy began."""
        if step.t != self.t and (force or step.t == 0 or now - self._copied_at >= every_s):
            self.copy(step)
            self.t, self._copied_at = step.t, now

    def copy(self, step: Step) -> None:
        """Start copying ``step``'s matrices to the host (on a GPU, without waiting); it replaces any on its way."""
        self._pending = SnapshotCopy(step, self.max_pixels)

    def land(self, wait: bool) -> Snapshot | None:
        """The copy started last, once it has arrived (``wait``: now); None while on its way, or when none is."""
        pending = self._pending
        snapshot = pending.landed(wait) if pending is not None else None
        if snapshot is not None:
            self._pending = None
        return snapshot

    def copy_now(self, step: Step) -> Snapshot:
        """``step``'s snapshot, copied whole before returning (one kept for rewinding)."""
        self.t = step.t
        return SnapshotCopy(step, self.max_pixels).snapshot()


def _tensor_ready(matrix):
    """``matrix``, or a copy where torch cannot share its memory: an edit's reversed or read-only array."""
    if isinstance(matrix, np.ndarray) and (not matrix.flags.writeable or any(s < 0 for s in matrix.strides)):
        return matrix.copy()
    return matrix


def _numpy_ready(matrix: torch.Tensor) -> torch.Tensor:
    """``matrix``, or as float32 where numpy has no such float (an edit's bfloat16 or float8 model)."""
    numpy_floats = (torch.float16, torch.float32, torch.float64)
    return matrix.float() if matrix.is_floating_point() and matrix.dtype not in numpy_floats else matrix
