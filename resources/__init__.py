"""Files the app reads at run time: the style sheet, the icons, the desktop entry.

Found through ``importlib.resources``, so they are read the same way from a
checkout and from an installed wheel (``pyproject.toml`` ships them as package
data), never through the checkout's path.
"""

from __future__ import annotations

from importlib.resources import as_file, files
from importlib.resources.abc import Traversable

ICON_SIZES = (48, 256)  # the PNGs beside the SVG, for desktops that take no SVG


def resource(*parts: str) -> Traversable:
    """A file among the resources, e.g. ``resource("styles", "app.qss")``."""
    found = files(__name__)
    for part in parts:
        found = found / part
    return found


def text(*parts: str) -> str:
    return resource(*parts).read_text(encoding="utf-8")


def icon_paths() -> list[str]:
    """The app icon's files on disk, largest last (Qt and desktop entries want paths)."""
    paths = []
    for size in ICON_SIZES:
        with as_file(resource("icons", f"descent-lab-{size}.png")) as path:  # a real file unless zipped
            paths.append(str(path))
    return paths
