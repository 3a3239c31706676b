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
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QAbstractButton, QComboBox, QFileDialog, QInputDialog, QSlider, QSpinBox

from app.gui.window import FIRST_SIZE
from models import VARIANTS, Problem, RunConfig, run, steps, window_threads
from tests.roundoff import step_bounds


def not_blank(image: QImage) -> bool:
    colours = {image.pixel(x, y) for x in range(0, image.width(), 9) for y in range(0, image.height(), 9)}
    return len(colours) > 20


# The code beside the curve

@pytest.mark.parametrize("variant", VARIANTS)
def test_the_code_panel_shows_the_source_inspect_finds(ui, qtbot, variant):
    ui.choose(variant)
    module = VARIANTS[variant].module
    assert inspect.getsource(module.train) in ui.code_source
    for name, obj in vars(module).items():
        if inspect.isclass(obj) and obj.__module__ == module.__name__:
            assert inspect.getsource(obj) in ui.code_source
    view = ui.code_view
    assert view.title.text() == VARIANTS[variant].title
    code = view.code
    qtbot.waitUntil(lambda: 'style=" color:#' in code.toHtml(), timeout=10_000)  # highlighted by pygments
    assert "def train(config" in code.toPlainText()


def test_the_nn_rebinding_line_is_marked_and_explained(ui):
    ui.choose("nn")
    view = ui.code_view
    (line, note), = view.marks.items()
    source, first = VARIANTS["nn"].source()
    assert "param = param - learning_rate * param.grad" in source.splitlines()[line - first]
    assert "never change" in note and view.note.isVisibleTo(ui.window)
    ui.typed(update="in-place")
    assert view.marks == {}


def test_the_code_panel_hides_and_shows(ui):
    ui.press(Qt.Key.Key_C)
    assert not ui.code_view.isVisible()
    ui.press(Qt.Key.Key_C)
    assert ui.code_view.isVisible()


# Comparing runs

def test_a_finished_run_stays_as_a_faint_curve_with_a_legend_entry(ui):
    first = ui.finish("numpy", steps=40)
    ui.finish("tensors", steps=40)
    plot = ui.loss_plot
    past = plot.past_runs
    assert len(past) == 1
    (curve,) = past.values()
    assert curve.label == "numpy, lr 1e-06, seed 0"
    np.testing.assert_array_equal(curve.points[1], first.history.losses)
    labels = [label.text for _, label in plot.legend.items]
    assert "numpy, lr 1e-06, seed 0" in labels
    ui.finish("nn", steps=40, update="in-place")
    colours = {c.color for c in plot.past_runs.values()}
    assert len(colours) == 2  # two past runs, told apart by colour
    curve.sample.setVisible(False)  # what a click on its legend entry does
    assert not curve.item.isVisible()
    ui.click("clear_runs")
    assert plot.past_runs == {}
    assert len(plot.points[1]) == 40  # the current run stays


def test_reset_keeps_the_run_as_a_past_curve(ui):
    ui.finish("custom", steps=30)
    ui.press(Qt.Key.Key_R)
    assert len(ui.past_runs) == 1 and len(ui.loss_plot.points[1]) == 0


def test_a_race_of_tensors_and_autograd_draws_one_curve_twice(ui):
    ui.set(steps=60)
    ui.pace(None)
    assert ui.racing.start(["tensors", "autograd"], "float32")
    trainer = ui.run_to_end()
    tensors = ui.loss_plot.points_of("lane tensors")[1]
    autograd = ui.loss_plot.points_of("lane autograd")[1]
    assert len(tensors) == 60
    np.testing.assert_array_equal(tensors, autograd)
    assert trainer.checks["tensors − autograd"].losses.max() == 0.0  # identical gradients
    assert ui.check_panel.isVisible()


def test_a_float64_race_puts_numpy_on_the_same_curve_with_gradients_at_machine_precision(ui):
    ui.set(steps=80, seed=4)
    ui.pace(None)
    ui.racing.start(["numpy", "tensors", "autograd"], "float64")
    trainer = ui.run_to_end()
    curves = {name: ui.loss_plot.points_of(f"lane {name}")[1] for name in ("numpy", "tensors", "autograd")}
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

def test_screenshot_is_the_whole_window_at_device_pixel_ratio(ui, tmp_path):
    ui.finish(steps=20)
    path = ui.files.save_screenshot(tmp_path / "window.png")
    image = QImage(str(path))
    window = ui.window
    ratio = window.devicePixelRatioF()
    assert (image.width(), image.height()) == (round(window.width() * ratio), round(window.height() * ratio))
    assert not_blank(image)


def test_plot_png_has_the_chosen_width_and_svg_holds_the_curve(ui, tmp_path):
    ui.finish("optim", steps=50)
    png = QImage(str(ui.files.save_plot(tmp_path / "plot.png", width=2000)))
    assert png.width() == 2000 and not_blank(png)
    svg = ui.files.save_plot(tmp_path / "plot.svg")
    root = ElementTree.parse(svg).getroot()
    paths = [e for e in root.iter() if e.tag.endswith("path") or e.tag.endswith("polyline")]
    assert len(paths) >= 2
    assert "step" in svg.read_text()  # the axis label, as text


