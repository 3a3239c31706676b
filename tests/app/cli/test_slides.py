"""Slides from the command line: their look, their size, and which runs they show."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from app.cli import gallery
from app.cli.main import main
from app.cli.slides import run_to_end
from models import RunConfig

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize("options, named", [
    (["--size", "12"], "argument --size: '12' is not allowed: WIDTHxHEIGHT in pixels, each from 320 to 7680"),
    (["--size", "100x100"], "argument --size: '100x100' is not allowed"),
    (["--size", "1000x500", "--scale", "2"], "each from 640 to 7680 (at --scale 2)"),
    (["--scale", "0"], "argument --scale: '0' is not allowed: a whole number from 1 to 4"),
    (["--scale", "1.5"], "argument --scale: '1.5' is not allowed"),
    (["--theme", "purple"], "argument --theme: invalid choice: 'purple'"),
    (["--theme=--"], "argument --theme: invalid choice: '--'"),  # Python 3.11's argparse handed on no value
])
def test_a_bad_slide_option_is_refused_in_one_line_before_anything_runs(options, named, tmp_path, capsys):
    out = tmp_path / "slide.png"
    assert main(["snapshot", "tensors", "--out", str(out), *options]) == 2
    error = capsys.readouterr().err
    assert named in error and error.count("\n") == 1
    assert not out.exists()


def test_each_slide_shows_its_own_run_and_overlay_keeps_the_earlier_ones(ui):
    run_to_end(ui.window, RunConfig.for_variant("numpy", steps=20))
    run_to_end(ui.window, RunConfig.for_variant("tensors", steps=20))
    assert ui.past_runs == {}
    run_to_end(ui.window, RunConfig.for_variant("autograd", steps=20), overlay=True)
    assert [curve.label for curve in ui.past_runs.values()] == ["tensors, lr 1e-06, seed 0"]


def test_a_light_slide_is_light_and_of_the_size_asked_for(tmp_path, qapp):
    out = tmp_path / "light.png"
    assert main(["snapshot", "tensors", "--steps", "20", "--theme", "light", "--size", "1024x768",
                 "--out", str(out)]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 768)
    assert image.pixelColor(5, 5).lightness() > 200  # the menu bar, in the light theme


@pytest.mark.process
def test_the_gallery_writes_every_look_of_both_subjects(tmp_path, monkeypatch, qapp):
    monkeypatch.setattr(gallery, "SIZES", {1: ((1024, 768),)})
    monkeypatch.setattr(gallery, "subjects", lambda: {
        "dynamic": RunConfig.for_variant("dynamic", steps=30),
        "race": [RunConfig.for_variant(name, steps=30, dtype="float64") for name in gallery.RACE]})
    written = gallery.write_gallery(tmp_path, 1)
    assert sorted(path.name for path in written) == sorted(
        f"{subject}-{theme}{suffix}-1024x768.png" for subject in ("dynamic", "race")
        for theme in ("dark", "light") for suffix in ("", "-presentation"))
    assert all(QImage(str(path)).width() == 1024 for path in written)


def test_the_presenter_view_picture_is_the_laptop_s_window_beside_the_projector_s_plots(tmp_path, qapp):
    """`make docs-images`' picture: the plots were moved to the projector, and the window kept its controls."""
    from widgets.theme import DARK

    path = gallery.write_presenter_view(tmp_path / "presenter.png", RunConfig.for_variant("dynamic", steps=40))
    image = QImage(str(path))
    laptop, projector = gallery.LAPTOP, gallery.PROJECTOR
    assert image.size().toTuple() == (laptop[0] + gallery.GAP + projector[0], laptop[1])
    stage, window = image.copy(laptop[0] + gallery.GAP, 0, *projector), image.copy(0, 0, *laptop)

    def share(part: QImage, colour: str) -> float:
        wanted = QImage(1, 1, QImage.Format.Format_RGB32)
        wanted.fill(colour)
        pixels = [part.pixel(x, y) for x in range(0, part.width(), 8) for y in range(0, part.height(), 8)]
        return pixels.count(wanted.pixel(0, 0)) / len(pixels)

    assert share(stage, DARK.background) > 0.5  # the plots' background fills the projector
    assert share(window, DARK.background) < 0.1  # the laptop shows the controls and a note, no plot


@pytest.mark.parametrize("name, magic", [("slide.jpg", b"\xff\xd8\xff"), ("slide.JPEG", b"\xff\xd8\xff"),
                                         ("slide.png", b"\x89PNG\r\n\x1a\n")])
def test_a_slide_is_saved_in_the_format_its_name_says(name, magic, tmp_path, capsys):
    out = tmp_path / name
    assert main(["snapshot", "tensors", "--steps", "5", "--size", "640x360", "--out", str(out)]) == 0
    assert out.read_bytes().startswith(magic)
    assert QImage(str(out)).size().toTuple() == (640, 360)


