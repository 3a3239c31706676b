"""The run configuration refuses bad values before anything is allocated."""

import math

import pytest

from models import VARIANTS, ConfigError, RunConfig, available_devices, estimate_bytes


def test_defaults_are_the_notebooks():
    for name, variant in VARIANTS.items():
        config = RunConfig.for_variant(name)
        assert config.sizes == (64, 1000, 100, 10)
        assert (config.steps, config.seed, config.device) == (500, 0, "cpu")
        assert config.lr == variant.lr
        assert config.dtype == ("float64" if name == "numpy" else "float32")
    assert RunConfig.for_variant("dynamic").momentum == 0.9
    assert RunConfig.for_variant("nn").update == "notebook"
    assert [VARIANTS[n].lr for n in VARIANTS] == [1e-6] * 3 + [1e-4] * 4


@pytest.mark.parametrize(
    "field, value",
    [
        ("N", 0), ("N", -5), ("D_in", 0), ("H", -1), ("D_out", 0), ("N", 2.5), ("H", True),
        ("N", "64"), ("D_in", 10**9), ("steps", 0), ("steps", 10**12), ("seed", -1), ("seed", 2**32),
        ("lr", 0.0), ("lr", -1e-4), ("lr", math.nan), ("lr", math.inf), ("lr", -math.inf),
        ("lr", 1e7), ("lr", "1e-4"), ("momentum", -0.1), ("momentum", 1.0), ("momentum", math.nan),
        ("device", "gpu"), ("device", "cuda:99"), ("device", ""), ("dtype", "float16"),
        ("update", "sometimes"), ("variant", "keras"), ("variant", None),
    ],
)
def test_bad_values_are_refused_with_a_message_naming_them(field, value):
    with pytest.raises(ConfigError) as refused:
        RunConfig(**{"variant": "tensors", field: value})
    error = refused.value
    assert error.field == field
    assert repr(value) in str(error) or str(value) in str(error)
    assert "is not allowed:" in str(error) and error.allowed


def test_numpy_runs_on_the_cpu_in_float64_only():
    with pytest.raises(ConfigError, match="CPU only"):
        RunConfig(variant="numpy", device="cuda")
    with pytest.raises(ConfigError, match="float64 only"):
        RunConfig(variant="numpy", dtype="float32")


def test_sizes_that_would_not_fit_are_refused_with_the_estimate():
    with pytest.raises(ConfigError) as refused:
        RunConfig(variant="optim", N=1 << 20, D_in=1 << 20, H=1 << 20)
    message = str(refused.value)
    assert refused.value.field == "sizes"
    assert "GB" in message and "free on cpu" in message


def test_the_estimate_grows_with_every_size():
    base = estimate_bytes(RunConfig())
    for field in ("N", "D_in", "H", "D_out", "steps"):
        assert estimate_bytes(RunConfig(**{field: 2 * getattr(RunConfig(), field)})) > base


def test_devices_offered_are_the_ones_torch_reports():
    import torch

    devices = available_devices()
    assert devices[0] == "cpu"
    assert ("cuda" in devices) == torch.cuda.is_available()
    assert ("mps" in devices) == torch.backends.mps.is_available()
    for device in devices:
        RunConfig(variant="tensors", device=device, N=2, D_in=2, H=2, D_out=2)


def test_round_trip_through_a_dict():
    config = RunConfig.for_variant("dynamic", lr=3e-4, seed=9, momentum=0.5)
    assert RunConfig.from_dict(config.to_dict()) == config


@pytest.mark.parametrize("data", [[], "numpy", {"variant": "nn", "colour": "red"}, {"N": "64"}])
def test_from_dict_refuses_what_is_not_a_configuration(data):
    with pytest.raises(ConfigError):
        RunConfig.from_dict(data)
