"""The loss as sound, checked as samples: no sound card needed."""

import numpy as np
import pytest

from widgets.sonify import ALARM_HZ, HIGH_HZ, LOW_HZ, RATE, curve_sound, glide, pcm16, pitches, steps_sound

SEGMENTS = 8


def crossing_hz(samples: np.ndarray, rate: int = RATE) -> float:
    """A tone's frequency from its zero crossings (two a period); off by at most one crossing."""
    signs = np.signbit(samples)
    crossings = np.count_nonzero(signs[1:] != signs[:-1])
    return crossings / 2 / (len(samples) / rate)


def segment_hz(samples: np.ndarray) -> list[float]:
    return [crossing_hz(part) for part in np.array_split(samples, SEGMENTS)]


def test_pitch_falls_as_a_loss_falls_on_the_log_scale_by_the_height_the_plot_gives_it():
    losses = np.logspace(3, -3, 500)  # six decades, on a plot from 1e-4 to 1e4
    samples = curve_sound(losses, (1e-4, 1e4), log=True)
    heard = segment_hz(samples)
    assert all(later < earlier for earlier, later in zip(heard, heard[1:]))
    # Each segment's pitch is its middle height's: the glide is even in log loss, so in octaves
    error = 1 / (len(samples) / SEGMENTS / RATE)  # one crossing more or less in a segment, and the glide
    middles = np.log10(losses[[round((i + 0.5) * 500 / SEGMENTS) for i in range(SEGMENTS)]])
    expected = pitches((middles + 4) / 8)
    glide_within = np.abs(np.diff(pitches(np.linspace(7 / 8, 1 / 8, SEGMENTS + 1)))).max() / 2
    assert np.abs(np.array(heard) - expected).max() <= error + glide_within


def test_a_loss_at_the_plots_bottom_sounds_lowest_and_at_its_top_highest():
    low = curve_sound(np.full(100, 1e-4), (1e-4, 1e4), log=True)
    high = curve_sound(np.full(100, 1e4), (1e-4, 1e4), log=True)
    tolerance = 2 / (len(low) / RATE)
    assert crossing_hz(low) == pytest.approx(LOW_HZ, abs=tolerance)
    assert crossing_hz(high) == pytest.approx(HIGH_HZ, abs=tolerance)


def test_on_a_linear_plot_pitch_follows_the_loss_itself():
    samples = curve_sound(np.linspace(100, 0, 300), (0, 100), log=False)
    heard = segment_hz(samples)
    assert all(later < earlier for earlier, later in zip(heard, heard[1:]))


def test_a_divergence_sounds_as_beeps_below_every_loss_pitch():
    losses = np.concatenate([np.logspace(1, 3, 50), [np.inf]])
    samples, _phase, diverged = steps_sound(losses, (1e-4, 1e4), log=True, seconds=1.0)
    assert diverged
    alarm = samples[RATE:]  # after the second of glide
    spectrum = np.abs(np.fft.rfft(alarm))
    frequencies = np.fft.rfftfreq(len(alarm), 1 / RATE)
    loudest = frequencies[np.argmax(spectrum)]
    assert loudest == pytest.approx(ALARM_HZ, abs=2 * RATE / len(alarm)) and loudest < LOW_HZ
    third = spectrum[np.argmin(np.abs(frequencies - 3 * ALARM_HZ))]
    assert third > 0.2 * spectrum.max()  # a square wave: another timbre than the sine of the losses
    assert np.count_nonzero(np.abs(alarm) < 1e-9) > len(alarm) / 5  # and it beeps: gaps of silence


def test_a_run_that_follows_in_chunks_goes_on_without_a_jump():
    frequencies = np.full(10, 440.0)
    first, phase = glide(frequencies, 0.25)
    second, _ = glide(frequencies, 0.25, phase=phase)
    joined = np.concatenate([first, second])
    biggest_step = 2 * np.pi * 440 / RATE  # a sine's largest change from one sample to the next
    assert np.abs(np.diff(joined)).max() <= biggest_step * 1.001


def test_samples_are_16_bit_pcm_and_never_clip():
    samples = curve_sound(np.logspace(2, -2, 100), (1e-3, 1e3), log=True)
    data = np.frombuffer(pcm16(samples), dtype=np.int16)
    assert len(data) == len(samples) and np.abs(data).max() < 32767
    assert np.abs(samples[:5]).max() < 0.05 and np.abs(samples[-5:]).max() < 0.05  # faded: no click
