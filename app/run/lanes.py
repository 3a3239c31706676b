"""A run's lanes: one variant's training generator each. A race has several, stepped in lockstep."""

from __future__ import annotations

from collections.abc import Generator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from typing import cast

from models import History, Problem, RunConfig, steps
from models.edited import EditedCode
from models.step import Step

from .handoff import LossBatcher


@dataclass
class Lane:
    """One variant's generator in a run, and the losses it hands to the window."""

    config: RunConfig
    history: History
    outcome: str | None = None  # set when this lane ends
    step: Step | None = None  # its latest, while its generator waits at the yield
    generator: Generator[Step, None, None] | None = None
    batcher: LossBatcher = field(init=False)
    edited: EditedCode | None = None  # the variant's module as edited, run in place of models/'s

    def __post_init__(self) -> None:
        self.batcher = LossBatcher(self.history)

    def start(self, problem: Problem | None) -> None:
        train = self.edited.train if self.edited is not None else None
        self.generator = cast(Generator[Step, None, None], steps(self.config, problem, train))  # a generator function

    def advance(self, watch: AbstractContextManager | None = None) -> None:
        """Run one step, under ``watch`` if given (a recorder of the step from the inside); a generator that is
        done finishes the lane."""
        try:
            with watch if watch is not None else nullcontext():
                self.step = step = next(self.started())
        except StopIteration:
            self.outcome = "finished"
            return
        self.batcher.add(step.loss, step.depth)

    def started(self) -> Generator[Step, None, None]:
        """The generator ``start`` made (RuntimeError before)."""
        if self.generator is None:
            raise RuntimeError("a lane steps only once started")
        return self.generator

    def hand_off(self, wait: bool) -> None:
        """Send the losses gathered so far, land what has arrived (``wait``: all of it), and see if it diverged."""
        self.batcher.send()
        self.batcher.land(wait=wait)
        if self.outcome is None and self.batcher.landed_nonfinite is not None:
            self.outcome = f"diverged at step {self.batcher.landed_nonfinite}"

    def close(self) -> None:
        if self.generator is not None:
            self.generator.close()
