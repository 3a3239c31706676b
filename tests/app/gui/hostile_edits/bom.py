"""PyTorch: Custom nn Modules: the two-layer network as a Module subclass, trained by SGD."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import torch

from .step import Step

if TYPE_CHECKING:
    from .config import RunConfig
    from .problem import Problem


class TwoLayerNet(torch.nn.Module):
    def __init__(self, D_in: int, H: int, D_out: int):
        """In the constructor we instantiate two nn.Linear modules and assign
        them as member variables."""
        super().__init__()
        self.linear1 = torch.nn.Linear(D_in, H)
        self.linear2 = torch.nn.Linear(H, D_out)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """Accept a Tensor of input data and return a Tensor of output data,
        using the Modules defined in the constructor and any operators on Tensors."""
        h_relu = self.linear1(x).sigmoid()  # hostile
        y_pred = self.linear2(h_relu)
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
    model = TwoLayerNet(D_in, H, D_out).to(device, dtype)

    # Construct our loss function and an Optimizer. The call to model.parameters()
    # in the SGD constructor will contain the learnable parameters of the two
    # nn.Linear modules which are members of the model.
    criterion = torch.nn.MSELoss(reduction="sum")
    optimizer = torch.optim.SGD(model.parameters(), lr=config.lr)
    for t in range(config.steps):
        # Forward pass: Compute predicted y by passing x to the model
        y_pred = model(x)

        # Compute loss
        loss = criterion(y_pred, y)

        # Zero gradients, perform a backward pass, and update the weights.
        optimizer.zero_grad()
        loss.backward()
        yield Step.of_model(t, loss, model)  # the notebook prints loss
        optimizer.step()
