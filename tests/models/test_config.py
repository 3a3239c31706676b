"""The run configuration refuses bad values before anything is allocated."""

import math

import pytest

from models import VARIANTS, ConfigError, RunConfig, available_devices, estimate_bytes
from models.config import MAX_MOMENTUM, MIN_LR, available_bytes, device_for, parse_value


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


# What a refusal says, word for word: the field, the value as given, and what is allowed


@pytest.mark.parametrize("changes, message", [
    ({"N": 0}, "N = 0 is not allowed: a whole number from 1 to 1048576"),
    ({"steps": 100_000_001}, "steps = 100000001 is not allowed: a whole number from 1 to 100000000"),
    ({"seed": -1}, "seed = -1 is not allowed: a whole number from 0 to 4294967295"),
    ({"lr": 0.0}, "lr = 0.0 is not allowed: a number > 0 and <= 1e+06"),
    ({"lr": 10**400}, f"lr = {10**400} is not allowed: a number > 0 and <= 1e+06"),
    ({"momentum": 1}, "momentum = 1 is not allowed: a number >= 0 and < 1"),
    ({"variant": "keras"},
     "variant = 'keras' is not allowed: choose from numpy, tensors, autograd, nn, optim, custom, dynamic"),
    ({"dtype": "half"}, "dtype = 'half' is not allowed: choose from float32, float64"),
    ({"update": "always"}, "update = 'always' is not allowed: choose from notebook, in-place"),
    ({"device": "tpu"}, "device = 'tpu' is not allowed: choose from cpu"),
    ({"variant": "numpy", "device": "cuda"},
     "device = 'cuda' is not allowed: the numpy variant runs on the CPU only (cpu)"),
    ({"variant": "numpy", "dtype": "float32"},
     "dtype = 'float32' is not allowed: the numpy variant computes in float64 only"),
])
def test_a_refusal_reads_as_one_sentence(changes, message, monkeypatch):
    monkeypatch.setattr("models.config.available_devices", lambda: ["cpu"])
    with pytest.raises(ConfigError) as refused:
        RunConfig(**{"variant": "tensors", **changes})
    assert str(refused.value) == message


def test_an_unknown_setting_in_a_file_is_named_with_the_known_ones():
    with pytest.raises(ConfigError) as refused:
        RunConfig.from_dict({"colour": "red", "variant": "nn", "beta": 1})
    assert str(refused.value) == ("beta = 1 is not allowed: known settings are "
                                  "D_in, D_out, H, N, device, dtype, lr, momentum, seed, steps, update, variant")


def test_a_key_that_cannot_be_printed_is_quoted():
    with pytest.raises(ConfigError) as refused:
        RunConfig.from_dict({"N\n": 1})
    assert str(refused.value).startswith("'N\\n' = 1 is not allowed: known settings are ")
    assert (refused.value.field, refused.value.value) == ("N\n", 1)


def test_what_is_not_an_object_is_named_by_its_type():
    with pytest.raises(ConfigError) as refused:
        RunConfig.from_dict([1])
    assert str(refused.value) == "configuration = 'list' is not allowed: a JSON object of settings"


@pytest.mark.parametrize("field, text, value", [("N", "12", 12), ("seed", "4294967295", 2**32 - 1),
                                                ("lr", "1e-3", 1e-3), ("momentum", "0", 0.0)])
def test_a_number_typed_as_text_is_read(field, text, value):
    assert parse_value(field, text) == value and type(parse_value(field, text)) is type(value)


@pytest.mark.parametrize("field, text, allowed", [
    ("N", "2.5", "a whole number from 1 to 1048576"),
    ("steps", "1e3", "a whole number from 1 to 100000000"),
    ("lr", "fast", "a number > 0 and <= 1e+06"),
    ("momentum", "", "a number >= 0 and < 1"),
])
def test_text_that_is_not_a_number_is_quoted(field, text, allowed):
    with pytest.raises(ConfigError) as refused:
        parse_value(field, text)
    assert str(refused.value) == f"{field} = {text!r} is not allowed: {allowed}"


@pytest.mark.parametrize("changes", [{"lr": 1e6}, {"lr": MIN_LR}, {"momentum": 0}, {"momentum": MAX_MOMENTUM},
                                     {"seed": 0}, {"seed": 2**32 - 1}, {"steps": 100_000_000}, {"N": 1}])
def test_the_limits_themselves_are_allowed(changes):
    config = RunConfig(**{"variant": "dynamic", "D_in": 1, "H": 1, "D_out": 1, **changes})
    field, value = next(iter(changes.items()))
    assert getattr(config, field) == value


def test_numbers_are_stored_as_python_ints_and_floats():
    import numpy as np

    config = RunConfig(variant="dynamic", N=np.int64(3), lr=np.float32(0.5), momentum=0)
    assert type(config.N) is int and type(config.lr) is float and type(config.momentum) is float


def test_the_numpy_variant_runs_on_the_cpu_whatever_was_asked():
    assert device_for("numpy", "cuda") == "cpu"
    assert device_for("tensors", "cuda:1") == "cuda:1"


def test_replace_and_to_dict_keep_every_field():
    config = RunConfig.for_variant("nn", update="in-place", seed=5)
    assert config.replace(seed=6) == RunConfig.for_variant("nn", update="in-place", seed=6)
    assert config.to_dict() == {"variant": "nn", "N": 64, "D_in": 1000, "H": 100, "D_out": 10, "lr": 1e-4,
                                "steps": 500, "seed": 5, "device": "cpu", "dtype": "float32", "momentum": 0.9,
                                "update": "in-place"}


