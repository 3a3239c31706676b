"""``code VARIANT`` and ``run VARIANT --code FILE``: an edited module prints what the notebook prints with
the same edit, and every mistake is told on its line, with its exit code.

The reference for parity is the notebook's cells verbatim (``tests/notebook``), with the one line changed
as the student changed it in the module, run in a new interpreter: never the app compared with itself.
"""

import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.main import main
from models import VARIANTS
from tests.notebook import printed

ROOT = Path(__file__).resolve().parents[3]

# A class's questions: the module's line, its edit; the notebook cell's line, its edit
SIGMOID = {"custom": (("h_relu = self.linear1(x).clamp(min=0)", "h_relu = torch.sigmoid(self.linear1(x))"),
                      ("h_relu = self.linear1(x).clamp(min=0)", "h_relu = torch.sigmoid(self.linear1(x))"))}
THREE_DEEP = {"dynamic": (("self.depth = random.randint(0, 3)", "self.depth = 3"),
                          ("for _ in range(random.randint(0, 3)):", "for _ in range(3):"))}
IN_PLACE = {"nn": (("param = param - learning_rate * param.grad", "param -= learning_rate * param.grad"),
                   ("param = param - learning_rate * param.grad", "param -= learning_rate * param.grad"))}


def edited_module(tmp_path, variant, old, new, name="edited.py"):
    text = VARIANTS[variant].full_source()
    assert text.count(old) == 1
    path = tmp_path / name
    path.write_text(text.replace(old, new))
    return path


def test_code_prints_the_module_as_models_has_it_numbered_as_the_panel(capsys):
    assert main(["code", "nn"]) == 0
    out = capsys.readouterr().out
    assert out == VARIANTS["nn"].full_source()
    shown, first_line = VARIANTS["nn"].source()
    assert out.splitlines()[first_line - 1:] == shown.splitlines()  # the panel's line 69 is the file's line 69
    assert "param = param - learning_rate * param.grad" in out.splitlines()[68]


def test_code_refuses_an_unknown_variant(capsys):
    assert main(["code", "resnet"]) == 2
    assert "argument VARIANT: 'resnet' is not allowed" in capsys.readouterr().err


@pytest.mark.process
@pytest.mark.parametrize(("edit", "seed"), [(SIGMOID, 11), (SIGMOID, 4242), (THREE_DEEP, 5), (IN_PLACE, 17)],
                         ids=["custom sigmoid seed 11", "custom sigmoid seed 4242", "dynamic three deep",
                              "nn in place"])
def test_an_edited_module_prints_what_the_notebook_prints_with_the_same_edit(tmp_path, capsys, edit, seed):
    (variant, (module_edit, cell_edit)), = edit.items()
    path = edited_module(tmp_path, variant, *module_edit)
    assert main(["run", variant, "--code", str(path), "--seed", str(seed)]) == 0
    out = capsys.readouterr().out
    reference = printed(seed, (variant,), edits={variant: cell_edit})[variant]
    assert out == reference
    assert main(["run", variant, "--seed", str(seed)]) == 0
    assert capsys.readouterr().out != out  # the edit changed what is printed


def test_the_edit_runs_beside_models_never_in_it(tmp_path, capsys):
    before = sorted(p.name for p in (ROOT / "models").iterdir())
    original = VARIANTS["custom"].module
    path = edited_module(tmp_path, "custom", *SIGMOID["custom"][0])
    assert main(["run", "custom", "--code", str(path), "--steps", "3", "--every", "1"]) == 0
    assert sorted(p.name for p in (ROOT / "models").iterdir()) == before
    assert VARIANTS["custom"].module is original
    assert "clamp(min=0)" in VARIANTS["custom"].source()[0]
    edited = capsys.readouterr().out
    assert main(["run", "custom", "--steps", "3", "--every", "1"]) == 0
    assert capsys.readouterr().out != edited  # the original still runs as before


