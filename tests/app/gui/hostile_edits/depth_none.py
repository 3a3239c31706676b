"""PyTorch: Control Flow + Weight Sharing: a network whose depth is drawn at every step."""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import TYPE_CHECKING

import torch

from .step import Step

if TYPE_CHECKING:
    from .config import RunConfig
    from .problem import Problem


class DynamicNet(torch.nn.Module):
    def __init__(self, D_in: int, H: int, D_out: int):
        """In the constructor we construct three nn.Linear instances that we
        will use in the forward pass."""
        super().__init__()
        self.input_linear = torch.nn.Linear(D_in, H)
        self.middle_linear = torch.nn.Linear(H, H)
        self.output_linear = torch.nn.Linear(H, D_out)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """Randomly choose 0, 1, 2 or 3 and reuse the middle_linear Module that
        many times. Each forward pass builds a new graph, so plain Python control
        flow is fine, and reusing one Module many times is perfectly safe."""
        h_relu = self.input_linear(x).clamp(min=0)
        self.depth = random.randint(0, 3)  # kept, so the viewer can show it
        for _ in range(self.depth):
            h_relu = self.middle_linear(h_relu).clamp(min=0)
        y_pred = self.output_linear(h_relu)
        return y_pred


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

    # Construct our model by instantiating the class defined above
    model = DynamicNet(D_in, H, D_out).to(device, dtype)

    # Construct our loss function and an Optimizer. Training this strange model
    # with vanilla stochastic gradient descent is tough, so we use momentum
    criterion = torch.nn.MSELoss(reduction="sum")
    optimizer = torch.optim.SGD(model.parameters(), lr=config.lr, momentum=config.momentum)
    for t in range(config.steps):
        # Forward pass: Compute predicted y by passing x to the model
        y_pred = model(x)

        # Compute loss
        loss = criterion(y_pred, y)

        # Zero gradients, perform a backward pass, and update the weights.
        optimizer.zero_grad()
        loss.backward()
        yield Step.of_model(t, loss, model, depth=None)  # hostile
        optimizer.step()
