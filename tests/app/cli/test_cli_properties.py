"""The command line under bad input: exit 2 and one line naming the option, never a traceback.

A sweep gives every numeric option the values people mistype or try on purpose; a
property draws whole `run` command lines from valid and invalid tokens and holds
every outcome to exit 0 (notebook-style output), 2 (one line naming an option that
was drawn bad) or 3 (diverged).
"""

import contextlib
import io
import math
import re

import pytest
from hypothesis import HealthCheck, event, given
from hypothesis import strategies as st

from app.cli.main import main
from models import VARIANTS, available_devices
from models.config import MAX_SEED, MAX_STEPS
from tests.app.cli.headless import window_never_opens  # noqa: F401 (autouse)
from tests.budget import property_settings

TINY = ["--N", "2", "--D-in", "3", "--H", "2", "--D-out", "2", "--steps", "2"]
NUMERIC = ["--seed", "--steps", "--lr", "--N", "--D-in", "--H", "--D-out", "--momentum", "--every", "--threads"]
MISTYPED = ["0", "-1", "abc", "nan", "inf", "-inf", "1e400", "99999999999999999999999", ""]
# Which of MISTYPED each option accepts (from models/config.py): --seed takes 0..2**32-1,
# --momentum takes [0, 1) with the dynamic variant; the rest of these values are refused.
ACCEPTED = {("--seed", "0"), ("--momentum", "0")}
DEVICES = available_devices()


def lines(text):
    return text.strip().splitlines()


def call(argv):
    """main(argv) with stdout and stderr captured: (exit code, out, err)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(argv)
    return code, out.getvalue(), err.getvalue()


def assert_refused(code, out, err, option):
    assert code == 2, (code, out, err)
    assert out == ""
    assert len(lines(err)) == 1 and err.endswith("\n"), err
    assert err.startswith("descent-lab: error: ")
    assert option in err, err
    assert "Traceback" not in err


def shown_as(value):
    """How a refusal may show a value: as typed, quoted, or as the number it was read as."""
    shown = {value, repr(value)}
    for parse in (int, float):
        try:
            shown.add(repr(parse(value)))
        except ValueError:
            pass
    return shown


def printed_steps(out):
    """The t of every 't loss' line, checking the line's form."""
    ts = []
    for line in lines(out):
        t, loss = line.split(" ")
        float(loss)  # 'nan' and 'inf' included, for a diverged run
        ts.append(int(t))
    return ts


# (a) The sweep: every numeric option, every mistyped value


@pytest.mark.parametrize("value", MISTYPED)
@pytest.mark.parametrize("option", NUMERIC)
def test_every_numeric_option_refuses_mistyped_values_in_one_line(option, value):
    variant = "dynamic" if option == "--momentum" else "numpy"
    code, out, err = call(["run", variant, *TINY, "--every", "1", option, value])
    if (option, value) in ACCEPTED:
        assert (code, err) == (0, "")
        assert printed_steps(out) == [0, 1]
        return
    assert_refused(code, out, err, f"argument {option}: ")
    assert any(shown in err for shown in shown_as(value)), err
    assert "is not allowed: " in err


@pytest.mark.parametrize("option", NUMERIC)
def test_the_equals_form_names_a_value_that_starts_with_a_dash(option):
    variant = "dynamic" if option == "--momentum" else "numpy"
    code, out, err = call(["run", variant, *TINY, f"{option}=-inf"])
    assert_refused(code, out, err, f"argument {option}: ")
    assert "-inf" in err


@pytest.mark.parametrize(
    "option, value",
    [("--lr", "-inf"), ("--lr", "-1e-4"), ("--momentum", "-inf"), ("--seed", "-inf"), ("--N", "-1e400")],
)
def test_a_negative_value_in_exponent_or_infinite_form_is_named(option, value):
    variant = "dynamic" if option == "--momentum" else "numpy"
    code, out, err = call(["run", variant, *TINY, option, value])
    assert_refused(code, out, err, f"argument {option}: ")
    assert value in err and "expected one argument" not in err


