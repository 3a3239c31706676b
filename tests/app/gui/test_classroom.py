"""The classroom features: code beside the curve, past runs, races, exports, sessions, looks."""

import csv
import inspect
import json
import subprocess
import sys
import xml.etree.ElementTree as ElementTree

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractButton, QComboBox, QFileDialog, QInputDialog, QSlider, QSpinBox

from app.gui.window import MainWindow
from models import VARIANTS, Problem, RunConfig, run, steps, window_threads
from tests.app.conftest import press, run_to_end
from tests.roundoff import step_bounds


def finish(window, qtbot, variant="numpy", **settings):
    window.choose_variant(variant)
    window.controls.set_values(settings)
    window.controls.set_pace(None)
    window.start()
    return run_to_end(qtbot, window)


def not_blank(image: QImage) -> bool:
    colours = {image.pixel(x, y) for x in range(0, image.width(), 9) for y in range(0, image.height(), 9)}
    return len(colours) > 20


# The code beside the curve

@pytest.mark.parametrize("variant", VARIANTS)
def test_the_code_panel_shows_the_source_inspect_finds(window, qtbot, variant):
    window.choose_variant(variant)
    module = VARIANTS[variant].module
    assert inspect.getsource(module.train) in window.views.code_view.source
    for name, obj in vars(module).items():
        if inspect.isclass(obj) and obj.__module__ == module.__name__:
            assert inspect.getsource(obj) in window.views.code_view.source
    assert window.views.code_view.title.text() == VARIANTS[variant].title
    code = window.views.code_view.code
    qtbot.waitUntil(lambda: 'style=" color:#' in code.toHtml(), timeout=10_000)  # highlighted by pygments
    assert "def train(config" in code.toPlainText()


def test_the_nn_rebinding_line_is_marked_and_explained(window):
    window.choose_variant("nn")
    (line, note), = window.views.code_view.marks.items()
    source, first = VARIANTS["nn"].source()
    assert "param = param - learning_rate * param.grad" in source.splitlines()[line - first]
    assert "never change" in note and window.views.code_view.note.isVisibleTo(window)
    window.controls.set_values({"update": "in-place"})
    window.on_edited()
    assert window.views.code_view.marks == {}


def test_the_code_panel_hides_and_shows(window, qtbot):
    press(qtbot, window, Qt.Key.Key_C)
    assert not window.views.code_view.isVisible()
    press(qtbot, window, Qt.Key.Key_C)
    assert window.views.code_view.isVisible()


# Comparing runs

def test_a_finished_run_stays_as_a_faint_curve_with_a_legend_entry(window, qtbot):
    first = finish(window, qtbot, "numpy", steps=40)
    finish(window, qtbot, "tensors", steps=40)
    past = window.views.loss_plot.past_runs
    assert len(past) == 1
    (curve,) = past.values()
    assert curve.label == "numpy, lr 1e-06, seed 0"
    np.testing.assert_array_equal(curve.points[1], first.history.losses)
    labels = [label.text for _, label in window.views.loss_plot.legend.items]
    assert "numpy, lr 1e-06, seed 0" in labels
    finish(window, qtbot, "nn", steps=40, update="in-place")
    colours = {c.color for c in window.views.loss_plot.past_runs.values()}
    assert len(colours) == 2  # two past runs, told apart by colour
    curve.sample.setVisible(False)  # what a click on its legend entry does
    assert not curve.item.isVisible()
    qtbot.mouseClick(window.views.clear_runs, Qt.MouseButton.LeftButton)
    assert window.views.loss_plot.past_runs == {}
    assert len(window.views.loss_plot.points[1]) == 40  # the current run stays


def test_reset_keeps_the_run_as_a_past_curve(window, qtbot):
    finish(window, qtbot, "custom", steps=30)
    press(qtbot, window, Qt.Key.Key_R)
    assert len(window.views.loss_plot.past_runs) == 1 and len(window.views.loss_plot.points[1]) == 0


def test_a_race_of_tensors_and_autograd_draws_one_curve_twice(window, qtbot):
    window.controls.set_values({"steps": 60})
    window.controls.set_pace(None)
    assert window.racing.start(["tensors", "autograd"], "float32")
    trainer = run_to_end(qtbot, window)
    tensors = window.views.loss_plot.points_of("lane tensors")[1]
    autograd = window.views.loss_plot.points_of("lane autograd")[1]
    assert len(tensors) == 60
    np.testing.assert_array_equal(tensors, autograd)
    assert trainer.checks["tensors − autograd"].losses.max() == 0.0  # identical gradients
    assert window.views.check_panel.isVisible()


