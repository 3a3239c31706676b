"""The seven variants, in notebook order: the notebook's titles and defaults, and what the views need.

Every fact about a variant lives here, so that an eighth touches ``models/``
only: the window, the trainer, the command line and the code panel read these.
Only names here: a variant's module (and torch with it) is imported when it is
first run, so the window can show itself before torch has loaded.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from .step import Step
from .words import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Note:
    """A line of a variant's code worth a word while some settings hold: the nn cell's update, say."""

    line: str  # text the marked line contains
    why: str  # said beside the line
    title: str  # the explanation's heading
    text: str  # the explanation; `code` in backticks
    when: dict[str, Any]  # the settings under which it applies
    fix: dict[str, Any]  # the change of settings that makes it not apply, offered to the user
    fix_label: str

    def applies(self, config: Any) -> bool:  # a RunConfig: config.py imports this module
        return all(getattr(config, field) == value for field, value in self.when.items())

    def lines(self, source: str, first_line: int) -> list[int]:
        """The numbers of the lines of ``source`` (starting at ``first_line``) that this note marks."""
        return [first_line + offset for offset, line in enumerate(source.splitlines()) if self.line in line]


@dataclass(frozen=True)
class HandNode:
    """A node of the graph autograd would build, for a variant whose backward pass is written by hand.

    Each line of the hand-written backward pass does the work of such a node: the
    "Inside this step" view draws them as autograd draws its own (``models.inside``).
    """

    op: str  # the node autograd makes for this operation
    makes: str  # the tensor the forward pass made here; for AccumulateGrad, the weight
    inputs: tuple[str, ...] = ()  # the tensors of the nodes it passes gradients on to: its next_functions
    grads: tuple[str, ...] = ()  # what the lines of the hand-written backward pass compute for it
    shape_of: str = ""  # a tensor of its shape, where the code does not name the one it made


# The two-layer network's graph, as autograd builds it for the autograd variant's code, with the
# gradients the numpy and tensors variants compute by hand for each node: x and y need none.
TWO_LAYERS_BY_HAND = (
    HandNode("SumBackward0", "loss", ("(y_pred - y).pow(2)",), grads=("grad_y_pred",)),
    HandNode("PowBackward0", "(y_pred - y).pow(2)", ("y_pred - y",), grads=("grad_y_pred",), shape_of="y_pred"),
    HandNode("SubBackward0", "y_pred - y", ("y_pred",), grads=("grad_y_pred",), shape_of="y_pred"),
    HandNode("MmBackward0", "y_pred", ("h_relu", "w2"), grads=("grad_w2", "grad_h_relu")),
    HandNode("ClampBackward1", "h_relu", ("h",), grads=("grad_h",)),
    HandNode("MmBackward0", "h", ("w1",), grads=("grad_w1",)),
    HandNode("AccumulateGrad", "w2", grads=("grad_w2",)),
    HandNode("AccumulateGrad", "w1", grads=("grad_w1",)),
)


@dataclass(frozen=True)
class Question:
    """A question the class answers before a run, and the run answers: "Will the loss go down?"

    Asked where a variant's notebook section sets up a surprise; the answer and its
    explanation are shown once the run has ended. ``when``: the settings under which
    ``right`` is the run's answer (the notebook's sizes, say), as for a Note.
    """

    text: str
    answers: tuple[str, ...]
    right: frozenset[str]  # one or more of ``answers``
    explanation: str  # `code` in backticks
    when: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        assert self.right and self.right <= set(self.answers), "a question's right answers are among its answers"

    def applies(self, config: Any) -> bool:  # a RunConfig, as for Note
        return all(getattr(config, name) == value for name, value in self.when.items())

    def is_right(self, answer: str) -> bool:
        return answer in self.right


@dataclass(frozen=True)
class Variant:
    name: str
    title: str  # the notebook section
    summary: str  # what the section explains, in two or three sentences
    lr: float  # the notebook's learning rate
    module_name: str  # where the training generator and its classes live, in models/
    layers: tuple[str, ...]  # its weight matrices as its code names them, input side first
    dtype: str = "float32"  # the notebook's
    cpu_only: bool = False  # no device but the CPU, and no dtype but its own
    options: tuple[str, ...] = ()  # settings only this variant reads (RunConfig fields)
    notes: tuple[Note, ...] = ()
    questions: tuple[Question, ...] = ()  # asked before Start where they apply, answered after the run
    print_every: int = 100  # how often its cell prints the loss
    draws_depth: bool = False  # each step draws a depth (Step.depth), shown as a trace
    checked_against: str | None = None  # a race with this variant checks its hand-derived gradients
    by_hand: tuple[HandNode, ...] = ()  # its backward pass's lines as autograd's nodes, where it writes them

    def questions_for(self, config: Any) -> list[Question]:
        """The questions that apply to a run of ``config`` (a RunConfig)."""
        return [question for question in self.questions if question.applies(config)]

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
        return panel_part(self.full_source())

    def full_source(self) -> str:
        """The variant's whole module, imports included: what a student edits (``models.edited``)."""
        spec = importlib.util.find_spec(f"{__package__}.{self.module_name}")
        assert spec is not None and spec.origin is not None, "every variant's module is a file in models/"
        return Path(spec.origin).read_text(encoding="utf-8")