@pytest.mark.parametrize(
    "value, accepted",
    [("1e-3", True), (".5e-3", True), ("1000000", True), ("1e6", True), ("1e-300", True),
     ("1000001", False), ("1e7", False), ("-0", False), ("0.0", False), ("5e-324", True)],
)
def test_lr_takes_positive_floats_up_to_a_million(value, accepted):
    code, out, err = call(["run", "custom", *TINY, "--every", "1", "--lr", value])
    if accepted:
        assert code in (0, 3), err  # a huge rate may diverge: that is exit 3, not an error
        assert "Traceback" not in err
    else:
        assert_refused(code, out, err, "argument --lr: ")


@pytest.mark.parametrize(
    "value, accepted", [("0", True), ("0.5", True), ("0.999", True), ("1", False), ("1.0", False), ("-0.1", False)]
)
def test_momentum_takes_zero_up_to_one_with_the_dynamic_variant(value, accepted):
    code, out, err = call(["run", "dynamic", *TINY, "--momentum", value])
    if accepted:
        assert (code, out, err) == (0, "", "")  # 2 steps, printing every 100th: nothing
    else:
        assert_refused(code, out, err, "argument --momentum: ")


@pytest.mark.parametrize("variant", [v for v in VARIANTS if v != "dynamic"])
def test_momentum_is_refused_for_the_other_variants(variant):
    code, out, err = call(["run", variant, *TINY, "--momentum", "0.5"])
    assert_refused(code, out, err, "argument --momentum: ")
    assert "dynamic" in err


@pytest.mark.parametrize("variant", ["keras", "", "NumPy", "numpy2", "nn ", "Dynamic"])
def test_unknown_variants_are_refused_in_one_line(variant):
    code, out, err = call(["run", variant, *TINY])
    assert_refused(code, out, err, "argument VARIANT: ")
    assert repr(variant) in err and "numpy, tensors" in err


@pytest.mark.parametrize("variant", ["tensors", "numpy"])
@pytest.mark.parametrize(
    "device", [d for d in ("tpu", "gpu", "", "CPU", "cpu:0", "cuda", "cuda:99", "mps", "meta") if d not in DEVICES]
)
def test_unknown_devices_are_refused_in_one_line(variant, device):
    code, out, err = call(["run", variant, *TINY, "--device", device])
    assert_refused(code, out, err, "argument --device: ")
    assert repr(device) in err
    assert "cpu" in err  # what is allowed


@pytest.mark.parametrize(
    "argv, option",
    [
        (["--dtype", "float16"], "--dtype"),
        (["--dtype", ""], "--dtype"),
        (["--dtype", "float32"], "--dtype"),  # numpy is float64 only
        (["--update", "in-place"], "--update"),  # nn only
        (["--every", "100000001"], "--every"),
        (["--threads", "1025"], "--threads"),
        (["--every=--"], "--every"),  # argparse of Python 3.11 once handed this option a list: a traceback
        (["--threads=--"], "--threads"),
    ],
)
def test_other_refusals_name_their_option(argv, option):
    code, out, err = call(["run", "numpy", *TINY, *argv])
    assert_refused(code, out, err, f"argument {option}: ")


@pytest.mark.parametrize(
    "argv, named",
    [
        (["--colour", "red"], "--colour"),
        (["--D", "3"], "--D"),  # ambiguous: --D-in or --D-out
        (["--s", "3"], "--s"),  # ambiguous: --seed or --steps
        (["--lr"], "--lr"),  # no value
        (["--seed", "9" * 5000], "--seed"),  # beyond int()'s digit limit
        (["--lr", "9" * 5000], "--lr"),
        (["--every", "9" * 5000], "--every"),
    ],
)
def test_unknown_ambiguous_missing_and_endless_values_are_one_line(argv, named):
    code, out, err = call(["run", "numpy", *TINY, *argv])
    assert_refused(code, out, err, named)


def test_a_diverging_run_exits_3_with_one_line():
    code, out, err = call(["run", "custom", *TINY, "--steps", "20", "--every", "1", "--lr", "1e6"])
    assert code == 3, err
    assert len(lines(err)) == 1 and "diverged at step" in err and "smaller than 1e+06" in err
    printed = printed_steps(out)
    assert printed == list(range(len(printed))) and not math.isfinite(float(lines(out)[-1].split()[1]))