def test_a_float64_race_puts_numpy_on_the_same_curve_with_gradients_at_machine_precision(window, qtbot):
    window.controls.set_values({"steps": 80, "seed": 4})
    window.controls.set_pace(None)
    window.racing.start(["numpy", "tensors", "autograd"], "float64")
    trainer = run_to_end(qtbot, window)
    curves = {name: window.views.loss_plot.points_of(f"lane {name}")[1] for name in ("numpy", "tensors", "autograd")}
    # One curve on screen: a relative 1e-3 is a fraction of a pixel on the log axis (tests/models, one_curve)
    np.testing.assert_allclose(curves["tensors"], curves["numpy"], rtol=1e-3)
    # The race's numpy lane is the numpy variant itself on this seed
    numpy_config = RunConfig.for_variant("numpy", steps=80, seed=4)
    np.testing.assert_array_equal(curves["numpy"], run(numpy_config, threads=window_threads(numpy_config)).losses)
    # Machine precision: each step's check within the float64 roundoff derived in tests/roundoff.py
    checks = trainer.checks["numpy − autograd"].losses
    assert len(checks) == 80
    problem = Problem.draw(64, 1000, 100, 10, seed=4)
    for t, step in enumerate(steps(numpy_config, problem)):
        bounds = step_bounds(problem.x, problem.y, step.weights["w1"], step.weights["w2"])
        largest = max(abs(step.grads[name]).max() for name in ("w1", "w2"))
        bound = max(bounds.w1.max(), bounds.w2.max())
        assert checks[t] <= bound / (largest - bound), t  # the lanes run freely: measured 5 decades under


def test_a_race_needs_two_variants_in_the_dialog(qtbot):
    from widgets.race_dialog import RaceDialog

    dialog = RaceDialog([("a", "A"), ("b", "B"), ("c", "C")], ["a"])
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    assert not ok.isEnabled()
    dialog.boxes["c"].setChecked(True)
    assert ok.isEnabled() and dialog.chosen() == ["a", "c"]


# Exports

def test_screenshot_is_the_whole_window_at_device_pixel_ratio(window, qtbot, tmp_path):
    finish(window, qtbot, steps=20)
    path = window.files.save_screenshot(tmp_path / "window.png")
    image = QImage(str(path))
    ratio = window.devicePixelRatioF()
    assert (image.width(), image.height()) == (round(window.width() * ratio), round(window.height() * ratio))
    assert not_blank(image)


def test_plot_png_has_the_chosen_width_and_svg_holds_the_curve(window, qtbot, tmp_path):
    finish(window, qtbot, "optim", steps=50)
    png = QImage(str(window.files.save_plot(tmp_path / "plot.png", width=2000)))
    assert png.width() == 2000 and not_blank(png)
    svg = window.files.save_plot(tmp_path / "plot.svg")
    root = ElementTree.parse(svg).getroot()
    paths = [e for e in root.iter() if e.tag.endswith("path") or e.tag.endswith("polyline")]
    assert len(paths) >= 2
    assert "step" in svg.read_text()  # the axis label, as text


def test_export_run_writes_csv_and_json_as_the_cli_does(window, qtbot, tmp_path):
    trainer = finish(window, qtbot, "dynamic", steps=60)
    written = window.files.export_run(tmp_path / "lesson.csv")
    assert [p.name for p in written] == ["lesson.csv", "lesson.json"]
    with written[0].open() as file:
        rows = list(csv.DictReader(file))
    assert [float(r["loss"]) for r in rows] == trainer.history.losses.tolist()
    assert [int(r["depth"]) for r in rows] == trainer.history.depths.tolist()
    document = json.loads(written[1].read_text())
    assert document["config"] == trainer.config.to_dict() and document["summary"]["outcome"] == "finished"


def test_a_race_exports_one_pair_per_variant(window, qtbot, tmp_path):
    window.controls.set_values({"steps": 10})
    window.controls.set_pace(None)
    window.racing.start(["nn", "optim"])
    run_to_end(qtbot, window)
    names = sorted(p.name for p in window.files.export_run(tmp_path / "race.csv"))
    assert names == ["race-nn.csv", "race-nn.json", "race-optim.csv", "race-optim.json"]


