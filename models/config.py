"""The run configuration: every setting of a training run, validated before anything is allocated."""

from __future__ import annotations

import dataclasses
import math
import numbers
from collections.abc import Collection
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from .catalog import VARIANTS
from .words import translate

if TYPE_CHECKING:
    import torch

DTYPES = ("float32", "float64")
UPDATES = ("notebook", "in-place")
MAX_SIZE = 1 << 20  # per dimension; memory is checked separately
MAX_STEPS = 100_000_000
MAX_SEED = 2**32 - 1  # numpy's legacy seeding accepts no more
MIN_LR = math.ulp(0.0)  # any learning rate above 0
MAX_LR = 1e6
MAX_MOMENTUM = math.nextafter(1.0, 0.0)  # any momentum below 1
MAX_THREADS = 1024  # torch and BLAS threads of a headless run
MEMORY_HEADROOM = 0.8  # refuse a run that would take more than this share of free memory
# Below this many multiply-adds per forward pass, one torch thread beats two:
# measured here, about twice the steps/s at the notebook's sizes on 2 cores.
SMALL_PROBLEM = 1 << 26


class ConfigError(ValueError):
    """A refused setting. The message names the field, the value and what is allowed."""

    def __init__(self, field: str, value: Any, allowed: str):
        self.field, self.value, self.allowed = field, value, allowed
        named = field if isinstance(field, str) and field.isprintable() else repr(field)  # a key from a file
        said = translate("Config", "{field} = {value} is not allowed: {allowed}")
        super().__init__(said.format(field=named, value=repr(value), allowed=allowed))


def available_devices() -> list[str]:
    """The devices torch reports on this machine, the CPU first (this imports torch)."""
    import torch

    devices = ["cpu"]
    if torch.cuda.is_available():
        devices += ["cuda"] + [f"cuda:{i}" for i in range(torch.cuda.device_count())]
    if torch.backends.mps.is_available():
        devices.append("mps")
    return devices


T = TypeVar("T")


class NotebookDefault(Generic[T]):
    """A setting that may be given as None, for the variant's notebook value, and holds a ``T``
    once the configuration is made (``RunConfig.__post_init__`` puts the value in).

    A descriptor-typed dataclass field (see the dataclasses documentation): a type checker
    takes ``T | None`` as the constructor's argument and ``T`` as what reading it gives.
    """

    def __set_name__(self, owner: type, name: str) -> None:
        self._stored = f"_{name}"

    @overload
    def __get__(self, config: None, owner: type) -> None: ...  # read from the class: the field's default

    @overload
    def __get__(self, config: RunConfig, owner: type) -> T: ...

    def __get__(self, config: RunConfig | None, owner: type) -> T | None:
        return None if config is None else getattr(config, self._stored)

    def __set__(self, config: RunConfig, value: T | None) -> None:
        object.__setattr__(config, self._stored, value)  # the frozen dataclass sets its fields this way too


def device_for(variant: str, device: str) -> str:
    """Where ``variant`` runs when ``device`` is asked for: numpy's variant has no device but the CPU."""
    return "cpu" if VARIANTS[variant].cpu_only else device


@dataclass(frozen=True)
class RunConfig:
    """One training run. Leaving ``lr`` or ``dtype`` as None takes the variant's notebook value."""

    variant: str = "numpy"
    N: int = 64
    D_in: int = 1000
    H: int = 100
    D_out: int = 10
    lr: NotebookDefault[float] = NotebookDefault()
    steps: int = 500
    seed: int = 0
    device: str = "cpu"
    dtype: NotebookDefault[str] = NotebookDefault()
    momentum: float = 0.9  # dynamic only
    update: str = "notebook"  # nn only

    def __post_init__(self) -> None:
        _check_choice("variant", self.variant, VARIANTS)
        variant = VARIANTS[self.variant]
        for name in ("lr", "dtype"):  # left as None: the variant's notebook value
            if getattr(self, name) is None:
                object.__setattr__(self, name, getattr(variant, name))
        for name in WHOLE:
            object.__setattr__(self, name, _check_whole(name, getattr(self, name)))
        for name in REAL:
            object.__setattr__(self, name, _check_real(name, getattr(self, name)))
        _check_choice("update", self.update, UPDATES)
        _check_choice("dtype", self.dtype, DTYPES)
        if variant.cpu_only and self.device != "cpu":
            raise ConfigError("device", self.device, translate("Config", "the {variant} variant runs on the CPU only "
                                                                         "(cpu)").format(variant=variant.name))
        if self.device != "cpu":  # the CPU is always there; asking torch about others loads it
            _check_choice("device", self.device, available_devices())
        if variant.cpu_only and self.dtype != variant.dtype:
            said = translate("Config", "the {variant} variant computes in {dtype} only")
            raise ConfigError("dtype", self.dtype, said.format(variant=variant.name, dtype=variant.dtype))
        _check_memory(self)

    @classmethod
    def for_variant(cls, variant: str, **changes: Any) -> RunConfig:
        """The notebook's settings for ``variant``, with ``changes`` applied."""
        return cls(variant=variant, **changes)

    @classmethod
    def from_dict(cls, data: Any) -> RunConfig:
        """A configuration from parsed JSON; unknown keys and wrong types are refused."""
        if not isinstance(data, dict):
            raise ConfigError("configuration", type(data).__name__, translate("Config", "a JSON object of settings"))
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            said = translate("Config", "known settings are {names}")
            raise ConfigError(unknown[0], data[unknown[0]], said.format(names=", ".join(sorted(known))))
        return cls(**data)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    def replace(self, **changes: Any) -> RunConfig:
        return dataclasses.replace(self, **changes)

    @property
    def sizes(self) -> tuple[int, int, int, int]:
        return self.N, self.D_in, self.H, self.D_out

    @property
    def torch_dtype(self) -> torch.dtype:
        import torch

        return getattr(torch, self.dtype)

    @property
    def torch_device(self) -> torch.device:
        import torch

        return torch.device(self.device)


