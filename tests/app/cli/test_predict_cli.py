"""`snapshot --predict` and `record --predict`: the class's predictions on slides and in recordings, and a
bad predictions file refused in one line naming the row and the fault, exit 2, before anything runs."""

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from app.cli.main import main
from app.cli.options import Slide
from app.cli.slides import headless_window, run_to_end
from models import RunConfig
from models.predictions import Prediction
from tests.app.driver import WindowDriver
from tests.app.gui.test_predicting import by_hand
from widgets.theme import DARK

ROOT = Path(__file__).resolve().parents[3]

GUESSES = "name,step,loss\nTeam A,0,3e7\nTeam A,19,1e3\nTeam B,0,1e4\nTeam B,10,1e2\n"


def fifo(path):
    os.mkfifo(path)


@pytest.mark.parametrize("command", [["snapshot", "numpy", "--out", "slide.png"],
                                     ["record", "numpy", "--out", "run.gif"]])
@pytest.mark.parametrize("write, named", [
    (lambda path: path.write_text("Team A,0,3e7\nTeam A,ten,5\n"),
     "argument --predict: guesses.csv, row 2: the step 'ten' is not a number"),
    (lambda path: path.write_text("Team A,0,3e7\nTeam A,5,-1\n"),
     "argument --predict: guesses.csv, row 2: the loss -1 is negative; a loss is never below 0"),
    (lambda path: path.write_bytes(b"A,0,5\n" * 200_000), "is larger than 1 MB"),
    (fifo, "it is a FIFO (named pipe), not a file"),
    (lambda path: None, "No such file or directory"),
], ids=["step", "negative", "huge", "fifo", "missing"])
def test_a_bad_predictions_file_is_refused_in_one_line_with_exit_2(command, write, named, tmp_path, monkeypatch,
                                                                    capsys):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "guesses.csv")
    before = sorted(tmp_path.iterdir())
    assert main([*command, "--steps", "5", "--predict", "guesses.csv"]) == 2
    error = capsys.readouterr().err
    assert error.startswith("descent-lab: error: ") and named in error and error.count("\n") == 1
    assert sorted(tmp_path.iterdir()) == before  # nothing written


def test_a_slide_shows_the_predictions_scored_against_its_run(qtbot):
    predictions = (Prediction("Team A", 0, ((0, 3e7), (19, 1e3))), Prediction("Team B", 1, ((0, 1e4), (10, 1e2))))
    with headless_window(Slide(predictions=predictions)) as window:
        slide = WindowDriver(window, qtbot)
        run_to_end(window, RunConfig.for_variant("numpy", steps=20))
        trainer = slide.trainer
        losses = trainer.history.losses
        scores = slide.scores()
        assert [scores[p.name].distance for p in predictions] == pytest.approx(
            [by_hand(p.points, losses) for p in predictions], rel=1e-12)
        assert slide.tab_in_front() is slide.prediction_tab and not slide.predict_box.isChecked()
        run_to_end(window, RunConfig.for_variant("tensors", steps=20))  # the next slide scores its own run
        trainer = slide.trainer
        assert slide.scores()["Team B"].distance == pytest.approx(
            by_hand(predictions[1].points, trainer.history.losses), rel=1e-12)


def slide(tmp_path, *options) -> np.ndarray:
    done = subprocess.run([sys.executable, "-m", "app", *options, "--size", "800x450"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr
    with Image.open(tmp_path / options[-1]) as image:
        return np.asarray(image.convert("RGB")).astype(int)


def coloured(picture: np.ndarray, colour: str) -> int:
    """The pixels of ``colour``, to within a little antialiasing."""
    rgb = np.array([int(colour[i:i + 2], 16) for i in (1, 3, 5)])
    return int(np.sum(np.all(np.abs(picture - rgb) < 24, axis=-1)))


@pytest.mark.process
def test_predictions_go_on_slides_and_recordings(tmp_path):
    """A slide's PNG holds Team A's colour where one without predictions does not; a recording takes them too
    (the frames show them as of their steps: ``test_predicting``'s recording)."""
    (tmp_path / "guesses.csv").write_text(GUESSES)
    team_a = DARK.palette[0]
    without = slide(tmp_path, "snapshot", "numpy", "--steps", "20", "--out", "plain.png")
    drawn = slide(tmp_path, "snapshot", "numpy", "--steps", "20", "--predict", "guesses.csv", "--out", "slide.png")
    assert coloured(drawn, team_a) > coloured(without, team_a) + 200  # its dashes, and its swatches
    recorded = slide(tmp_path, "record", "numpy", "--steps", "20", "--fps", "2", "--seconds", "1",
                     "--predict", "guesses.csv", "--out", "run.gif")
    assert recorded.shape == (450, 800, 3)
