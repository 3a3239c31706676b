"""Recording a run as a video or an animated picture, for slides.

Frames are rendered by step, never by the wall clock: a recording of ``fps`` ×
``seconds`` frames spreads the run's steps evenly over them, frame ``j`` shows
the window right after step ``frame_steps(...)[j]``, and the last frame shows the
last step. So a recording is the same on a slow machine and a fast one.

Encoders are well-kept libraries: MP4 is H.264 in yuv420p through imageio-ffmpeg
(whose wheel carries an ffmpeg binary), its odd sides padded with the plot's
background, never stretched; GIF and WebP go through Pillow. A GIF takes one
palette for all its frames, chosen from the first, middle and last frames
together, without dithering: the heatmaps' colours then hold still from frame
to frame instead of shimmering. Every file is written under a temporary name
beside its destination and renamed at the end, so a failed or cancelled
recording leaves nothing behind.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PySide6.QtGui import QColor, QImage

FORMATS = {".mp4": "MP4 video (H.264)", ".gif": "GIF", ".webp": "WebP"}
DEFAULT_FPS = {".mp4": 30, ".gif": 10, ".webp": 10}
MAX_FPS = 60
MAX_SECONDS = 600


class RecordingError(Exception):
    """A recording that cannot be made: the message says why, in one line."""


class Cancelled(Exception):
    """The user cancelled the recording; nothing was written."""


def frame_steps(frames: int, steps: int) -> list[int]:
    """The step each of ``frames`` frames shows, the run's ``steps`` spread evenly over them."""
    return [max(0, math.ceil((j + 1) * steps / frames) - 1) for j in range(frames)]


def frame_count(fps: int, seconds: float) -> int:
    return max(1, round(fps * seconds))


def check_destination(out: Path) -> None:
    """Refuse, before anything runs, a recording that could not be written."""
    if out.suffix.lower() not in FORMATS:
        raise RecordingError(f"{out.name!r} names no format this app writes: end it in "
                             f"{', '.join(FORMATS)}")
    folder = out.parent if str(out.parent) else Path(".")
    if out.is_dir():
        raise RecordingError(f"{str(out)!r} is a folder, not a file")
    if not folder.is_dir():
        raise RecordingError(f"the folder {str(folder)!r} does not exist")
    if not os.access(folder, os.W_OK):
        raise RecordingError(f"the folder {str(folder)!r} is not writable")
    if out.suffix.lower() == ".mp4":
        ffmpeg()  # a missing encoder is said now, not after the run


def ffmpeg():
    try:
        import imageio_ffmpeg

        imageio_ffmpeg.get_ffmpeg_exe()
    except (ImportError, RuntimeError) as error:
        raise RecordingError(f"MP4 needs ffmpeg, which was not found ({error}); "
                             "install imageio-ffmpeg, or record a .gif or .webp") from None
    return imageio_ffmpeg


def rgb_array(image: QImage) -> np.ndarray:
    """A QImage as (height, width, 3) bytes."""
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    rows = np.frombuffer(image.constBits(), np.uint8, image.bytesPerLine() * image.height())
    rows = rows.reshape(image.height(), image.bytesPerLine())
    return rows[:, : image.width() * 3].reshape(image.height(), image.width(), 3).copy()


class _Writer:
    """Frames into a file under a temporary name, renamed into place by ``finish``."""

    def __init__(self, out: Path, fps: int, size: tuple[int, int], background: tuple[int, int, int]):
        self.out, self.fps, self.size, self.background = out, fps, size, background
        self.partial = out.with_name(f".{out.stem}.part-{os.getpid()}{out.suffix}")  # the suffix names the format

    def add(self, frame: np.ndarray) -> None:
        raise NotImplementedError

    def _write(self) -> None:
        """Everything still to write, to ``self.partial``."""

    def finish(self) -> None:
        try:
            self._write()
            os.replace(self.partial, self.out)
        except BaseException:
            self.abort()
            raise

    def abort(self) -> None:
        self.partial.unlink(missing_ok=True)