# The numeric fields, their ranges, and how a message says what is allowed
WHOLE = {"N": (1, MAX_SIZE), "D_in": (1, MAX_SIZE), "H": (1, MAX_SIZE), "D_out": (1, MAX_SIZE),
         "steps": (1, MAX_STEPS), "seed": (0, MAX_SEED)}
REAL = {"lr": (0.0, MAX_LR), "momentum": (0.0, 1.0)}


def allowed(field: str) -> str:
    """What ``field`` accepts, in words."""
    if field in WHOLE:
        low, high = WHOLE[field]
        return translate("Config", "a whole number from {low} to {high}").format(low=low, high=high)
    if field == "lr":
        return translate("Config", "a number > 0 and <= {high}").format(high=f"{MAX_LR:g}")
    return translate("Config", "a number >= 0 and < 1")


def parse_value(field: str, text: str) -> int | float:
    """A numeric field typed as text (on the command line), read and checked as ``RunConfig`` checks it,
    or ConfigError quoting the text: out of range too ('1e400', not inf)."""
    try:
        return _check_whole(field, int(text)) if field in WHOLE else _check_real(field, float(text))
    except (TypeError, ValueError):  # a ConfigError is a ValueError
        raise ConfigError(field, text, allowed(field)) from None


def _check_whole(field: str, value: Any) -> int:
    low, high = WHOLE[field]
    if isinstance(value, bool) or not isinstance(value, numbers.Integral) or not low <= int(value) <= high:
        raise ConfigError(field, value, allowed(field))
    return int(value)


def _check_real(field: str, value: Any) -> float:
    low, high = REAL[field]
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise ConfigError(field, value, allowed(field))
    try:
        number = float(value)
    except OverflowError:  # an int beyond float's range
        raise ConfigError(field, value, allowed(field)) from None
    in_range = number > low if field == "lr" else low <= number < high
    if not (math.isfinite(number) and in_range and number <= high):
        raise ConfigError(field, value, allowed(field))
    return number


def _check_choice(field: str, value: Any, choices: Collection[str]) -> None:
    if not isinstance(value, str) or value not in choices:
        raise ConfigError(field, value, translate("Config", "choose from {choices}").format(choices=", ".join(choices)))


def estimate_bytes(config: RunConfig) -> int:
    """About how much memory a run takes: data, weights, gradients, the update's
    temporaries, optimizer state, activations, and the loss history."""
    N, D_in, H, D_out = config.sizes
    params = D_in * H + H * D_out + (H * H if config.variant == "dynamic" else 0)
    optimizer_state = {"optim": 2, "dynamic": 1}.get(config.variant, 0) * params
    activations = 8 * N * H + 4 * N * D_out
    item = 8 if config.dtype == "float64" else 4
    elements = N * (D_in + D_out) + 3 * params + optimizer_state + activations
    return item * elements + 16 * config.steps


def available_bytes(device: str) -> int:
    """Memory free for a new run on ``device``."""
    if device == "cpu":
        return _free_host_memory()
    import torch  # only for another device: it takes a second to load

    if device == "mps":
        return torch.mps.recommended_max_memory() - torch.mps.driver_allocated_memory()
    free, _total = torch.cuda.mem_get_info(torch.device(device))
    return free


def _free_host_memory() -> int:
    """What can be had without swapping, page cache included, on any platform (psutil)."""
    import psutil

    return psutil.virtual_memory().available


def _check_memory(config: RunConfig) -> None:
    need, free = estimate_bytes(config), available_bytes(config.device)
    if need > MEMORY_HEADROOM * free:
        sizes = f"N={config.N}, D_in={config.D_in}, H={config.H}, D_out={config.D_out}, steps={config.steps}"
        raise ConfigError(
            "sizes",
            sizes,
            translate("Config", "they need about {need} but {free} is free on {device}; make N, D_in, H, D_out or "
                                "steps smaller")
            .format(need=_gigabytes(need), free=_gigabytes(free), device=config.device),
        )


def _gigabytes(n: int) -> str:
    return f"{n / 1e9:.1f} GB" if n >= 1e8 else f"{n / 1e6:.0f} MB"


def window_threads(config: RunConfig) -> int | None:
    """The window's thread policy: one torch thread for a small problem on the CPU, else torch's default.

    None leaves torch's and the BLAS's own defaults, as the notebook runs.
    """
    N, D_in, H, D_out = config.sizes
    small = N * (D_in * H + H * H + H * D_out) < SMALL_PROBLEM
    return 1 if config.device == "cpu" and small else None
