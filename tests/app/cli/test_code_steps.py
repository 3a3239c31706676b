"""``run VARIANT --code FILE`` with a Step that leaves something out: told in one line, never a crash of the app's."""

from app.cli.main import main
from models import VARIANTS


def edited_module(tmp_path, variant, old, new):
    text = VARIANTS[variant].full_source()
    assert text.count(old) == 1
    path = tmp_path / "edited.py"
    path.write_text(text.replace(old, new))
    return path


def test_a_step_without_matrices_is_told_that_it_has_none(tmp_path, capsys):
    path = edited_module(tmp_path, "custom", "yield Step.of_model(t, loss, model)", "yield Step(t, loss)")
    assert main(["run", "custom", "--code", str(path), "--steps", "2"]) == 4
    err = capsys.readouterr().err
    assert err.startswith(f"{path}, line 66: step 0's weight matrices are none; the custom variant draws 2 matrices")
    assert len(err.splitlines()) == 1


def test_a_dynamic_step_without_its_depth_is_told_to_say_it(tmp_path, capsys):
    path = edited_module(tmp_path, "dynamic", "yield Step.of_model(t, loss, model, depth=model.depth)",
                         "yield Step.of_model(t, loss, model)")
    assert main(["run", "dynamic", "--code", str(path), "--steps", "2"]) == 4
    err = capsys.readouterr().err
    assert err == (f"{path}, line 71: step 0's depth is None; the dynamic variant draws a depth of 0, 1, 2 or 3 "
                   "at each step, as random.randint(0, 3) does\n")
