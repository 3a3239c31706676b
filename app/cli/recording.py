"""`record`: a run in the window, offscreen, recorded frame by frame as MP4, GIF or WebP.

The run keeps exactly the steps the frames show, so every frame has its own weights;
a recording that would keep more than ``KEPT_MB`` of them is refused before the run.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.io import signals, video
from app.io.filesystem import FileError
from app.language import translate
from models import RunConfig
from models.edited import EditedCode
from models.history import said_outcome

from .edited_code import code_from
from .exit_codes import EXIT_FAILED, EXIT_USAGE, status_of
from .options import Slide, config_from, slide_from

KEPT_MB = 256  # the frames' weights a run keeps for a recording, at most: encoding adds about 30 MB


def record(args: argparse.Namespace) -> int:
    """VARIANT --out FILE: fps × seconds frames, at the format's frame rate unless --fps says."""
    signals.import_qt()
    slide = slide_from(args)
    fps = args.fps or video.DEFAULT_FPS[args.out.suffix.lower()]
    config = config_from(args)
    return record_one(config, args.out, fps, args.seconds, slide, code_from(args, config.variant))


def record_one(configs: RunConfig | list[RunConfig], out: Path, fps: int, seconds: float, slide: Slide,
               edited: EditedCode | None = None) -> int:
    """Run ``configs`` (one, or several as a race) to the end in the window, offscreen, and record it;
    ``edited``: the variant's module as edited, run in its place."""
    from app.gui.recorder import record_window  # Qt is loaded only for a command that draws
    from app.run.rewind_store import kept_bytes

    from .slides import headless_window, open_inside, picture, run_to_end, tell_edited_fault

    lanes = configs if isinstance(configs, list) else [configs]
    keep = video.frame_steps(video.frame_count(fps, seconds), lanes[0].steps)
    with headless_window(slide, edited) as window:
        kept = sum(kept_bytes(config, keep, window.views.heatmap_pixels()) for config in lanes)
        if kept > KEPT_MB << 20:
            said = translate("Recording", "descent-lab: error: {value} frames would keep {value2} MB of the run's "
                                          "weights, more than a recording holds ({KEPT_MB} MB): record fewer frames "
                                          "(--fps, --seconds) or fewer --steps, or a smaller --size")
            print(said.format(value=len(keep), value2=f"{kept / 1e6:.0f}", KEPT_MB=KEPT_MB), file=sys.stderr)
            return EXIT_USAGE
        with signals.deferred():  # a signal ends the run's event loop: the run stops
            if slide.inside:  # each frame's step is computed again as the frame is made, in order
                open_inside(window)
            outcome = run_to_end(window, configs, keep_steps=keep, step_timeout_s=edited and edited.step_timeout_s)
        failed = tell_edited_fault(window)
        trainer = window.trainer
        if trainer is None or trainer.history.count == 0:
            said = translate("Recording", "descent-lab: nothing to record: the run {outcome}")
            print(said.format(outcome=said_outcome(outcome)), file=sys.stderr)
            return failed or EXIT_FAILED
        try:
            frames = record_window(window, trainer, out, fps, seconds,
                                   picture=lambda shown: picture(shown, slide))
        except (video.RecordingError, FileError) as error:
            print(f"descent-lab: {error}", file=sys.stderr)
            return failed or EXIT_FAILED
    said = translate("Recording", "{out}  ({frames} frames at {fps} fps; the run {outcome})")
    print(said.format(out=out, frames=frames, fps=fps, outcome=said_outcome(outcome)))
    return failed or status_of(outcome)
