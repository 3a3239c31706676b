"""What the plots show, in words a screen reader can say: pure functions of arrays and values.

The window sets these as the plots' accessible descriptions (``app/gui/accessibility.py``).
Every sentence is a whole template here, filled with numbers, so that a translation can
reorder its words; nothing builds a sentence from pieces.
"""

from __future__ import annotations

import math

import numpy as np

TREND_STEPS = 100  # a curve's trend is told over this many of its newest steps
STEADY = 0.005  # a change smaller than half a percent is no change

RUN_NO_STEPS = "{name}, no steps yet, {total} to run"
RUN_ONE_STEP = "{name}, step 1 of {total}, loss {loss}"
# The trend over the last ``span`` steps: whole sentences, one for each way a loss can move
RUN_DOWN_PERCENT = "{name}, step {step} of {total}, loss {loss}, down {change}% over the last {span} steps"
RUN_UP_PERCENT = "{name}, step {step} of {total}, loss {loss}, up {change}% over the last {span} steps"
RUN_DOWN_FACTOR = "{name}, step {step} of {total}, loss {loss}, down by a factor of {change} over the last {span} steps"
RUN_UP_FACTOR = "{name}, step {step} of {total}, loss {loss}, up by a factor of {change} over the last {span} steps"
RUN_STEADY = "{name}, step {step} of {total}, loss {loss}, unchanged over the last {span} steps"
RUN_DOWN = "{name}, step {step} of {total}, loss {loss}, down over the last {span} steps"
RUN_UP = "{name}, step {step} of {total}, loss {loss}, up over the last {span} steps"
RUN_DIVERGED = "{name}, diverged at step {step} of {total}: the loss is {what}; the last finite loss was {loss}"
RUN_DIVERGED_AT_ONCE = "{name}, diverged at step {step} of {total}: the loss is {what}"
NOT_A_NUMBER = "not a number"
INFINITE = "infinite"
PAST_RUN = "past run {label}: {steps} steps, loss from {first} to {last}"
PAST_RUN_HIDDEN = "past run {label}, hidden: {steps} steps, loss from {first} to {last}"
PAST_RUN_EMPTY = "past run {label}: no finite loss"
CHECK = "{name}: {steps} steps, largest relative difference {largest}, latest {latest}"
CHECK_EMPTY = "{name}: no steps yet"
PLOT_EMPTY = "No run yet: press Start (Space)"
REPLAY = "Rewound to step {step}: loss {loss}"
MATRIX = "{title}: {rows} by {cols}, {view}; values from {low} to {high}"
MATRIX_SUBSAMPLED = "{title}: {rows} by {cols}, shown {shown_rows} by {shown_cols}, {view}; values from {low} to {high}"
MATRIX_HOLES = "{title}: {rows} by {cols}, {view}; {holes} values are not finite; the others from {low} to {high}"
MATRIX_EMPTY = "{title}: {rows} by {cols}, {view}; nothing drawn yet"
MATRIX_NO_SHAPE = "{title}: nothing drawn yet"
DEPTHS = "Depth of each step, {steps} steps: {counts}"
DEPTH_COUNT = "depth {depth}: {count}"
DEPTHS_NONE = "Depth of each step: no steps yet"


def number(value: float) -> str:
    """A loss or a weight as a person reads it aloud: three significant digits, a short exponent."""
    if not math.isfinite(value):
        return NOT_A_NUMBER if math.isnan(value) else INFINITE
    text = f"{value:.3g}"
    if "e" in text:
        mantissa, exponent = text.split("e")
        text = f"{mantissa}e{int(exponent)}"
    return text


def trend(old: float, new: float) -> tuple[str, str]:
    """How ``new`` stands to ``old``: the sentence that says it, and its number (a percentage, or a factor
    beyond a half or double; none where a loss is zero)."""
    if old <= 0 or new <= 0:
        return (RUN_STEADY if new == old else RUN_UP if new > old else RUN_DOWN), ""
    ratio = new / old
    if abs(ratio - 1) < STEADY:
        return RUN_STEADY, ""
    if ratio <= 0.5:
        return RUN_DOWN_FACTOR, _factor(1 / ratio)
    if ratio >= 2:
        return RUN_UP_FACTOR, _factor(ratio)
    percent = abs(ratio - 1) * 100
    return (RUN_DOWN_PERCENT if ratio < 1 else RUN_UP_PERCENT), f"{percent:.0f}" if percent >= 1 else f"{percent:.1f}"


