"""What the plots show, in words a screen reader can say: pure functions of arrays and values.

The window sets these as the plots' accessible descriptions (``app/gui/accessibility.py``).
Every sentence is a whole template here, filled with numbers, so that a translation can
reorder its words; nothing builds a sentence from pieces. The templates are marked for Qt Linguist
and said in the class's language (``_said``); the numbers are written with the locale's decimal sign.
"""

from __future__ import annotations

import math

import numpy as np

from .words import QT_TRANSLATE_NOOP, locale, translate

TREND_STEPS = 100  # a curve's trend is told over this many of its newest steps
STEADY = 0.005  # a change smaller than half a percent is no change

RUN_NO_STEPS = QT_TRANSLATE_NOOP("Descriptions", "{name}, no steps yet, {total} to run")
RUN_ONE_STEP = QT_TRANSLATE_NOOP("Descriptions", "{name}, step 1 of {total}, loss {loss}")
# The trend over the last ``span`` steps: whole sentences, one for each way a loss can move
RUN_DOWN_PERCENT = QT_TRANSLATE_NOOP("Descriptions", "{name}, step {step} of {total}, loss {loss}, down {change}% over "
                                                     "the last {span} steps")
RUN_UP_PERCENT = QT_TRANSLATE_NOOP("Descriptions", "{name}, step {step} of {total}, loss {loss}, up {change}% over the "
                                                   "last {span} steps")
RUN_DOWN_FACTOR = QT_TRANSLATE_NOOP("Descriptions", "{name}, step {step} of {total}, loss {loss}, down by a factor of "
                                                    "{change} over the last {span} steps")
RUN_UP_FACTOR = QT_TRANSLATE_NOOP("Descriptions", "{name}, step {step} of {total}, loss {loss}, up by a factor of "
                                                  "{change} over the last {span} steps")
RUN_STEADY = QT_TRANSLATE_NOOP("Descriptions", "{name}, step {step} of {total}, loss {loss}, unchanged over the last "
                                               "{span} steps")
RUN_DOWN = QT_TRANSLATE_NOOP("Descriptions", "{name}, step {step} of {total}, loss {loss}, down over the last {span} "
                                             "steps")
RUN_UP = QT_TRANSLATE_NOOP("Descriptions", "{name}, step {step} of {total}, loss {loss}, up over the last {span} steps")
RUN_DIVERGED = QT_TRANSLATE_NOOP("Descriptions", "{name}, diverged at step {step} of {total}: the loss is {what}; the "
                                                 "last finite loss was {loss}")
RUN_DIVERGED_AT_ONCE = QT_TRANSLATE_NOOP("Descriptions", "{name}, diverged at step {step} of {total}: the loss is "
                                                         "{what}")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("Descriptions", "not a number")
INFINITE = QT_TRANSLATE_NOOP("Descriptions", "infinite")
PAST_RUN = QT_TRANSLATE_NOOP("Descriptions", "past run {label}: {steps} steps, loss from {first} to {last}")
PAST_RUN_HIDDEN = QT_TRANSLATE_NOOP("Descriptions", "past run {label}, hidden: {steps} steps, loss from {first} to "
                                                    "{last}")
PAST_RUN_EMPTY = QT_TRANSLATE_NOOP("Descriptions", "past run {label}: no finite loss")
CHECK = QT_TRANSLATE_NOOP("Descriptions", "{name}: {steps} steps, largest relative difference {largest}, latest "
                                          "{latest}")
CHECK_EMPTY = QT_TRANSLATE_NOOP("Descriptions", "{name}: no steps yet")
PLOT_EMPTY = QT_TRANSLATE_NOOP("Descriptions", "No run yet: press Start (Space)")
REPLAY = QT_TRANSLATE_NOOP("Descriptions", "Rewound to step {step}: loss {loss}")
MATRIX = QT_TRANSLATE_NOOP("Descriptions", "{title}: {rows} by {cols}, {view}; values from {low} to {high}")
MATRIX_SUBSAMPLED = QT_TRANSLATE_NOOP("Descriptions", "{title}: {rows} by {cols}, shown {shown_rows} by {shown_cols}, "
                                                      "{view}; values from {low} to {high}")
MATRIX_HOLES = QT_TRANSLATE_NOOP("Descriptions", "{title}: {rows} by {cols}, {view}; {holes} values are not finite; "
                                                 "the others from {low} to {high}")
MATRIX_EMPTY = QT_TRANSLATE_NOOP("Descriptions", "{title}: {rows} by {cols}, {view}; nothing drawn yet")
MATRIX_NO_SHAPE = QT_TRANSLATE_NOOP("Descriptions", "{title}: nothing drawn yet")
DEPTHS = QT_TRANSLATE_NOOP("Descriptions", "Depth of each step, {steps} steps: {counts}")
DEPTH_COUNT = QT_TRANSLATE_NOOP("Descriptions", "depth {depth}: {count}")
DEPTHS_NONE = QT_TRANSLATE_NOOP("Descriptions", "Depth of each step: no steps yet")


