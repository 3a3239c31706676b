"""Recording a run: frames by step, encoders, and nothing left behind by a failure or a cancel."""

import imageio_ffmpeg
import numpy as np
import pytest
from PIL import Image

from app.cli.slides import run_to_end
from app.gui.recorder import record_window
from app.io import video
from app.io.video import Cancelled, frame_count, frame_steps
from models import RunConfig


@pytest.mark.parametrize("frames, steps", [(300, 500), (10, 40), (50, 20), (1, 500), (7, 7)])
def test_the_steps_are_spread_evenly_over_the_frames_and_the_last_frame_shows_the_last_step(frames, steps):
    shown = frame_steps(frames, steps)
    assert len(shown) == frames and shown[-1] == steps - 1
    assert shown == sorted(shown) and shown[0] >= 0
    gaps = np.diff([-1, *shown])
    assert gaps.max() - gaps.min() <= 1  # evenly: no gap more than one step longer than another


def test_a_recording_has_exactly_fps_times_seconds_frames():
    assert frame_count(30, 10) == 300 and frame_count(10, 2.5) == 25 and frame_count(1, 0.01) == 1


def recorded(ui, out, fps=5, seconds=2, variant="tensors", steps=40, progress=None):
    keep = frame_steps(frame_count(fps, seconds), steps)
    run_to_end(ui.window, RunConfig.for_variant(variant, steps=steps), keep_steps=keep)
    return record_window(ui.window, ui.trainer, out, fps, seconds, progress)


def gif_frames(path) -> list[np.ndarray]:
    with Image.open(path) as image:
        frames = []
        for index in range(image.n_frames):
            image.seek(index)
            frames.append(np.asarray(image.convert("RGB")))
    return frames


def test_a_gif_has_every_frame_and_its_first_and_last_frames_differ(ui, tmp_path):
    out = tmp_path / "run.gif"
    assert recorded(ui, out) == 10
    frames = gif_frames(out)
    assert len(frames) == 10
    assert not np.array_equal(frames[0], frames[-1])
    assert list(tmp_path.iterdir()) == [out]


def test_an_mp4_is_h264_with_every_frame_and_odd_sides_padded(ui, tmp_path):
    window = ui.window
    window.resize(1001, 701)
    out = tmp_path / "run.mp4"
    assert recorded(ui, out, fps=10, seconds=1.5, variant="dynamic", steps=30) == 15
    frames, _seconds = imageio_ffmpeg.count_frames_and_secs(str(out))
    assert frames == 15
    reader = imageio_ffmpeg.read_frames(str(out))
    meta = next(reader)
    assert meta["codec"] == "h264" and meta["size"] == (window.grab().width() + 1, window.grab().height() + 1)
    reader.close()


def test_a_webp_is_animated(ui, tmp_path):
    out = tmp_path / "run.webp"
    assert recorded(ui, out, fps=4, seconds=1) == 4
    with Image.open(out) as image:
        assert image.format == "WEBP" and image.n_frames == 4


def test_a_cancelled_recording_leaves_nothing_behind_and_the_views_show_the_whole_run_again(ui, qtbot, tmp_path):
    out = tmp_path / "run.gif"
    with pytest.raises(Cancelled):
        recorded(ui, out, progress=lambda done, total: done < 3)
    assert list(tmp_path.iterdir()) == []
    qtbot.waitUntil(lambda: len(ui.loss_plot.points[0]) == 40, timeout=10_000)


def test_a_failed_write_leaves_nothing_behind(ui, tmp_path, monkeypatch):

    def full_disk(path, frames, *args):
        path.write_bytes(b"GIF89a")  # the encoder has begun
        next(frames)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(video, "_write_gif", full_disk)
    with pytest.raises(OSError):
        recorded(ui, tmp_path / "run.gif")
    assert list(tmp_path.iterdir()) == []


def test_each_frame_shows_the_weights_of_its_own_step(ui, tmp_path):
    """The run keeps exactly the frames' steps, so no frame borrows another step's weights."""
    keep = frame_steps(frame_count(5, 2), 40)
    run_to_end(ui.window, RunConfig.for_variant("tensors", steps=40), keep_steps=keep)
    trainer = ui.trainer
    assert trainer.kept.steps == keep


def test_file_record_run_records_the_paused_run_with_a_progress_bar(ui, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    out = tmp_path / "paused.gif"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args: (str(out), "")))
    monkeypatch.setattr(QInputDialog, "getDouble", staticmethod(lambda *args: (1.0, True)))
    ui.show_config(RunConfig.for_variant("tensors", steps=100_000))
    ui.pace(500)
    ui.start()
    qtbot.waitUntil(lambda: ui.steps_done > 30, timeout=10_000)
    ui.trigger("record")
    assert not out.exists()  # running: the status bar asks for a pause first
    ui.controller.pause()
    timeline = ui.timeline
    qtbot.waitUntil(lambda: timeline.isEnabled(), timeout=10_000)
    ui.trigger("record")
    assert len(gif_frames(out)) == 10
    ui.controller.stop()


def test_a_frame_painted_as_of_its_step_is_not_painted_over_by_the_runs_frames(ui, tmp_path):
    keep = frame_steps(4, 40)
    run_to_end(ui.window, RunConfig.for_variant("tensors", steps=40), keep_steps=keep)
    drawn = []

    def picture(window):
        ui.controller.request_frame(complete=True)  # the window's frame timer, as it may come between
        drawn.append(len(ui.loss_plot.points[0]))
        return window.grab().toImage()

    record_window(ui.window, ui.trainer, tmp_path / "run.webp", 4, 1, picture=picture)
    assert drawn == [step + 1 for step in keep]