def _factor(ratio: float) -> str:
    return f"{ratio:.1f}" if ratio < 10 else number(round(ratio, -int(math.floor(math.log10(ratio))) + 1))


def describe_run(name: str, losses: np.ndarray, total: int, steps: int = TREND_STEPS) -> str:
    """A live curve: "dynamic, step 300 of 500, loss 0.42, down 12% over the last 100 steps".

    ``losses[i]`` is step i's loss, the steps done so far; a run ends at its first loss that is not finite.
    """
    count = len(losses)
    if count == 0:
        return RUN_NO_STEPS.format(name=name, total=total)
    last = float(losses[-1])
    if not math.isfinite(last):
        finite = losses[np.isfinite(losses)]
        if not len(finite):
            return RUN_DIVERGED_AT_ONCE.format(name=name, step=count - 1, total=total, what=number(last))
        return RUN_DIVERGED.format(name=name, step=count - 1, total=total, what=number(last),
                                   loss=number(float(finite[-1])))
    if count == 1:
        return RUN_ONE_STEP.format(name=name, total=total, loss=number(last))
    span = min(steps, count - 1)
    template, change = trend(float(losses[-1 - span]), last)
    return template.format(name=name, step=count, total=total, loss=number(last), change=change, span=span)


def describe_replay(step: int, loss: float) -> str:
    return REPLAY.format(step=step, loss=number(loss))


def describe_past_run(label: str, losses: np.ndarray, shown: bool = True) -> str:
    """A past run: its name in the legend, its length, and its first and last finite losses."""
    finite = losses[np.isfinite(losses)]
    if not len(finite):
        return PAST_RUN_EMPTY.format(label=label)
    template = PAST_RUN if shown else PAST_RUN_HIDDEN
    return template.format(label=label, steps=len(losses), first=number(float(finite[0])),
                           last=number(float(finite[-1])))


def describe_check(name: str, differences: np.ndarray) -> str:
    """A race's gradient check: each step's largest difference between hand-derived and autograd gradients."""
    if not len(differences):
        return CHECK_EMPTY.format(name=name)
    largest = float(np.max(differences[np.isfinite(differences)], initial=0.0))
    latest = float(differences[-1])
    return CHECK.format(name=name, steps=len(differences), largest=number(largest), latest=number(latest))


def describe_matrix(title: str, shape: tuple[int, int] | None, view: str, matrix: np.ndarray | None) -> str:
    """A heatmap: its layer, its shape (and the shape drawn, when subsampled), the view and its values' range."""
    if shape is None:
        return MATRIX_NO_SHAPE.format(title=title)
    rows, cols = shape
    if matrix is None or matrix.size == 0:
        return MATRIX_EMPTY.format(title=title, rows=rows, cols=cols, view=view)
    finite = matrix[np.isfinite(matrix)] if not np.isfinite(matrix).all() else matrix
    holes = matrix.size - finite.size
    if not finite.size:
        return MATRIX_HOLES.format(title=title, rows=rows, cols=cols, view=view, holes=holes, low="–", high="–")
    low, high = number(float(finite.min())), number(float(finite.max()))
    if holes:
        return MATRIX_HOLES.format(title=title, rows=rows, cols=cols, view=view, holes=holes, low=low, high=high)
    if matrix.shape != (rows, cols):
        return MATRIX_SUBSAMPLED.format(title=title, rows=rows, cols=cols, shown_rows=matrix.shape[0],
                                        shown_cols=matrix.shape[1], view=view, low=low, high=high)
    return MATRIX.format(title=title, rows=rows, cols=cols, view=view, low=low, high=high)


def describe_depths(depths: np.ndarray, choices: int = 4) -> str:
    """DynamicNet's depth trace: how many steps drew each depth."""
    if not len(depths):
        return DEPTHS_NONE
    counts = np.bincount(np.asarray(depths, dtype=np.int64), minlength=choices)
    each = "; ".join(DEPTH_COUNT.format(depth=depth, count=int(count)) for depth, count in enumerate(counts))
    return DEPTHS.format(steps=len(depths), counts=each)