def number(value: float) -> str:
    """A loss or a weight as a person reads it aloud: three significant digits, a short exponent."""
    if not math.isfinite(value):
        return _said(NOT_A_NUMBER if math.isnan(value) else INFINITE)
    text = f"{value:.3g}"
    if "e" in text:
        mantissa, exponent = text.split("e")
        text = f"{mantissa}e{int(exponent)}"
    return _decimal(text)


def _decimal(text: str) -> str:
    """A number Python wrote, with the locale's decimal sign: 0.42 or 0,42."""
    return text.replace(".", locale().decimalPoint())


def _said(template: str) -> str:
    return translate("Descriptions", template)


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
    change = f"{percent:.0f}" if percent >= 1 else f"{percent:.1f}"
    return (RUN_DOWN_PERCENT if ratio < 1 else RUN_UP_PERCENT), _decimal(change)


def _factor(ratio: float) -> str:
    return _decimal(f"{ratio:.1f}") if ratio < 10 else number(round(ratio, -int(math.floor(math.log10(ratio))) + 1))


def describe_run(name: str, losses: np.ndarray, total: int, steps: int = TREND_STEPS) -> str:
    """A live curve: "dynamic, step 300 of 500, loss 0.42, down 12% over the last 100 steps".

    ``losses[i]`` is step i's loss, the steps done so far; a run ends at its first loss that is not finite.
    """
    count = len(losses)
    if count == 0:
        return _said(RUN_NO_STEPS).format(name=name, total=total)
    last = float(losses[-1])
    if not math.isfinite(last):
        finite = losses[np.isfinite(losses)]
        if not len(finite):
            return _said(RUN_DIVERGED_AT_ONCE).format(name=name, step=count - 1, total=total, what=number(last))
        return _said(RUN_DIVERGED).format(name=name, step=count - 1, total=total, what=number(last),
                                   loss=number(float(finite[-1])))
    if count == 1:
        return _said(RUN_ONE_STEP).format(name=name, total=total, loss=number(last))
    span = min(steps, count - 1)
    template, change = trend(float(losses[-1 - span]), last)
    return _said(template).format(name=name, step=count, total=total, loss=number(last), change=change, span=span)


def describe_replay(step: int, loss: float) -> str:
    return _said(REPLAY).format(step=step, loss=number(loss))


def describe_past_run(label: str, losses: np.ndarray, shown: bool = True) -> str:
    """A past run: its name in the legend, its length, and its first and last finite losses."""
    finite = losses[np.isfinite(losses)]
    if not len(finite):
        return _said(PAST_RUN_EMPTY).format(label=label)
    template = PAST_RUN if shown else PAST_RUN_HIDDEN
    return _said(template).format(label=label, steps=len(losses), first=number(float(finite[0])),
                           last=number(float(finite[-1])))


def describe_check(name: str, differences: np.ndarray) -> str:
    """A race's gradient check: each step's largest difference between hand-derived and autograd gradients."""
    if not len(differences):
        return _said(CHECK_EMPTY).format(name=name)
    largest = float(np.max(differences[np.isfinite(differences)], initial=0.0))
    latest = float(differences[-1])
    return _said(CHECK).format(name=name, steps=len(differences), largest=number(largest), latest=number(latest))


def describe_matrix(title: str, shape: tuple[int, int] | None, view: str, matrix: np.ndarray | None) -> str:
    """A heatmap: its layer, its shape (and the shape drawn, when subsampled), the view and its values' range."""
    if shape is None:
        return _said(MATRIX_NO_SHAPE).format(title=title)
    rows, cols = shape
    if matrix is None or matrix.size == 0:
        return _said(MATRIX_EMPTY).format(title=title, rows=rows, cols=cols, view=view)
    finite = matrix[np.isfinite(matrix)] if not np.isfinite(matrix).all() else matrix
    holes = matrix.size - finite.size
    if not finite.size:
        return _said(MATRIX_HOLES).format(title=title, rows=rows, cols=cols, view=view, holes=holes, low="–", high="–")
    low, high = number(float(finite.min())), number(float(finite.max()))
    if holes:
        return _said(MATRIX_HOLES).format(title=title, rows=rows, cols=cols, view=view, holes=holes, low=low, high=high)
    if matrix.shape != (rows, cols):
        return _said(MATRIX_SUBSAMPLED).format(title=title, rows=rows, cols=cols, shown_rows=matrix.shape[0],
                                        shown_cols=matrix.shape[1], view=view, low=low, high=high)
    return _said(MATRIX).format(title=title, rows=rows, cols=cols, view=view, low=low, high=high)


def describe_depths(depths: np.ndarray, choices: int = 4) -> str:
    """DynamicNet's depth trace: how many steps drew each depth."""
    if not len(depths):
        return _said(DEPTHS_NONE)
    counts = np.bincount(np.asarray(depths, dtype=np.int64), minlength=choices)
    each = "; ".join(_said(DEPTH_COUNT).format(depth=depth, count=int(count)) for depth, count in enumerate(counts))
    return _said(DEPTHS).format(steps=len(depths), counts=each)
