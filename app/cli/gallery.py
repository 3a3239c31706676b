"""`make gallery`: a finished DynamicNet run and a race in every look at every classroom size.

For review by eye: ``python -m app.cli.gallery out/gallery --scale 1`` writes the sizes
at pixel ratio 1, ``--scale 2`` the 4K screen at 200% (Qt's scale factor is set
once per process, so the Makefile runs both).
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path
from typing import TYPE_CHECKING

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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.cli.gallery", description=(__doc__ or "").partition("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--scale", type=int, choices=sorted(SIZES), default=1)
    args = parser.parse_args(argv)
    write_gallery(args.folder, args.scale)
    return 0


if __name__ == "__main__":
    sys.exit(main())