def panel_part(module_text: str) -> tuple[str, int]:
    """A module's classes and functions, from its first ``class`` or ``def`` line, and that line's number.

    The code panel shows this much of a variant's module, numbered as the file is; all of it
    when there is no such line (an edit may have removed them).
    """
    lines = module_text.splitlines(keepends=True)
    first = next((i for i, line in enumerate(lines, start=1) if line.startswith(("class ", "def "))), 1)
    return "".join(lines[first - 1 :]), first


NN_REBIND = Note(
    line="param = param - learning_rate * param.grad",
    why=QT_TRANSLATE_NOOP("Variants", "this binds the name param to a new tensor; the model's parameters never change, "
                                      "so the loss stays flat."),
    title=QT_TRANSLATE_NOOP("Variants", "Why is the loss flat?"),
    text=QT_TRANSLATE_NOOP("Variants", "The notebook updates with `param = param - learning_rate * param.grad`. That "
                                       "builds a new tensor and binds it to the loop variable `param`; the model's own "
                                       "parameters never change, so every step computes the same loss. Subtracting in "
                                       "place (`param -= …`) updates the model."),
    when={"update": "notebook"},
    fix={"update": "in-place"},
    fix_label=QT_TRANSLATE_NOOP("Variants", "Use the in-place update"),
)

# The run that answers a question that depends on the problem's size, and the steps it takes
NOTEBOOK_RUN = {"N": 64, "D_in": 1000, "H": 100, "D_out": 10, "steps": 500}

FLAT_LOSS = Question(
    text=QT_TRANSLATE_NOOP("Variants", "The nn cell updates each weight with `param = param - learning_rate * "
                                       "param.grad`. Will the loss go down?"),
    answers=(QT_TRANSLATE_NOOP("Variants", "Yes"), QT_TRANSLATE_NOOP("Variants", "No"),
             QT_TRANSLATE_NOOP("Variants", "It depends")),
    right=frozenset({QT_TRANSLATE_NOOP("Variants", "No")}),
    explanation=QT_TRANSLATE_NOOP("Variants", "The loss stays exactly where it started. `param = param - learning_rate "
                                              "* param.grad` builds a new tensor and binds it to the loop variable "
                                              "`param`; the model's own parameters never change, so every step "
                                              "computes the same loss. Subtracting in place (`param -= learning_rate * "
                                              "param.grad`) updates the model, and then the loss falls."),
    when={"update": "notebook"},
)

DEPTH_COUNTS = Question(
    text=QT_TRANSLATE_NOOP("Variants", "DynamicNet draws its depth, 0 to 3, afresh at every step. Over the run, how "
                                       "often will each depth be drawn?"),
    answers=(QT_TRANSLATE_NOOP("Variants", "About equally often"),
             QT_TRANSLATE_NOOP("Variants", "Mostly 0, the shortest"),
             QT_TRANSLATE_NOOP("Variants", "Mostly 3, the deepest"),
             QT_TRANSLATE_NOOP("Variants", "It changes as the loss falls")),
    right=frozenset({QT_TRANSLATE_NOOP("Variants", "About equally often")}),
    explanation=QT_TRANSLATE_NOOP("Variants", "`random.randint(0, 3)` gives 0, 1, 2 and 3 with equal chances at every "
                                              "step, whatever the loss or the weights. Each depth comes up on about a "
                                              "quarter of the steps, 125 of the notebook's 500, and chance scatters "
                                              "the counts by about ten either way: see the counts beside the depth "
                                              "trace."),
)