def test_a_failed_write_says_so_leaves_nothing_and_the_run_can_be_saved_elsewhere(window, qtbot, tmp_path,
                                                                                 monkeypatch):
    finish(window, qtbot, steps=20)
    import app.io.filesystem

    def refused(*args, **kwargs):  # an unwritable folder, even for root
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(app.io.filesystem.tempfile, "mkstemp", refused)
    assert window.files.export_run(tmp_path / "run.csv") == []
    assert window.views.banner.kind == "error" and "not saved" in window.views.banner.message
    assert "Permission denied" in window.views.banner.message
    monkeypatch.undo()
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("a file where a folder should be")
    assert window.files.save_screenshot(not_a_folder / "shot.png") is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]
    assert len(window.files.export_run(tmp_path / "run.csv")) == 2  # the run was kept: saved elsewhere


def test_a_full_disk_leaves_no_half_written_file(window, qtbot, tmp_path, monkeypatch):
    finish(window, qtbot, steps=20)
    import app.io.filesystem

    def full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(app.io.filesystem.os, "fsync", full)
    assert window.files.save_screenshot(tmp_path / "shot.png") is None
    assert "the disk is full" in window.views.banner.message
    assert list(tmp_path.iterdir()) == []


def test_default_file_names_carry_the_variant_and_the_folder_is_remembered(window, qtbot, tmp_path, monkeypatch):
    finish(window, qtbot, "optim", steps=5)
    asked = []

    def save_dialog(parent, title, default, filters):
        asked.append(default)
        return str(tmp_path / "shot.png"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    press(qtbot, window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "descent-lab-optim-" in asked[0] and (tmp_path / "shot.png").exists()
    press(qtbot, window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert asked[1].startswith(str(tmp_path))


# Sessions

def test_a_session_round_trips_the_settings(window, tmp_path):
    window.choose_variant("dynamic")
    window.controls.set_values({"lr": 3e-4, "seed": 11, "H": 50, "momentum": 0.5})
    window.controls.set_pace(10)
    path = window.files.save_session(tmp_path / "lesson.json")
    saved = window.controls.values()
    window.choose_variant("numpy")
    window.controls.set_pace(None)
    assert window.files.open_session(path)
    assert window.controls.values() == saved and window.controls.steps_per_s == 10
    assert json.loads(path.read_text())["config"]["variant"] == "dynamic"


@pytest.mark.parametrize(
    "text, complaint",
    [
        ("{not json", "not valid JSON"),
        ('{"kind": "descent-lab-session", "version": 1, "config": {"variant": "nn"', "not valid JSON"),
        ('[1, 2]', "not a Descent Lab session"),
        ('{"kind": "descent-lab-session", "version": 1, "config": {}, "colour": 1}', "unknown key 'colour'"),
        ('{"kind": "descent-lab-session", "version": 1, "config": {"variant": "nn", "H": "big"}}', "H = 'big'"),
        ('{"kind": "descent-lab-session", "version": 1, "config": {"variant": "nn", "lr": -1}}', "lr = -1"),
        ('{"kind": "descent-lab-session", "version": 1, "config": {"wings": 2}}', "wings"),
        ('{"kind": "descent-lab-session", "version": 7, "config": {}}', "version 7"),
        ('{"kind": "descent-lab-session", "version": 1, "config": {}, "pace": -3}', "pace = -3"),
    ],
)
def test_a_bad_session_is_refused_and_changes_nothing(window, tmp_path, text, complaint):
    window.choose_variant("optim")
    before = window.controls.values()
    path = tmp_path / "bad.json"
    path.write_text(text)
    assert not window.files.open_session(path)
    assert window.controls.values() == before
    assert window.views.banner.kind == "error" and complaint in window.views.banner.message


def test_a_session_is_never_unpickled(window, tmp_path):
    import pickle

    path = tmp_path / "evil.json"
    path.write_bytes(pickle.dumps({"kind": "descent-lab-session"}))
    assert not window.files.open_session(path)


# Presentation, keys, tooltips, remembering

def test_presentation_mode_enlarges_fonts_lines_and_the_colour_bar(window, qtbot):
    axis_font = lambda: window.views.loss_plot.getAxis("left").style["tickFont"].pointSize()  # noqa: E731
    small, bar = axis_font(), window.views.heatmaps["first"].colorbar.layout.columnMaximumWidth(1)
    press(qtbot, window, Qt.Key.Key_P)
    assert window.look.presentation and axis_font() > small
    assert window.views.heatmaps["first"].colorbar.layout.columnMaximumWidth(1) > bar
    assert window.views.loss_plot.line_width > 1
    press(qtbot, window, Qt.Key.Key_P)
    assert axis_font() == small


def test_the_light_theme_for_printed_notes(window, qtbot):
    press(qtbot, window, Qt.Key.Key_T)
    assert window.look.theme.name == "light"
    assert window.views.loss_plot.backgroundBrush().color().name() == "#ffffff"
    press(qtbot, window, Qt.Key.Key_T)
    assert window.look.theme.name == "dark"


def test_every_action_is_in_a_menu_with_its_shortcut(window):
    in_menus = {action for menu in window.menuBar().actions() for action in menu.menu().actions()}
    for key, action in window.actions.items():
        assert action in in_menus, key
        if key not in ("reset_layout", "rewind_memory"):  # settings changed once, not keys for a lesson
            assert not action.shortcut().isEmpty(), key
    wanted = {"screenshot": "Ctrl+S", "export": "Ctrl+E", "open_session": "Ctrl+O",
              "save_session": "Ctrl+Shift+S", "quit": "Ctrl+Q", "start_pause": "Space", "stop": "Esc",
              "reset": "R", "fullscreen": "F11"}
    for key, sequence in wanted.items():
        assert window.actions[key].shortcut().toString() == sequence


def test_every_control_has_a_tooltip(window):
    kinds = (QAbstractButton, QComboBox, QSpinBox, QSlider)
    controls = [w for kind in kinds for w in window.findChildren(kind) if w.isVisibleTo(window)]
    assert len(controls) > 20
    missing = [w.text() if isinstance(w, QAbstractButton) else type(w).__name__
               for w in controls if not w.toolTip() and not isinstance(w.parent(), QSpinBox)]
    assert missing == []


def test_ctrl_q_quits_after_stopping_the_run(window, qtbot):
    window.controls.set_pace(5)
    press(qtbot, window, Qt.Key.Key_Space)
    trainer = window.trainer
    press(qtbot, window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible() and not trainer.isRunning()


def test_the_window_remembers_its_settings_and_can_forget_them(qtbot):
    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    first.choose_variant("custom")
    first.controls.set_values({"seed": 42})
    first.resize(first.width() - 40, first.height() - 30)
    size = first.size()
    first.presenting.toggle_presentation()
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    assert second.controls.values()["variant"] == "custom" and second.controls.values()["seed"] == 42
    assert second.look.presentation and second.size() == size
    second.presenting.reset_layout()
    assert not second.look.presentation and second.controls.values()["variant"] == "numpy"
    second.close()


def test_a_remembered_gpu_is_chosen_again_once_torch_has_listed_the_devices(qtbot, monkeypatch):
    """Only torch can list the GPUs, and it loads behind the shown window: the choice must outlast that."""
    for where in ("models.config.available_devices", "app.run.controller.available_devices"):
        monkeypatch.setattr(where, lambda: ["cpu", "cuda"])  # a machine with a GPU, as far as the window knows
    monkeypatch.setattr("models.config.available_bytes", lambda device: 1 << 40)
    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    qtbot.waitUntil(lambda: first.controls.device.count() == 2)
    first.choose_variant("tensors")
    qtbot.keyClick(first.controls.device, Qt.Key.Key_Down)  # from cpu to cuda
    assert first.controls.values()["device"] == "cuda"
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    assert second.controls.device.count() == 1  # torch not loaded yet
    qtbot.waitUntil(lambda: second.controls.device.count() == 2)
    assert second.current_config(quiet=True).device == "cuda"
    second.close()


def test_plot_width_is_asked_for_a_png(window, qtbot, tmp_path, monkeypatch):
    finish(window, qtbot, steps=10)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "p.png"), ""))
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a: (640, True))
    press(qtbot, window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert QImage(str(tmp_path / "p.png")).width() == 640


def test_open_session_shortcut_opens_a_file(window, qtbot, tmp_path, monkeypatch):
    path = window.files.save_session(tmp_path / "s.json")
    window.choose_variant("optim")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(path), ""))
    press(qtbot, window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert window.controls.values()["variant"] == "numpy"


# Slides from the command line

def test_snapshot_all_makes_its_folder_and_writes_seven_screenshots(tmp_path):
    slides = tmp_path / "slides" / "week 1"  # not there yet, as in the README's example
    done = subprocess.run(
        [sys.executable, "-m", "app", "snapshot", "--all", str(slides), "--steps", "40"],
        capture_output=True, text=True, timeout=600,
    )
    assert done.returncode == 0, done.stderr
    for name in VARIANTS:
        image = QImage(str(slides / f"{name}.png"))
        assert image.width() >= 1600 and not_blank(image), name


def test_snapshot_of_one_variant(tmp_path):
    out = tmp_path / "optim.png"
    done = subprocess.run([sys.executable, "-m", "app", "snapshot", "optim", "--steps", "30", "--out", str(out)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert QImage(str(out)).height() >= 960
