"""A step from the inside holds exactly the notebook's numbers: its cells, stopped at step K, to the last bit.

The reference shares no code with ``models/``: the notebook's cells verbatim
(``tests/notebook``), run in a new Python with the three seeds set and no thread
setting, each stopped after step K's backward pass (where the app's generators
yield) by a few lines put before its update, which save the cell's own tensors
with ``np.save``. Values the cells do not name are taken as a reader of the cell
would: forward hooks on its modules, or the expression recomputed from the
cell's own operands (the same kernel on the same numbers gives the same bits).
Each list of names is also the order the app must give them in.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from models import RunConfig
from models.inside import inspect_step
from tests.notebook import CELLS, SEEDS, VARIANTS

pytestmark = pytest.mark.process

SEED = 7
STEPS = (0, 3)

SAVER = '''
import os as _os
import numpy as _np

def _save(variant, t, pairs):
    if t not in _STEPS:
        return
    folder = _os.path.join(_OUT, f"{variant}-{t}")
    _os.makedirs(folder)
    for index, (name, value) in enumerate(pairs):
        if hasattr(value, "detach"):
            value = value.detach().numpy()
        _np.save(_os.path.join(folder, f"{index}.npy"), _np.asarray(value))
    with open(_os.path.join(folder, "names.txt"), "w") as names:
        names.write("\\n".join(name for name, _ in pairs))
'''

MODEL_PAIRS = ('("x", x), ("y", y), ("model[0].weight", model[0].weight), ("model[0].bias", model[0].bias), '
               '("model[2].weight", model[2].weight), ("model[2].bias", model[2].bias), '
               '("model[0](...)", _outs["0"]), ("model[1](...)", _outs["1"]), ("y_pred", y_pred), ("loss", loss), '
               '("model[2].bias.grad", model[2].bias.grad), ("model[2].weight.grad", model[2].weight.grad), '
               '("model[0].bias.grad", model[0].bias.grad), ("model[0].weight.grad", model[0].weight.grad)')
SEQUENTIAL_HOOKS = ('_outs = {}\n'
                    'for _i in ("0", "1"):\n'
                    '    model[int(_i)].register_forward_hook(lambda m, i, o, _i=_i: _outs.__setitem__(_i, o))\n')
HAND = ('("x", x), ("y", y), ("w1", w1), ("w2", w2), ("h", h), ("h_relu", h_relu), ("y_pred", y_pred), '
        '("loss", loss), ("grad_y_pred", grad_y_pred), ("grad_w2", grad_w2), ("grad_h_relu", grad_h_relu), '
        '("grad_h", grad_h), ("grad_w1", grad_w1)')

# Per section: lines to put after a line of its cells (the hooks), and the saving put before its update.
INSERTS = {
    "numpy": {"before": ("    # Update weights", f"_save('numpy', t, [{HAND}])")},
    "tensors": {"before": ("    # Update weights using gradient descent",
                           f"loss = _np.float32(loss)\n_save('tensors', t, [{HAND}])")},
    "autograd": {"before": ("    with torch.no_grad():",
                            '_save("autograd", t, [("x", x), ("y", y), ("w1", w1), ("w2", w2), '
                            '("x.mm(w1)", x.mm(w1)), ("x.mm(w1).clamp(min=0)", x.mm(w1).clamp(min=0)), '
                            '("y_pred", y_pred), ("y_pred - y", y_pred - y), '
                            '("(y_pred - y).pow(2)", (y_pred - y).pow(2)), ("loss", loss), '
                            '("grad_w2", w2.grad), ("grad_w1", w1.grad)])')},
    "nn": {"after": ("loss_fn = torch.nn.MSELoss(reduction='sum')", SEQUENTIAL_HOOKS),
           "before": ("    with torch.no_grad():", f"_save('nn', t, [{MODEL_PAIRS}])")},
    "optim": {"after": ("loss_fn = torch.nn.MSELoss(reduction='sum')", SEQUENTIAL_HOOKS),
              "before": ("    optimizer.step()", f"_save('optim', t, [{MODEL_PAIRS}])")},
    "custom": {
        "after": ("criterion = torch.nn.MSELoss(reduction='sum')",
                  '_outs = {}\n'
                  'model.linear1.register_forward_hook(lambda m, i, o: _outs.__setitem__("linear1", o))\n'
                  'model.linear2.register_forward_hook(lambda m, i, o: _outs.__setitem__("h_relu", i[0]))\n'),
        "before": ("    optimizer.step()",
                   '_save("custom", t, [("x", x), ("y", y), ("linear1.weight", model.linear1.weight), '
                   '("linear1.bias", model.linear1.bias), ("linear2.weight", model.linear2.weight), '
                   '("linear2.bias", model.linear2.bias), ("linear1(...)", _outs["linear1"]), '
                   '("h_relu", _outs["h_relu"]), ("y_pred", y_pred), ("loss", loss), '
                   '("linear2.bias.grad", model.linear2.bias.grad), '
                   '("linear2.weight.grad", model.linear2.weight.grad), '
                   '("linear1.bias.grad", model.linear1.bias.grad), '
                   '("linear1.weight.grad", model.linear1.weight.grad)])'),
    },
    "dynamic": {
        "after": ("criterion = torch.nn.MSELoss(reduction='sum')",
                  '_seen = {"in": [], "mid": [], "h": []}\n'
                  'def _clear(module, inputs):\n'
                  '    for values in _seen.values():\n'
                  '        values.clear()\n'
                  'def _middle(module, inputs, output):\n'
                  '    _seen["h"].append(inputs[0])\n'
                  '    _seen["mid"].append(output)\n'
                  'model.register_forward_pre_hook(_clear)\n'
                  'model.input_linear.register_forward_hook(lambda m, i, o: _seen["in"].append(o))\n'
                  'model.middle_linear.register_forward_hook(_middle)\n'
                  'model.output_linear.register_forward_hook(lambda m, i, o: _seen["h"].append(i[0]))\n'
                  'def _numbered(name, values):\n'
                  '    return [(name if len(values) == 1 else f"{name}#{k + 1}", v) for k, v in enumerate(values)]\n'
                  'def _dynamic_pairs():\n'
                  '    h, mid = _numbered("h_relu", _seen["h"]), _numbered("middle_linear(...)", _seen["mid"])\n'
                  '    forward = [("input_linear(...)", _seen["in"][0]), h[0]]\n'
                  '    for pair in zip(mid, h[1:]):\n'
                  '        forward += pair\n'
                  '    layers = [("output_linear", model.output_linear)]\n'
                  '    layers += [("middle_linear", model.middle_linear)] if mid else []\n'
                  '    layers += [("input_linear", model.input_linear)]\n'
                  '    grads = [(f"{n}.{p}.grad", getattr(m, p).grad) for n, m in layers for p in ("bias", "weight")]\n'
                  '    weights = [(f"{n}.{p}", getattr(getattr(model, n), p)) for n in '
                  '("input_linear", "middle_linear", "output_linear") for p in ("weight", "bias")]\n'
                  '    return [("x", x), ("y", y), *weights, *forward, ("y_pred", y_pred), ("loss", loss), *grads]\n'),
        "before": ("    optimizer.step()", '_save("dynamic", t, _dynamic_pairs())'),
    },
}


def reference_script(out: Path, seed: int, steps: tuple[int, ...]) -> str:
    parts = [(CELLS / "imports.txt").read_text(), f"_OUT, _STEPS = {str(out)!r}, {steps!r}\n", SAVER]
    for variant in VARIANTS:
        parts += [SEEDS.format(seed=seed), _stopped_cells(variant, max(steps))]
    return "".join(parts)


def _stopped_cells(variant: str, last: int) -> str:
    """The section's cells with the hooks after their line and, before the update, the saving and a stop."""
    lines = (CELLS / f"{variant}.txt").read_text().splitlines()
    inserts = INSERTS[variant]
    if "after" in inserts:
        anchor, text = inserts["after"]
        index = lines.index(anchor)
        lines[index + 1:index + 1] = text.splitlines()
    anchor, text = inserts["before"]
    index = lines.index(anchor)
    lines[index:index] = [f"    {line}" for line in [*text.splitlines(), f"if t == {last}:", "    break"]]
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def notebook(tmp_path_factory):
    """Every section's tensors at each of STEPS, saved by the notebook's cells in a fresh interpreter."""
    out = tmp_path_factory.mktemp("notebook-inside")
    done = subprocess.run([sys.executable, "-c", reference_script(out, SEED, STEPS)], capture_output=True, text=True,
                          timeout=300, cwd=CELLS, env=dict(os.environ))
    assert done.returncode == 0, done.stderr
    return out


def saved(folder: Path) -> list[tuple[str, np.ndarray]]:
    names = (folder / "names.txt").read_text().split("\n")
    return [(name, np.load(folder / f"{index}.npy")) for index, name in enumerate(names)]


@pytest.mark.parametrize("t", STEPS)
@pytest.mark.parametrize("variant", VARIANTS)
def test_each_tensor_is_the_notebooks_own_to_the_last_bit(notebook, variant, t):
    reference = saved(notebook / f"{variant}-{t}")
    inside = inspect_step(RunConfig.for_variant(variant, seed=SEED, steps=t + 1), t)
    assert inside.names == [name for name, _ in reference]
    for (name, expected), tensor in zip(reference, inside.tensors):
        assert (tensor.values.dtype, tensor.values.shape) == (expected.dtype, expected.shape), name
        assert tensor.values.tobytes() == expected.tobytes(), f"{variant} step {t}: {name} differs"
