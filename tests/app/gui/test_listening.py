"""Listen: the loss on show as pitch, through an output a test holds; one sentence where there is none."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QObject, Qt

from app.gui.listening import FOLLOWING, NO_OUTPUT, NOTHING_YET, open_sink
from tests.widgets.test_sonify import segment_hz
from widgets.sonify import LOW_HZ


class HeldOutput:
    """A sound output that keeps what it is given, a little at a time, as a sound card takes it."""

    def __init__(self):
        self.data = bytearray()
        self.closed = False

    def free(self) -> int:
        return 8192

    def write(self, data: bytes) -> int:
        self.data += data
        return len(data)

    def playing(self) -> bool:
        return False

    def close(self) -> None:
        self.closed = True

    def samples(self) -> np.ndarray:
        return np.frombuffer(bytes(self.data), dtype=np.int16).astype(float)


@pytest.mark.qt_log_ignore("No QtMultimedia backends found")  # the media player's; a sound output needs none
def test_the_sound_output_opens_or_one_sentence_says_why_not(qapp):
    parent = QObject()
    output = open_sink(parent)  # here: no Qt Multimedia, or no sound card, or a real output
    if isinstance(output, str):
        assert output.startswith("Listen ") and "\n" not in output
    else:
        assert output.free() > 0
        output.close()


def test_where_no_sound_can_be_played_one_sentence_says_so_and_the_window_goes_on(ui, qtbot):
    ui.listening.open_output = lambda _parent: NO_OUTPUT
    ui.finish("numpy", steps=20)
    ui.focus_plots()
    ui.press(Qt.Key.Key_H)
    assert not ui.actions["listen"].isChecked()
    assert ui.message == NO_OUTPUT
    ui.press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: ui.controller.active, timeout=10_000)  # the window goes on


def test_before_any_run_there_is_nothing_to_hear(ui):
    ui.trigger("listen")
    assert ui.message == NOTHING_YET and not ui.actions["listen"].isChecked()


def test_a_finished_run_plays_its_curve_falling_in_pitch_as_the_loss_falls(ui, qtbot):
    output = HeldOutput()
    ui.listening.open_output = lambda _parent: output
    ui.finish("tensors", steps=500)
    ui.trigger("listen")
    assert ui.actions["listen"].isChecked()
    qtbot.waitUntil(lambda: output.closed, timeout=20_000)  # all of it taken, then Listen ends itself
    assert not ui.actions["listen"].isChecked()
    heard = segment_hz(output.samples())
    assert heard[0] > heard[-1] >= LOW_HZ * 0.9 and heard == sorted(heard, reverse=True)


def test_a_running_run_is_followed_until_it_ends(ui, qtbot):
    output = HeldOutput()
    ui.listening.open_output = lambda _parent: output
    ui.choose("tensors")
    ui.set(steps=100)
    ui.pace(100)
    ui.start()
    qtbot.waitUntil(lambda: ui.steps_done >= 5, timeout=30_000)
    ui.trigger("listen")
    assert ui.message == FOLLOWING  # from the newest step on, not the curve so far
    qtbot.waitUntil(lambda: len(output.data) > 0, timeout=5_000)
    ui.run_to_end()
    qtbot.waitUntil(lambda: output.closed, timeout=5_000)
    assert not ui.actions["listen"].isChecked()
