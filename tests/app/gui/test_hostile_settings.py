"""A settings file that cannot be read never stops the app; a session named on the command line opens in the window."""

import json
import os

import pytest
from PySide6.QtWidgets import QApplication

import app.gui.launch
from app.cli.main import main
from app.gui.settings import Settings, open_settings
from app.gui.window import MainWindow
from models import VARIANTS, RunConfig
from tests.app.driver import WindowDriver


@pytest.fixture
def no_event_loop(monkeypatch):
    """``launch`` returns at once instead of running the event loop and ending the process."""
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    monkeypatch.setattr(app.gui.launch, "leave", lambda code: code)


def remembered(**values):
    store = open_settings()
    for key, value in values.items():
        store.setValue(key, value)
    store.sync()


def shown_window(qtbot) -> WindowDriver:
    """The window ``launch`` opened, driven."""
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
    qtbot.addWidget(window)
    return WindowDriver(window, qtbot)


@pytest.mark.parametrize("values", [
    {"run/config": "[" * 100_000 + "]" * 100_000},
    {"run/config": '{"variant": "nn", "seed": ' + "9" * 5000 + "}"},
    {"run/config": '{"variant": "nn", "H": -1}'},
    {"run/pace": "inf", "view/presentation": "maybe", "view/theme": 7},
    {"window/geometry": "not bytes", "splitters/main": 12},
    {"predict/predictions": "[" * 100_000 + "]" * 100_000},
    {"predict/predictions": '[{"name": "A", "colour": 0, "points": [[0, 5]]}, {"name": "A", "colour": 1, '
                            '"points": [[0, 4]]}]'},
    {"predict/predictions": '{"name": "A"}'},
])
def test_a_corrupted_settings_file_is_reset_and_the_window_starts(make_window, values):
    remembered(**values)
    ui = make_window(shown=False)
    assert ui.message == "Some remembered settings could not be read and were reset"
    assert ui.config() == RunConfig() and ui.predictions.rows == {}  # the defaults stood in
    ui.window.close()
    assert not Settings().problems  # dropped, so the next start is clean


def test_a_good_settings_file_says_nothing(make_window):
    remembered(**{"run/config": '{"variant": "optim", "seed": 4}', "run/pace": "max"})
    ui = make_window(shown=False)
    assert ui.message == ""
    assert ui.config() == RunConfig.for_variant("optim", seed=4)
    ui.window.close()


def test_reset_settings_forgets_them_from_the_command_line(capsys):
    remembered(**{"run/config": "[[["})
    assert main(["--reset-settings"]) == 0
    assert "forgot the remembered settings in" in capsys.readouterr().out
    assert open_settings().allKeys() == []


def test_open_shows_the_session_in_the_window(qtbot, tmp_path, no_event_loop):
    path = tmp_path / "lesson.json"
    path.write_text('{"kind": "descent-lab-session", "version": 1, "config": {"variant": "dynamic", "seed": 9}}')
    assert main(["open", str(path)]) == 0
    ui = shown_window(qtbot)
    assert ui.config() == RunConfig.for_variant("dynamic", seed=9)


def test_open_refuses_a_bad_file_in_the_banner_as_file_open_does(qtbot, tmp_path, no_event_loop):
    path = tmp_path / "deep.json"
    path.write_text("[" * 200_000 + "]" * 200_000)
    assert main(["open", str(path)]) == 0
    ui = shown_window(qtbot)
    assert ui.banner.kind == "error"
    assert "Cannot open the session" in ui.banner.message and "levels deep" in ui.banner.message
    assert ui.config() == RunConfig()


def test_a_settings_file_that_is_a_fifo_is_not_read_and_the_window_starts(make_window):
    import os
    import stat

    from app.gui.settings import settings_file

    path = settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(path)  # reading it would wait for a writer for ever
    ui = make_window(shown=False)
    assert ui.message == "Some remembered settings could not be read and were reset"
    assert ui.config() == RunConfig()
    ui.window.close()  # remembers nothing: the FIFO is not written over
    assert stat.S_ISFIFO(os.stat(path).st_mode)
    assert main(["--reset-settings"]) == 0  # removed without being opened (issue 21)
    assert not path.exists()


# Settings that never poison a start (issue 21)

def test_a_remembered_edit_that_is_not_text_is_dropped_and_the_window_starts(make_window):
    good = VARIANTS["nn"].full_source().replace("learning_rate = ", "learning_rate  = ")
    remembered(**{"code/edits": json.dumps({"custom": "x = '\ud800'\n", "nn": good}),  # JSON writes "\ud800"
                  "run/config": '{"variant": "custom"}'})
    ui = make_window(shown=False)  # showing custom: its edit's hash would not encode
    assert ui.message == "Some remembered settings could not be read and were reset"
    assert ui.edits == {"nn": good} and ui.code_state == "The notebook's code"
    ui.window.close()
    assert not Settings().problems and Settings().edited_code() == {"nn": good}


