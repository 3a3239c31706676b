"""The real thing: `python -m app` on an X server through Qt's xcb platform.

CI installs Xvfb, xdotool, ImageMagick and the xcb libraries the README lists,
and sets DESCENT_LAB_REQUIRE_X=1 so this test cannot silently skip there.
"""

import math
import os
import shutil
import subprocess
import sys
import time

import pytest
from PySide6.QtGui import QColor, QImage

from widgets.theme import DARK

pytestmark = pytest.mark.process

TOOLS = ("Xvfb", "xdotool", "import")
CURVE = QColor(DARK.curve).getRgb()[:3]  # the live run's colour, in the first start's theme


def missing_tools():
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def x_server(size: str):
    """An Xvfb of one screen, ``size`` as WxH, with no window manager; yields its display."""
    missing = missing_tools()
    if missing:
        if os.environ.get("DESCENT_LAB_REQUIRE_X"):
            pytest.fail(f"missing {', '.join(missing)}: .ci/run installs them")
        pytest.skip(f"needs {', '.join(missing)}")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        display = ":" + pipe.readline().strip()
    yield display
    server.terminate()
    server.wait(10)


@pytest.fixture
def x_display():
    yield from x_server("1600x1000")


@pytest.fixture
def projector_display():
    """A projector's 1024x768, smaller than the window's first-start size."""
    yield from x_server("1024x768")


def screenshot(display, path):
    subprocess.run(["import", "-display", display, "-window", "root", str(path)], check=True, timeout=30)
    return QImage(str(path))


def xdotool(display, *args):
    return subprocess.run(["xdotool", *args], env={**os.environ, "DISPLAY": display},
                          capture_output=True, text=True, timeout=30)


def quit_cleanly(display, app: subprocess.Popen) -> None:
    """Ctrl+Q: the app exits 0 within half a minute, with no thread left running and no traceback."""
    xdotool(display, "key", "ctrl+q")
    _out, err = app.communicate(timeout=30)
    assert app.returncode == 0, err
    assert "QThread: Destroyed" not in err and "Traceback" not in err


def geometry(display, window) -> tuple[int, int, int, int]:
    """A window's left, top, width and height."""
    shown = xdotool(display, "getwindowgeometry", "--shell", window).stdout
    values = dict(line.split("=") for line in shown.split())
    left, top, width, height = (int(values[key]) for key in ("X", "Y", "WIDTH", "HEIGHT"))
    return left, top, width, height


def main_window(display, timeout_s: float = 60) -> str:
    """The app's main window once mapped. Qt also maps a 1x1 window of that name, which xdotool may list first:
    a key sent to it reached nothing."""
    deadline = time.monotonic() + timeout_s
    while True:
        found = xdotool(display, "search", "--sync", "--onlyvisible", "--name", "Descent Lab")
        assert found.returncode == 0, found.stderr
        areas = {window: math.prod(geometry(display, window)[2:]) for window in found.stdout.split()}
        window = max(areas, key=areas.__getitem__)
        if areas[window] > 1 or time.monotonic() > deadline:
            return window
        time.sleep(0.5)


def curve_pixels(image):
    """Pixels of the live run's colour, on a grid of every other pixel."""
    return sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
               if image.pixelColor(x, y).getRgb()[:3] == CURVE)


def test_the_window_runs_on_a_real_x_server(x_display, tmp_path, qapp):
    env = {**os.environ, "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb",
           "XDG_CONFIG_HOME": str(tmp_path / "config")}  # a first start: this user's theme must not count
    app = subprocess.Popen([sys.executable, "-m", "app"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           text=True)
    try:
        window = main_window(x_display)
        xdotool(x_display, "windowfocus", "--sync", window)
        focused = time.monotonic() + 30
        while xdotool(x_display, "getwindowfocus").stdout.strip() != window and time.monotonic() < focused:
            time.sleep(0.2)
        time.sleep(1.0)
        xdotool(x_display, "key", "space")

        # The run has ended when its curve is on screen and the picture stops changing: a wait for an
        # event, bounded generously, since a busy machine may hold a still picture while torch loads.
        previous, unchanged_since = None, None
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            time.sleep(1.0)
            image = screenshot(x_display, tmp_path / "shot.png")
            if previous is not None and image == previous:
                unchanged_since = unchanged_since or time.monotonic()
                if time.monotonic() - unchanged_since >= 2 and curve_pixels(image) > 50:
                    break
            else:
                unchanged_since = None
            previous = image
        else:
            pytest.fail("no loss curve came to rest on screen: did Space start the run?")

        colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
        assert len(colours) > 50, "the screenshot is blank"
        quit_cleanly(x_display, app)
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate()


def test_a_first_start_on_a_small_screen_fits_the_window_on_it(projector_display, tmp_path, qapp):
    """At 1024x768 the first-start size (1600x960) would put the Step button and the heatmaps off screen."""
    env = {**os.environ, "DISPLAY": projector_display, "QT_QPA_PLATFORM": "xcb",
           "XDG_CONFIG_HOME": str(tmp_path / "config")}  # nothing remembered: the first-start size
    app = subprocess.Popen([sys.executable, "-m", "app"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           text=True)
    try:
        window = main_window(projector_display)
        left, top, width, height = geometry(projector_display, window)
        shown = f"{width}x{height} at {left},{top}"
        assert 0 <= left and left + width <= 1024 and 0 <= top and top + height <= 768, shown
        assert width >= 1000 and height >= 700  # the screen, used: not a small window in a corner
        xdotool(projector_display, "windowfocus", "--sync", window)
        quit_cleanly(projector_display, app)
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate()
