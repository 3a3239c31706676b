"""What a user takes away from a run, as text: the CSV of every step and the JSON summary."""

import json
import platform

import numpy as np
import torch

import app
from app.io.exports import csv_text, json_text
from models import RunConfig, RunResult


def result(variant="numpy", losses=(2.5, 0.1 + 0.2, 1e-20), depths=None, outcome="finished"):
    config = RunConfig.for_variant(variant, N=2, D_in=3, H=2, D_out=2, steps=3)
    depths = None if depths is None else np.array(depths)
    return RunResult(config, np.array(losses), depths, outcome, 0.5)


def test_the_csv_has_a_step_and_its_loss_as_python_prints_it_on_each_line():
    assert csv_text(result()) == "step,loss\n0,2.5\n1,0.30000000000000004\n2,1e-20\n"


def test_the_csv_of_dynamicnet_has_each_steps_depth():
    assert csv_text(result("dynamic", depths=[0, 3, 1])) == (
        "step,loss,depth\n0,2.5,0\n1,0.30000000000000004,3\n2,1e-20,1\n")


def test_a_diverged_losses_are_written_as_python_names_them():
    assert csv_text(result(losses=(1.0, float("inf"), float("nan")))) == "step,loss\n0,1.0\n1,inf\n2,nan\n"


def test_the_json_is_indented_and_names_the_app_the_run_and_the_versions():
    text = json_text(result(losses=(1.0, float("inf")), outcome="diverged at step 1"))
    assert text.startswith('{\n  "app": "Descent Lab",\n  "config": {\n    "variant": "numpy",\n')
    assert text.endswith("\n  }\n}\n")
    document = json.loads(text)
    assert list(document) == ["app", "config", "summary", "versions"]
    assert document["config"] == RunConfig.for_variant("numpy", N=2, D_in=3, H=2, D_out=2, steps=3).to_dict()
    assert document["summary"] == {"steps_done": 2, "first_loss": 1.0, "final_loss": None,
                                   "outcome": "diverged at step 1", "wall_s": 0.5, "steps_per_s": 4.0}
    assert document["versions"] == {
        "descent_lab": app.__version__,
        "python": platform.python_version(),
        "numpy": np.__version__,
        "torch": torch.__version__,
        "machine": f"{platform.system()} {platform.machine()}",
    }


def test_the_json_names_an_edited_module_by_its_hash():
    from models.edited import EditedCode

    edited = EditedCode("numpy", "# my edit\n", "edited.py")
    document = json.loads(json_text(result(), edited))
    assert list(document) == ["app", "config", "summary", "versions", "code"]
    assert document["code"] == {"name": f"numpy (edited {edited.sha256[:7]})", "sha256": edited.sha256}
    assert len(edited.sha256) == 64