def settings_path():
    from app.gui.settings import settings_file

    path = settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


@pytest.mark.parametrize("content", [
    b"[run]\nconfig=" + b"x" * (1_200_000) + b"\n",  # 1.2 MB: more than a start reads
    bytes(range(256)) * 64,  # not text at all
])
def test_reset_settings_removes_a_settings_file_whatever_its_size_or_content(make_window, capsys, content):
    path = settings_path()
    path.write_bytes(content)
    ui = make_window(shown=False)  # starts, with its defaults
    assert ui.config() == RunConfig()
    ui.window.close()
    assert main(["--reset-settings"]) == 0
    assert capsys.readouterr().out == f"forgot the remembered settings in {path}\n"
    assert not path.exists() and path.parent.is_dir()  # that file only
    clean = make_window(shown=False)
    assert clean.message == ""


def test_reset_settings_unlinks_a_fifo_without_opening_it_and_refuses_a_folder(capsys):
    path = settings_path()
    os.mkfifo(path)  # opening it to read or write would wait for another end for ever
    assert main(["--reset-settings"]) == 0
    assert capsys.readouterr().out == f"forgot the remembered settings in {path}: removed it, a FIFO (named pipe)\n"
    assert not path.exists()
    path.mkdir()
    assert main(["--reset-settings"]) == 1
    assert capsys.readouterr().err == (f"descent-lab: Could not reset {path}: it is a folder, not a settings file; "
                                       "remove it yourself if it is yours\n")
    assert path.is_dir()


def test_the_settings_never_grow_past_what_a_start_reads(make_window, qtbot):
    """Edits that would each take most of the file: the first is remembered, the next stays in its window only."""
    from app.gui.settings import MAX_BYTES, settings_file

    worst = ("\x01" * 999 + "\n") * 128  # 128 KB, each character written as \\u0001 in the file: 7 bytes
    ui = make_window(shown=False)
    editor = ui.editor
    for variant in ("custom", "nn"):
        ui.choose(variant)
        ui.open_editor()
        editor.text_edit.selectAll()
        editor.text_edit.insertPlainText(worst)  # a paste over the notebook's code
        qtbot.waitUntil(lambda variant=variant: ui.edits.get(variant) == worst)
    assert "The edits of all variants together are more than the settings keep, so this one is not remembered" \
        in ui.code_state
    ui.window.close()
    assert settings_file().stat().st_size <= MAX_BYTES
    again = make_window(shown=False)
    assert again.message == "" and again.edits == {"custom": worst}


def test_predictions_of_thousands_of_points_are_remembered_as_far_as_their_share_of_the_file():
    """Read from a file, seven predictions may hold thousands of points each (up to 10,000, 2 MB): those that fit
    are remembered in order, the file stays within what a start reads, and the rest stay in the file they came from."""
    from app.gui.settings import PREDICTIONS_BYTES, settings_file
    from models.predictions import MAX_PREDICTIONS, Prediction

    predictions = [Prediction(f"Team {n}", n, tuple((step, 1000.0 / (step + n + 1.5)) for step in range(2000)))
                   for n in range(MAX_PREDICTIONS)]
    settings = Settings()
    left_out = settings.set_predictions(predictions)
    settings.sync()
    kept = Settings().predictions()
    assert 0 < len(kept) and left_out == MAX_PREDICTIONS - len(kept)
    assert kept == predictions[: len(kept)]
    assert settings_file().stat().st_size <= PREDICTIONS_BYTES + 1024


def test_the_window_says_how_many_predictions_will_not_come_back(make_window):
    """Seven predictions of 2,000 points opened at once: the window says how many are too large to come back at
    the next start, and where they are kept; the next start brings back the others."""
    from models.predictions import MAX_PREDICTIONS, Prediction

    predictions = [Prediction(f"Team {n}", n, tuple((step, 1000.0 / (step + n + 1.5)) for step in range(2000)))
                   for n in range(MAX_PREDICTIONS)]
    ui = make_window(shown=False)
    ui.predicting.load(predictions)
    said, _, rest = ui.message.partition("Predictions too large to remember: ")
    count, _, advice = rest.partition(". ")
    assert said == "" and advice == "File ▸ Save session… keeps them"
    ui.window.close()
    again = make_window(shown=False)
    assert 0 < len(again.prediction_rows()) == MAX_PREDICTIONS - int(count)
