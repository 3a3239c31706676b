"""PyTorch: optim: the same model, updated by the Adam optimizer."""

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
        # Create random Tensors to hold inputs and outputs
        x = torch.randn(N, D_in, device=device, dtype=dtype)
        y = torch.randn(N, D_out, device=device, dtype=dtype)
    else:  # one problem shared by several variants, as in a race
        x, y = problem.tensors(device, dtype, weights=False)

    # Use the nn package to define our model and loss function.
    model = torch.nn.Sequential(
        torch.nn.Linear(D_in, H),
        torch.nn.ReLU(),
        torch.nn.Linear(H, D_out),
    ).to(device, dtype)
    loss_fn = torch.nn.MSELoss(reduction="sum")

    # Use the optim package to define an Optimizer that will update the weights
    # of the model for us. Here we will use Adam. The first argument tells the
    # optimizer which Tensors it should update.
    learning_rate = config.lr
    optimizer = torch.optim.Adam(model.parameters(), lr=learning_rate)
    for t in range(config.steps):
        # Forward pass: compute predicted y by passing x to the model.
        y_pred = model(x)

        # Compute loss
        loss = loss_fn(y_pred, y)

        # Before the backward pass, zero all of the gradients the optimizer will
        # update: by default, .backward() accumulates gradients in buffers.
        optimizer.zero_grad()

        # Backward pass: compute gradient of the loss with respect to model parameters
        loss.backward()

        # Hand the loss, weights and gradients to the viewer (the notebook prints loss)
        yield Step.of_model(t, loss, model)

        # Calling the step function on an Optimizer makes an update to its parameters
        optimizer.step()
