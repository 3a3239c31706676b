"""Recording a run as a video or an animated picture, for slides.

Frames are rendered by step, never by the wall clock: a recording of ``fps`` ×
``seconds`` frames spreads the run's steps evenly over them, frame ``j`` shows
the window right after step ``frame_steps(...)[j]``, and the last frame shows the
last step. So a recording is the same on a slow machine and a fast one.

Frames are encoded as they are made, so a recording's memory does not grow with
its length. MP4 is H.264 in yuv420p, piped to the ffmpeg that imageio-ffmpeg's
wheel carries, its odd sides padded with the plot's background, never stretched.
GIF is written frame by frame with Pillow's GIF helpers: one palette for all its
frames, chosen from the first, middle and last frames together (rendered first),
without dithering, so the heatmaps' colours hold still from frame to frame
instead of shimmering; each frame holds only what changed. WebP goes through
Pillow, which takes the frames one at a time as it encodes them. The file is
written through ``filesystem.produced``: under a temporary name, put in place
when done, so a failed, cancelled or interrupted recording leaves nothing, and
no ffmpeg outlives it.
"""

from __future__ import annotations

import itertools
import math
import os
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np

from app.language import translate

from . import signals
from .filesystem import produced, refusal_to_write

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
        said = translate("Video", "{name} names no format this app writes: end it in {value}")
        raise RecordingError(said.format(name=repr(out.name), value=', '.join(FORMATS)))
    refusal = refusal_to_write(out, text=False)
    if refusal is not None:
        raise RecordingError(refusal)
    if out.suffix.lower() == ".mp4":
        ffmpeg()  # a missing encoder is said now, not after the run


def ffmpeg() -> str:
    """The ffmpeg program imageio-ffmpeg finds (its own, or IMAGEIO_FFMPEG_EXE)."""
    try:
        import imageio_ffmpeg

        return imageio_ffmpeg.get_ffmpeg_exe()
    except (ImportError, RuntimeError) as error:
        said = translate("Video", "MP4 needs ffmpeg, which was not found ({error}); install imageio-ffmpeg, or record "
                                  "a .gif or .webp")
        raise RecordingError(said.format(error=error)) from None


def write_recording(out: Path, frames: Iterator[np.ndarray], count: int, fps: int,
                    background: tuple[int, int, int], samples: Callable[[], list[np.ndarray]]) -> None:
    """``count`` frames into ``out``, in the format its suffix names, through ``filesystem.produced``.

    ``samples()`` gives the first, middle and last frames, for a GIF's one palette; it is
    called before the first frame is taken from ``frames``.
    """
    suffix = out.suffix.lower()
    with produced(out) as partial:
        if suffix == ".mp4":
            _write_mp4(partial, frames, fps, background)
        elif suffix == ".gif":
            _write_gif(partial, frames, fps, samples())
        else:
            _write_webp(partial, frames, fps, count)


def _write_mp4(path: Path, frames: Iterator[np.ndarray], fps: int, background: tuple[int, int, int]) -> None:
    """H.264 through ffmpeg, fed one raw frame at a time through a pipe.

    ffmpeg runs in a session of its own, so a terminal's Ctrl+C reaches this process
    only; on any exception it is killed and waited for, not left to finish encoding.
    (imageio-ffmpeg's ``write_frames`` waits for ffmpeg to finish on ``close``, and on
    an interruption kills it without waiting: neither suits.)
    """
    first = next(frames)
    height, width = first.shape[:2]
    padded = (width + width % 2, height + height % 2)  # yuv420p needs even sides
    command = [ffmpeg(), "-y", "-v", "error", "-f", "rawvideo", "-pix_fmt", "rgb24", "-s", f"{padded[0]}x{padded[1]}",
               "-r", str(fps), "-i", "-", "-an", "-c:v", "libx264", "-pix_fmt", "yuv420p", "-crf", "23",
               "-movflags", "+faststart", "-f", "mp4", str(path)]
    encoder = None
    with tempfile.TemporaryFile() as log, signals.on_abrupt_exit(lambda: encoder and _kill(encoder)):
        try:
            with signals.deferred():  # a signal as ffmpeg starts waits until it can be ended
                encoder = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=log,
                                           start_new_session=True)
            pipe = encoder.stdin
            assert pipe is not None  # Popen(stdin=PIPE) made it
            try:
                for frame in itertools.chain([first], frames):
                    pipe.write(_padded(frame, padded, background))
            except BrokenPipeError:  # ffmpeg has stopped: its log says why
                pass
            _close(pipe)
            status = encoder.wait()
        except BaseException:
            if encoder is not None:
                _kill(encoder)
                encoder.wait()
                _close(encoder.stdin)
            raise
        if status != 0:
            log.seek(0)
            said = log.read().decode(errors="replace").strip().splitlines()
            said = translate("Video", "ffmpeg could not encode the recording ({value})")
            raise RecordingError(said.format(value=said[-1] if said else f'exit {status}'))


