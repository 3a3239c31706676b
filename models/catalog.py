"""The seven variants, in notebook order, with the notebook's titles and defaults.

Only names here: a variant's module (and torch with it) is imported when it is
first run, so the window can show itself before torch has loaded.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from .step import Step


@dataclass(frozen=True)
class Variant:
    name: str
    title: str  # the notebook section
    summary: str  # what the section explains, in two or three sentences
    lr: float  # the notebook's learning rate
    module_name: str  # where the training generator and its classes live, in models/

    @property
    def module(self) -> ModuleType:
        return importlib.import_module(f"{__package__}.{self.module_name}")

    @property
    def train(self) -> Callable[..., Iterator[Step]]:
        return self.module.train

    def source(self) -> tuple[str, int]:
        """The variant's classes and training generator as its file has them, and the first line's number.

        Read from the module's file each time (without importing it), so the code shown
        is the code that runs.
        """
        origin = importlib.util.find_spec(f"{__package__}.{self.module_name}").origin
        lines = Path(origin).read_text(encoding="utf-8").splitlines(keepends=True)
        first = next(i for i, line in enumerate(lines, start=1) if line.startswith(("class ", "def ")))
        return "".join(lines[first - 1 :]), first



VARIANTS: dict[str, Variant] = {
    v.name: v
    for v in (
        Variant(
            "numpy",
            "Use Numpy to implement a neural network",
            "Numpy knows nothing of computation graphs or gradients, yet it can fit a "
            "two-layer network to random data: the forward pass and every gradient of "
            "the backward pass are written out by hand.",
            1e-6,
            "numpy_net",
        ),
        Variant(
            "tensors",
            "PyTorch Tensors",
            "A PyTorch Tensor is conceptually identical to a numpy array, but it can "
            "run on a GPU. The forward and backward passes are still written by hand.",
            1e-6,
            "tensors",
        ),
        Variant(
            "autograd",
            "PyTorch: Tensors and autograd",
            "The forward pass records a computational graph; loss.backward() walks it "
            "back and fills w1.grad and w2.grad. The backward pass is no longer written "
            "by hand, and the gradients equal the hand-derived ones.",
            1e-6,
            "autograd",
        ),
        Variant(
            "nn",
            "PyTorch: nn module",
            "The nn package arranges the computation into layers (Modules) that hold "
            "their own weights, and provides loss functions. The weights are still "
            "updated by hand, and the notebook's update line has a catch.",
            1e-4,
            "nn_module",
        ),
        Variant(
            "optim",
            "PyTorch: optim",
            "The optim package abstracts the optimization algorithm. The same model is "
            "now updated by Adam, one of the many optimizers torch.optim provides.",
            1e-4,
            "optim",
        ),
        Variant(
            "custom",
            "PyTorch: Custom nn Modules",
            "For models more complex than a sequence of layers, subclass nn.Module and "
            "define forward(). Here the two-layer network is such a subclass, trained "
            "with plain stochastic gradient descent.",
            1e-4,
            "custom_module",
        ),
        Variant(
            "dynamic",
            "PyTorch: Control Flow + Weight Sharing",
            "Each forward pass reuses the same middle layer a random 0 to 3 times: "
            "ordinary Python control flow builds a new graph every step, and one "
            "Module can safely appear many times in it. SGD with momentum trains it.",
            1e-4,
            "dynamic_net",
        ),
    )
}