ADAM_OR_SGD = Question(
    text=QT_TRANSLATE_NOOP("Variants", "optim trains the network with Adam, custom with plain SGD: the same data, "
                                       "starting weights and learning rate, 1e-4. Which has the lower loss after 500 "
                                       "steps?"),
    answers=(QT_TRANSLATE_NOOP("Variants", "Adam (optim)"), QT_TRANSLATE_NOOP("Variants", "SGD (custom)"),
             QT_TRANSLATE_NOOP("Variants", "About the same")),
    right=frozenset({QT_TRANSLATE_NOOP("Variants", "Adam (optim)")}),
    explanation=QT_TRANSLATE_NOOP("Variants", "Adam, but only near the end: SGD's loss is lower for most of the run "
                                              "(ten to thirty times lower at step 100), and Adam overtakes it between "
                                              "steps 250 and 450, depending on the seed. SGD moves each weight by the "
                                              "learning rate times its gradient: big steps while the gradients are "
                                              "big, ever smaller ones as the loss falls. Adam moves each weight by "
                                              "about the learning rate at every step, whatever its gradient's size: "
                                              "slow at first, and still moving when SGD has nearly stopped."),
    when={**NOTEBOOK_RUN, "lr": 1e-4},
)

VARIANTS: dict[str, Variant] = {
    v.name: v
    for v in (
        Variant(
            "numpy",
            QT_TRANSLATE_NOOP("Variants", "Use Numpy to implement a neural network"),
            QT_TRANSLATE_NOOP("Variants", "Numpy knows nothing of computation graphs or gradients, yet it can fit a "
                                          "two-layer network to random data: the forward pass and every gradient of "
                                          "the backward pass are written out by hand."),
            1e-6,
            "numpy_net",
            layers=("w1", "w2"),
            dtype="float64",
            cpu_only=True,
            print_every=1,
            checked_against="autograd",
            by_hand=TWO_LAYERS_BY_HAND,
        ),
        Variant(
            "tensors",
            QT_TRANSLATE_NOOP("Variants", "PyTorch Tensors"),
            QT_TRANSLATE_NOOP("Variants", "A PyTorch Tensor is conceptually identical to a numpy array, but it can run "
                                          "on a GPU. The forward and backward passes are still written by hand."),
            1e-6,
            "tensors",
            layers=("w1", "w2"),
            checked_against="autograd",
            by_hand=TWO_LAYERS_BY_HAND,
        ),
        Variant(
            "autograd",
            QT_TRANSLATE_NOOP("Variants", "PyTorch: Tensors and autograd"),
            QT_TRANSLATE_NOOP("Variants", "The forward pass records a computational graph; loss.backward() walks it "
                                          "back and fills w1.grad and w2.grad. The backward pass is no longer written "
                                          "by hand, and the gradients equal the hand-derived ones."),
            1e-6,
            "autograd",
            layers=("w1", "w2"),
        ),
        Variant(
            "nn",
            QT_TRANSLATE_NOOP("Variants", "PyTorch: nn module"),
            QT_TRANSLATE_NOOP("Variants", "The nn package arranges the computation into layers (Modules) that hold "
                                          "their own weights, and provides loss functions. The weights are still "
                                          "updated by hand, and the notebook's update line has a catch."),
            1e-4,
            "nn_module",
            layers=("model[0]", "model[2]"),
            options=("update",),
            notes=(NN_REBIND,),
            questions=(FLAT_LOSS,),
        ),
        Variant(
            "optim",
            QT_TRANSLATE_NOOP("Variants", "PyTorch: optim"),
            QT_TRANSLATE_NOOP("Variants", "The optim package abstracts the optimization algorithm. The same model is "
                                          "now updated by Adam, one of the many optimizers torch.optim provides."),
            1e-4,
            "optim",
            layers=("model[0]", "model[2]"),
            questions=(ADAM_OR_SGD,),
        ),
        Variant(
            "custom",
            QT_TRANSLATE_NOOP("Variants", "PyTorch: Custom nn Modules"),
            QT_TRANSLATE_NOOP("Variants", "For models more complex than a sequence of layers, subclass nn.Module and "
                                          "define forward(). Here the two-layer network is such a subclass, trained "
                                          "with plain stochastic gradient descent."),
            1e-4,
            "custom_module",
            layers=("linear1", "linear2"),
            questions=(ADAM_OR_SGD,),
        ),
        Variant(
            "dynamic",
            QT_TRANSLATE_NOOP("Variants", "PyTorch: Control Flow + Weight Sharing"),
            QT_TRANSLATE_NOOP("Variants", "Each forward pass reuses the same middle layer a random 0 to 3 times: "
                                          "ordinary Python control flow builds a new graph every step, and one Module "
                                          "can safely appear many times in it. SGD with momentum trains it."),
            1e-4,
            "dynamic_net",
            layers=("input_linear", "middle_linear (reused)", "output_linear"),
            options=("momentum",),
            draws_depth=True,
            questions=(DEPTH_COUNTS,),
        ),
    )
}
