import pytest
from PySide6.QtCore import Qt

from app.gui.look import style_application
from app.gui.window import MainWindow


@pytest.fixture
def window(qtbot, qapp):
    style_application(qapp)
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    win.close()


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    """A key as the user presses it: to the window's focused widget."""
    target = window.focusWidget() or window
    qtbot.keyClick(target, key, modifier)


def run_to_end(qtbot, window, timeout=60_000):
    qtbot.waitUntil(lambda: window.controls.state == "ended", timeout=timeout)
    return window.trainer
