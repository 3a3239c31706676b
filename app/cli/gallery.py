"""`make gallery`: a finished DynamicNet run and a race in every look at every classroom size; and
`make docs-images`' picture of the presenter view.

For review by eye: ``python -m app.cli.gallery out/gallery --scale 1`` writes the sizes
at pixel ratio 1, ``--scale 2`` the 4K screen at 200% (Qt's scale factor is set
once per process, so the Makefile runs both). ``--presenter FILE`` writes the window
on a laptop and its plots on a projector beside it, as one picture, for the README.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QImage, QPainter

from app.gui.pictures import ensure_app
from app.io.filesystem import write_file
from app.io.images import png_bytes
from models import RunConfig

from . import slides
from .options import Slide
from .slides import open_window, picture, run_to_end, show_look

if TYPE_CHECKING:
    from app.gui.window import MainWindow

SIZES: dict[int, tuple[tuple[int, int], ...]] = {1: ((1024, 768), (1280, 720), (1366, 768), (1920, 1080)),
                                                 2: ((3840, 2160),)}
LOOKS: list[tuple[str, bool]] = list(itertools.product(("dark", "light"), (False, True)))
RACE = ["numpy", "tensors", "autograd"]


# "Inside this step" in a picture: the step it shows and the tensor selected, by subject (DynamicNet's step 122
# draws two uses of its shared layer; numpy's grad_h marks its two lines of code)
INSIDE = {"inside": (122, "middle_linear.weight.grad"), "inside-numpy": (122, "grad_h")}


def subjects() -> dict[str, RunConfig | list[RunConfig]]:
    return {"dynamic": RunConfig.for_variant("dynamic"),
            "race": [RunConfig.for_variant(name, steps=300, dtype="float64") for name in RACE],
            "inside": RunConfig.for_variant("dynamic", steps=200), "inside-numpy": RunConfig.for_variant("numpy")}


def show_inside(window: MainWindow, step: int, tensor: str | None = None) -> None:
    """"Inside this step" open on ``step`` of the run on show, ``tensor`` selected where it has one."""
    slides.show_inside(window, step)
    if tensor is not None:
        window.views.inside_view.select(tensor)


def write_gallery(folder: Path, scale: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    window = open_window(Slide(scale=scale, size=SIZES[scale][0]))
    written = []
    try:
        for name, configs in subjects().items():
            if window.inspecting.open:
                window.menu_actions["inside"].trigger()
            run_to_end(window, configs)
            if name in INSIDE:
                show_inside(window, *INSIDE[name])
            for (theme, presentation), size in itertools.product(LOOKS, SIZES[scale]):
                slide = Slide(theme, presentation, size, scale)
                show_look(window, slide)
                if name in INSIDE:  # the selected tensor's row in view, in the list laid out anew
                    window.views.inside_view.select(INSIDE[name][1])
                look = f"{theme}{'-presentation' if presentation else ''}"
                path = folder / f"{name}-{look}-{size[0]}x{size[1]}.png"
                write_file(path, png_bytes(picture(window, slide)))
                written.append(path)
                print(path)
    finally:
        window.close()
    return written


LAPTOP, PROJECTOR = (1366, 768), (1024, 768)  # the presenter view's two screens
GAP = 24  # pixels between the two screens' pictures


def write_presenter_view(path: Path, config: RunConfig | None = None) -> Path:
    """The presenter view as the teacher and the class see it: the window with its controls on the laptop,
    and beside it the plots full screen on the projector, ``config``'s run finished (DynamicNet's if None)."""
    window = open_window(Slide(size=LAPTOP), projector=PROJECTOR)
    try:
        run_to_end(window, config or RunConfig.for_variant("dynamic"))
        window.menu_actions["second_screen"].trigger()  # View, Show on second screen
        for _ in range(3):
            window.controller.request_frame()
            ensure_app().processEvents()
        shots = [picture(window, Slide(size=LAPTOP)), picture(window.stage.stage_window, Slide(size=PROJECTOR))]
        write_file(path, png_bytes(side_by_side(shots, QColor(window.look.theme.panel).darker(160))))
    finally:
        window.close()
    print(path)
    return path


def side_by_side(images: list[QImage], between: QColor) -> QImage:
    """``images`` left to right, tops aligned, ``GAP`` pixels of ``between`` apart."""
    width = sum(image.width() for image in images) + GAP * (len(images) - 1)
    joined = QImage(width, max(image.height() for image in images), QImage.Format.Format_RGB32)
    joined.fill(between)
    painter = QPainter(joined)
    x = 0
    for image in images:
        painter.drawImage(x, 0, image)
        x += image.width() + GAP
    painter.end()
    return joined


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.cli.gallery", description=(__doc__ or "").partition("\n")[0])
    parser.add_argument("folder", type=Path, nargs="?")
    parser.add_argument("--scale", type=int, choices=sorted(SIZES), default=1)
    parser.add_argument("--presenter", type=Path, metavar="FILE.png", help="the presenter view's picture only")
    args = parser.parse_args(argv)
    if args.presenter is not None:
        write_presenter_view(args.presenter)
    elif args.folder is not None:
        write_gallery(args.folder, args.scale)
    else:
        parser.error("give a folder for the gallery, or --presenter FILE.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
