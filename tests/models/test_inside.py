"""Inside a step: names and lines from the code, the graph autograd built, replay, and the command line's forms."""

from __future__ import annotations

import json
import random
from contextlib import closing

import numpy as np
import pytest
import torch

from models import VARIANTS, RunConfig, run, steps, training_context
from models.edited import EditedCode, EditedCodeError
from models.inside import (
    BY_HAND,
    Checkpoint,
    Graph,
    InsideError,
    Node,
    Recorder,
    Replayer,
    ReplayError,
    capture_next,
    code_file,
    inspect_step,
    replay,
    to_dot,
    to_json,
    to_lines,
)
from models.inside.graph import op_name, walk

SMALL = {"N": 8, "D_in": 12, "H": 6, "D_out": 3}


def small(variant: str, **changes) -> RunConfig:
    return RunConfig.for_variant(variant, **{**SMALL, "steps": 8, "seed": 7, **changes})


def line_of(variant: str, line: int) -> str:
    """Line ``line`` of the variant's module, numbered as ``python -m app code`` prints it."""
    return VARIANTS[variant].full_source().splitlines()[line - 1].strip()


def captured_run(config: RunConfig, at: set[int], edited=None) -> tuple[list[float], dict]:
    """Every step's loss, with the steps in ``at`` captured (and checkpointed) as they run."""
    losses, captured = [], {}
    generator = steps(config, None, edited and edited.train)
    filename = code_file(config.variant, edited)
    with training_context(), closing(generator):
        for t in range(config.steps):
            if t in at:
                step, inside = capture_next(generator, filename, config.variant)
                captured[t] = (inside, Checkpoint.take(generator, filename, t), float(step.loss.item()))
            else:
                step = next(generator)
            losses.append(float(step.loss.item()))
    return losses, captured


def same_bits(first, second) -> bool:
    return first.names == second.names and all(
        a.values.tobytes() == b.values.tobytes() and a.values.dtype == b.values.dtype
        for a, b in zip(first.tensors, second.tensors))


# Capturing costs the run nothing, and a past step is computed again exactly

@pytest.mark.parametrize("variant", VARIANTS)
def test_capturing_steps_changes_nothing_in_the_run(variant):
    config = small(variant)
    losses, _ = captured_run(config, at={0, 2, 5})
    assert losses == run(config).losses.tolist()


@pytest.mark.parametrize("variant", VARIANTS)
def test_a_step_replayed_from_a_checkpoint_or_the_start_is_the_live_step_to_the_last_bit(variant):
    config = small(variant)
    _, captured = captured_run(config, at={2, 6})
    live, _, loss = captured[6]
    _, checkpoint, _ = captured[2]
    again = replay(checkpoint, 6, config, loss=loss)
    assert again.t == 6 and same_bits(again, live)
    assert same_bits(replay(None, 6, config, loss=loss), live)
    assert [(n.op, n.label, n.shape) for n in again.graph.nodes] == [(n.op, n.label, n.shape) for n in live.graph.nodes]
    assert again.graph.edges == live.graph.edges


def test_a_replayer_steps_on_goes_back_and_outlasts_its_generator_each_step_exact():
    config = small("dynamic", steps=10)
    losses, captured = captured_run(config, at=set(range(10)))
    checkpoint = captured[2][1]
    replayer = Replayer(config)
    with closing(replayer):
        for t, given in ((5, checkpoint), (6, None), (7, None), (4, checkpoint), (1, None), (9, checkpoint),
                         (9, checkpoint), (8, checkpoint)):
            random.seed(99)  # the caller's draws never reach the replayed steps
            again = replayer.step(t, given, loss=losses[t])
            assert again.t == t and same_bits(again, captured[t][0]), t


def test_a_replay_leaves_the_random_generators_as_the_caller_had_them():
    config = small("dynamic")
    _, captured = captured_run(config, at={1})
    random.seed(3), np.random.seed(3), torch.manual_seed(3)
    replay(captured[1][1], 4, config)
    drawn = (random.random(), np.random.rand(), torch.rand(1).item())
    random.seed(3), np.random.seed(3), torch.manual_seed(3)
    assert drawn == (random.random(), np.random.rand(), torch.rand(1).item())


