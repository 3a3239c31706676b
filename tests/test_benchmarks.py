"""Each benchmark runs on a tiny size; the suite never judges timings."""

from benchmarks import bench_engine


def test_engine_benchmark_runs(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("benchmarks.common.RESULTS", tmp_path)
    figures = bench_engine.main(["--tiny"])
    assert set(figures) == {"numpy", "tensors", "autograd", "nn", "optim", "custom", "dynamic"}
    assert all(f["ratio"]["median"] > 0 for f in figures.values())
    assert "ratio" in capsys.readouterr().out
    assert (tmp_path / "engine-tiny.json").exists()