def test_export_run_writes_csv_and_json_as_the_cli_does(ui, tmp_path):
    trainer = ui.finish("dynamic", steps=60)
    written = ui.files.export_run(tmp_path / "lesson.csv")
    assert [p.name for p in written] == ["lesson.csv", "lesson.json"]
    with written[0].open() as file:
        rows = list(csv.DictReader(file))
    assert [float(r["loss"]) for r in rows] == trainer.history.losses.tolist()
    assert [int(r["depth"]) for r in rows] == trainer.history.depths.tolist()
    document = json.loads(written[1].read_text())
    assert document["config"] == trainer.config.to_dict() and document["summary"]["outcome"] == "finished"


def test_a_race_exports_one_pair_per_variant(ui, tmp_path):
    ui.set(steps=10)
    ui.pace(None)
    ui.racing.start(["nn", "optim"])
    ui.run_to_end()
    names = sorted(p.name for p in ui.files.export_run(tmp_path / "race.csv"))
    assert names == ["race-nn.csv", "race-nn.json", "race-optim.csv", "race-optim.json"]


def test_a_failed_write_says_so_leaves_nothing_and_the_run_can_be_saved_elsewhere(ui, tmp_path, monkeypatch):
    ui.finish(steps=20)
    import app.io.filesystem

    def refused(*args, **kwargs):  # an unwritable folder, even for root
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(app.io.filesystem.tempfile, "mkstemp", refused)
    assert ui.files.export_run(tmp_path / "run.csv") == []
    assert ui.banner.kind == "error" and "not saved" in ui.banner.message
    assert "Permission denied" in ui.banner.message
    monkeypatch.undo()
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("a file where a folder should be")
    assert ui.files.save_screenshot(not_a_folder / "shot.png") is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]
    assert len(ui.files.export_run(tmp_path / "run.csv")) == 2  # the run was kept: saved elsewhere


def test_a_full_disk_leaves_no_half_written_file(ui, tmp_path, monkeypatch):
    ui.finish(steps=20)
    import app.io.filesystem

    def full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(app.io.filesystem.os, "fsync", full)
    assert ui.files.save_screenshot(tmp_path / "shot.png") is None
    assert "the disk is full" in ui.banner.message
    assert list(tmp_path.iterdir()) == []


