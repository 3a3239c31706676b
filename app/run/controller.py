"""The runs: which one is on show, its lifecycle, and when to paint it. A QObject with no widgets.

The window, the snapshot command, the tests and the benchmarks drive runs
through a ``RunController``: ``start`` (one variant, or a race on one problem),
``pause``, ``resume``, ``step``, ``stop``, ``reset``, ``set_pace``. It answers
with past-tense signals, and the window paints and explains.

torch loads on a thread after the window shows (``load_torch_in_background``);
the first thing that needs it (``trainer_class``) waits for it there.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from models import RunConfig
from models.config import available_devices

from .redraw_rates import FRAME_S, MAX_PACE_FRAME_S
from .rewind_store import DEFAULT_BUDGET_MB

if TYPE_CHECKING:
    from models import Problem  # a hint only: importing it loads torch, which loads after the window shows

    from .trainer import Trainer

ACTIVE = ("running", "paused")
REPLAY_JOIN_S = 2.0  # closing waits this long, at most, for a past step being computed again
RETIRING_POLL_MS = 100  # how often a retired run whose replays' thread still computes is looked at again


class RunController(QObject):
    started = Signal(object)  # the Trainer now on show; its views start empty
    frame_ready = Signal(bool)  # paint the run on show; True: everything, now (a pause, the end)
    ended = Signal(str)  # the run on show ended: its outcome
    failed = Signal(str)  # the run on show failed: the exception's message
    retired = Signal(object)  # a Trainer left the screen: it becomes a past run
    state_changed = Signal(str)  # idle, running, paused or ended
    devices_listed = Signal(list)  # the devices torch found, once it has loaded
    loading_torch = Signal(bool)  # True: something waits for torch to finish loading; False: it has
    inside_computed = Signal()  # a past step of the run on show computed again: "Inside this step" may show it

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.trainer: Trainer | None = None  # the run on show, or the last one while its views stay
        self.keep_mb = DEFAULT_BUDGET_MB  # of snapshots each run keeps for rewinding
        self.step_timeout_s: float | None = None  # an edit's step limit: none in the window; snapshot and record's
        self.inside_open = False  # the "Inside this step" view is open: each run captures the steps it shows
        self.patient = False  # nobody waits on the window (a command's pictures): past steps computed from any distance
        self.state = "idle"
        self._listening: Trainer | None = None  # the run whose signals are connected
        # Retired runs whose replays' thread still computes a past step: kept until it ends, since it tells the run
        # (a Qt object, which a signal does not keep alive) when the step is done
        self._retiring: list[Trainer] = []
        self._retiring_timer = QTimer(self, interval=RETIRING_POLL_MS)
        self._retiring_timer.timeout.connect(self._let_retired_go)
        self._torch_loader: threading.Thread | None = None
        self._devices_listed = False
        self.frame_timer = QTimer(self)
        self.frame_timer.setInterval(round(FRAME_S * 1000))
        self.frame_timer.timeout.connect(self._on_tick)
        self.frame_timer.start()

    @property
    def active(self) -> bool:
        return self.state in ACTIVE

    # torch, loaded after the window shows

    def load_torch_in_background(self) -> None:
        """Import torch on a thread (a second or two): the window paints meanwhile."""
        if self._torch_loader is None:
            self._torch_loader = threading.Thread(target=_import_compute, name="import torch", daemon=True)
            self._torch_loader.start()
            QTimer.singleShot(100, self._when_torch_loaded)

    def _when_torch_loaded(self) -> None:
        if self._torch_loader is not None and self._torch_loader.is_alive():
            QTimer.singleShot(100, self._when_torch_loaded)
            return
        self.trainer_class()

    def wait_for_torch(self) -> None:
        """Until torch has loaded: a plain wait (nothing is emitted or painted), which Ctrl+C can end."""
        if self._torch_loader is not None:
            self._torch_loader.join()

    def trainer_class(self) -> type[Trainer]:
        """The Trainer class, once torch has loaded (waiting for it only if it has not yet).

        The first call also lists the devices, which only torch can find: a GPU
        asked for before then (remembered, or from a session) is chosen now.
        """
        if self._torch_loader is not None and self._torch_loader.is_alive():
            self.loading_torch.emit(True)
            self._torch_loader.join()
            self.loading_torch.emit(False)
        from .trainer import Trainer

        if not self._devices_listed:
            self._devices_listed = True
            self.devices_listed.emit(available_devices())
        return Trainer

    # The lifecycle

    def start(self, configs: RunConfig | list[RunConfig], problem: Problem | None = None, *,
              steps_per_s: float | None, paused: bool = False, max_pixels: tuple[int, int],
              keep_steps: list[int] | None = None, edited=None) -> Trainer:
        """A new run on show, started: one variant, or several racing on one ``problem``.

        ``edited``: the first variant's module as the student edited it (``models.edited.EditedCode``),
        or one per lane (None for a notebook's), as ``Trainer`` takes it.
        """
        Trainer = self.trainer_class()
        trainer = Trainer(configs, problem, steps_per_s=steps_per_s, paused=paused, max_pixels=max_pixels,
                          keep_bytes=self.keep_mb << 20, keep_steps=keep_steps, edited=edited,
                          step_timeout_s=self.step_timeout_s)
        trainer.inside.open = self.inside_open
        if self.patient:
            trainer.inside.max_replay_steps = None
        self.show(trainer)
        trainer.ended.connect(self._on_trainer_ended)
        trainer.failed.connect(self._on_trainer_failed)
        trainer.inside_computed.connect(self._on_inside_computed)
        self._listening = trainer
        trainer.start()
        self._set_state("paused" if paused else "running")
        return trainer

    def show(self, trainer: Trainer) -> None:
        """Make ``trainer`` the run on show, without starting it; the last one becomes a past run."""
        self.retire()
        self.trainer = trainer
        self.started.emit(trainer)

    def pause(self) -> None:
        if self.state == "running" and self.trainer is not None:
            self.trainer.pause()
            self._set_state("paused")

    def resume(self) -> None:
        if self.state == "paused" and self.trainer is not None:
            self.trainer.resume()
            self._set_state("running")

    def step(self, count: int = 1) -> bool:
        """Let a paused run take ``count`` more steps; False when no run is paused."""
        if self.state != "paused" or self.trainer is None:
            return False
        self.trainer.step(count)
        return True

    def stop(self) -> None:
        if self.active and self.trainer is not None:
            self.trainer.stop()

    def reset(self) -> None:
        """Stop and retire the run on show; nothing is on show after."""
        self.retire()
        self._set_state("idle")

    def set_pace(self, steps_per_s: float | None) -> None:
        """Steps per second, or None for as fast as it goes; frames come slower at max pace."""
        self.frame_timer.setInterval(round(1000 * (FRAME_S if steps_per_s else MAX_PACE_FRAME_S)))
        if self.trainer is not None:
            self.trainer.set_pace(steps_per_s)

    def watch_inside(self, open: bool) -> None:
        """The "Inside this step" view opened or closed: runs capture the steps it shows only while it is open."""
        self.inside_open = open
        if self.trainer is not None:
            self.trainer.inside.open = open

    def inspect(self, t: int) -> None:
        """Compute step ``t`` of the run on show again, for the view (its ``inside.replayed`` once done)."""
        trainer = self.trainer
        if trainer is not None and 0 <= t < trainer.history.count:
            trainer.inside.ask(t, float(trainer.history.losses[t]))

    def retire(self) -> None:
        """Stop the run on show, paint its last frame, and hand it on as a past run."""
        trainer = self.trainer
        if trainer is None:
            return
        self._disconnect(trainer)
        trainer.stop()
        trainer.inside.close()
        trainer.wait()
        if trainer.inside.working:  # the window does not wait for it
            self._retiring.append(trainer)
            self._retiring_timer.start()
        self.request_frame(complete=True)
        self.trainer = None
        self.retired.emit(trainer)

    def _let_retired_go(self) -> None:
        self._retiring = [trainer for trainer in self._retiring if trainer.inside.working]
        if not self._retiring:
            self._retiring_timer.stop()

    def shutdown(self) -> None:
        """Closing: no more frames, the run stopped and joined, torch's import finished."""
        self.frame_timer.stop()
        trainer = self.trainer
        if trainer is not None:
            self._disconnect(trainer)
            trainer.stop()
            trainer.inside.close()
            trainer.wait()
            trainer.inside.join(REPLAY_JOIN_S)
        for retired in self._retiring:
            retired.inside.join(REPLAY_JOIN_S)
        if self._torch_loader is not None:
            self._torch_loader.join()  # an import cut short by the interpreter's exit prints a traceback

    def request_frame(self, complete: bool = False) -> None:
        """Paint the run on show now (``complete``: every view, not only the fast ones)."""
        if self.trainer is not None:
            self.frame_ready.emit(complete)

    # Signals from the trainer

    def _disconnect(self, trainer: Trainer) -> None:
        """A run leaving the screen speaks no more: disconnect first, then stop (napari's order)."""
        if self._listening is trainer:
            trainer.ended.disconnect(self._on_trainer_ended)
            trainer.failed.disconnect(self._on_trainer_failed)
            trainer.inside_computed.disconnect(self._on_inside_computed)
            self._listening = None

    def _is_stale(self) -> bool:
        """A queued signal from a run already replaced, or already gone (a run retired and dropped
        has no sender left): it must not speak for the run on show."""
        sender = self.sender()
        return sender is None or sender is not self.trainer

    @Slot(str)
    def _on_trainer_ended(self, outcome: str) -> None:
        self._end(self.ended, outcome)

    @Slot(str)
    def _on_trainer_failed(self, message: str) -> None:
        self._end(self.failed, message)

    @Slot()
    def _on_inside_computed(self) -> None:
        if not self._is_stale():
            self.inside_computed.emit()

    def _end(self, signal, text: str) -> None:
        """The run on show ended (``ended``) or failed: its last frame, its state, then the news."""
        if self._is_stale():
            return
        self.request_frame(complete=True)
        self._set_state("ended")
        signal.emit(text)

    @Slot()
    def _on_tick(self) -> None:
        self.request_frame()

    def _set_state(self, state: str) -> None:
        self.state = state
        self.state_changed.emit(state)


def _import_compute() -> None:
    import torch._dynamo  # noqa: F401  (torch.optim loads it at its first optimizer: 2 s into a run)

    import app.run.trainer  # noqa: F401  (torch and the variants' machinery come with it)