def test_an_edit_that_keeps_state_a_checkpoint_cannot_hold_is_refused_not_shown():
    text = VARIANTS["numpy"].full_source().replace(
        "        w2 -= learning_rate * grad_w2\n",
        "        w2 -= learning_rate * grad_w2\n        learning_rate *= 0.5\n")
    edited = EditedCode("numpy", text)
    config = small("numpy")
    losses, captured = captured_run(config, at={2}, edited=edited)
    with pytest.raises(ReplayError, match="step 5 could not be computed again exactly"):
        replay(captured[2][1], 5, config, edited=edited, loss=losses[5])
    assert replay(None, 5, config, edited=edited, loss=losses[5]).t == 5  # from the start, it can


def test_a_checkpoint_counts_its_bytes_and_computes_only_later_steps():
    config = small("optim")
    _, captured = captured_run(config, at={3})
    checkpoint = captured[3][1]
    params = SMALL["D_in"] * SMALL["H"] + SMALL["H"] + SMALL["H"] * SMALL["D_out"] + SMALL["D_out"]
    assert checkpoint.nbytes >= 4 * params * 4  # weights, gradients and Adam's two moments, in float32
    with pytest.raises(ValueError, match="only later ones"):
        replay(checkpoint, 3, config)


# Names, kinds and lines from the code

def test_numpy_lists_the_cells_names_in_code_order_each_on_its_lines():
    inside = inspect_step(small("numpy"), 1)
    assert inside.names == ["x", "y", "w1", "w2", "h", "h_relu", "y_pred", "loss", "grad_y_pred", "grad_w2",
                            "grad_h_relu", "grad_h", "grad_w1"]
    kinds = {tensor.name: tensor.kind for tensor in inside.tensors}
    assert [kinds[name] for name in ("x", "w1", "h", "loss", "grad_h")] == ["data", "weight", "forward", "loss",
                                                                           "gradient"]
    assert [line_of("numpy", line) for line in inside["grad_h"].lines] == ["grad_h = grad_h_relu.copy()",
                                                                           "grad_h[h < 0] = 0"]
    backward_line = inside["grad_w1"].lines[0]
    assert inside.on_line(backward_line) == ["grad_w1"]


def test_module_outputs_are_named_by_module_and_lined_to_the_code_that_calls_them():
    custom = inspect_step(small("custom"), 0)
    assert line_of("custom", custom["linear1(...)"].lines[0]) == "h_relu = self.linear1(x).clamp(min=0)"
    assert custom["h_relu"].lines == custom["linear1(...)"].lines
    backward = next(line for line in range(1, 100) if line_of("custom", line) == "loss.backward()")
    assert custom.on_line(backward) == ["linear2.bias.grad", "linear2.weight.grad", "linear1.bias.grad",
                                        "linear1.weight.grad"]
    nn = inspect_step(small("nn"), 0)
    assert line_of("nn", nn["model[0](...)"].lines[0]) == "y_pred = model(x)"
    assert nn.on_line(nn["model[0](...)"].lines[0]) == ["model[0](...)", "model[1](...)", "y_pred"]


def test_autograds_unnamed_forward_tensors_are_named_by_their_expression():
    inside = inspect_step(small("autograd"), 2)
    assert inside.names[4:10] == ["x.mm(w1)", "x.mm(w1).clamp(min=0)", "y_pred", "y_pred - y", "(y_pred - y).pow(2)",
                                  "loss"]
    assert inside["grad_w1"].kind == "gradient"
    assert np.array_equal(inside["x.mm(w1).clamp(min=0)"].values, np.maximum(inside["x.mm(w1)"].values, 0))


def test_an_edit_is_listed_under_its_own_names_as_far_as_they_allow():
    text = VARIANTS["custom"].full_source().replace("h_relu = self.linear1(x).clamp(min=0)",
                                                    "h_relu = torch.sigmoid(self.linear1(x))")
    inside = inspect_step(small("custom"), 1, edited=EditedCode("custom", text))
    expected = torch.sigmoid(torch.from_numpy(inside["linear1(...)"].values)).numpy()
    assert inside["h_relu"].values.tobytes() == expected.tobytes()
    node = inside.graph.node(inside.graph.marked_by("h_relu")[0])
    assert (node.op, node.selects) == ("SigmoidBackward0", "h_relu")

    renamed = (VARIANTS["numpy"].full_source().replace("h = x.dot(w1)", "hidden = x.dot(w1)")
               .replace("np.maximum(h, 0)", "np.maximum(hidden, 0)").replace("grad_h[h < 0]", "grad_h[hidden < 0]"))
    inside = inspect_step(small("numpy"), 1, edited=EditedCode("numpy", renamed))
    assert "hidden" in inside.names and "h" not in inside.names
    mm = next(node for node in inside.graph.nodes if node.label == "h")
    assert mm.selects is None and mm.names == ("grad_w1",)  # its gradient is still the code's grad_w1


