"""PyTorch Tensors: the numpy network again, by hand, on tensors that can live on a GPU."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import torch

from .step import Step

if TYPE_CHECKING:
    from .config import RunConfig
    from .problem import Problem


def train(config: RunConfig, problem: Problem | None = None) -> Iterator[Step]:
    dtype = config.torch_dtype
    device = config.torch_device

    # N is batch size; D_in is input dimension;
    # H is hidden dimension; D_out is output dimension.
    N, D_in, H, D_out = config.N, config.D_in, config.H, config.D_out

    if problem is None:
        # Create random input and output data
        x = torch.randn(N, D_in, device=device, dtype=dtype)
        y = torch.randn(N, D_out, device=device, dtype=dtype)

        # Randomly initialize weights
        w1 = torch.randn(D_in, H, device=device, dtype=dtype)
        w2 = torch.randn(H, D_out, device=device, dtype=dtype)
    else:  # one problem shared by several variants, as in a race
        x, y, w1, w2 = problem.tensors(device, dtype)

    learning_rate = config.lr
    for t in range(config.steps):
        # Forward pass: compute predicted y
        h = x.mm(w1)
        h_relu = h.clamp(min=0)
        y_pred = h_relu.mm(w2)

        # Compute loss (the notebook calls .item() here; the viewer does it later,
        # so that a GPU is not made to wait for every step)
        loss = (y_pred - y).pow(2).sum()

        # Backprop to compute gradients of w1 and w2 with respect to loss
        grad_y_pred = 2.0 * (y_pred - y)
        grad_w2 = h_relu.t().mm(grad_y_pred)
        grad_h_relu = grad_y_pred.mm(w2.t())
        grad_h = grad_h_relu.clone()
        grad_h[h < 0] = 0
        grad_w1 = x.t().mm(grad_h)

        # Hand the loss, weights and gradients to the viewer (the notebook prints loss)
        yield Step(t, loss, weights={"w1": w1, "w2": w2}, grads={"w1": grad_w1, "w2": grad_w2})

        # Update weights using gradient descent
        w1 -= learning_rate * grad_w1
        w2 -= learning_rate * grad_w2
