"""What a training generator yields once per step."""

from __future__ import annotations

from typing import Any, NamedTuple


class Step(NamedTuple):
    """One step of training, yielded after the backward pass and before the update.

    ``loss`` is the value the notebook prints: a numpy float, or a 0-d tensor that
    stays on its device until a viewer asks for it. ``weights`` and ``grads`` map a
    name to a *live* matrix (no copy): a viewer snapshots them only when it needs
    to, while the generator is paused at this yield. Every matrix is oriented
    (inputs, outputs), as the notebook writes w1 (D_in x H) and w2 (H x D_out).
    """

    t: int
    loss: Any
    weights: dict[str, Any]
    grads: dict[str, Any]
    depth: int | None = None  # hidden layers DynamicNet chose for this step
    update: str | None = None  # the nn variant's update mode

    @classmethod
    def of_model(cls, t: int, loss: Any, model: Any, **extra: Any) -> Step:
        """A step of an ``nn.Module``: its weight matrices and their gradients.

        ``nn.Linear`` stores its weight as (outputs, inputs); ``.T`` is a view, so
        the matrices stay live while matching the notebook's orientation.
        """
        matrices = [(name, p) for name, p in model.named_parameters() if p.ndim == 2]
        weights = {name: p.T for name, p in matrices}
        grads = {name: None if p.grad is None else p.grad.T for name, p in matrices}
        return cls(t, loss, weights, grads, **extra)
