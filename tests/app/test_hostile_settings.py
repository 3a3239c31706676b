"""A settings file that cannot be read never stops the app; a session named on the command line opens in the window."""

import pytest
from PySide6.QtWidgets import QApplication

import app.main
from app.cli import main
from app.settings import Settings, open_settings
from app.window import MainWindow
from models import RunConfig


@pytest.fixture
def no_event_loop(monkeypatch):
    """``launch`` returns at once instead of running the event loop and ending the process."""
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    monkeypatch.setattr(app.main, "leave", lambda code: code)


def remembered(**values):
    store = open_settings()
    for key, value in values.items():
        store.setValue(key, value)
    store.sync()


def shown_window():
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())


@pytest.mark.parametrize("values", [
    {"run/config": "[" * 100_000 + "]" * 100_000},
    {"run/config": '{"variant": "nn", "seed": ' + "9" * 5000 + "}"},
    {"run/config": '{"variant": "nn", "H": -1}'},
    {"run/pace": "inf", "view/presentation": "maybe", "view/theme": 7},
    {"window/geometry": "not bytes", "splitters/main": 12},
])
def test_a_corrupted_settings_file_is_reset_and_the_window_starts(qtbot, values):
    remembered(**values)
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.statusBar().currentMessage() == "Some remembered settings could not be read and were reset"
    assert window.current_config() == RunConfig()  # the defaults stood in
    window.close()
    assert not Settings().problems  # dropped, so the next start is clean


def test_a_good_settings_file_says_nothing(qtbot):
    remembered(**{"run/config": '{"variant": "optim", "seed": 4}', "run/pace": "max"})
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.statusBar().currentMessage() == ""
    assert window.current_config() == RunConfig.for_variant("optim", seed=4)
    window.close()


def test_reset_settings_forgets_them_from_the_command_line(capsys):
    remembered(**{"run/config": "[[["})
    assert main(["--reset-settings"]) == 0
    assert "forgot the remembered settings in" in capsys.readouterr().out
    assert open_settings().allKeys() == []


def test_open_shows_the_session_in_the_window(qtbot, tmp_path, no_event_loop):
    path = tmp_path / "lesson.json"
    path.write_text('{"kind": "descent-lab-session", "version": 1, "config": {"variant": "dynamic", "seed": 9}}')
    assert main(["open", str(path)]) == 0
    window = shown_window()
    qtbot.addWidget(window)
    assert window.current_config() == RunConfig.for_variant("dynamic", seed=9)


def test_open_refuses_a_bad_file_in_the_banner_as_file_open_does(qtbot, tmp_path, no_event_loop):
    path = tmp_path / "deep.json"
    path.write_text("[" * 200_000 + "]" * 200_000)
    assert main(["open", str(path)]) == 0
    window = shown_window()
    qtbot.addWidget(window)
    assert window.views.banner.kind == "error"
    assert "Cannot open the session" in window.views.banner.message and "levels deep" in window.views.banner.message
    assert window.current_config() == RunConfig()


def test_a_settings_file_that_is_a_fifo_is_not_read_and_the_window_starts(qtbot):
    import os
    import stat

    from app.settings import settings_file

    path = settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(path)  # reading it would wait for a writer for ever
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.statusBar().currentMessage() == "Some remembered settings could not be read and were reset"
    assert window.current_config() == RunConfig()
    window.close()  # remembers nothing: the FIFO is not written over
    assert stat.S_ISFIFO(os.stat(path).st_mode)
    assert main(["--reset-settings"]) == 1
