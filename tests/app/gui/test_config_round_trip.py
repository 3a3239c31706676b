"""Limits defined once: any configuration the command line accepts shows in the window and reads back unchanged."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models import VARIANTS, RunConfig
from models.config import DTYPES, MAX_LR, MAX_MOMENTUM, MAX_SEED, MAX_SIZE, MAX_STEPS, MIN_LR, UPDATES

SMALL_SIZES = st.one_of(st.integers(1, 64), st.just(MAX_SIZE))  # one size at the top still fits in memory


@st.composite
def accepted_configs(draw):
    """A configuration ``python -m app run`` accepts: every field over its whole range."""
    variant = draw(st.sampled_from(list(VARIANTS)))
    sizes = dict(zip(("N", "D_in", "H", "D_out"), draw(st.lists(st.integers(1, 64), min_size=4, max_size=4))))
    sizes[draw(st.sampled_from(sorted(sizes)))] = draw(SMALL_SIZES)
    fixed = VARIANTS[variant].cpu_only
    config = dict(
        variant=variant, **sizes,
        lr=draw(st.one_of(st.sampled_from([MIN_LR, MAX_LR, 1e-6, 1e-18]),
                          st.floats(MIN_LR, MAX_LR, allow_subnormal=True))),
        steps=draw(st.one_of(st.sampled_from([1, MAX_STEPS]), st.integers(1, MAX_STEPS))),
        seed=draw(st.one_of(st.sampled_from([0, 2**31, 3_000_000_000, MAX_SEED]), st.integers(0, MAX_SEED))),
        dtype=VARIANTS[variant].dtype if fixed else draw(st.sampled_from(DTYPES)),
    )
    if "momentum" in VARIANTS[variant].options:
        config["momentum"] = draw(st.one_of(st.sampled_from([0.0, 0.9, MAX_MOMENTUM]), st.floats(0, MAX_MOMENTUM)))
    if "update" in VARIANTS[variant].options:
        config["update"] = draw(st.sampled_from(UPDATES))
    try:
        return RunConfig(**config)
    except Exception:  # noqa: BLE001 - sizes that do not fit this machine's memory: not a config the CLI takes
        return draw(st.nothing())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(config=accepted_configs())
def test_a_configuration_shown_in_the_window_reads_back_identical(ui, config):
    ui.show_config(config)
    shown = ui.config()
    assert shown == config, {f: (getattr(shown, f), getattr(config, f)) for f in config.to_dict()
                             if getattr(shown, f) != getattr(config, f)}


@pytest.mark.parametrize("changes", [dict(seed=3_000_000_000), dict(seed=MAX_SEED), dict(lr=1e-18),
                                     dict(lr=MIN_LR), dict(lr=1.2345678901234567e-4)])
def test_values_a_32_bit_or_rounded_field_would_change_are_kept(ui, changes):
    config = RunConfig.for_variant("optim", **changes)
    ui.show_config(config)
    assert ui.config() == config


def test_a_session_the_window_cannot_show_changes_nothing(ui, tmp_path, monkeypatch):
    """All or nothing: whatever goes wrong while a session is applied, the settings shown stay as they were."""
    ui.choose("numpy")
    before = ui.config()
    path = tmp_path / "s.json"
    path.write_text('{"kind": "descent-lab-session", "version": 1, "config": {"variant": "optim", "seed": 7}}')

    seed = ui.control("seed")
    set_seed = seed.setValue

    def broken(value):  # a field that cannot hold the session's seed, after the variant has changed
        if value == 7:
            raise OverflowError("a field could not hold the value")
        set_seed(value)

    monkeypatch.setattr(seed, "setValue", broken)
    assert not ui.files.open_session(path)
    monkeypatch.undo()
    assert ui.config() == before
    assert ui.banner.kind == "error" and "Cannot open the session" in ui.banner.message