def test_default_file_names_carry_the_variant_and_the_folder_is_remembered(ui, tmp_path, monkeypatch):
    ui.finish("optim", steps=5)
    asked = []

    def save_dialog(parent, title, default, filters):
        asked.append(default)
        return str(tmp_path / "shot.png"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    ui.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "descent-lab-optim-" in asked[0] and (tmp_path / "shot.png").exists()
    ui.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert asked[1].startswith(str(tmp_path))


# Sessions

def test_a_session_round_trips_the_settings(ui, tmp_path):
    ui.choose("dynamic")
    ui.set(lr=3e-4, seed=11, H=50, momentum=0.5)
    ui.pace(10)
    path = ui.files.save_session(tmp_path / "lesson.json")
    saved = ui.controls.values()
    ui.choose("numpy")
    ui.pace(None)
    assert ui.files.open_session(path)
    assert ui.controls.values() == saved and ui.controls.steps_per_s == 10
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
def test_a_bad_session_is_refused_and_changes_nothing(ui, tmp_path, text, complaint):
    ui.choose("optim")
    before = ui.controls.values()
    path = tmp_path / "bad.json"
    path.write_text(text)
    assert not ui.files.open_session(path)
    assert ui.controls.values() == before
    assert ui.banner.kind == "error" and complaint in ui.banner.message


def test_a_session_is_never_unpickled(ui, tmp_path):
    import pickle

    path = tmp_path / "evil.json"
    path.write_bytes(pickle.dumps({"kind": "descent-lab-session"}))
    assert not ui.files.open_session(path)


# Presentation, keys, tooltips, remembering

def test_presentation_mode_enlarges_fonts_lines_and_the_colour_bar(ui):
    axis_font = lambda: ui.loss_plot.getAxis("left").style["tickFont"].pointSize()  # noqa: E731
    small, bar = axis_font(), ui.heatmap("first").colorbar.layout.columnMaximumWidth(1)
    ui.press(Qt.Key.Key_P)
    assert ui.look.presentation and axis_font() > small
    assert ui.heatmap("first").colorbar.layout.columnMaximumWidth(1) > bar
    assert ui.loss_plot.line_width > 1
    ui.press(Qt.Key.Key_P)
    assert axis_font() == small


def test_the_light_theme_for_printed_notes(ui):
    ui.press(Qt.Key.Key_T)
    assert ui.theme == "light"
    assert ui.loss_plot.backgroundBrush().color().name() == "#ffffff"
    ui.press(Qt.Key.Key_T)
    assert ui.theme == "dark"


def test_every_action_is_in_a_menu_with_its_shortcut(ui):
    in_menus = {action for menu in ui.window.menuBar().actions() for action in menu.menu().actions()}
    for key, action in ui.actions.items():
        assert action in in_menus, key
        if key not in ("reset_layout", "rewind_memory"):  # settings changed once, not keys for a lesson
            assert not action.shortcut().isEmpty(), key
    wanted = {"screenshot": "Ctrl+S", "export": "Ctrl+E", "open_session": "Ctrl+O",
              "save_session": "Ctrl+Shift+S", "quit": "Ctrl+Q", "start_pause": "Space", "stop": "Esc",
              "reset": "R", "fullscreen": "F11"}
    for key, sequence in wanted.items():
        assert ui.actions[key].shortcut().toString() == sequence


def test_every_control_has_a_tooltip(ui):
    window = ui.window
    kinds = (QAbstractButton, QComboBox, QSpinBox, QSlider)
    controls = [w for kind in kinds for w in window.findChildren(kind) if w.isVisibleTo(window)]
    assert len(controls) > 20
    missing = [w.text() if isinstance(w, QAbstractButton) else type(w).__name__
               for w in controls if not w.toolTip() and not isinstance(w.parent(), QSpinBox)]
    assert missing == []


def test_ctrl_q_quits_after_stopping_the_run(ui):
    ui.pace(5)
    ui.press(Qt.Key.Key_Space)
    trainer = ui.trainer
    ui.press(Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not ui.window.isVisible() and not trainer.isRunning()


def test_the_window_remembers_its_settings_and_can_forget_them(make_window):
    first = make_window()
    first.choose("custom")
    first.set(seed=42)
    window = first.window
    window.resize(window.width() - 40, window.height() - 30)
    size = window.size()
    first.trigger("presentation")
    window.close()
    second = make_window(shown=False)
    assert second.controls.values()["variant"] == "custom" and second.controls.values()["seed"] == 42
    assert second.look.presentation and second.window.size() == size
    second.trigger("reset_layout")
    assert not second.look.presentation and second.controls.values()["variant"] == "numpy"
    second.window.close()


def test_a_remembered_gpu_is_chosen_again_once_torch_has_listed_the_devices(make_window, qtbot, monkeypatch):
    """Only torch can list the GPUs, and it loads behind the shown window: the choice must outlast that."""
    for where in ("models.config.available_devices", "app.run.controller.available_devices"):
        monkeypatch.setattr(where, lambda: ["cpu", "cuda"])  # a machine with a GPU, as far as the window knows
    monkeypatch.setattr("models.config.available_bytes", lambda device: 1 << 40)
    first = make_window()
    qtbot.waitUntil(lambda: first.control("device").count() == 2)
    first.choose("tensors")
    qtbot.keyClick(first.control("device"), Qt.Key.Key_Down)  # from cpu to cuda
    assert first.controls.values()["device"] == "cuda"
    first.window.close()
    second = make_window()
    assert second.control("device").count() == 1  # torch not loaded yet
    qtbot.waitUntil(lambda: second.control("device").count() == 2)
    assert second.config(quiet=True).device == "cuda"
    second.window.close()


def test_plot_width_is_asked_for_a_png(ui, tmp_path, monkeypatch):
    ui.finish(steps=10)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "p.png"), ""))
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a: (640, True))
    ui.press(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert QImage(str(tmp_path / "p.png")).width() == 640


def test_open_session_shortcut_opens_a_file(ui, tmp_path, monkeypatch):
    path = ui.files.save_session(tmp_path / "s.json")
    ui.choose("optim")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(path), ""))
    ui.press(Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert ui.controls.values()["variant"] == "numpy"


# Slides from the command line

@pytest.mark.process
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


@pytest.mark.process
def test_snapshot_of_one_variant(tmp_path):
    out = tmp_path / "optim.png"
    done = subprocess.run([sys.executable, "-m", "app", "snapshot", "optim", "--steps", "30", "--out", str(out)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert QImage(str(out)).height() >= 960


def test_reset_layout_on_a_projector_fits_the_window_on_it(ui, qtbot):
    """The first-start size, 1600x960, is larger than a 1024x768 projector: there the window takes the screen."""
    laptop, projector = QGuiApplication.screens()[:2]

    def reset_layout_on(screen):
        ui.window.showNormal()
        ui.window.windowHandle().setScreen(screen)
        ui.window.move(screen.geometry().topLeft())
        qtbot.waitUntil(lambda: ui.window.screen() is screen)
        ui.trigger("reset_layout")

    reset_layout_on(projector)
    qtbot.waitUntil(lambda: ui.window.isMaximized())
    assert ui.window.size() == projector.availableGeometry().size()  # (offscreen shifts it by its 2 px frame)
    reset_layout_on(laptop)  # 1920x1080
    qtbot.waitUntil(lambda: not ui.window.isMaximized() and ui.window.size().toTuple() == FIRST_SIZE)
