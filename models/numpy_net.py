"""Use Numpy to implement a neural network: forward and backward passes by hand."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import numpy as np

from .step import Step

if TYPE_CHECKING:
    from .config import RunConfig
    from .problem import Problem


def train(config: RunConfig, problem: Problem | None = None) -> Iterator[Step]:
    # N is batch size; D_in is input dimension;
    # H is hidden dimension; D_out is output dimension.
    N, D_in, H, D_out = config.N, config.D_in, config.H, config.D_out

    if problem is None:
        # Create random input and output data
        x = np.random.randn(N, D_in)
        y = np.random.randn(N, D_out)

        # Randomly initialize weights
        w1 = np.random.randn(D_in, H)
        w2 = np.random.randn(H, D_out)
    else:  # one problem shared by several variants, as in a race
        x, y, w1, w2 = problem.arrays()

    learning_rate = config.lr
    for t in range(config.steps):
        # Forward pass: compute predicted y
        h = x.dot(w1)
        h_relu = np.maximum(h, 0)
        y_pred = h_relu.dot(w2)

        # Compute loss
        loss = np.square(y_pred - y).sum()

        # Backprop to compute gradients of w1 and w2 with respect to loss
        grad_y_pred = 2.0 * (y_pred - y)
        grad_w2 = h_relu.T.dot(grad_y_pred)
        grad_h_relu = grad_y_pred.dot(w2.T)
        grad_h = grad_h_relu.copy()
        grad_h[h < 0] = 0
        grad_w1 = x.T.dot(grad_h)

        # Hand the loss, weights and gradients to the viewer (the notebook prints loss)
        yield Step(t, loss, weights={"w1": w1, "w2": w2}, grads={"w1": grad_w1, "w2": grad_w2})

        # Update weights
        w1 -= learning_rate * grad_w1
        w2 -= learning_rate * grad_w2
