"""The presenter view on a real X server: a laptop's screen and a projector beside it (RandR monitors on
Xvfb, ``xmonitors``), `python -m app --screen 1`, keys in either window, and the projector unplugged
while the run goes on. Skipped where Xvfb, xdotool or ImageMagick is missing, as ``test_xvfb`` is."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import numpy as np
import pytest
from PySide6.QtGui import QColor, QImage

from tests.app.gui import xmonitors
from tests.app.gui.test_xvfb import missing_tools, quit_cleanly, screenshot, xdotool
from widgets.theme import DARK

pytestmark = pytest.mark.process

CURVE = QColor(DARK.curve).rgb() & 0xFFFFFF  # the live run's colour, in the first start's theme
STAGE = "^Descent Lab — stage$"


@pytest.fixture
def laptop_and_projector():
    missing = missing_tools() + ([] if xmonitors.available() else ["libXrandr"])
    if missing:
        if os.environ.get("DESCENT_LAB_REQUIRE_X"):
            pytest.fail(f"missing {', '.join(missing)}: .ci/run installs them")
        pytest.skip(f"needs {', '.join(missing)}")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-noreset", "-screen", "0", f"{xmonitors.WIDTH}x{xmonitors.HEIGHT}x24",
         "-nolisten", "tcp"], pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        display = ":" + pipe.readline().strip()
    xmonitors.plug(display)
    yield display
    server.terminate()
    server.wait(10)


def curve_pixels(image: QImage, left: int, right: int) -> int:
    """Pixels of the live run's colour between x = ``left`` and ``right``."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    pixels = np.frombuffer(image.constBits(), np.uint32, image.bytesPerLine() * image.height() // 4)
    rows = pixels.reshape(image.height(), image.bytesPerLine() // 4)[:, left:right]
    return int(((rows & 0xFFFFFF) == CURVE).sum())


def wait_for(check, what: str, seconds: float = 90) -> None:
    """Until ``check()``: the picture of an X server is looked at, there is no event to wait on."""
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            pytest.fail(f"never: {what}")
        time.sleep(0.5)


def test_the_plots_go_to_the_projector_follow_keys_in_either_window_and_come_back_when_it_is_unplugged(
        laptop_and_projector, tmp_path, qapp):
    display = laptop_and_projector
    laptop, projector = (0, xmonitors.PROJECTOR[1]), (xmonitors.PROJECTOR[1], xmonitors.WIDTH)
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    app = subprocess.Popen([sys.executable, "-m", "app", "--screen", "1"], env=env, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True)
    try:
        found = xdotool(display, "search", "--sync", "--name", STAGE)
        assert found.returncode == 0, found.stderr
        stage = found.stdout.split()[0]
        windows = xdotool(display, "search", "--name", "^Descent Lab").stdout.split()
        main = next(window for window in windows if window != stage)
        geometry = xdotool(display, "getwindowgeometry", stage).stdout
        assert "Position: 1366,0" in geometry and "Geometry: 1024x768" in geometry, geometry

        def shot() -> QImage:
            return screenshot(display, tmp_path / "shot.png")

        xdotool(display, "windowfocus", "--sync", stage)
        wait_for(lambda: xdotool(display, "getwindowfocus").stdout.strip() == stage, "the stage has the keys")
        time.sleep(1.0)  # torch loads before a run can start: Space then waits for it, as in test_xvfb
        still = curve_pixels(shot(), *projector)  # the colour's few pixels in the frames around the plots
        xdotool(display, "key", "space")  # Start, from the projector
        wait_for(lambda: curve_pixels(shot(), *projector) > still + 50, "the run's curve on the projector")
        assert curve_pixels(shot(), *laptop) < 10  # the laptop keeps the controls, not a second plot

        xdotool(display, "windowfocus", "--sync", main)
        xdotool(display, "key", "r")  # Reset, from the laptop: the live curve becomes a past run
        wait_for(lambda: curve_pixels(shot(), *projector) <= still + 10,
                 "Reset pressed on the laptop clears the projector")

        xmonitors.unplug_projector(display)
        wait_for(lambda: xdotool(display, "search", "--onlyvisible", "--name", STAGE).returncode != 0,
                 "the stage window goes when its screen does")
        xdotool(display, "windowfocus", "--sync", main)
        still = curve_pixels(shot(), *laptop)
        xdotool(display, "key", "space")  # the plots are back in the window, and the run shows there
        wait_for(lambda: curve_pixels(shot(), *laptop) > still + 50, "the curve back in the window on the laptop")
        quit_cleanly(display, app)
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate()
