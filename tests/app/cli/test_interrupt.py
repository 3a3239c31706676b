"""Ctrl+C (SIGINT) and SIGTERM end every command cleanly, whatever it is doing: one line,
exit 130 or 143, no partial file and no child process left.

Each test starts the command as a process, waits for the phase it means (a printed line,
the training thread, the ffmpeg child, the partial file), sends the signal, then checks
what is left. A phase that never comes fails the test at its deadline; none waits for time.
"""

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import psutil
import pytest

pytestmark = pytest.mark.process

ROOT = Path(__file__).resolve().parents[3]
PHASE_DEADLINE_S = 300  # generous: a phase that never comes is a failure, a slow machine is not
LINE = "descent-lab: interrupted\n"


@pytest.fixture
def start():
    """``start(*argv)``: Python run with ``argv`` from the checkout; whatever a failed test leaves is ended."""
    started = []

    def run(*argv: str, env: dict | None = None) -> subprocess.Popen:
        environment = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", **(env or {})}
        process = subprocess.Popen([sys.executable, *argv], cwd=ROOT, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True, env=environment)
        started.append(process)
        return process

    yield run
    for process in started:
        if process.poll() is None:
            process.kill()
        process.communicate()


def wait_for(phase, process: subprocess.Popen) -> None:
    """Until ``phase()`` is true: the event the test means, checked as it comes."""
    deadline = time.monotonic() + PHASE_DEADLINE_S
    while not phase():
        if process.poll() is not None:
            pytest.fail(f"the command ended first ({process.returncode}): {process.communicate()}")
        if time.monotonic() > deadline:
            process.kill()
            pytest.fail("the phase never came")
        time.sleep(0.01)


def thread_names(pid: int) -> list[str]:
    names = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            names.append((task / "comm").read_text().strip())
        except OSError:  # a thread that ended meanwhile
            pass
    return names


def training(process: subprocess.Popen):
    """The run's thread (a QThread, named by its class) is there."""
    return lambda: "Trainer" in thread_names(process.pid)


def encoding_mp4(process: subprocess.Popen):
    """ffmpeg encodes H.264 for the recording (not the version check imageio-ffmpeg makes first)."""
    def phase():
        try:
            return any("libx264" in child.cmdline() for child in psutil.Process(process.pid).children(recursive=True))
        except psutil.Error:
            return False
    return phase


def partial_in(folder: Path):
    """A partial file is there: the recording is being written."""
    return lambda: any(".part" in path.name for path in folder.iterdir())


def interrupted(process: subprocess.Popen, signum: int) -> tuple[str, str]:
    """Send ``signum``, wait for the end; every child the command had is gone with it."""
    children = psutil.Process(process.pid).children(recursive=True)
    process.send_signal(signum)
    try:
        out, err = process.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        process.kill()
        out, err = process.communicate()
        pytest.fail(f"still running a minute after the signal: {err[-2000:]}")
    assert process.returncode == 128 + signum, err
    assert not [child for child in children if _alive(child)], "a child outlived the command"
    assert not [found for found in psutil.process_iter(["ppid", "name"]) if found.info["ppid"] == process.pid]
    return out, err


def _alive(process: psutil.Process) -> bool:
    try:
        return process.is_running() and process.status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_run_ends_while_training(signum, tmp_path, start):
    process = start("-m", "app", "run", "tensors", "--steps", "10000000", "--every", "1000",
                    "--csv", str(tmp_path / "run.csv"))
    assert process.stdout.readline().startswith("999 ")  # training: its first line is printed
    _, err = interrupted(process, signum)
    assert err == LINE
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_snapshot_ends_while_training(signum, tmp_path, start):
    process = start("-m", "app", "snapshot", "tensors", "--steps", "10000000", "--out", str(tmp_path / "slide.png"))
    wait_for(training(process), process)
    out, err = interrupted(process, signum)
    assert (out, err) == ("", LINE)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["run.mp4", "run.gif"])
def test_record_ends_while_training(name, tmp_path, start):
    process = start("-m", "app", "record", "tensors", "--steps", "10000000", "--fps", "1", "--seconds", "2",
                    "--out", str(tmp_path / name))
    wait_for(training(process), process)
    out, err = interrupted(process, signal.SIGINT)
    assert (out, err) == ("", LINE)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_record_ends_while_ffmpeg_encodes_and_ffmpeg_ends_with_it(signum, tmp_path, start):
    process = start("-m", "app", "record", "dynamic", "--steps", "100", "--fps", "30", "--seconds", "60",
                    "--size", "640x360", "--out", str(tmp_path / "run.mp4"))
    wait_for(encoding_mp4(process), process)
    out, err = interrupted(process, signum)
    assert (out, err) == ("", LINE)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["run.gif", "run.webp"])
def test_record_ends_while_its_frames_are_painted_and_encoded(name, tmp_path, start):
    process = start("-m", "app", "record", "dynamic", "--steps", "100", "--fps", "10", "--seconds", "60",
                    "--size", "640x360", "--out", str(tmp_path / name))
    wait_for(partial_in(tmp_path), process)
    out, err = interrupted(process, signal.SIGTERM)
    assert (out, err) == ("", LINE)
    assert list(tmp_path.iterdir()) == []


SWALLOWING = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from app.io import signals
    from app.io.filesystem import produced

    with signals.handled(), produced(Path(sys.argv[1])) as partial:
        partial.write_bytes(b"half a recording")
        said = "writing"
        while True:
            try:
                print(said, flush=True)
                time.sleep(60)
            except BaseException:  # as a student's code may: the first signal is swallowed
                said = "swallowed"
""")


def test_a_second_signal_ends_the_process_at_once_and_leaves_no_partial_file(tmp_path, start):
    out = tmp_path / "run.gif"
    process = start("-c", SWALLOWING, str(out))
    assert process.stdout.readline() == "writing\n"
    process.send_signal(signal.SIGINT)
    assert process.stdout.readline() == "swallowed\n"
    _, err = interrupted(process, signal.SIGTERM)
    assert err == LINE
    assert list(tmp_path.iterdir()) == []


def test_the_window_closes_on_sigterm_keeping_its_settings(tmp_path, start):
    # The offscreen platform says that it "does not support propagateSizeHints" as the window shows
    process = start("-m", "app", env={"XDG_CONFIG_HOME": str(tmp_path), "HOME": str(tmp_path)})
    while "propagateSizeHints" not in (line := process.stderr.readline()):
        assert line, f"the window did not show: {process.communicate()}"
    _, err = interrupted(process, signal.SIGTERM)
    assert err.endswith(LINE)
    assert [path.name for path in tmp_path.rglob("*.ini")] == ["Descent Lab.ini"]
