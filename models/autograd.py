"""PyTorch: Tensors and autograd: the backward pass computed for us."""

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
        # Create random Tensors to hold input and outputs. They need no gradients.
        x = torch.randn(N, D_in, device=device, dtype=dtype)
        y = torch.randn(N, D_out, device=device, dtype=dtype)

        # Create random Tensors for weights. requires_grad=True asks autograd to
        # compute gradients with respect to them during the backward pass.
        w1 = torch.randn(D_in, H, device=device, dtype=dtype, requires_grad=True)
        w2 = torch.randn(H, D_out, device=device, dtype=dtype, requires_grad=True)
    else:  # one problem shared by several variants, as in a race
        x, y, w1, w2 = problem.tensors(device, dtype)
        w1.requires_grad_()
        w2.requires_grad_()

    learning_rate = config.lr
    for t in range(config.steps):
        # Forward pass: the same operations as by hand, but autograd records
        # them, so we need not keep the intermediate values.
        y_pred = x.mm(w1).clamp(min=0).mm(w2)

        # Compute loss: a Tensor of shape () (loss.item() gets its value)
        loss = (y_pred - y).pow(2).sum()

        # Use autograd to compute the backward pass. After this call w1.grad and
        # w2.grad hold the gradient of the loss with respect to w1 and w2.
        loss.backward()
        grad_w1, grad_w2 = w1.grad, w2.grad
        assert grad_w1 is not None and grad_w2 is not None  # both require grad, so backward() filled both

        # Hand the loss, weights and gradients to the viewer (the notebook prints loss)
        yield Step(t, loss, weights={"w1": w1, "w2": w2}, grads={"w1": grad_w1, "w2": grad_w2})

        # Manually update weights using gradient descent. Wrap in torch.no_grad()
        # because weights have requires_grad=True, but we don't need to track this
        # in autograd.
        with torch.no_grad():
            w1 -= learning_rate * grad_w1
            w2 -= learning_rate * grad_w2

            # Manually zero the gradients after updating weights
            grad_w1.zero_()
            grad_w2.zero_()