def test_statistics_are_those_of_the_values():
    tensor = inspect_step(small("tensors"), 0)["grad_h"]
    wide = tensor.values.astype(np.float64)
    assert (tensor.shape, tensor.dtype) == ((SMALL["N"], SMALL["H"]), "float32")
    assert (tensor.min, tensor.max, tensor.mean) == (wide.min(), wide.max(), wide.mean())
    assert tensor.norm == pytest.approx(np.linalg.norm(wide), rel=1e-12)


# The graph

def test_autograds_graph_has_the_nodes_the_forward_pass_made_each_with_its_tensor_and_shape():
    graph = inspect_step(small("autograd"), 0).graph
    ops = sorted(node.op for node in graph.nodes)
    assert ops == sorted(["SumBackward0", "PowBackward0", "SubBackward0", "MmBackward0", "ClampBackward1",
                          "MmBackward0", "AccumulateGrad", "AccumulateGrad"])
    by_label = {node.label: node for node in graph.nodes}
    assert by_label["y_pred"].op == "MmBackward0" and by_label["y_pred"].shape == (SMALL["N"], SMALL["D_out"])
    assert (by_label["w1"].op, by_label["w1"].selects, by_label["w1"].names) == ("AccumulateGrad", "grad_w1",
                                                                                 ("w1", "grad_w1"))
    following = {b for a, b in graph.edges if a == by_label["y_pred"].id}
    assert following == {by_label["x.mm(w1).clamp(min=0)"].id, by_label["w2"].id}


def test_nodes_inside_library_modules_carry_the_shape_of_the_gradient_they_received():
    graph = inspect_step(small("nn"), 0).graph
    transposes = [node for node in graph.nodes if node.op == "TBackward0"]
    assert sorted(node.shape for node in transposes) == sorted([(SMALL["D_in"], SMALL["H"]),
                                                                (SMALL["H"], SMALL["D_out"])])
    assert all(node.shape is not None for node in graph.nodes)


def test_the_graph_is_as_walkable_after_backward_as_before():
    w = torch.randn(3, 2, requires_grad=True)
    loss = (torch.randn(4, 3).mm(w).clamp(min=0) - 1).pow(2).sum()
    before_nodes, before_edges = walk(loss.grad_fn)
    loss.backward()
    after_nodes, after_edges = walk(loss.grad_fn)
    assert [op_name(n) for n in after_nodes] == [op_name(n) for n in before_nodes] and after_edges == before_edges


def test_dynamics_graph_is_the_one_each_step_drew_every_use_an_edge_from_the_one_shared_weight():
    config = small("dynamic", steps=8)
    _, captured = captured_run(config, at=set(range(8)))
    depths = set()
    for t, (inside, _, _) in captured.items():
        graph, depth = inside.graph, inside.depth
        depths.add(depth)
        uses = [node for node in graph.nodes if node.label.startswith("middle_linear(...)")]
        assert len(uses) == depth and all(node.op == "AddmmBackward0" for node in uses)
        shared = [node for node in graph.nodes if node.label == "middle_linear.weight"]
        assert len(shared) == (depth > 0)
        if depth:
            incoming = [a for a, b in graph.edges if b == shared[0].id]
            assert len(incoming) == depth and {graph.node(a).op for a in incoming} == {"TBackward0"}
        assert ("middle_linear.weight.grad" in inside.names) == (depth > 0)
    assert {0, 3} <= depths  # the seed draws both ends


def test_hand_written_backward_passes_draw_the_nodes_autograd_would_make():
    inside = inspect_step(small("tensors"), 0)
    graph = inside.graph
    assert graph.drawn_from == BY_HAND
    assert [node.op for node in graph.nodes] == ["SumBackward0", "PowBackward0", "SubBackward0", "MmBackward0",
                                                 "ClampBackward1", "MmBackward0", "AccumulateGrad", "AccumulateGrad"]
    clamp = graph.node(graph.marked_by("grad_h")[0])
    assert (clamp.op, clamp.selects, clamp.shape, clamp.gradients) == ("ClampBackward1", "h_relu",
                                                                       (SMALL["N"], SMALL["H"]), ("grad_h",))
    assert {graph.node(i).label for i in graph.marked_by("grad_w2")} == {"y_pred", "w2"}


