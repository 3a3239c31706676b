"""A loss curve as sound: pitch is height on the plot, so a falling loss falls in pitch.

Pure functions of arrays and values, computed as samples first (numpy) and
played by the window (``app/gui/listening.py``). A loss at the plot's bottom
sounds at ``LOW_HZ``, one at its top at ``HIGH_HZ``, in between as the plot
places it (on the log scale, by decades): pitch is heard in octaves, as the
log scale reads in decades. A loss that is not finite, a divergence, sounds as
a beeping square wave an octave under the lowest pitch: another timbre and
another register, heard as something else.
"""

from __future__ import annotations

import numpy as np

RATE = 22050  # samples per second: the tones lie far under its half
LOW_HZ, HIGH_HZ = 220.0, 880.0  # the plot's bottom and top: two octaves
ALARM_HZ = 110.0  # a divergence: an octave under the lowest loss
ALARM_BEEP_S, ALARM_GAP_S = 0.12, 0.06
CURVE_SECONDS = 4.0  # a whole curve, however many steps
ALARM_SECONDS = 0.9
FADE_S = 0.01  # ramps at the ends: no click
VOLUME = 0.3


def heights(losses: np.ndarray, bounds: tuple[float, float], log: bool) -> np.ndarray:
    """Each loss's height on the plot, 0 at ``bounds[0]`` and 1 at ``bounds[1]`` (clipped); NaN where the
    plot draws nothing (not finite, or not positive on the log scale)."""
    values = np.asarray(losses, dtype=float)
    low, high = bounds
    with np.errstate(divide="ignore", invalid="ignore"):
        if log:
            values = np.where(values > 0, values, np.nan)
            values, low, high = np.log10(values), np.log10(low), np.log10(high)
        span = high - low if high > low else 1.0
        placed = (values - low) / span
    placed[~np.isfinite(placed)] = np.nan
    return np.clip(placed, 0.0, 1.0)


def pitches(placed: np.ndarray) -> np.ndarray:
    """Hz for heights from 0 to 1: equal heights, equal musical intervals."""
    return LOW_HZ * (HIGH_HZ / LOW_HZ) ** placed


def glide(frequencies: np.ndarray, seconds: float, rate: int = RATE, phase: float = 0.0) -> tuple[np.ndarray, float]:
    """A sine that glides through ``frequencies`` (one per step, spread evenly over ``seconds``); samples
    from -1 to 1, and the phase it ends on, so that the next chunk goes on without a click."""
    count = max(int(round(seconds * rate)), 1)
    if len(frequencies) == 0:
        return np.zeros(count), phase
    where = np.linspace(0, len(frequencies) - 1, count) if len(frequencies) > 1 else np.zeros(count)
    hz = np.interp(where, np.arange(len(frequencies)), frequencies)
    angle = phase + np.cumsum(2 * np.pi * hz / rate)
    return np.sin(angle), float(angle[-1] % (2 * np.pi))


def alarm(seconds: float = ALARM_SECONDS, rate: int = RATE) -> np.ndarray:
    """A divergence: beeps of a square wave at ``ALARM_HZ``."""
    t = np.arange(int(round(seconds * rate))) / rate
    square = np.sign(np.sin(2 * np.pi * ALARM_HZ * t))
    beeping = (t % (ALARM_BEEP_S + ALARM_GAP_S)) < ALARM_BEEP_S
    return square * beeping * 0.6  # a square wave sounds louder than a sine of the same peak


def faded(samples: np.ndarray, rate: int = RATE, start: bool = True, end: bool = True) -> np.ndarray:
    """Linear ramps at the ends, so that a sound starts and stops without a click."""
    out = np.array(samples, dtype=float)
    ramp = min(int(FADE_S * rate), len(out) // 2)
    if ramp:
        if start:
            out[:ramp] *= np.linspace(0, 1, ramp)
        if end:
            out[-ramp:] *= np.linspace(1, 0, ramp)
    return out


def steps_sound(losses: np.ndarray, bounds: tuple[float, float], log: bool, seconds: float,
                rate: int = RATE, phase: float = 0.0) -> tuple[np.ndarray, float, bool]:
    """The steps ``losses`` over ``seconds``: a glide through the ones the plot draws, then the alarm if
    one is not finite (a run ends at its first such loss). Samples, the glide's end phase, and whether it
    diverged."""
    values = np.asarray(losses, dtype=float)
    bad = ~np.isfinite(values)
    diverged = bool(bad.any())
    drawn = values[: int(np.argmax(bad))] if diverged else values
    placed = heights(drawn, bounds, log)
    placed = placed[np.isfinite(placed)]
    samples, phase = glide(pitches(placed), seconds, rate, phase) if len(placed) else (np.zeros(0), phase)
    if diverged:
        samples = np.concatenate([faded(samples, rate, start=False), alarm(rate=rate)])
    return samples, phase, diverged


def curve_sound(losses: np.ndarray, bounds: tuple[float, float], log: bool,
                seconds: float = CURVE_SECONDS, rate: int = RATE) -> np.ndarray:
    """A whole curve in ``seconds`` (and the alarm after, if it diverged), faded in and out."""
    samples, _phase, _diverged = steps_sound(losses, bounds, log, seconds, rate)
    return faded(samples, rate)


def pcm16(samples: np.ndarray) -> bytes:
    """Samples from -1 to 1 as 16-bit signed PCM in the machine's byte order, at ``VOLUME``."""
    return (np.clip(samples * VOLUME, -1.0, 1.0) * 32767).astype(np.int16).tobytes()
