"""What a training generator yields once per step."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import torch


class Step:
    """One step of training, yielded after the backward pass and before the update.

    ``loss`` is the value the notebook prints: a numpy float, or a 0-d tensor that
    stays on its device until a viewer asks for it (``loss.item()``).

    ``weights`` and ``grads`` map a name to a *live* matrix, never a copy: a viewer
    snapshots them only when it needs to, while the generator waits at this yield.
    Every matrix is oriented (inputs, outputs), as the notebook writes w1 (D_in x H)
    and w2 (H x D_out). For an ``nn.Module`` they are looked up only when asked
    for, so a step the viewer does not draw costs nothing. A step given neither
    has none: both are empty.
    """

    __slots__ = ("t", "loss", "depth", "update", "_weights", "_grads", "_model")

    def __init__(
        self,
        t: int,
        loss: Any,
        weights: dict[str, Any] | None = None,
        grads: dict[str, Any] | None = None,
        depth: int | None = None,  # hidden layers DynamicNet chose for this step
        update: str | None = None,  # the nn variant's update mode
        model: torch.nn.Module | None = None,  # its weight matrices are looked up lazily
    ):
        self.t, self.loss, self.depth, self.update = t, loss, depth, update
        self._weights, self._grads, self._model = weights or {}, grads or {}, model

    @classmethod
    def of_model(cls, t: int, loss: Any, model: torch.nn.Module, **extra: Any) -> Step:
        """A step of an ``nn.Module``: its weight matrices and their gradients."""
        return cls(t, loss, model=model, **extra)

    @property
    def weights(self) -> dict[str, Any]:
        if self._model is None:
            return self._weights
        return {name: p.detach().T for name, p in _matrices(self._model)}

    @property
    def grads(self) -> dict[str, Any]:
        if self._model is None:
            return self._grads
        return {name: None if p.grad is None else p.grad.T for name, p in _matrices(self._model)}

    def __repr__(self) -> str:
        return f"Step(t={self.t}, loss={self.loss!r}, depth={self.depth}, update={self.update})"


def _matrices(model: torch.nn.Module) -> list[tuple[str, torch.nn.Parameter]]:
    """``nn.Linear`` keeps its weight as (outputs, inputs); ``.T`` is a live view."""
    return [(name, p) for name, p in model.named_parameters() if p.ndim == 2]
