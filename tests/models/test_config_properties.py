"""Property: any run configuration is either refused with a message naming it, or runs a step.

Every field is drawn from a mix of valid values and invalid ones (out of range, zero,
negative, NaN, infinite, absurdly large, the wrong type, unknown names). A drawing
knows which fields it spoiled, so the test also checks that a configuration with no
spoiled field is accepted and that a refusal names one of the spoiled fields.
"""

import json
import math

import numpy as np
import pytest
from hypothesis import HealthCheck, event, given
from hypothesis import strategies as st

from models import VARIANTS, ConfigError, RunConfig, available_devices, steps
from models.config import MAX_LR, MAX_SEED, MAX_SIZE, MAX_STEPS
from tests.budget import property_settings

SIZES = ("N", "D_in", "H", "D_out")
DEVICES = available_devices()

# Values no field accepts: the wrong type for every one of them
JUNK = st.one_of(
    st.booleans(),
    st.binary(max_size=3),
    st.lists(st.integers(0, 3), max_size=2),
    st.complex_numbers(max_magnitude=10, allow_nan=False),
    st.just(object()),
)
NON_FINITE = st.sampled_from([math.nan, math.inf, -math.inf])
# Ints beyond any size, and beyond float range too (once an OverflowError, now refused).
HUGE_INT = st.sampled_from([10**30, 2**64, 10**400, -(10**400)])


def whole(low, high, small=None):
    """A whole-number field: one of ``small`` (if given) most of the time, to keep steps quick, else the top.

    Any pair of sizes at MAX_SIZE that a step multiplies is refused for memory; one alone is cheap.
    """
    if small is None:
        valid = st.one_of(st.sampled_from([low, high]), st.integers(low, high))
    else:  # never a size drawn from the whole range: a few medium ones would fit in memory yet take hours
        valid = st.sampled_from([*small * 4, high])
    invalid = st.one_of(
        st.sampled_from([low - 1, high + 1, 0, -1, -(2**63), 2**63]).filter(lambda v: not low <= v <= high),
        st.integers(max_value=low - 1),
        st.integers(min_value=high + 1),
        HUGE_INT,
        st.floats(allow_nan=True),  # 2.0 is not a whole number to RunConfig either
        NON_FINITE,
        st.text(max_size=4),
        st.none(),
        JUNK,
    )
    return valid, invalid


def fractional(low, high, low_open=False, high_open=False, none_ok=False):
    """A float field: finite numbers in range (ints, floats, numpy floats) or anything else."""
    in_range = st.floats(low, high, exclude_min=low_open, exclude_max=high_open)
    valid = st.one_of(
        in_range,
        in_range.map(np.float64),
        st.integers(math.ceil(low) + (1 if low_open else 0), math.floor(high) - (1 if high_open else 0)),
        *([st.none()] if none_ok else []),
    )

    def out_of_range(v):
        return (v <= low if low_open else v < low) or (v >= high if high_open else v > high)

    outside = st.one_of(
        st.floats(max_value=low, exclude_max=not low_open),
        st.floats(min_value=high, exclude_min=not high_open),
        st.sampled_from([low, high]),
    ).filter(out_of_range)
    invalid = st.one_of(
        outside,
        NON_FINITE,
        st.integers(-(2**1000), -1),
        st.integers(math.floor(high) + 1, 2**1000),
        st.text(max_size=4),
        *([] if none_ok else [st.none()]),
        JUNK,
    )
    return valid, invalid


def choice(names, extra_invalid=(), none_ok=False):
    bad_names = st.one_of(
        st.sampled_from(["", " ", "None", *extra_invalid]),
        st.sampled_from(list(names)).map(str.upper).filter(lambda v: v not in names),
        st.sampled_from(list(names)).map(lambda v: v + " "),
        st.text(max_size=6).filter(lambda v: v not in names),
    )
    invalid = st.one_of(bad_names, *([] if none_ok else [st.none()]), st.integers(-2, 2), st.floats(), JUNK)
    return st.sampled_from(list(names)), invalid


unknown_devices = [d for d in ("tpu", "gpu", "cuda", "cuda:99", "mps", "CPU", "cpu:0", "cuda:-1", "meta")
                   if d not in DEVICES]

