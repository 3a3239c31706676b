"""The command line: notebook-style output, files, exit codes and one-line errors."""

import csv
import json
import os
import re
import subprocess
import sys

import numpy as np
import pytest

from app.cli.main import main
from models import VARIANTS, RunConfig, run
from tests.app.cli.headless import window_never_opens  # noqa: F401 (autouse)


def lines(text):
    return text.strip().splitlines()


def test_every_sets_the_printing_interval(capsys):
    assert main(["run", "custom", "--steps", "10", "--every", "5"]) == 0
    assert [line.split()[0] for line in lines(capsys.readouterr().out)] == ["4", "9"]


@pytest.mark.process
def test_python_dash_m_app_runs_as_a_process():
    done = subprocess.run(
        [sys.executable, "-m", "app", "run", "nn", "--seed", "3"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    printed = lines(done.stdout)
    assert [p.split()[0] for p in printed] == ["99", "199", "299", "399", "499"]
    assert len({p.split()[1] for p in printed}) == 1  # the notebook's flat nn loss


def test_csv_and_json_hold_every_step_and_the_summary(tmp_path, capsys):
    csv_path, json_path = tmp_path / "run.csv", tmp_path / "run.json"
    assert main(["run", "dynamic", "--steps", "50", "--csv", str(csv_path), "--json", str(json_path)]) == 0
    result = run(RunConfig.for_variant("dynamic", steps=50))
    with csv_path.open() as file:
        rows = list(csv.DictReader(file))
    assert [float(r["loss"]) for r in rows] == result.losses.tolist()
    assert [int(r["depth"]) for r in rows] == result.depths.tolist()
    document = json.loads(json_path.read_text())
    assert document["config"] == result.config.to_dict()
    summary = document["summary"]
    assert summary["outcome"] == "finished" and summary["steps_done"] == 50
    assert summary["first_loss"] == result.losses[0] and summary["final_loss"] == result.losses[-1]
    assert summary["steps_per_s"] > 0 and summary["wall_s"] > 0
    assert sum(summary["depth_counts"].values()) == 50


def test_png_is_the_loss_curve(tmp_path, capsys):
    from PySide6.QtGui import QImage

    path = tmp_path / "curve.png"
    assert main(["run", "optim", "--steps", "100", "--png", str(path)]) == 0
    image = QImage(str(path))
    assert (image.width(), image.height()) == (1200, 700)
    pixels = np.array([image.pixel(x, y) for x in range(0, 1200, 37) for y in range(0, 700, 23)])
    assert len(np.unique(pixels)) > 3  # axes, grid and curve, not a blank canvas


def test_divergence_exits_3_after_writing_what_was_asked(tmp_path, capsys):
    path = tmp_path / "run.json"
    assert main(["run", "numpy", "--lr", "1", "--json", str(path)]) == 3
    err = capsys.readouterr().err
    assert "diverged at step" in err and "smaller" in err
    summary = json.loads(path.read_text())["summary"]
    assert summary["outcome"].startswith("diverged at step") and summary["final_loss"] is None


@pytest.mark.parametrize(
    "argv, names",
    [
        (["run", "numpy", "--lr", "nan"], "--lr"),
        (["run", "numpy", "--lr", "-1"], "--lr"),
        (["run", "numpy", "--lr", "inf"], "--lr"),
        (["run", "numpy", "--lr", "fast"], "--lr"),
        (["run", "numpy", "--N", "0"], "--N"),
        (["run", "numpy", "--D-in", "-3"], "--D-in"),
        (["run", "numpy", "--H", "1.5"], "--H"),
        (["run", "numpy", "--D-out", "99999999999999999999"], "--D-out"),
        (["run", "numpy", "--steps", "0"], "--steps"),
        (["run", "numpy", "--seed", "-1"], "--seed"),
        (["run", "numpy", "--every", "0"], "--every"),
        (["run", "numpy", "--device", "cuda"], "--device"),
        (["run", "tensors", "--device", "tpu"], "--device"),
        (["run", "tensors", "--dtype", "half"], "--dtype"),
        (["run", "numpy", "--momentum", "0.5"], "--momentum"),
        (["run", "nn", "--update", "sometimes"], "--update"),
        (["run", "dynamic", "--momentum", "1.5"], "--momentum"),
        (["run", "keras"], "VARIANT"),
        (["run"], "VARIANT"),
        (["run", "numpy", "--N", "100000", "--D-in", "1000000"], "--N/--D-in"),
        (["run", "numpy", "--csv", "/no/such/folder/run.csv"], "--csv"),
        (["fly"], "fly"),
        (["run", "numpy", "--colour", "red"], "--colour"),
    ],
)
def test_bad_arguments_exit_2_with_one_line(argv, names, capsys):
    assert main(argv) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert len(lines(err)) == 1 and names in err
    assert "Traceback" not in err


def test_list_shows_every_variant_with_its_section_and_lr(capsys):
    assert main(["list"]) == 0
    out = capsys.readouterr().out
    for name, variant in VARIANTS.items():
        row = next(line for line in lines(out) if line.startswith(name + " "))
        assert variant.title in row and f"lr {variant.lr:g}" in row


def test_snapshot_all_refuses_a_file_where_its_folder_should_be(tmp_path, capsys):
    taken = tmp_path / "slides"
    taken.write_text("notes")
    assert main(["snapshot", "--all", str(taken)]) == 2
    err = capsys.readouterr().err
    assert err == f"descent-lab: error: argument --all: {str(taken)!r} is a file, not a folder\n"
    assert taken.read_text() == "notes"


# The one line each refusal reads, word for word


def refused(argv, capsys):
    """main(argv)'s exit code must be 2 with nothing on stdout; returns the line on stderr."""
    assert main(argv) == 2
    out, err = capsys.readouterr()
    assert out == ""
    return err


TINY = ["--N", "2", "--D-in", "3", "--H", "2", "--D-out", "2", "--steps", "2"]


@pytest.mark.parametrize("argv, line", [
    (["run", "numpy", "--lr", "1e400"], "argument --lr: '1e400' is not allowed: a number > 0 and <= 1e+06"),
    (["run", "numpy", "--lr=1e400"], "argument --lr: '1e400' is not allowed: a number > 0 and <= 1e+06"),
    (["run", "numpy", "--lr", "1", "--lr", "-inf"], "argument --lr: '-inf' is not allowed: a number > 0 and <= 1e+06"),
    (["run", "numpy", "--lr=1=2"], "argument --lr: '1=2' is not allowed: a number > 0 and <= 1e+06"),
    (["run", "numpy", "--lr=-1=2"], "argument --lr: '-1=2' is not allowed: a number > 0 and <= 1e+06"),
    (["run", "dynamic", "--moment", "1.5"], "argument --momentum: '1.5' is not allowed: a number >= 0 and < 1"),
    (["run", "dynamic", "--moment", "-5e-1"], "argument --momentum: '-5e-1' is not allowed: a number >= 0 and < 1"),
    (["run", "numpy", "--N", "0"], "argument --N: '0' is not allowed: a whole number from 1 to 1048576"),
    (["run", "numpy", "--D-in", "x"], "argument --D-in: 'x' is not allowed: a whole number from 1 to 1048576"),
    (["run", "numpy", "--D-out", "1.5"], "argument --D-out: '1.5' is not allowed: a whole number from 1 to 1048576"),
    (["run", "numpy", "--seed", "4294967296"],
     "argument --seed: '4294967296' is not allowed: a whole number from 0 to 4294967295"),
    (["run", "keras"], "argument VARIANT: 'keras' is not allowed: "
                       "one of numpy, tensors, autograd, nn, optim, custom, dynamic"),
    (["run", "numpy", "--device", "cuda"],
     "argument --device: 'cuda' is not allowed: the numpy variant runs on the CPU only (cpu)"),
    (["run", "tensors", "--dtype", "half"], "argument --dtype: 'half' is not allowed: choose from float32, float64"),
    (["run", "numpy", "--momentum", "0.5"], "argument --momentum: applies to the dynamic variant only, not numpy"),
    (["run", "dynamic", "--update", "in-place"], "argument --update: applies to the nn variant only, not dynamic"),
    (["run", "numpy", "--every", "0"], "argument --every: '0' is not allowed: a whole number from 1 to 100000000"),
    (["run", "numpy", "--every", "100000001"],
     "argument --every: '100000001' is not allowed: a whole number from 1 to 100000000"),
    (["run", "numpy", "--threads", "1025"], "argument --threads: '1025' is not allowed: a whole number from 1 to 1024"),
    (["run", "numpy", "--threads", "two"], "argument --threads: 'two' is not allowed: a whole number from 1 to 1024"),
    (["run", "numpy", "--every=--"], "argument --every: '--' is not allowed: a whole number from 1 to 100000000"),
    (["run", "numpy", "--png", "-"], "argument --png: '-' (standard output) takes text only; give a file name"),
    (["run", "numpy", "--csv", "/no/such/folder/run.csv"],
     "argument --csv: the folder '/no/such/folder' does not exist"),
    (["run"], "the following arguments are required: VARIANT"),
])
def test_a_refusal_is_one_line_naming_the_option_the_value_and_what_is_allowed(argv, line, capsys):
    assert refused(argv, capsys) == f"descent-lab: error: {line}\n"


@pytest.mark.parametrize("value", ["-1", "16", "1.5", "projector", "٣"])
def test_a_screen_that_is_no_screen_s_number_is_refused_before_the_window_opens(value, capsys):
    assert refused(["--screen", value], capsys) == (
        f"descent-lab: error: argument --screen: {value!r} is not allowed: a screen's number, from 0 to 15\n")


def test_a_folder_given_for_a_file_is_named(tmp_path, capsys):
    for option in ("--csv", "--json", "--png"):
        assert refused(["run", "numpy", option, str(tmp_path)], capsys) == (
            f"descent-lab: error: argument {option}: {str(tmp_path)!r} is a folder, not a file\n")


def test_a_link_into_a_missing_folder_names_the_folder_it_points_into(tmp_path, capsys):
    link = tmp_path / "run.csv"
    link.symlink_to(tmp_path / "gone" / "run.csv")
    assert refused(["run", "numpy", "--csv", str(link)], capsys) == (
        f"descent-lab: error: argument --csv: the folder {str(tmp_path / 'gone')!r} does not exist\n")


def test_the_sizes_refused_for_memory_are_named_together(capsys):
    line = refused(["run", "numpy", "--N", "1048576", "--D-in", "1048576"], capsys)
    assert line.startswith("descent-lab: error: argument --N/--D-in/--H/--D-out/--steps: "
                           "'N=1048576, D_in=1048576, H=100, D_out=10, steps=500' is not allowed: they need about ")


@pytest.mark.parametrize("argv", [["--every", "1"], ["--every", "100000000"], ["--threads", "1"],
                                  ["--threads", "1024"]])
def test_counts_from_one_to_their_limit_are_taken(argv, capsys):
    assert main(["run", "numpy", *TINY, *argv]) == 0
    assert capsys.readouterr().err == ""


def test_the_printed_losses_are_the_notebooks_t_loss_lines(capsys):
    assert main(["run", "tensors", *TINY, "--steps", "7", "--every", "3"]) == 0
    printed = [line.split(" ") for line in lines(capsys.readouterr().out)]
    assert [t for t, _ in printed] == ["2", "5"]
    expected = run(RunConfig.for_variant("tensors", N=2, D_in=3, H=2, D_out=2, steps=7)).losses
    assert [float(loss) for _, loss in printed] == [expected[2], expected[5]]


def test_by_default_numpy_prints_every_step_and_the_others_every_100th(capsys):
    assert main(["run", "numpy", *TINY]) == 0
    assert [line.split()[0] for line in lines(capsys.readouterr().out)] == ["0", "1"]
    assert main(["run", "optim", *TINY, "--steps", "200"]) == 0
    assert [line.split()[0] for line in lines(capsys.readouterr().out)] == ["99", "199"]


def test_options_for_one_variant_are_taken_by_it(tmp_path, capsys):
    path = tmp_path / "run.json"
    assert main(["run", "dynamic", *TINY, "--momentum", "0.5", "--seed", "7", "--lr", "0.001",
                 "--json", str(path)]) == 0
    config = json.loads(path.read_text())["config"]
    assert config == RunConfig.for_variant("dynamic", N=2, D_in=3, H=2, D_out=2, steps=2, momentum=0.5, seed=7,
                                           lr=0.001).to_dict()
    assert main(["run", "nn", *TINY, "--update", "in-place", "--dtype", "float64", "--json", str(path)]) == 0
    config = json.loads(path.read_text())["config"]
    assert (config["update"], config["dtype"]) == ("in-place", "float64")


def test_divergence_is_said_in_one_line_with_a_smaller_rate_to_try(capsys):
    assert main(["run", "numpy", "--steps", "30", "--lr", "1"]) == 3
    err = capsys.readouterr().err
    assert re.fullmatch(r"diverged at step \d+: the loss became (inf|nan); try a learning rate smaller than 1\n", err)


def test_a_file_that_cannot_be_written_exits_1_after_writing_the_others(tmp_path, capsys):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)  # no program reads it: written in place, it is refused at once
    json_path = tmp_path / "run.json"
    assert main(["run", "numpy", *TINY, "--csv", str(fifo), "--json", str(json_path)]) == 1
    out, err = capsys.readouterr()
    assert err == f"descent-lab: Could not write {fifo}: it is a FIFO that no program is reading\n"
    assert json.loads(json_path.read_text())["summary"]["steps_done"] == 2
    assert [line.split()[0] for line in lines(out)] == ["0", "1"]


def test_the_csv_holds_every_step_as_python_prints_it(tmp_path, capsys):
    path = tmp_path / "run.csv"
    assert main(["run", "numpy", *TINY, "--steps", "3", "--csv", str(path)]) == 0
    losses = run(RunConfig.for_variant("numpy", N=2, D_in=3, H=2, D_out=2, steps=3)).losses.tolist()
    assert path.read_text() == "step,loss\n" + "".join(f"{t},{loss!r}\n" for t, loss in enumerate(losses))


def test_list_shows_each_variants_section_and_defaults(capsys, monkeypatch):
    import models

    monkeypatch.setattr(models, "available_devices", lambda: ["cpu", "cuda"])
    assert main(["list"]) == 0
    assert capsys.readouterr().out == """\
VARIANT   NOTEBOOK SECTION                         DEFAULTS
numpy     Use Numpy to implement a neural network  lr 1e-06, float64, CPU only
tensors   PyTorch Tensors                          lr 1e-06, float32
autograd  PyTorch: Tensors and autograd            lr 1e-06, float32
nn        PyTorch: nn module                       lr 0.0001, float32, update notebook
optim     PyTorch: optim                           lr 0.0001, float32
custom    PyTorch: Custom nn Modules               lr 0.0001, float32
dynamic   PyTorch: Control Flow + Weight Sharing   lr 0.0001, float32, momentum 0.9

All: N=64, D_in=1000, H=100, D_out=10, steps=500, seed=0. Devices here: cpu, cuda.
"""


def test_usage_names_the_program_its_commands_and_what_each_option_takes(capsys):
    with pytest.raises(SystemExit) as done:
        main(["run", "--help"])
    assert done.value.code == 0
    usage = " ".join(capsys.readouterr().out.split())
    for part in ["usage: descent-lab run", "[--every K]", "[--threads N]", "[--csv PATH]", "[--json PATH]",
                 "[--png PATH]", "[--code FILE]", "VARIANT"]:
        assert part in usage
    with pytest.raises(SystemExit):
        main(["--help"])
    usage = " ".join(capsys.readouterr().out.split())
    assert "usage: descent-lab [-h] [--reset-settings] [--lang CODE] [--screen N] COMMAND ..." in usage
    with pytest.raises(SystemExit):
        main(["open", "--help"])
    assert "usage: descent-lab open [-h] FILE.json" in " ".join(capsys.readouterr().out.split())
    with pytest.raises(SystemExit):
        main(["snapshot", "--help"])
    usage = " ".join(capsys.readouterr().out.split())
    assert "(--out FILE.png | --all DIR)" in usage and "[VARIANT]" in usage and "[--scale R]" in usage


# The commands that open the window, write slides or touch the desktop, up to where they hand over


@pytest.fixture
def launched(monkeypatch):
    """What the window was asked to open: launch is replaced (after window_never_opens, an autouse fixture)."""
    import app.gui.launch

    calls = []
    monkeypatch.setattr(app.gui.launch, "launch", lambda session=None, screen=None, **_: calls.append(session) or 0)
    return calls


def test_open_hands_the_session_file_to_the_window(launched, tmp_path):
    assert main(["open", str(tmp_path / "s.json")]) == 0
    assert main([]) == 0
    assert launched == [tmp_path / "s.json", None]


def test_screen_hands_the_projector_s_number_to_the_window(monkeypatch, tmp_path):
    import app.gui.launch

    calls = []
    monkeypatch.setattr(app.gui.launch, "launch",
                        lambda session=None, screen=None, **_: calls.append((session, screen)))
    main(["--screen", "1"])
    main(["--screen", "0", "open", str(tmp_path / "s.json")])
    main([])
    assert calls == [(None, 1), (tmp_path / "s.json", 0), (None, None)]


@pytest.fixture
def snapshots(monkeypatch):
    """What snapshot was asked to draw, as (configs, where): the drawing is replaced.

    The look each was asked in is kept apart, in ``calls.slides``.
    """
    import app.cli.slides

    class Calls(list):
        pass

    calls = Calls()
    calls.slides = []

    def one(config, out, slide, edited=None):
        calls.append(([config], out))
        calls.slides.append(slide)
        return 0

    def all_(configs, folder, slide):
        calls.append((configs, folder))
        calls.slides.append(slide)
        return 0

    monkeypatch.setattr(app.cli.slides, "snapshot_one", one)
    monkeypatch.setattr(app.cli.slides, "snapshot_all", all_)
    return calls


def test_snapshot_of_one_variant_takes_its_options(snapshots, tmp_path):
    out = tmp_path / "slide.png"
    assert main(["snapshot", "dynamic", "--out", str(out), "--steps", "20", "--momentum", "0.5"]) == 0
    assert snapshots == [([RunConfig.for_variant("dynamic", steps=20, momentum=0.5)], out)]


def test_snapshot_all_makes_its_folder_and_gives_each_variant_only_its_own_options(snapshots, tmp_path):
    folder = tmp_path / "a" / "slides"
    assert main(["snapshot", "--all", str(folder), "--steps", "20", "--momentum", "0.5", "--update", "in-place"]) == 0
    assert folder.is_dir()
    (configs, where), = snapshots
    assert where == folder
    assert configs == [RunConfig.for_variant(name, steps=20, **{"dynamic": {"momentum": 0.5},
                                                                  "nn": {"update": "in-place"}}.get(name, {}))
                       for name in VARIANTS]


@pytest.mark.parametrize("argv, line", [
    (["snapshot", "numpy", "--all", "DIR"], "argument --all: takes no VARIANT; it saves all seven"),
    (["snapshot", "--out", "slide.png"], "the following arguments are required: VARIANT (or --all DIR)"),
    (["snapshot", "numpy"], "one of the arguments --out --all is required"),
    (["snapshot", "numpy", "--out", "-"], "argument --out: '-' (standard output) takes text only; give a file name"),
    (["snapshot", "numpy", "--out", "slide.png", "--momentum", "0.5"],
     "argument --momentum: applies to the dynamic variant only, not numpy"),
])
def test_snapshot_refuses_a_bad_command_line_before_drawing(argv, line, snapshots, capsys):
    assert refused(argv, capsys) == f"descent-lab: error: {line}\n"
    assert snapshots == []


def test_snapshot_all_cannot_make_a_folder_inside_a_file(snapshots, tmp_path, capsys):
    (tmp_path / "notes").write_text("x")
    folder = tmp_path / "notes" / "slides"
    assert refused(["snapshot", "--all", str(folder)], capsys) == (
        f"descent-lab: error: argument --all: could not make the folder {str(folder)!r}: Not a directory\n")


def test_desktop_entry_says_what_it_wrote_and_removed(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    entry = tmp_path / "applications" / "descent-lab.desktop"
    assert main(["desktop-entry"]) == 0
    written = lines(capsys.readouterr().out)
    assert written[0] == f"wrote {entry}" and all(line.startswith(f"wrote {tmp_path}/icons/") for line in written[1:])
    assert main(["desktop-entry", "--remove"]) == 0
    assert lines(capsys.readouterr().out) == [line.replace("wrote", "removed", 1) for line in written]
    assert main(["desktop-entry", "--remove"]) == 0
    assert capsys.readouterr().out == "no desktop entry was installed\n"


def test_desktop_entry_says_why_it_could_not_write(tmp_path, monkeypatch, capsys):
    (tmp_path / "share").write_text("a file where the data folder should be")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    assert main(["desktop-entry"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.startswith("descent-lab: ") and err.count("\n") == 1


def test_reset_settings_names_the_file_it_cleared(capsys):
    from app.gui.settings import settings_file

    assert main(["--reset-settings"]) == 0
    assert capsys.readouterr().out == f"forgot the remembered settings in {settings_file()}\n"


def test_reset_settings_refuses_a_settings_file_it_cannot_read(capsys):
    from app.gui.settings import settings_file

    path = settings_file()
    os.makedirs(path)  # a folder: a FIFO there is unlinked, unopened (issue 21)
    assert main(["--reset-settings"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.startswith(f"descent-lab: Could not reset {path}: ") and err.count("\n") == 1


def test_an_unknown_command_is_named(capsys):
    assert refused(["fly"], capsys).startswith("descent-lab: error: argument COMMAND: invalid choice: 'fly' (choose ")


def test_a_slide_is_drawn_in_the_look_and_size_asked_for(snapshots, tmp_path):
    from app.cli.slides import Slide

    out = str(tmp_path / "slide.png")
    assert main(["snapshot", "nn", "--out", out]) == 0
    assert main(["snapshot", "nn", "--out", out, "--theme", "light", "--presentation", "--overlay",
                 "--size", " 1024X768 ", "--scale", "2"]) == 0
    assert main(["snapshot", "--all", str(tmp_path), "--size", "320x7680", "--scale", "1"]) == 0
    assert main(["snapshot", "nn", "--out", out, "--size", "640x7680", "--scale", "2"]) == 0
    assert snapshots.slides == [Slide(), Slide("light", True, (1024, 768), 2, True), Slide(size=(320, 7680)),
                                Slide(size=(640, 7680), scale=2)]


@pytest.mark.parametrize("options, line", [
    (["--size", "12"], "argument --size: '12' is not allowed: WIDTHxHEIGHT in pixels, each from 320 to 7680 "
                       "(at --scale 1)"),
    (["--size", "319x500"], "argument --size: '319x500' is not allowed: WIDTHxHEIGHT in pixels, each from 320 to "
                            "7680 (at --scale 1)"),
    (["--size", "500x7681"], "argument --size: '500x7681' is not allowed: WIDTHxHEIGHT in pixels, each from 320 to "
                             "7680 (at --scale 1)"),
    (["--size", "639x800", "--scale", "2"], "argument --size: '639x800' is not allowed: WIDTHxHEIGHT in pixels, "
                                            "each from 640 to 7680 (at --scale 2)"),
    (["--size", "1000x0500"], None),  # four and five digits: a number of pixels, leading zero or not
    (["--size", "100000x800"], "argument --size: '100000x800' is not allowed: WIDTHxHEIGHT in pixels, each from "
                               "320 to 7680 (at --scale 1)"),
    (["--size", "800x600x2"], "argument --size: '800x600x2' is not allowed: WIDTHxHEIGHT in pixels, each from "
                              "320 to 7680 (at --scale 1)"),
    (["--scale", "0"], "argument --scale: '0' is not allowed: a whole number from 1 to 4"),
    (["--scale", "5"], "argument --scale: '5' is not allowed: a whole number from 1 to 4"),
])
def test_a_bad_slide_size_or_scale_is_refused_in_one_line(options, line, snapshots, tmp_path, capsys):
    argv = ["snapshot", "nn", "--out", str(tmp_path / "slide.png"), *options]
    if line is None:
        assert main(argv) == 0 and snapshots.slides[0].size == (1000, 500)
        return
    assert refused(argv, capsys) == f"descent-lab: error: {line}\n"
    assert snapshots == []


def test_the_command_line_is_read_from_sys_argv_when_none_is_given(monkeypatch, capsys):
    monkeypatch.setattr(sys, "argv", ["descent-lab", "run", "numpy", *TINY])
    assert main() == 0
    assert [line.split()[0] for line in lines(capsys.readouterr().out)] == ["0", "1"]


def test_threads_reach_the_run(monkeypatch, capsys):
    import models

    real_run, asked = models.run, []

    def spy(config, **kwargs):
        asked.append(kwargs.get("threads"))
        return real_run(config, **kwargs)

    monkeypatch.setattr(models, "run", spy)
    assert main(["run", "numpy", *TINY, "--threads", "3"]) == 0
    assert main(["run", "numpy", *TINY]) == 0
    assert asked == [3, None]


def test_an_interrupted_run_says_so_and_exits_130(monkeypatch, capsys):
    import models

    def interrupted(config, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(models, "run", interrupted)
    assert main(["run", "numpy", *TINY]) == 130
    assert capsys.readouterr() == ("", "descent-lab: interrupted\n")


@pytest.mark.parametrize("edited", [False, True], ids=["as-shipped", "edited"])
def test_a_reader_that_goes_away_ends_the_run_quietly(edited, monkeypatch, tmp_path, capsys):
    # `descent-lab run numpy | head`: what is left to print goes nowhere, and nothing is said, the
    # student's module or not (a closed pipe is no fault of theirs). Standard output is a file of the
    # test's own here: main puts /dev/null on its descriptor, never on pytest's.
    import models

    def reader_gone(config, **kwargs):
        raise BrokenPipeError

    code = []
    if edited:
        (tmp_path / "numpy.py").write_text(VARIANTS["numpy"].full_source())
        code = ["--code", str(tmp_path / "numpy.py")]
    monkeypatch.setattr(models, "run", reader_gone)
    with open(tmp_path / "stdout", "w") as stdout:
        monkeypatch.setattr(sys, "stdout", stdout)
        assert main(["run", "numpy", *TINY, *code]) == 0
        print("after", file=stdout, flush=True)
    assert (tmp_path / "stdout").read_text() == ""
    assert capsys.readouterr().err == ""


def test_an_output_that_is_not_writable_is_refused_before_training(tmp_path, monkeypatch, capsys):
    # as a user without write permission finds them (root may write anywhere, so access is denied here)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    monkeypatch.setattr(os, "access", lambda path, mode: False)
    assert refused(["run", "numpy", *TINY, "--csv", str(fifo)], capsys) == (
        f"descent-lab: error: argument --csv: {str(fifo)!r} is not writable\n")
    assert refused(["run", "numpy", *TINY, "--json", str(tmp_path / "run.json")], capsys) == (
        f"descent-lab: error: argument --json: the folder {str(tmp_path)!r} is not writable\n")
    (tmp_path / "run.json").write_text("{}")  # replaced through a new file beside it: the folder is what counts
    assert refused(["run", "numpy", *TINY, "--json", str(tmp_path / "run.json")], capsys) == (
        f"descent-lab: error: argument --json: the folder {str(tmp_path)!r} is not writable\n")


def test_a_missing_folder_is_named_as_it_was_typed(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert refused(["run", "numpy", *TINY, "--csv", "missing/run.csv"], capsys) == (
        "descent-lab: error: argument --csv: the folder 'missing' does not exist\n")


# code, record and --code: the command line's part, up to where the recording or the edited module takes over


def test_code_prints_a_variants_whole_module(capsys):
    assert main(["code", "custom"]) == 0
    assert capsys.readouterr() == (VARIANTS["custom"].full_source(), "")


def test_code_refuses_an_unknown_variant_with_the_known_ones(capsys):
    assert refused(["code", "resnet"], capsys) == (
        "descent-lab: error: argument VARIANT: 'resnet' is not allowed: "
        "one of numpy, tensors, autograd, nn, optim, custom, dynamic\n")


@pytest.fixture
def recordings(monkeypatch):
    """What record was asked to make, as (config, out, fps, seconds, slide, edited): the recording is replaced."""
    import app.cli.recording

    calls = []
    monkeypatch.setattr(app.cli.recording, "record_one", lambda *asked: calls.append(asked) or 0)
    return calls


@pytest.mark.parametrize("out, fps", [("run.mp4", 30), ("run.GIF", 10), ("run.webp", 10)])
def test_a_recording_takes_its_formats_frame_rate_and_ten_seconds_by_default(out, fps, recordings, tmp_path):
    from app.cli.slides import Slide

    assert main(["record", "tensors", "--steps", "20", "--out", str(tmp_path / out)]) == 0
    assert recordings == [(RunConfig.for_variant("tensors", steps=20), tmp_path / out, fps, 10.0,
                           Slide(size=(1280, 720)), None)]


def test_a_recording_takes_the_rate_length_and_look_asked_for(recordings, tmp_path):
    from app.cli.slides import Slide

    assert main(["record", "dynamic", "--momentum", "0.5", "--out", str(tmp_path / "run.gif"), "--fps", "60",
                 "--seconds", "600", "--size", "640x360", "--theme", "light"]) == 0
    assert main(["record", "dynamic", "--out", str(tmp_path / "run.gif"), "--fps", "1", "--seconds", "0.5"]) == 0
    assert [asked[1:5] for asked in recordings] == [(tmp_path / "run.gif", 60, 600.0, Slide("light", size=(640, 360))),
                                                    (tmp_path / "run.gif", 1, 0.5, Slide(size=(1280, 720)))]
    assert recordings[0][0] == RunConfig.for_variant("dynamic", momentum=0.5)


@pytest.mark.parametrize("options, line", [
    (["--out", "run.avi"], "argument --out: 'run.avi' names no format this app writes: end it in .mp4, .gif, .webp"),
    (["--out", "run.gif", "--fps", "61"], "argument --fps: '61' is not allowed: a whole number from 1 to 60"),
    (["--out", "run.gif", "--seconds", "600.5"], "argument --seconds: '600.5' is not allowed: a number > 0 and <= 600"),
    (["--out", "run.gif", "--seconds", "0"], "argument --seconds: '0' is not allowed: a number > 0 and <= 600"),
    (["--out", "run.gif", "--seconds", "inf"], "argument --seconds: 'inf' is not allowed: a number > 0 and <= 600"),
    (["--out", "run.gif", "--seconds", "ten"], "argument --seconds: 'ten' is not allowed: a number > 0 and <= 600"),
    (["--out", "run.gif", "--seconds=-1"], "argument --seconds: '-1' is not allowed: a number > 0 and <= 600"),
    (["--out", "run.gif", "--momentum", "0.5"],
     "argument --momentum: applies to the dynamic variant only, not tensors"),
    (["--out", "run.gif", "--overlay"], "unrecognized arguments: --overlay"),  # a recording is of one run
])
def test_a_bad_recording_is_refused_in_one_line(options, line, recordings, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert refused(["record", "tensors", *options], capsys) == f"descent-lab: error: {line}\n"
    assert recordings == []


def edited_custom(tmp_path, old="h_relu = self.linear1(x).clamp(min=0)", new="h_relu = self.linear1(x).clamp(min=0)"):
    """The custom variant's module, with ``old`` replaced by ``new``, in a file of its own."""
    text = VARIANTS["custom"].full_source()
    assert text.count(old) == 1
    path = tmp_path / "edited.py"
    path.write_text(text.replace(old, new))
    return path


def test_an_edited_module_runs_and_is_named_in_the_json(tmp_path, capsys):
    import hashlib

    code, out = edited_custom(tmp_path, new="h_relu = self.linear1(x).clamp(min=0) * 2"), tmp_path / "run.json"
    assert main(["run", "custom", *TINY, "--every", "1", "--code", str(code), "--json", str(out)]) == 0
    edited_losses = [line.split()[1] for line in lines(capsys.readouterr().out)]
    assert main(["run", "custom", *TINY, "--every", "1"]) == 0
    assert edited_losses != [line.split()[1] for line in lines(capsys.readouterr().out)]
    digest = hashlib.sha256(code.read_bytes()).hexdigest()
    assert json.loads(out.read_text())["code"] == {"name": f"custom (edited {digest[:7]})", "sha256": digest}
    assert main(["run", "custom", *TINY, "--json", str(out)]) == 0
    assert "code" not in json.loads(out.read_text())


def test_an_edited_module_that_fails_exits_4_after_what_it_printed(tmp_path, capsys):
    code = edited_custom(tmp_path, "y_pred = self.linear2(h_relu)\n", "y_pred = self.linear2(h_relu.T)\n")
    assert main(["run", "custom", *TINY, "--H", "3", "--every", "1", "--code", str(code)]) == 4
    out, err = capsys.readouterr()
    assert out == ""
    assert f'File "{code}"' in err and err.rstrip().splitlines()[-1].startswith("RuntimeError: ")


def test_snapshot_hands_an_edited_module_on_and_refuses_it_with_all(snapshots, tmp_path, monkeypatch, capsys):
    import app.cli.slides

    handed = []
    monkeypatch.setattr(app.cli.slides, "snapshot_one", lambda config, out, slide, edited=None: handed.append(edited))
    code = edited_custom(tmp_path)
    main(["snapshot", "custom", "--code", str(code), "--out", str(tmp_path / "s.png")])
    assert [(edited.variant, edited.filename) for edited in handed] == [("custom", str(code))]
    assert refused(["snapshot", "--all", str(tmp_path / "all"), "--code", str(code)], capsys) == (
        "descent-lab: error: argument --code: edits one VARIANT's module; give VARIANT --out FILE.png, not --all\n")
    assert not (tmp_path / "all").exists()


def test_a_recording_hands_an_edited_module_on(recordings, tmp_path):
    code = edited_custom(tmp_path)
    assert main(["record", "custom", "--code", str(code), "--out", str(tmp_path / "run.gif")]) == 0
    (*_, edited), = recordings
    assert (edited.variant, edited.filename, edited.text) == ("custom", str(code), code.read_text())


def test_without_arguments_main_reads_the_command_line(monkeypatch, capsys):
    # as the installed `descent-lab` script calls it; the value is quoted as typed, from sys.argv
    monkeypatch.setattr(sys, "argv", ["descent-lab", "run", "numpy", "--lr", "1e400"])
    assert main() == 2
    assert capsys.readouterr().err == (
        "descent-lab: error: argument --lr: '1e400' is not allowed: a number > 0 and <= 1e+06\n")
