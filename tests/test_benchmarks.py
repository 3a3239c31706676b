"""Each benchmark runs on a tiny size and writes its record; the suite never judges timings."""

import json
import subprocess
import sys

import pytest

from benchmarks import (
    bench_cli,
    bench_edited,
    bench_engine,
    bench_gui,
    bench_inside,
    bench_interrupt,
    bench_replay,
    bench_sessions,
)

pytestmark = pytest.mark.process


@pytest.fixture(autouse=True)
def results_in(tmp_path, monkeypatch):
    monkeypatch.setattr("benchmarks.common.RESULTS", tmp_path)
    return tmp_path


def test_engine_benchmark_runs(results_in, capsys):
    figures = bench_engine.main(["--tiny"])
    assert set(figures) == {"numpy", "tensors", "autograd", "nn", "optim", "custom", "dynamic"}
    assert all(f["ratio"]["median"] > 0 for f in figures.values())
    assert "ratio" in capsys.readouterr().out
    assert (results_in / "engine-tiny.json").exists()


def test_inside_benchmark_runs(results_in, capsys):
    figures = bench_inside.inside(["--tiny", "--variants", "numpy,dynamic"])
    assert set(figures) == {"numpy", "dynamic"}
    assert all(f["checkpoint_kb"] > 0 and f["replay_10_ms"]["median"] > 0 for f in figures.values())
    assert (results_in / "inside-tiny.json").exists()


def test_inside_window_benchmarks_run(results_in, capsys, qapp):
    figures = bench_inside.inside_window(["--tiny"])
    autograd = figures["autograd"]
    assert autograd["undrawn"]["median"] > 0 and autograd["open"]["median"] > 0
    assert autograd["open_over_undrawn"]["median"] > 0 and autograd["open_over_headless"]["median"] > 0
    assert "open/undrawn" in capsys.readouterr().out
    figures = bench_inside.inside_rewind(["--tiny"])
    assert all(f["shown_ms"]["median"] > 0 for f in figures.values())
    assert (results_in / "inside_window-tiny.json").exists() and (results_in / "inside_rewind-tiny.json").exists()


def test_command_line_benchmark_runs(results_in, capsys):
    figures = bench_cli.main(["--tiny"])
    assert figures["tensors"]["cli_s"]["median"] > 0 and figures["tensors"]["notebook_s"]["median"] > 0
    assert (results_in / "cli-tiny.json").exists()


@pytest.mark.parametrize(
    "name, measure, keys",
    [
        ("stage", bench_gui.stage, {"dynamic"}),
        ("frame", bench_gui.frame_cost, {"notebook"}),
        ("long", bench_gui.long_run, {"runs", "rss_growth_mb"}),
        ("startup", bench_gui.startup, {"app_s", "floor_s", "over_floor_s"}),
        ("pacing", bench_gui.pacing, {"set_50", "set_1"}),
    ],
)
def test_window_benchmarks_run(results_in, capsys, qapp, name, measure, keys):
    figures = measure(["--tiny"])
    assert keys <= set(figures)
    record = json.loads((results_in / f"{name}-tiny.json").read_text())
    assert record["machine"]["cpus"] and record["budgets"] == bench_gui.BUDGETS
    assert "written" in capsys.readouterr().out


def test_window_overhead_is_judged_against_its_own_run_undrawn(results_in, qapp):
    """The budget's ratio is the window's run drawn over the same run with the window drawing nothing; the ratio
    over another generator, headless, which also holds the two runs' luck, is reported beside it."""
    autograd = bench_gui.overhead(["--tiny"])["autograd"]
    assert autograd["undrawn"]["median"] > 0 and autograd["window"]["median"] > 0
    assert autograd["ratio"]["median"] > 0 and autograd["over_headless"]["median"] > 0
    assert (results_in / "overhead-tiny.json").exists()


def test_the_large_session_benchmark_runs(results_in, capsys, qapp):
    figures = bench_sessions.large_session(["--tiny"])
    assert set(figures) == {"one changed line", "module repeated", "the most lines", "the longest lines",
                            "every variant"}
    assert all(f["open_cpu_ms"] > 0 and f["typing_gap_ms"] > 0 for f in figures.values())
    assert (results_in / "large-session-tiny.json").exists() and "written" in capsys.readouterr().out


@pytest.mark.parametrize("argv, message", [
    (["engine", "--device", "tpu"], "--device 'tpu' is not on this machine; choose from cpu"),
    (["engin"], "unknown benchmark 'engin'; choose from engine, overhead"),
])
def test_a_bad_request_is_refused_before_anything_runs(argv, message):
    done = subprocess.run([sys.executable, "-m", "benchmarks", *argv], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert message in done.stderr
    assert "Traceback" not in done.stderr and "written" not in done.stdout


@pytest.mark.parametrize("name, measure, keys", [
    ("rewind", bench_replay.rewind, {"dynamic", "autograd"}),
    ("keeping", bench_replay.keeping, {"autograd", "dynamic"}),
    ("record", bench_replay.recording, {"mp4", "gif"}),
])
def test_rewind_and_record_benchmarks_run(results_in, capsys, qapp, name, measure, keys):
    figures = measure(["--tiny"])
    assert keys <= set(figures)
    assert json.loads((results_in / f"{name}-tiny.json").read_text())["figures"]["budgets"] == bench_replay.BUDGETS


def test_stopping_an_edit_that_never_yields_benchmark_runs(results_in, capsys):
    figures = bench_edited.stop_edited(["--tiny"])
    assert set(figures) == {"before the first step", "inside a step"}
    assert all(f["max"] > 0 for f in figures.values())
    assert (results_in / "stop-edited-tiny.json").exists()


def test_interrupt_benchmark_runs(results_in, capsys):
    figures = bench_interrupt.interrupt(["--tiny"])
    assert figures["run, training"]["max"] > 0
    assert (results_in / "interrupt-tiny.json").exists()