def test_the_layout_puts_the_loss_right_and_each_node_left_of_what_uses_it():
    for variant in ("numpy", "optim", "dynamic"):
        graph = inspect_step(small(variant), 0).graph
        placed = graph.layout()
        columns = {node: column for node, (column, _) in placed.positions.items()}
        assert set(columns) == {node.id for node in graph.nodes}
        assert columns[graph.nodes[0].id] == max(columns.values())  # the loss's node
        for a, b in graph.edges:
            assert columns[a] > columns[b]
            route = placed.routes[(a, b)]
            assert (route[0], route[-1]) == (placed.positions[a], placed.positions[b])


# What is left behind, and what cannot be read

def test_nothing_stays_installed_after_a_capture_even_one_the_code_failed():
    text = VARIANTS["custom"].full_source().replace("y_pred = self.linear2(h_relu)", "y_pred = self.linear2(h_relu[0])")
    edited = EditedCode("custom", text)
    generator = steps(small("custom"), None, edited.train)
    recorder = Recorder(edited.filename)  # as capture_next watches a step
    with closing(generator), pytest.raises(EditedCodeError), recorder:
        next(generator)
    noted = len(recorder.made)
    weight = torch.ones(3, 1, requires_grad=True)
    torch.nn.Linear(3, 1)(torch.ones(2, 3).mm(weight).expand(2, 3)).sum()  # a module and operations autograd records
    assert len(recorder.made) == noted  # no hook and no mode of the recorder is left to note them


def test_a_graph_too_large_to_draw_is_not_drawn_and_the_step_says_why():
    text = VARIANTS["autograd"].full_source().replace(
        "        y_pred = x.mm(w1).clamp(min=0).mm(w2)\n",
        "        y_pred = x.mm(w1).clamp(min=0).mm(w2)\n"
        "        for _ in range(300):\n            y_pred = y_pred * 1.0\n")
    inside = inspect_step(small("autograd"), 0, edited=EditedCode("autograd", text))
    assert inside.graph is None and "more than 200 nodes" in inside.no_graph
    assert {"y_pred", "loss", "grad_w1"} <= set(inside.names)


def test_a_step_of_another_file_cannot_be_read_and_says_so():
    generator = steps(small("numpy"))
    with closing(generator), Recorder("elsewhere.py") as recorder:
        step = next(generator)
    with pytest.raises(InsideError, match="no running train of elsewhere.py"):
        recorder.read(generator, step, "numpy")


# The command line's forms

def test_json_holds_each_tensor_under_its_code_name_and_the_graph():
    inside = inspect_step(small("dynamic"), 0)
    document = json.loads(json.dumps(to_json(inside), allow_nan=False))
    assert list(document["tensors"]) == inside.names
    assert set(document["tensors"]["h_relu#1"]) >= {"shape", "dtype", "min", "max", "mean", "norm", "lines"}
    nodes = {node["id"]: node for node in document["graph"]["nodes"]}
    assert len(nodes) == len(inside.graph.nodes) and all(a in nodes and b in nodes
                                                          for a, b in document["graph"]["edges"])
    assert len(to_lines(inside)) == len(inside.names)


def test_a_diverged_steps_statistics_are_null_in_json():
    inside = inspect_step(small("numpy", lr=1e6), 6)
    document = json.loads(json.dumps(to_json(inside), allow_nan=False))
    assert any(stats["max"] is None for stats in document["tensors"].values())


def test_dot_quotes_every_label_whatever_the_code_wrote():
    graph = Graph((Node("n0", "SumBackward0", (), 'h.clamp(min=float("0"))\\n'),
                   Node("n1", "AccumulateGrad", (2,), "w")),
                  (("n0", "n1"),))
    dot = to_dot(graph, 'a "title"')
    assert dot.startswith('digraph "a \\"title\\"" {') and "n0 -> n1;" in dot
    assert 'label="SumBackward0\\nh.clamp(min=float(\\"0\\"))\\\\n ()"' in dot
    assert dot.count("\n") == 7