# Devices and memory, as torch would report them on a machine with GPUs


@pytest.fixture
def gpus(monkeypatch):
    """Torch as it reports two CUDA devices and Apple's MPS: 3 GB free on cuda, 700 bytes on mps."""
    import torch

    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    monkeypatch.setattr(torch.cuda, "device_count", lambda: 2)
    monkeypatch.setattr(torch.backends.mps, "is_available", lambda: True)
    # each GPU its own free memory, so that the one asked about is the one measured
    monkeypatch.setattr(torch.cuda, "mem_get_info", lambda device: (((device.index or 0) + 2) * 10**9, 8 * 10**9))
    monkeypatch.setattr(torch.mps, "recommended_max_memory", lambda: 1000)
    monkeypatch.setattr(torch.mps, "driver_allocated_memory", lambda: 300)


def test_every_device_torch_reports_is_offered_the_cpu_first(gpus):
    assert available_devices() == ["cpu", "cuda", "cuda:0", "cuda:1", "mps"]


def test_a_gpu_torch_reports_is_accepted_and_its_free_memory_counts(gpus):
    assert RunConfig(variant="tensors", device="cuda:1").device == "cuda:1"
    assert available_bytes("cuda:1") == 3 * 10**9
    assert available_bytes("mps") == 700
    with pytest.raises(ConfigError) as refused:
        RunConfig(variant="tensors", device="mps")
    assert str(refused.value) == (
        "sizes = 'N=64, D_in=1000, H=100, D_out=10, steps=500' is not allowed: they need about 2 MB "
        "but 0 MB is free on mps; make N, D_in, H, D_out or steps smaller")
    with pytest.raises(ConfigError, match="choose from cpu, cuda, cuda:0, cuda:1, mps"):
        RunConfig(variant="tensors", device="cuda:2")


def test_the_cpu_is_never_asked_of_torch(monkeypatch):
    # the CPU is always there, and asking torch about devices loads it (a second at every start)
    def asked():
        raise AssertionError("torch was asked about the devices")

    monkeypatch.setattr("models.config.available_devices", asked)
    assert RunConfig(variant="tensors", device="cpu").device == "cpu"


def test_the_host_memory_is_what_psutil_says_is_available():
    import psutil

    free = available_bytes("cpu")
    assert 0 < free <= psutil.virtual_memory().total


# The estimate, counted by hand from its parts: data N*(D_in+D_out); weights, their gradients and the
# update's temporaries, 3 per parameter; Adam's two moments or SGD's momentum, per parameter;
# activations 8*N*H + 4*N*D_out; items of 4 or 8 bytes; and 16 bytes of history a step.


@pytest.mark.parametrize("variant, dtype, expected", [
    ("optim", None, 4 * (2 * 8 + 3 * 32 + 2 * 32 + 104) + 16 * 7),
    ("dynamic", None, 4 * (2 * 8 + 3 * 48 + 48 + 104) + 16 * 7),  # a third, H x H, weight
    ("custom", None, 4 * (2 * 8 + 3 * 32 + 104) + 16 * 7),
    ("numpy", None, 8 * (2 * 8 + 3 * 32 + 104) + 16 * 7),
    ("tensors", "float64", 8 * (2 * 8 + 3 * 32 + 104) + 16 * 7),
])
def test_the_estimate_counts_each_part(variant, dtype, expected):
    config = RunConfig(variant=variant, N=2, D_in=3, H=4, D_out=5, steps=7, dtype=dtype)
    assert estimate_bytes(config) == expected


@pytest.fixture
def free_memory(monkeypatch):
    """Set how much memory the CPU has free."""
    def set_free(n):
        monkeypatch.setattr("models.config._free_host_memory", lambda: n)

    return set_free


def test_a_run_may_take_up_to_four_fifths_of_free_memory(free_memory):
    config = RunConfig(variant="numpy")
    need = estimate_bytes(config)  # 3,379,200 bytes: four fifths of 4,224,000
    free_memory(need * 5 // 4)
    assert RunConfig(variant="numpy") == config
    free_memory(need * 5 // 4 - 1)
    with pytest.raises(ConfigError) as refused:
        RunConfig(variant="numpy")
    assert str(refused.value) == (
        "sizes = 'N=64, D_in=1000, H=100, D_out=10, steps=500' is not allowed: they need about 3 MB "
        "but 4 MB is free on cpu; make N, D_in, H, D_out or steps smaller")


@pytest.mark.parametrize("free, shown", [(10**8, "0.1 GB"), (10**8 - 1, "100 MB"), (25 * 10**9, "25.0 GB"),
                                         (75 * 10**7, "0.8 GB"), (1_500_000, "2 MB"), (1_499_999, "1 MB")])
def test_sizes_are_said_in_megabytes_below_a_tenth_of_a_gigabyte(free, shown, free_memory):
    free_memory(free)
    with pytest.raises(ConfigError) as refused:
        RunConfig(variant="tensors", N=4, D_in=10**6, H=10**4, steps=10)
    assert f"but {shown} is free on cpu" in str(refused.value)
    assert "they need about 120.0 GB" in str(refused.value)