def _kill(encoder: subprocess.Popen) -> None:
    """ffmpeg killed and reaped, nothing of it left. On the pid itself: a signal's handler may have cut
    into ``encoder.wait()``, which holds a lock of its own."""
    encoder.kill()
    try:
        os.waitpid(encoder.pid, 0)
    except ChildProcessError:  # reaped already
        pass


def _close(pipe) -> None:
    try:
        pipe.close()
    except OSError:  # its last bytes had nowhere to go: ffmpeg is gone
        pass


def _padded(frame: np.ndarray, size: tuple[int, int], background: tuple[int, int, int]) -> np.ndarray:
    width, height = size
    if frame.shape[:2] == (height, width):
        return np.ascontiguousarray(frame)
    padded = np.empty((height, width, 3), np.uint8)
    padded[...] = background
    padded[: frame.shape[0], : frame.shape[1]] = frame
    return padded


def _write_gif(path: Path, frames: Iterator[np.ndarray], fps: int, samples: list[np.ndarray]) -> None:
    """A looping GIF in one palette, written frame by frame with Pillow's GIF helpers
    (``getheader``, ``getdata``): each frame after the first holds only the box that changed,
    drawn over the last (disposal 1), and a frame like the one before lengthens it, as
    Pillow's own ``save_all`` does. Two frames are held at a time, in palette indices.
    """
    from PIL import GifImagePlugin, Image, ImageChops

    palette = _one_palette(samples)
    duration = round(1000 / fps)

    def indexed(frame: np.ndarray) -> Image.Image:
        return Image.fromarray(frame, "RGB").quantize(palette=palette, dither=Image.Dither.NONE)

    def write(part: Image.Image, offset: tuple[int, int], length: int) -> None:
        file.writelines(GifImagePlugin.getdata(part, offset, duration=length, disposal=1))

    with open(path, "wb") as file:
        previous = indexed(next(frames))  # the last frame whole
        header, _ = GifImagePlugin.getheader(previous, info={"loop": 0, "duration": duration})
        file.writelines(header)
        part, offset, length = previous, (0, 0), duration  # the last part not yet written
        for frame in frames:
            image = indexed(frame)
            box = ImageChops.difference(previous, image).getbbox()
            if box is None:  # the same picture: the last frame shows longer
                length += duration
                continue
            write(part, offset, length)
            part, offset, length = image.crop(box), box[:2], duration
            previous = image
        write(part, offset, length)
        file.write(b";")  # the GIF's trailer


def _one_palette(samples: list[np.ndarray]):
    """A 256-colour palette (as a palette image) taken from the sample frames together."""
    from PIL import Image

    sheet = Image.fromarray(np.concatenate(samples, axis=0), "RGB")
    return sheet.quantize(colors=256, method=Image.Quantize.MEDIANCUT)


def _write_webp(path: Path, frames: Iterator[np.ndarray], fps: int, count: int) -> None:
    """An animated WebP through Pillow. The frames after the first reach it as one multi-frame
    image (``n_frames``, ``seek``) that makes each frame as Pillow seeks to it: Pillow holds the
    encoded frames only, never the pictures."""
    from PIL import Image

    class LaterFrames(Image.Image):
        def __init__(self):
            super().__init__()
            self.n_frames, self._at = count - 1, -1
            self._mode, self._size = "RGB", first.size

        def seek(self, frame: int) -> None:
            if frame != self._at + 1:
                raise EOFError(f"frame {frame} is made after frame {self._at} only")
            self.im = Image.fromarray(next(frames), "RGB").im
            self._at = frame

        def tell(self) -> int:
            return self._at

    first = Image.fromarray(next(frames), "RGB")
    first.save(path, format="WEBP", save_all=True, append_images=[LaterFrames()] if count > 1 else [],
               duration=round(1000 / fps), loop=0, quality=80, method=4)
