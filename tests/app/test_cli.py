"""The command line: notebook-style output, files, exit codes and one-line errors."""

import csv
import json
import subprocess
import sys

import numpy as np
import pytest

from app.cli import main
from models import VARIANTS, RunConfig, run


def lines(text):
    return text.strip().splitlines()


def test_every_sets_the_printing_interval(capsys):
    assert main(["run", "custom", "--steps", "10", "--every", "5"]) == 0
    assert [line.split()[0] for line in lines(capsys.readouterr().out)] == ["4", "9"]


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