# field: (valid, invalid, may be left out to take the default)
FIELDS = {
    "variant": (*choice(VARIANTS, ["keras", "numpy2", "Numpy"]), True),
    **{name: (*whole(1, MAX_SIZE, small=[1, 2, 3, 4]), False) for name in SIZES},
    "steps": (*whole(1, MAX_STEPS, small=[1, 2, 3]), True),
    "seed": (*whole(0, MAX_SEED), True),
    "lr": (*fractional(0, MAX_LR, low_open=True, none_ok=True), True),
    "momentum": (*fractional(0, 1, high_open=True), True),
    "dtype": (st.sampled_from([None, "float32", "float64"]),
              choice(("float32", "float64"), ["float16", "half", "double", "torch.float32"], none_ok=True)[1], True),
    "device": (st.sampled_from(DEVICES), choice(DEVICES, unknown_devices)[1], True),
    "update": (*choice(("notebook", "in-place"), ["inplace", "in_place", "sometimes"]), True),
}


@st.composite
def drawings(draw):
    """(fields, spoiled): the keyword arguments and the names of those drawn invalid."""
    names = list(FIELDS)
    spoiled = draw(
        st.one_of(
            st.just(frozenset()),
            st.just(frozenset()),
            st.sampled_from(names).map(lambda n: frozenset([n])),
            st.sets(st.sampled_from(names), min_size=1).map(frozenset),
        )
    )
    fields = {}
    for name in names:
        valid, invalid, optional = FIELDS[name]
        if name in spoiled:
            fields[name] = draw(invalid)
        elif not optional or draw(st.integers(0, 2)):
            fields[name] = draw(valid)
    return fields, set(spoiled)


def combination_faults(fields):
    """Fields refused only in combination: numpy runs on the CPU in float64 only."""
    if fields.get("variant", "numpy") != "numpy":
        return set()
    faults = set()
    if fields.get("device", "cpu") != "cpu":
        faults.add("device")
    if fields.get("dtype") not in (None, "float64"):
        faults.add("dtype")
    return faults


def names_the_value(message, value):
    shown = [repr(value), str(value)]
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            shown.append(repr(float(value)))  # the float fields report the value as a float
        except OverflowError:
            pass
    return any(s in message for s in shown)


@property_settings(500, deadline=None, database=None,
          # the suite's autouse QThread guard is function-scoped; it holds no per-example state
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(drawings())
def test_a_configuration_is_refused_with_a_message_or_runs_a_step(drawing):
    fields, spoiled = drawing
    spoiled = spoiled | combination_faults(fields)
    large = any(fields.get(n) == MAX_SIZE for n in SIZES) or fields.get("steps") == MAX_STEPS
    try:
        config = RunConfig(**fields)
    except ConfigError as error:
        event(f"refused: {error.field}")
        message = str(error)
        assert error.allowed and isinstance(error.allowed, str)
        assert "is not allowed" in message and error.allowed in message
        if error.field == "sizes":  # the memory check: names every size and the steps
            assert large and not spoiled, message
            for name in (*SIZES, "steps"):
                assert f"{name}={fields.get(name, getattr(RunConfig, name, None))}" in message
            return
        assert error.field in message
        assert error.field in spoiled, f"refused {error.field} but only {sorted(spoiled)} were spoiled: {message}"
        given_value = fields[error.field]
        assert names_the_value(message, given_value), message
        return
    # Accepted: nothing was spoiled, and the first step runs and has a loss
    event(f"accepted: {config.variant}")
    assert not spoiled, f"accepted although {sorted(spoiled)} were spoiled: {fields!r}"
    assert config.dtype in ("float32", "float64") and isinstance(config.lr, float)
    assert RunConfig.from_dict(config.to_dict()) == config
    generator = steps(config)
    try:
        step = next(generator)
    finally:
        generator.close()
    assert step.t == 0
    assert math.isfinite(step.loss.item())  # as run() reads it: a numpy float or a 0-d tensor


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda: RunConfig(variant="dynamic", lr=10**400), id="lr"),
        pytest.param(lambda: RunConfig(variant="dynamic", momentum=-(10**400)), id="momentum"),
        pytest.param(lambda: RunConfig.from_dict(json.loads('{"lr": 1' + "0" * 400 + "}")), id="from_dict"),
    ],
)
def test_an_integer_too_large_for_a_float_is_refused(make):
    with pytest.raises(ConfigError) as refused:
        make()
    assert refused.value.field in ("lr", "momentum")
