import gc

import pytest

from app.gui.look import style_application
from app.gui.window import MainWindow
from tests.app.driver import WindowDriver


@pytest.fixture
def make_window(qtbot, qapp):
    """``make_window(shown=True)``: a new window (with the settings the last one left, as a restart
    finds them), driven by a ``WindowDriver``; ``shown`` also waits until it is on screen and active.
    Every window made is closed at the end of the test."""
    style_application(qapp)
    made = []

    def make(shown: bool = True) -> WindowDriver:
        window = MainWindow()
        qtbot.addWidget(window)
        made.append(window)
        if shown:
            window.show()
            qtbot.waitExposed(window)
            window.activateWindow()
        return WindowDriver(window, qtbot)

    yield make
    for window in made:
        window.close()
    # Gone now, with the menus pyqtgraph's plots own in Python: left to a later collection, they could be
    # deleted in the middle of Qt polishing every widget for a new style sheet, which crashes.
    made.clear()
    gc.collect()
    style_application(qapp)  # the first-start look again (a window in presentation mode set 15 pt for the app)


@pytest.fixture
def ui(make_window) -> WindowDriver:
    """The window, shown, as a user finds it at a first start."""
    return make_window()
