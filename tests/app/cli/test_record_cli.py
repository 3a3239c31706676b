"""`python -m app record`: a recording from the command line, and its refusals in one line."""

import fcntl
import os
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from PIL import Image

from app.cli.main import main


@pytest.mark.parametrize("options, named", [
    ([], "the following arguments are required: --out"),
    (["--out", "run.avi"], "argument --out: 'run.avi' names no format this app writes: end it in .mp4, .gif, .webp"),
    (["--out", "run.gif", "--fps", "0"], "argument --fps: '0' is not allowed: a whole number from 1 to 60"),
    (["--out", "run.gif", "--fps", "61"], "argument --fps: '61' is not allowed: a whole number from 1 to 60"),
    (["--out", "run.gif", "--seconds", "0"], "argument --seconds: '0' is not allowed: a number > 0 and <= 600"),
    (["--out", "run.gif", "--seconds", "nan"], "argument --seconds: 'nan' is not allowed"),
    (["--out", "run.gif", "--size", "10x10"], "argument --size: '10x10' is not allowed"),
    (["--out", "no/such/folder/run.gif"], "argument --out: the folder 'no/such/folder' does not exist"),
    (["--out", "run.gif", "--overlay"], "unrecognized arguments: --overlay"),
])
def test_a_bad_recording_is_refused_in_one_line_before_anything_runs(options, named, tmp_path, monkeypatch,
                                                                      capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["record", "tensors", "--steps", "5", *options]) == 2
    error = capsys.readouterr().err
    assert named in error and error.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_a_missing_ffmpeg_is_said_in_one_line_with_exit_2(tmp_path, monkeypatch, capsys):
    import imageio_ffmpeg

    def missing():
        raise RuntimeError("No ffmpeg exe could be found")

    monkeypatch.setattr(imageio_ffmpeg, "get_ffmpeg_exe", missing)
    assert main(["record", "tensors", "--out", str(tmp_path / "run.mp4")]) == 2
    error = capsys.readouterr().err
    assert "MP4 needs ffmpeg, which was not found" in error and error.count("\n") == 1