@pytest.mark.parametrize("name", ["slide.gif", "slide.svg", "slide", "slide.png.bak"])
def test_a_slide_name_naming_no_format_is_refused_before_anything_runs(name, tmp_path, capsys, monkeypatch):
    import app.cli.slides

    monkeypatch.setattr(app.cli.slides, "snapshot_one", lambda *args: pytest.fail("it ran"))
    assert main(["snapshot", "tensors", "--out", str(tmp_path / name)]) == 2
    assert capsys.readouterr().err == (f"descent-lab: error: argument --out: {name!r} names no format a slide is "
                                       "saved in: end it in .png, .jpg, .jpeg\n")
    assert list(tmp_path.iterdir()) == []


def test_a_diverging_run_is_saved_and_exits_3_as_run_does(tmp_path, capsys):
    out = tmp_path / "slide.png"
    assert main(["snapshot", "numpy", "--lr", "1", "--steps", "20", "--out", str(out)]) == 3
    assert "(numpy: diverged at step" in capsys.readouterr().out
    assert QImage(str(out)).width() == 1600


@pytest.mark.process
def test_a_slide_from_the_command_line_says_its_own_line_and_nothing_of_qts(tmp_path):
    # The offscreen platform's "This plugin does not support propagateSizeHints()" is no news to a user
    out = tmp_path / "slide.jpg"
    done = subprocess.run([sys.executable, "-m", "app", "snapshot", "tensors", "--steps", "5", "--out", str(out)],
                          capture_output=True, text=True, timeout=300, cwd=ROOT,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert (done.returncode, done.stdout, done.stderr) == (0, f"{out}  (tensors: finished)\n", "")


@pytest.mark.process
def test_after_a_slide_a_child_process_inherits_a_platform_that_exists(tmp_path):
    """The slide's screen file is gone once the application has started: the environment no longer names it."""
    script = ("import os, sys; from app.cli.main import main; code = main(sys.argv[1:]); "
              "print(os.environ.get('QT_QPA_PLATFORM')); sys.exit(code)")
    done = subprocess.run([sys.executable, "-c", script, "snapshot", "numpy", "--steps", "2",
                           "--out", str(tmp_path / "slide.png")], capture_output=True, text=True, timeout=300,
                          cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "offscreen"


# --inside: "Inside this step" in the picture, with the window's numbers

SMALL = ["--N", "8", "--D-in", "12", "--H", "6", "--D-out", "3", "--seed", "3"]


def inside_when_pictured(monkeypatch, qtbot) -> list[tuple[bool, int, list[str], list[bytes]]]:
    """What each picture the command takes holds of "Inside this step": whether it is the tab in front, the step it
    shows, and its tensors' names and values."""
    import app.cli.slides
    from tests.app.driver import WindowDriver

    seen = []
    take = app.cli.slides.picture

    def picture(window, slide):
        ui = WindowDriver(window, qtbot)
        shown, rows = ui.inside_shown, ui.inside_view.rows
        seen.append((ui.tab_in_front() is ui.inside_view, shown.t if shown else None, [row.name for row in rows],
                     [row.values.tobytes() for row in rows]))
        return take(window, slide)

    monkeypatch.setattr(app.cli.slides, "picture", picture)
    return seen


def inspected(config: RunConfig, t: int) -> tuple[list[str], list[bytes]]:
    """Step ``t`` as ``inspect`` gives it with the window's threads."""
    from models import window_threads
    from models.inside import inspect_step

    inside = inspect_step(config, t, threads=window_threads(config))
    return inside.names, [tensor.values.tobytes() for tensor in inside.tensors]


def test_a_slide_with_inside_shows_the_last_steps_tensors_and_graph_as_inspect_gives_them(tmp_path, monkeypatch,
                                                                                           qtbot, capsys):
    seen = inside_when_pictured(monkeypatch, qtbot)
    out = tmp_path / "inside.png"
    assert main(["snapshot", "dynamic", "--steps", "30", *SMALL, "--inside", "--size", "1024x768",
                 "--out", str(out)]) == 0
    (in_front, step, names, values), = seen
    config = RunConfig.for_variant("dynamic", steps=30, N=8, D_in=12, H=6, D_out=3, seed=3)
    assert in_front and step == 29 and (names, values) == inspected(config, 29)
    assert QImage(str(out)).size().toTuple() == (1024, 768)
    seen.clear()
    assert main(["snapshot", "dynamic", "--steps", "30", *SMALL, "--out", str(tmp_path / "plain.png")]) == 0
    assert not seen[0][0]  # without it, the weights are in front
    assert QImage(str(out)) != QImage(str(tmp_path / "plain.png"))


def test_a_diverging_run_with_inside_shows_the_step_it_diverged_at_computed_again(tmp_path, monkeypatch, qtbot,
                                                                                   capsys):
    seen = inside_when_pictured(monkeypatch, qtbot)
    assert main(["snapshot", "numpy", "--lr", "1", "--steps", "20", *SMALL, "--inside",
                 "--out", str(tmp_path / "diverged.png")]) == 3
    said = capsys.readouterr().out
    last = int(said.split("diverged at step ")[1].split(")")[0])
    assert last < 19  # ended before its last step: that step was not captured as the run computed it
    (in_front, step, names, values), = seen
    config = RunConfig.for_variant("numpy", lr=1.0, steps=20, N=8, D_in=12, H=6, D_out=3, seed=3)
    assert in_front and step == last and (names, values) == inspected(config, last)