# A few explicit runs with files (the property writes none)


def test_files_are_written_for_a_tiny_run(tmp_path):
    csv_path, json_path = tmp_path / "run.csv", tmp_path / "run.json"
    code, out, err = call(["run", "dynamic", *TINY, "--csv", str(csv_path), "--json", str(json_path)])
    assert (code, err) == (0, "")
    assert lines(csv_path.read_text())[0] == "step,loss,depth" and len(lines(csv_path.read_text())) == 3
    assert '"steps_done": 2' in json_path.read_text()


@pytest.mark.parametrize("option", ["--csv", "--json", "--png"])
def test_an_output_that_cannot_be_written_is_refused_before_training(option, tmp_path):
    code, out, err = call(["run", "numpy", *TINY, option, str(tmp_path)])
    assert_refused(code, out, err, f"argument {option}: ")
    assert "folder" in err
    missing = tmp_path / "missing" / "out.file"
    code, out, err = call(["run", "numpy", *TINY, option, str(missing)])
    assert_refused(code, out, err, f"argument {option}: ")
    assert not missing.parent.exists()


def test_a_refused_option_writes_no_file(tmp_path):
    path = tmp_path / "run.csv"
    code, out, err = call(["run", "numpy", *TINY, "--csv", str(path), "--lr", "nan"])
    assert_refused(code, out, err, "argument --lr: ")
    assert not path.exists()


# (b) The property: whole command lines from valid and invalid tokens

BAD_NUMBERS = ["abc", "nan", "inf", "-inf", "1e400", "99999999999999999999999", "", "1.5", "1e3", "0x10", "--"]
LEARNING_RATES = ("1.5", "1e3")  # bad for the other options, but a learning rate may be up to 1e6


def tokens(valid, invalid, maybe=None):
    """Strategies for one slot by verdict: True (valid), False (invalid), None (either)."""
    valid = st.sampled_from(valid) if isinstance(valid, list) else valid
    return {True: valid, False: st.sampled_from(invalid), None: maybe}


def numbers_text():
    """Short strings made of number-like characters: whatever they are, the CLI must cope."""
    return st.text(alphabet="0123456789.-+eEinfa_ x", max_size=6)


SIZE = tokens(
    ["1", "2", "3", "4"] * 3,
    ["0", "-1", "1048577", "2.0", *BAD_NUMBERS],
    maybe=st.just("1048576"),  # alone it fits and runs quickly; two of them are refused for memory
)
OPTIONS = {
    "--N": SIZE,
    "--D-in": SIZE,
    "--H": SIZE,
    "--D-out": SIZE,
    "--steps": tokens(["1", "2", "3"], ["0", "-1", str(MAX_STEPS + 1), "2.0", *BAD_NUMBERS]),
    "--seed": tokens(st.integers(0, MAX_SEED).map(str), ["-1", str(MAX_SEED + 1), *BAD_NUMBERS],
                     maybe=numbers_text()),
    "--lr": tokens(
        st.floats(0, 1e6, exclude_min=True).map(repr) | st.sampled_from(["1e-4", "0.001", ".5e-3", "1", "1e6"]),
        ["0", "-1", "-0.5", "0.0", "-0", "1e7", "1000001", *(bad for bad in BAD_NUMBERS if bad not in LEARNING_RATES)],
        maybe=numbers_text(),
    ),
    "--momentum": tokens(
        st.floats(0, 1, exclude_max=True).map(repr) | st.sampled_from(["0", "0.9", ".5"]),
        ["1", "1.0", "-0.1", "2", *BAD_NUMBERS],
        maybe=numbers_text(),
    ),
    "--every": tokens(
        st.sampled_from(["1", "2", "3", "100", str(MAX_STEPS)]),
        ["0", "-1", str(MAX_STEPS + 1), *BAD_NUMBERS],
        maybe=numbers_text(),
    ),
    "--device": tokens(DEVICES, [d for d in ("tpu", "gpu", "", "CPU", "cuda:99", "cuda", "mps") if d not in DEVICES]),
    "--dtype": tokens(["float32", "float64"], ["float16", "half", "", "Float64", "double"]),
    "--update": tokens(["notebook", "in-place"], ["inplace", "sometimes", "", "IN-PLACE"]),
}
ALWAYS = ("--N", "--D-in", "--H", "--D-out", "--steps")  # tiny sizes and steps, unless drawn otherwise
VARIANT = tokens(list(VARIANTS), ["keras", "", "NumPy", "numpy2", "-x"])