@pytest.mark.process
def test_a_gif_from_the_command_line_has_fps_times_seconds_frames(tmp_path):
    out = tmp_path / "run.gif"
    done = subprocess.run([sys.executable, "-m", "app", "record", "dynamic", "--steps", "40", "--fps", "4",
                           "--seconds", "2.5", "--size", "640x360", "--theme", "light", "--out", str(out)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "10 frames at 4 fps" in done.stdout
    with Image.open(out) as image:
        assert image.n_frames == 10 and image.size == (640, 360)


def test_record_takes_an_edited_module_and_says_its_faults_as_run_does(tmp_path, capsys):
    from tests.app.cli.test_edited_cli import edited_module

    sigmoid = edited_module(tmp_path, "custom", "h_relu = self.linear1(x).clamp(min=0)",
                            "h_relu = torch.sigmoid(self.linear1(x))")
    out = tmp_path / "sigmoid.gif"
    assert main(["record", "custom", "--steps", "20", "--fps", "2", "--seconds", "2", "--code", str(sigmoid),
                 "--out", str(out)]) == 0
    assert "4 frames at 2 fps" in capsys.readouterr().out and out.exists()
    broken = edited_module(tmp_path, "custom", "h_relu = self.linear1(x).clamp(min=0)",
                           "h_relu = self.linear1(x).clamp(min=0) / 0 + undefined_name", name="broken.py")
    assert main(["record", "custom", "--steps", "20", "--code", str(broken),
                 "--out", str(tmp_path / "broken.gif")]) == 4
    error = capsys.readouterr().err
    assert "broken.py" in error and "NameError" in error and "app/" not in error


# Where a recording lands: through filesystem.produced, as every other file is written

TINY = ["--steps", "10", "--fps", "2", "--seconds", "1", "--size", "320x320"]


def recorded_to(path, capsys) -> int:
    status = main(["record", "tensors", *TINY, "--out", str(path)])
    capsys.readouterr()
    return status


def test_a_symlink_stays_a_link_to_the_new_recording(tmp_path, capsys):
    target = tmp_path / "elsewhere" / "run.gif"
    target.parent.mkdir()
    target.write_bytes(b"old")
    link = tmp_path / "run.gif"
    link.symlink_to(target)
    assert recorded_to(link, capsys) == 0
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_bytes().startswith(b"GIF89a")
    assert sorted(path.name for path in tmp_path.rglob("*")) == ["elsewhere", "run.gif", "run.gif"]


def test_a_dangling_symlink_gets_its_target_made_and_stays_a_link(tmp_path, capsys):
    target = tmp_path / "elsewhere" / "run.webp"
    target.parent.mkdir()
    link = tmp_path / "run.webp"
    link.symlink_to(target)
    assert recorded_to(link, capsys) == 0
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_bytes()[8:12] == b"WEBP"


def test_a_fifo_with_a_reader_gets_the_recording(tmp_path, capsys):
    fifo = tmp_path / f"{tmp_path.name}.gif"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # there before the recording, as a shell's `cat <` is
    fcntl.fcntl(reader, fcntl.F_SETPIPE_SZ, 1 << 20)  # the whole recording fits while nobody reads
    try:
        assert recorded_to(fifo, capsys) == 0
        received = os.read(reader, 1 << 20)
    finally:
        os.close(reader)
    assert received.startswith(b"GIF89a") and received.endswith(b";") and stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert not list(Path(tempfile.gettempdir()).glob(f".{fifo.name}.*"))  # nor its temporary file


def test_a_fifo_nobody_reads_is_refused_at_once_and_nothing_is_left(tmp_path, capsys):
    fifo = tmp_path / f"{tmp_path.name}.gif"
    os.mkfifo(fifo)
    assert main(["record", "tensors", *TINY, "--out", str(fifo)]) == 1
    assert capsys.readouterr().err == f"descent-lab: Could not write {fifo}: it is a FIFO that no program is reading\n"
    assert stat.S_ISFIFO(os.stat(fifo).st_mode) and list(tmp_path.iterdir()) == [fifo]
    assert not list(Path(tempfile.gettempdir()).glob(f".{fifo.name}.*"))


def test_a_diverging_run_is_recorded_and_exits_3_as_run_does(tmp_path, capsys):
    out = tmp_path / "run.gif"
    assert main(["record", "numpy", "--lr", "1", "--steps", "20", "--fps", "2", "--seconds", "1", "--size", "320x320",
                 "--out", str(out)]) == 3
    assert "the run diverged at step" in capsys.readouterr().out
    assert out.read_bytes().startswith(b"GIF89a")


def test_more_frames_than_a_recording_may_keep_are_refused_before_the_run(tmp_path, capsys):
    out = tmp_path / "run.gif"
    assert main(["record", "numpy", "--steps", "5000", "--fps", "60", "--seconds", "60", "--out", str(out)]) == 2
    error = capsys.readouterr().err
    assert error.startswith("descent-lab: error: 3600 frames would keep ") and error.count("\n") == 1
    assert "more than a recording holds (256 MB)" in error
    assert list(tmp_path.iterdir()) == []


def test_with_inside_each_frame_shows_its_own_step_inside_as_inspect_gives_it(tmp_path, monkeypatch, qtbot, capsys):
    from app.io.video import frame_steps
    from models import RunConfig
    from tests.app.cli.test_slides import SMALL, inside_when_pictured, inspected

    seen = inside_when_pictured(monkeypatch, qtbot)
    out = tmp_path / "inside.webp"
    assert main(["record", "optim", "--steps", "30", *SMALL, "--inside", "--fps", "4", "--seconds", "1",
                 "--size", "640x360", "--out", str(out)]) == 0
    config = RunConfig.for_variant("optim", steps=30, N=8, D_in=12, H=6, D_out=3, seed=3)
    assert [step for _, step, _, _ in seen] == frame_steps(4, 30)
    for in_front, step, names, values in seen:
        assert in_front and (names, values) == inspected(config, step), step
    with Image.open(out) as image:
        assert image.n_frames == 4
