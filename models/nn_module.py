"""PyTorch: nn module: the network as a sequence of layers, updated by hand."""

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

    # Use the nn package to define our model as a sequence of layers. Each Linear
    # Module computes output from input using a linear function, and holds
    # internal Tensors for its weight and bias.
    model = torch.nn.Sequential(
        torch.nn.Linear(D_in, H),
        torch.nn.ReLU(),
        torch.nn.Linear(H, D_out),
    ).to(device, dtype)

    # The nn package also contains popular loss functions; with reduction='sum'
    # Mean Squared Error is the sum of squares we computed by hand.
    loss_fn = torch.nn.MSELoss(reduction="sum")

    learning_rate = config.lr
    for t in range(config.steps):
        # Forward pass: compute predicted y by passing x to the model.
        y_pred = model(x)

        # Compute loss
        loss = loss_fn(y_pred, y)

        # Zero the gradients before running the backward pass.
        model.zero_grad()

        # Backward pass: compute gradient of the loss with respect to all the
        # learnable parameters of the model.
        loss.backward()

        # Hand the loss, weights and gradients to the viewer (the notebook prints loss)
        yield Step.of_model(t, loss, model, update=config.update)

        # Update the weights using gradient descent.
        with torch.no_grad():
            for param in model.parameters():
                assert param.grad is not None  # backward() filled it: every parameter takes part in the loss
                if config.update == "notebook":
                    # The notebook's line rebinds the name `param` and never touches the model: the loss stays flat.
                    param = param - learning_rate * param.grad
                else:  # "in-place": subtract from the parameter itself
                    param -= learning_rate * param.grad