@st.composite
def command_lines(draw):
    """(argv, verdicts, values): verdicts maps 'VARIANT' and each option given to True/False/None."""
    chosen = draw(st.lists(st.sampled_from([o for o in OPTIONS if o not in ALWAYS]), unique=True, max_size=5))
    options = draw(st.permutations([*ALWAYS, *chosen]))
    slots = ["VARIANT", *options]
    # A clean line, one slot spoiled, or any number of them
    mode = draw(st.sampled_from(["clean", "clean", "one", "many"]))
    spoiled = {draw(st.sampled_from(slots))} if mode == "one" else set(slots) if mode == "many" else set()

    def pick(slot):
        by_verdict = VARIANT if slot == "VARIANT" else OPTIONS[slot]
        verdicts = [True]
        if slot in spoiled:
            verdicts = [False] if mode == "one" else [True, True, False]
            if by_verdict[None] is not None:
                verdicts.append(None)
        verdict = draw(st.sampled_from(verdicts))
        return draw(by_verdict[verdict]), verdict

    variant, verdict = pick("VARIANT")
    verdicts, values = {"VARIANT": verdict}, {}
    argv = ["run", variant]
    for option in options:
        value, verdict = pick(option)
        argv += [f"{option}={value}"] if draw(st.booleans()) else [option, value]
        verdicts[option], values[option] = verdict, value
    # What only some variants accept
    if verdicts["VARIANT"]:
        if "--momentum" in values and variant != "dynamic":
            verdicts["--momentum"] = False
        if "--update" in values and variant != "nn":
            verdicts["--update"] = False
        if variant == "numpy" and values.get("--device", "cpu") != "cpu" and verdicts.get("--device"):
            verdicts["--device"] = False
        if variant == "numpy" and values.get("--dtype") == "float32":
            verdicts["--dtype"] = False
    return argv, verdicts, values


@property_settings(500, deadline=None, database=None,
          # the suite's autouse QThread guard is function-scoped; it holds no per-example state
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(command_lines())
def test_any_run_command_line_runs_or_is_refused_in_one_line(drawn):
    argv, verdicts, values = drawn
    bad = {name for name, verdict in verdicts.items() if verdict is False}
    doubtful = {name for name, verdict in verdicts.items() if verdict is None}
    try:
        code, out, err = call(argv)
    except (Exception, SystemExit) as error:  # anything out of main is the failure sought
        pytest.fail(f"main({argv!r}) raised {type(error).__name__}: {error}")
    assert "Traceback" not in err and "Traceback" not in out
    event(f"exit {code}")

    if code == 2:
        assert out == "", out
        assert len(lines(err)) == 1 and err.endswith("\n"), err
        named = re.match(r"descent-lab: error: (?:argument ([^:]+): |the following arguments are required: (\w+))",
                         err)
        assert named, err
        name = named.group(1) or named.group(2)
        if name == "--N/--D-in/--H/--D-out/--steps":  # the memory check
            assert not bad and "1048576" in values.values(), err
        else:
            assert name in bad | doubtful, f"{name} refused, but drawn bad: {sorted(bad)}; {err}"
        return
    assert not bad, f"exit {code} although {sorted(bad)} were drawn bad: {argv!r} {err!r}"

    steps = int(values["--steps"])
    every = int(values["--every"]) if "--every" in values else 1 if argv[1] == "numpy" else 100
    expected = [t for t in range(steps) if t % every == every - 1]
    if code == 0:
        assert err == "", err
        assert printed_steps(out) == expected
    elif code == 3:
        assert len(lines(err)) == 1 and "diverged" in err, err
        printed = printed_steps(out)
        assert printed == expected[: len(printed)]
    else:
        pytest.fail(f"main({argv!r}) exited {code}: {err!r}")