class _Mp4Writer(_Writer):
    def __init__(self, *args):
        super().__init__(*args)
        width, height = self.size
        self.padded = (width + width % 2, height + height % 2)  # yuv420p needs even sides
        self._frames = ffmpeg().write_frames(
            str(self.partial), self.padded, fps=self.fps, codec="libx264", pix_fmt_out="yuv420p",
            macro_block_size=1, quality=None, output_params=["-crf", "23", "-movflags", "+faststart"])
        self._frames.send(None)

    def add(self, frame: np.ndarray) -> None:
        width, height = self.padded
        if frame.shape[:2] != (height, width):
            padded = np.empty((height, width, 3), np.uint8)
            padded[...] = self.background
            padded[: frame.shape[0], : frame.shape[1]] = frame
            frame = padded
        self._frames.send(np.ascontiguousarray(frame))

    def _write(self) -> None:
        self._frames.close()

    def abort(self) -> None:
        try:
            self._frames.close()
        finally:
            super().abort()


class _PillowWriter(_Writer):
    """GIF and WebP: Pillow writes an animation whole, so the frames are kept until ``finish``."""

    def __init__(self, *args):
        super().__init__(*args)
        self._frames: list = []

    def add(self, frame: np.ndarray) -> None:
        from PIL import Image

        self._frames.append(Image.fromarray(frame, "RGB"))

    def _write(self) -> None:
        frames = self._frames
        if self.out.suffix.lower() == ".gif":
            frames = _with_one_palette(frames)
            options = {"format": "GIF", "disposal": 1, "optimize": False}
        else:
            options = {"format": "WEBP", "quality": 80, "method": 4}
        frames[0].save(self.partial, save_all=True, append_images=frames[1:],
                       duration=round(1000 / self.fps), loop=0, **options)


def _with_one_palette(frames: list) -> list:
    """Every frame in one 256-colour palette taken from the first, middle and last frames."""
    from PIL import Image

    samples = [frames[0], frames[len(frames) // 2], frames[-1]]
    width, height = samples[0].size
    sheet = Image.new("RGB", (width, height * len(samples)))
    for row, sample in enumerate(samples):
        sheet.paste(sample, (0, row * height))
    palette = sheet.quantize(colors=256, method=Image.Quantize.MEDIANCUT)
    return [frame.quantize(palette=palette, dither=Image.Dither.NONE) for frame in frames]


def writer_for(out: Path, fps: int, size: tuple[int, int], background: tuple[int, int, int]) -> _Writer:
    kind = _Mp4Writer if out.suffix.lower() == ".mp4" else _PillowWriter
    return kind(out, fps, size, background)


def record_window(window, trainer, out: Path, fps: int, seconds: float,
                  progress: Callable[[int, int], bool] | None = None, picture=None) -> int:
    """Render the window's run on show, frame by frame from its kept snapshots, into ``out``.

    ``progress(done, total)`` is called after each frame; False cancels (``Cancelled``).
    ``picture(window)`` takes a frame (default: the window as it is, at the screen's pixel ratio).
    The views show the whole run again afterwards. Returns the number of frames.
    """
    from PySide6.QtWidgets import QApplication

    steps = frame_steps(frame_count(fps, seconds), trainer.history.count)
    painter = window.painter
    painter.end_replay()
    painter.clear(trainer.config.steps)
    writer = None
    try:
        for done, step in enumerate(steps, start=1):
            painter.paint_as_of(trainer, step)
            QApplication.processEvents()
            frame = rgb_array(picture(window) if picture is not None else window.grab().toImage())
            if writer is None:
                background = QColor(window.look.theme.background).getRgb()[:3]
                writer = writer_for(out, fps, (frame.shape[1], frame.shape[0]), background)
            writer.add(frame)
            if progress is not None and not progress(done, len(steps)):
                raise Cancelled()
        writer.finish()
    except BaseException:
        if writer is not None:
            writer.abort()
        raise
    finally:
        painter.clear(trainer.config.steps)
        window.controller.request_frame()
    return len(steps)