def test_a_syntax_error_exits_2_with_file_line_and_pythons_message(tmp_path, capsys):
    path = edited_module(tmp_path, "custom", "y_pred = self.linear2(h_relu)\n", "y_pred = self.linear2(h_relu\n")
    assert main(["run", "custom", "--code", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""  # nothing ran
    assert captured.err == f"{path}, line 29: '(' was never closed\n"


def test_an_exception_while_training_exits_4_with_the_students_frames_only(tmp_path, capsys):
    path = edited_module(tmp_path, "custom", "y_pred = self.linear2(h_relu)\n", "y_pred = self.linear2(h_relu.T)\n")
    assert main(["run", "custom", "--code", str(path)]) == 4
    err = capsys.readouterr().err
    frames = [line for line in err.splitlines() if line.strip().startswith("File ")]
    assert frames == [f'  File "{path}", line 58, in train', f'  File "{path}", line 29, in forward']
    assert "y_pred = self.linear2(h_relu.T)" in err
    assert err.rstrip().splitlines()[-1].startswith("RuntimeError: mat1 and mat2 shapes cannot be multiplied")
    for app_part in ("app/", "models/", "torch/", "cli.py", "training.py"):
        assert app_part not in err


def test_a_module_without_a_train_generator_is_told_what_is_expected(tmp_path, capsys):
    path = edited_module(tmp_path, "custom", "def train(", "def fit(")
    assert main(["run", "custom", "--code", str(path)]) == 2
    assert capsys.readouterr().err == (
        f"{path}: the module must define a generator function train(config, problem) that yields "
        "a Step for each training step, as the custom variant's does\n")


def test_a_step_that_is_not_a_step_is_told_what_is_expected(tmp_path, capsys):
    path = edited_module(tmp_path, "custom", "yield Step.of_model(t, loss, model)", "yield loss")
    assert main(["run", "custom", "--code", str(path)]) == 4
    assert capsys.readouterr().err == (f"{path}, line 66: train yielded a Tensor of shape (); it must yield a Step "
                                       "(from .step import Step) for each training step, as the original does\n")


def test_matrices_of_the_wrong_shape_are_told_what_is_expected(tmp_path, capsys):
    text = VARIANTS["custom"].full_source().replace("torch.nn.Linear(D_in, H)", "torch.nn.Linear(D_in, 7)")
    path = tmp_path / "narrow.py"
    path.write_text(text.replace("torch.nn.Linear(H, D_out)", "torch.nn.Linear(7, D_out)"))
    assert main(["run", "custom", "--code", str(path), "--steps", "3"]) == 4
    err = capsys.readouterr().err
    assert err.startswith(f"{path}, line 66: step 0's weight matrices are linear1.weight (1000, 7), "
                          "linear2.weight (7, 10); "
                          "the custom variant draws 2 matrices of shapes (1000, 100), (100, 10)")
    assert "change the sizes in the settings" in err


def test_an_edit_that_diverges_still_exits_3(tmp_path, capsys):
    path = edited_module(tmp_path, "custom", "lr=config.lr", "lr=config.lr * 1e6")
    assert main(["run", "custom", "--code", str(path)]) == 3
    assert "diverged at step" in capsys.readouterr().err


def test_an_unreadable_code_file_is_refused_in_one_line(tmp_path, capsys):
    assert main(["run", "custom", "--code", str(tmp_path)]) == 2
    assert capsys.readouterr().err.startswith("descent-lab: error: argument --code: Could not open")
    binary = tmp_path / "binary.py"
    binary.write_bytes(b"\xff\xfe\x00")
    assert main(["run", "custom", "--code", str(binary)]) == 2
    assert "is not UTF-8 text" in capsys.readouterr().err


@pytest.mark.process
def test_exit_codes_hold_for_a_whole_process(tmp_path):
    path = edited_module(tmp_path, "numpy", "h_relu = np.maximum(h, 0)", "h_relu = np.maximum(h, 0) @ w3")
    done = subprocess.run([sys.executable, "-m", "app", "run", "numpy", "--code", str(path)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 4
    assert done.stderr.rstrip().splitlines()[-1] == "NameError: name 'w3' is not defined"
    assert "app" not in done.stderr.replace(str(path), "")
