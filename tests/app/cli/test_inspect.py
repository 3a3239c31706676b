"""`inspect`: one step from the inside on the command line, as lines, JSON and dot, with run's exit codes."""

import json

import pytest

from app.cli.main import main
from models import VARIANTS, RunConfig
from models.inside import inspect_step
from tests.app.cli.headless import window_never_opens  # noqa: F401 (autouse)

SIZES = ["--N", "8", "--D-in", "12", "--H", "6", "--D-out", "3", "--seed", "5"]
SMALL = {"N": 8, "D_in": 12, "H": 6, "D_out": 3, "seed": 5}


def test_each_tensor_is_a_line_in_the_order_the_code_computes_them(capsys):
    assert main(["inspect", "numpy", "--step", "4", *SIZES]) == 0
    printed = capsys.readouterr().out.splitlines()
    expected = inspect_step(RunConfig.for_variant("numpy", **SMALL), 4)
    assert [line.split()[0] for line in printed] == expected.names
    grad_w1 = printed[expected.names.index("grad_w1")].split()
    assert grad_w1[1:4] == ["12x6", "float64", "min"] and float(grad_w1[4]) == pytest.approx(expected["grad_w1"].min,
                                                                                             rel=1e-5)


def test_json_to_standard_output_holds_every_tensors_statistics_exactly_and_the_graph(capfd):
    assert main(["inspect", "dynamic", "--step", "2", "--threads", "1", "--json", "-", *SIZES]) == 0
    document = json.loads(capfd.readouterr().out)  # nothing but the JSON, written to the stream itself
    expected = inspect_step(RunConfig.for_variant("dynamic", **SMALL), 2, threads=1)
    assert (document["variant"], document["step"], document["depth"]) == ("dynamic", 2, expected.depth)
    assert list(document["tensors"]) == expected.names
    for tensor in expected.tensors:
        said = document["tensors"][tensor.name]
        assert [said[key] for key in ("min", "max", "mean", "norm")] == [tensor.min, tensor.max, tensor.mean,
                                                                          tensor.norm]
        assert said["shape"] == list(tensor.shape) and said["lines"] == list(tensor.lines)
    nodes = {node["id"] for node in document["graph"]["nodes"]}
    assert nodes == {node.id for node in expected.graph.nodes}
    assert [tuple(edge) for edge in document["graph"]["edges"]] == list(expected.graph.edges)


def test_dot_writes_the_graph_to_a_file_beside_the_lines(tmp_path, capsys):
    out = tmp_path / "step.dot"
    assert main(["inspect", "autograd", "--step", "0", "--dot", str(out), *SIZES]) == 0
    assert capsys.readouterr().out.splitlines()[0].startswith("x ")
    dot = out.read_text()
    graph = inspect_step(RunConfig.for_variant("autograd", **SMALL), 0).graph
    assert dot.startswith('digraph "autograd step 0" {') and dot.count(" -> ") == len(graph.edges)
    assert "MmBackward0" in dot and "ClampBackward1" in dot


@pytest.mark.parametrize("argv, said", [
    (["numpy", "--step", "5", "--steps", "5"], "argument --step: 5 is not one of the run's 5 steps, 0 to 4"),
    (["numpy", "--step", "-1"], "argument --step: '-1' is not allowed"),
    (["numpy", "--step", "two"], "argument --step: 'two' is not allowed"),
    (["numpy"], "the following arguments are required: --step"),
    (["optim", "--step", "1", "--json", "-", "--dot", "-"], "standard output is --json's already"),
])
def test_a_bad_step_is_refused_in_one_line_with_exit_2(argv, said, capsys):
    assert main(["inspect", *argv]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and said in captured.err and captured.err.count("\n") == 1


def test_an_edit_is_inspected_under_its_own_names(tmp_path, capsys):
    edit = tmp_path / "numpy.py"
    edit.write_text(VARIANTS["numpy"].full_source().replace("h = x.dot(w1)", "hidden = x.dot(w1)")
                    .replace("np.maximum(h, 0)", "np.maximum(hidden, 0)")
                    .replace("grad_h[h < 0]", "grad_h[hidden < 0]"))
    assert main(["inspect", "numpy", "--step", "1", "--code", str(edit), *SIZES]) == 0
    names = [line.split()[0] for line in capsys.readouterr().out.splitlines()]
    assert "hidden" in names and "h" not in names


def test_an_edits_fault_exits_as_run_does(tmp_path, capsys):
    edit = tmp_path / "custom.py"
    edit.write_text(VARIANTS["custom"].full_source().replace("y_pred = self.linear2(h_relu)",
                                                             "y_pred = self.linear2(h_relu.T)"))
    assert main(["inspect", "custom", "--step", "1", "--code", str(edit), *SIZES]) == 4
    told = capsys.readouterr().err
    assert "custom.py" in told and "y_pred = self.linear2(h_relu.T)" in told and "models/" not in told


def test_a_diverged_step_is_printed_then_exits_3(capsys):
    assert main(["inspect", "numpy", "--step", "6", "--lr", "1e6", *SIZES]) == 3
    captured = capsys.readouterr()
    assert "loss" in captured.out and captured.err.startswith("diverged: the loss at step 6 is ")
