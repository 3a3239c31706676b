"""Listen (View menu, H): the loss curve on show as pitch, through Qt Multimedia.

A paused or ended run plays its whole curve in a few seconds; a running one is
followed, each quarter second playing the steps that arrived in it. Pitch is
height on the plot, on the scale it shows (``widgets.sonify``), and a divergence
beeps. Where no sound can be played (no Qt Multimedia, no sound card: a CI
machine) one sentence in the status bar says so, and the window goes on.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QStatusBar, QWidget

from app.language import translate
from app.run.controller import RunController
from models.words import QT_TRANSLATE_NOOP
from widgets.loss_plot import LossPlot
from widgets.sonify import RATE, curve_sound, pcm16, steps_sound

from .menus import make_action

FEED_MS = 250  # how often the sound is fed: a live run's new steps play in as long
# The sentences it says, marked for translation and said in the class's language
NO_MULTIMEDIA = QT_TRANSLATE_NOOP("Listening", "Listen needs Qt Multimedia, which this installation lacks (pip install "
                                               "descent-lab[sound], or PySide6-Addons)")
NO_OUTPUT = QT_TRANSLATE_NOOP("Listening", "Listen found no sound output on this machine: the curve stays on screen")
NOT_PLAYED = QT_TRANSLATE_NOOP("Listening", "Listen could not play: {device} takes no 16-bit mono sound at {rate} Hz")
NOT_STARTED = QT_TRANSLATE_NOOP("Listening", "Listen could not play: {device} refused to start")
NOTHING_YET = QT_TRANSLATE_NOOP("Listening", "There is no curve to listen to yet: start a run")
FOLLOWING = QT_TRANSLATE_NOOP("Listening", "Listening to the run as it goes: low loss, low pitch; a divergence beeps")
PLAYING = QT_TRANSLATE_NOOP("Listening", "Listening to the curve: low loss, low pitch; a divergence beeps")


class AudioOut(Protocol):
    """Where 16-bit mono samples at ``widgets.sonify.RATE`` go."""

    def free(self) -> int:
        """How many bytes it takes now."""
        ...

    def write(self, data: bytes) -> int:
        """Bytes taken."""
        ...

    def playing(self) -> bool:
        """Whether what it took is still sounding."""
        ...

    def close(self) -> None: ...


class SinkOut:
    """Qt Multimedia's ``QAudioSink`` in push mode."""

    def __init__(self, sink, device):
        self.sink, self.device = sink, device

    def free(self) -> int:
        return self.sink.bytesFree()

    def write(self, data: bytes) -> int:
        return max(int(self.device.write(data)), 0)

    def playing(self) -> bool:
        return self.sink.state().name == "ActiveState"  # by name: Qt 6.7 moved the enum from QAudio to QtAudio

    def close(self) -> None:
        self.sink.stop()


def open_sink(parent: QObject) -> AudioOut | str:
    """The default sound output, or the sentence that says why there is none."""
    try:
        from PySide6.QtMultimedia import (  # pyright: ignore[reportMissingModuleSource]  (PySide6-Addons)
            QAudioFormat,
            QAudioSink,
            QMediaDevices,
        )
    except ImportError:
        return translate("Listening", NO_MULTIMEDIA)
    output = QMediaDevices.defaultAudioOutput()
    if output.isNull():
        return translate("Listening", NO_OUTPUT)
    audio_format = QAudioFormat()
    audio_format.setSampleRate(RATE)
    audio_format.setChannelCount(1)
    audio_format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    if not output.isFormatSupported(audio_format):
        return translate("Listening", NOT_PLAYED).format(device=output.description(), rate=RATE)
    sink = QAudioSink(output, audio_format, parent)
    device = sink.start()
    if device is None or sink.error().name != "NoError":
        return translate("Listening", NOT_STARTED).format(device=output.description())
    return SinkOut(sink, device)


class Listening(QObject):
    """The View menu's Listen over ``window``: the run on show (``controller``) as ``loss_plot`` draws it,
    sentences in ``status_bar``. ``open_output``: where the sound goes (a test's own buffer, say)."""

    def __init__(self, window: QWidget, controller: RunController, loss_plot: LossPlot, status_bar: QStatusBar):
        super().__init__(window)
        self.controller, self.loss_plot, self.status_bar = controller, loss_plot, status_bar
        self.open_output: Callable[[QObject], AudioOut | str] = open_sink
        self.action = make_action(window, "listen", self.toggle)
        self.actions: dict[str, QAction] = {"listen": self.action}
        self.output: AudioOut | None = None
        self._pending = b""  # sound made, not yet taken by the output
        self._following = False
        self._heard = 0  # the steps of the run followed that have been played
        self._phase = 0.0
        self._timer = QTimer(self, interval=FEED_MS)
        self._timer.timeout.connect(self._feed)
        controller.started.connect(self._on_started)

    @property
    def listening(self) -> bool:
        return self.output is not None

    def toggle(self) -> None:
        self.stop() if self.listening else self.start()

    def start(self) -> None:
        trainer = self.controller.trainer
        if trainer is None or trainer.history.count == 0:
            return self._refuse(translate("Listening", NOTHING_YET))
        output = self.open_output(self)
        if isinstance(output, str):
            return self._refuse(output)
        self.output, self._phase = output, 0.0
        self._following = self.controller.state == "running"
        if self._following:
            self._heard = trainer.history.count  # from the newest step on
            self._pending = b""
        else:
            self._pending = pcm16(curve_sound(trainer.history.losses, *self._scale()))
        self.action.setChecked(True)
        self.status_bar.showMessage(translate("Listening", FOLLOWING if self._following else PLAYING), 4000)
        self._timer.start()
        self._feed()

    def stop(self) -> None:
        self._timer.stop()
        if self.output is not None:
            self.output.close()
        self.output, self._pending, self._following = None, b"", False
        self.action.setChecked(False)

    def _refuse(self, sentence: str) -> None:
        self.action.setChecked(False)
        self.status_bar.showMessage(sentence, 8000)

    def _scale(self) -> tuple[tuple[float, float], bool]:
        """The plot's loss at its bottom and top, and whether it is on the log scale: pitch is height."""
        return self.loss_plot.y_scale.bounds(), self.loss_plot.log_scale

    def _feed(self) -> None:
        output = self.output
        if output is None:
            return
        if self._following:
            self._follow()
        taken = output.write(self._pending[: output.free()]) if self._pending else 0
        self._pending = self._pending[taken:]
        if not self._following and not self._pending and not output.playing():
            self.stop()

    def _follow(self) -> None:
        """The steps that arrived since the last feed, played over one feed's time; the end of the run ends it."""
        trainer = self.controller.trainer
        if trainer is None:
            self._following = False
            return
        losses = trainer.history.losses[self._heard:]
        if len(losses):
            self._heard += len(losses)
            samples, self._phase, diverged = steps_sound(losses, *self._scale(), seconds=FEED_MS / 1000,
                                                         phase=self._phase)
            self._pending += pcm16(samples)
            self._following = not diverged
        if self.controller.state != "running" and not len(losses):
            self._following = False  # paused or ended: what is pending plays out, then Listen stops

    def _on_started(self, _trainer) -> None:
        """A new run while following: follow it from its first step."""
        if self._following:
            self._heard = 0
