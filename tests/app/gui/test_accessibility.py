"""What a screen reader hears: the accessibility tree named in every look, plots described as their data
are, and the moments that matter announced."""

from __future__ import annotations

import re

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from tests.app.gui.test_hostile_edits import fails_with, open_editor, paste, text_of
from widgets.descriptions import number

Role = QAccessible.Role
# What a person operates: each needs a name a screen reader can say
INTERACTIVE = {Role.Button, Role.CheckBox, Role.RadioButton, Role.ComboBox, Role.SpinBox, Role.Slider,
               Role.EditableText, Role.PageTab, Role.PageTabList, Role.MenuItem, Role.ScrollBar, Role.Link,
               Role.ButtonMenu, Role.ButtonDropDown, Role.ProgressBar}
LOOKS = [(theme, presentation) for theme in ("dark", "light") for presentation in (False, True)]


def unnamed(interface, path: str = "") -> list[str]:
    """The shown elements under ``interface`` that a person operates (or Tab reaches) without a name."""
    found = []
    for index in range(interface.childCount()):
        child = interface.child(index)
        if child is None or child.state().invisible:
            continue
        widget = child.object()
        reached_by_tab = (widget is not None and hasattr(widget, "focusPolicy") and widget.focusProxy() is None
                          and bool(widget.focusPolicy().value & 1))
        where = f"{path}/{child.role().name}:{type(widget).__name__}"
        if (child.role() in INTERACTIVE or reached_by_tab) and not child.text(QAccessible.Text.Name).strip():
            found.append(where)
        found += unnamed(child, where)
    return found


def description(widget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Description)


@pytest.fixture
def described(make_window, monkeypatch):
    monkeypatch.setenv("QT_ACCESSIBILITY", "1")
    return make_window()


@pytest.mark.parametrize(("theme", "presentation"), LOOKS)
def test_every_interactive_element_has_a_name_in_every_look(described, theme, presentation):
    ui = described
    ui.finish("dynamic", steps=30)  # the depth trace and DynamicNet's middle layer are built and shown
    ui.finish("dynamic", steps=20)  # and a past run in the legend
    ui.set_look(theme, presentation)
    ui.open_editor()
    ui.describe_now()
    assert unnamed(QAccessible.queryAccessibleInterface(ui.window)) == []
    for part in (ui.loss_plot, ui.depth_trace, *ui.heatmaps.values()):
        assert QAccessible.queryAccessibleInterface(part).text(QAccessible.Text.Name)


def test_the_loss_plot_says_what_its_curves_show(described):
    ui = described
    first = ui.finish("numpy", steps=120)
    first_losses = first.history.losses.copy()
    ui.choose("optim")
    ui.set(steps=150)
    ui.start()
    qtbot_wait = ui.qtbot.waitUntil
    qtbot_wait(lambda: ui.steps_done >= 40, timeout=30_000)
    ui.toggle_pause()
    qtbot_wait(ui.holding)
    ui.describe_now()
    said = description(ui.loss_plot)
    losses = ui.trainer.history.losses
    count = len(losses)
    span = min(100, count - 1)
    ratio = losses[-1] / losses[-1 - span]
    assert f"optim, step {count} of 150, loss {number(losses[-1])}" in said
    trend = re.search(r"(down|up) (by a factor of ([\d.e+-]+)|([\d.]+)%) over the last (\d+) steps", said)
    assert trend is not None and int(trend[5]) == span and (trend[1] == "down") == (ratio < 1)
    told = float(trend[3]) if trend[3] else 1 + float(trend[4]) / 100 * (1 if ratio > 1 else -1)
    assert told == pytest.approx(1 / ratio if trend[3] and ratio < 1 else ratio, rel=0.05)
    (past,) = ui.past_runs.values()
    first, last = number(first_losses[0]), number(first_losses[-1])
    assert f"past run {past.label}: 120 steps, loss from {first} to {last}" in said


def test_race_lanes_are_described_each_by_name(described):
    ui = described
    ui.set(steps=40)
    ui.pace(None)
    ui.racing.start(["numpy", "autograd"])
    trainer = ui.run_to_end()
    ui.describe_now()
    said = description(ui.loss_plot)
    for lane in trainer.lanes:
        assert f"{lane.config.variant}, step 40 of 40, loss {number(lane.history.losses[-1])}" in said


def test_a_heatmap_says_its_layer_shape_view_and_range_and_the_depth_trace_its_counts(described):
    ui = described
    trainer = ui.finish("dynamic", steps=40)
    ui.qtbot.mouseClick(ui.view_button("weights"), Qt.MouseButton.LeftButton)
    ui.describe_now()
    first = ui.heatmap("first")
    shown = first.matrix
    said = description(first)
    rows, cols = first.shape
    assert said.startswith(f"{first.title.full_text}: {rows} by {cols}")
    assert "Weights" in said
    assert f"values from {number(shown.min())} to {number(shown.max())}" in said
    counts = np.bincount(trainer.history.depths, minlength=4)
    assert description(ui.depth_trace) == \
        "Depth of each step, 40 steps: " + "; ".join(f"depth {d}: {c}" for d, c in enumerate(counts))


def test_rewinding_says_the_step_shown(described):
    ui = described
    trainer = ui.finish("numpy", steps=50)
    ui.timeline.show_step(12)
    ui.describe_now()
    assert description(ui.loss_plot).startswith(f"Rewound to step 12: loss {number(trainer.history.losses[12])}")


def test_a_fault_is_announced_at_once(described, qtbot):
    ui = described
    heard = []
    ui.announcer.announced.connect(heard.append)
    editor = open_editor(ui, qtbot, "custom")
    paste(qtbot, ui, editor, text_of("keyboard_interrupt.py"))
    ui.start()
    fails_with(qtbot, ui, "KeyboardInterrupt")
    assert any(said.startswith("Your edited code failed") for said in heard)


def test_the_end_of_a_run_a_divergence_and_a_refusal_are_announced(described, qtbot):
    ui = described
    heard = []
    ui.announcer.announced.connect(heard.append)
    ui.finish("numpy", steps=10)
    assert any(said.startswith("Run finished") for said in heard)
    heard.clear()
    ui.finish("numpy", steps=50, lr=1e3)  # far too large a step: the loss leaves the floats
    assert any("diverged" in said for said in heard)
    live = QAccessible.queryAccessibleInterface(ui.status_bar)
    assert live.text(QAccessible.Text.Name) == ui.announcer.last  # the live object says it too
    heard.clear()
    ui.set(N=10**6, D_in=10**6)  # tensors far beyond the memory free: refused before anything runs
    assert not ui.start()
    assert any(said.startswith("Cannot start") for said in heard)
