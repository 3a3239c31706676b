"""The control panel: what to run, how fast, and the run's buttons.

It knows field names and numbers, nothing of training: the window tells it the
variants, the devices, the limits and which fields apply, and turns its values
into a run configuration.
"""

from __future__ import annotations

import random

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSlider,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .flow import FlowLayout
from .number_fields import CompactSpinBox, ExactSpinBox, ScientificSpinBox, WholeSpinBox
from .steady_label import SteadyLabel
from .words import translate, whole

PACES: tuple[float | None, ...] = (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, None)  # None: max
DEFAULT_PACE = 50  # the notebook's 500 steps play in 10 s
STEP_COUNTS = (1, 10, 100)
SIZE_FIELDS = ("N", "D_in", "H", "D_out")


class Controls(QWidget):
    start_clicked = Signal()
    pause_clicked = Signal()  # pause, or resume when paused
    step_clicked = Signal(int)  # how many steps
    stop_clicked = Signal()
    reset_clicked = Signal()
    defaults_clicked = Signal()
    variant_changed = Signal(str)
    pace_changed = Signal(object)  # steps/s, or None for max
    edited = Signal()  # any setting changed by the user
    state_shown = Signal(str)  # the buttons now show this state (``set_state``): a stage bar follows it

    def __init__(self, variants: list[tuple[str, str]], devices: list[str], limits: dict, parent=None):
        super().__init__(parent)
        self._build_fields(variants, devices, limits)
        self._build_playback()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self._variant_box)
        layout.addWidget(self._problem_box)
        layout.addWidget(self._training_box)
        layout.addWidget(self._playback_box)
        layout.addStretch(1)
        self.set_state("idle")

    # Building

    def _build_fields(self, variants, devices, limits) -> None:
        self.variant = QComboBox()
        for number, (name, label) in enumerate(variants, start=1):
            self.variant.addItem(f"{number}  {label}", name)
        self.variant.setToolTip(translate("Controls", "The notebook section to run (keys 1 to 7)"))
        _narrow(self.variant)
        self.variant.currentIndexChanged.connect(lambda _: self.variant_changed.emit(self.variant.currentData()))
        self.defaults = QPushButton(translate("Controls", "Notebook defaults"))
        self.defaults.setToolTip(translate("Controls", "Put back the notebook's own values for this variant"))
        self.defaults.clicked.connect(self.defaults_clicked)
        self._variant_box = _group(translate("Controls", "Variant"), self.variant, self.defaults)

        self.sizes = {}
        tips = {
            "N": translate("Controls", "N: batch size, the number of examples"),
            "D_in": translate("Controls", "D_in: input dimension"),
            "H": translate("Controls", "H: hidden dimension"),
            "D_out": translate("Controls", "D_out: output dimension"),
        }
        problem = QFormLayout()
        for name in SIZE_FIELDS:
            box = _spin(1, limits["max_size"], tips[name])
            self.sizes[name] = box
            problem.addRow(name, box)
        self.max_seed = limits["max_seed"]
        self.seed = WholeSpinBox(0, self.max_seed,
                                 translate("Controls", "Seeds numpy.random, torch and random: the same seed, the same "
                                                       "run"))
        self.new_seed = QToolButton()
        self.new_seed.setText(translate("Controls", "New"))
        self.new_seed.setToolTip(translate("Controls", "A fresh random seed"))
        self.new_seed.clicked.connect(self._pick_random_seed)
        seed_row = QHBoxLayout()
        seed_row.addWidget(self.seed, 1)
        seed_row.addWidget(self.new_seed)
        problem.addRow(translate("Controls", "seed"), seed_row)
        self._problem_box = QGroupBox(translate("Controls", "Problem"))
        self._problem_box.setLayout(problem)

        training = QFormLayout()
        self.lr = ScientificSpinBox(limits["min_lr"], limits["max_lr"])
        self.lr.setToolTip(translate("Controls", "Learning rate: type 1e-6 or 0.0001; the arrows step by a factor of "
                                                 "ten"))
        training.addRow(translate("Controls", "learning rate"), self.lr)
        self.steps = _spin(1, limits["max_steps"], translate("Controls", "How many training steps the run takes"))
        training.addRow(translate("Controls", "steps"), self.steps)
        self.momentum = ExactSpinBox(0.0, limits["max_momentum"])
        self.momentum.setSingleStep(0.05)
        self.momentum.setToolTip(translate("Controls", "SGD momentum for DynamicNet (the notebook uses 0.9)"))
        self.momentum_label = QLabel(translate("Controls", "momentum"))
        training.addRow(self.momentum_label, self.momentum)
        self.update_mode = QComboBox()
        self.update_mode.addItem(translate("Controls", "notebook (changes nothing)"), "notebook")
        self.update_mode.addItem(translate("Controls", "in-place (learns)"), "in-place")
        self.update_mode.setToolTip(
            translate("Controls", "The notebook's 'param = param - lr * grad' only rebinds a name; in-place updates "
                                  "the model")
        )
        _narrow(self.update_mode)
        self.update_label = QLabel(translate("Controls", "update"))
        training.addRow(self.update_label, self.update_mode)
        self.device = QComboBox()
        self.device.addItems(devices)
        self.device.setToolTip(translate("Controls", "Where the tensors live: only devices this machine has are "
                                                     "listed"))
        self._device_wanted: str | None = None  # asked for before it was listed
        self.device.activated.connect(lambda _index: setattr(self, "_device_wanted", None))  # the user chose
        training.addRow(translate("Controls", "device"), self.device)
        self.dtype = QComboBox()
        self.dtype.addItems(["float32", "float64"])
        self.dtype.setToolTip(translate("Controls", "Floating-point precision of the tensors"))
        training.addRow("dtype", self.dtype)
        self._training_box = QGroupBox(translate("Controls", "Training"))
        self._training_box.setLayout(training)

        for widget in (*self.sizes.values(), self.seed, self.lr, self.steps, self.momentum):
            widget.valueChanged.connect(self.edited)
        for widget in (self.update_mode, self.device, self.dtype):
            widget.currentIndexChanged.connect(self.edited)

    def _build_playback(self) -> None:
        self.pace = QSlider(Qt.Orientation.Horizontal)
        self.pace.setRange(0, len(PACES) - 1)
        self.pace.setPageStep(1)
        self.pace.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.pace.setToolTip(translate("Controls", "How fast the run plays, from 1 step/s to max (as fast as it goes)"))
        self.pace_label = QLabel()
        self.pace_label.setMinimumWidth(90)
        self.pace.valueChanged.connect(self._on_pace)
        self.pace.setValue(PACES.index(DEFAULT_PACE))
        self._on_pace(self.pace.value())

        self.start = _button(translate("Controls", "Start"), translate("Controls", "Start a run (Space)"))
        self.pause = _button(translate("Controls", "Pause"), translate("Controls", "Pause or resume the run (Space)"))
        self.step_button = _button(translate("Controls", "Step"), translate("Controls", "Run exactly this many steps, "
                                                                                        "then pause (Right or S)"))
        self.step_count = QComboBox()
        for count in STEP_COUNTS:
            self.step_count.addItem(f"× {count}", count)
        self.step_count.setToolTip(translate("Controls", "How many steps one press of Step runs"))
        self.stop = _button(translate("Controls", "Stop"), translate("Controls", "Stop the run; its curve stays (Esc)"))
        self.reset = _button(translate("Controls", "Reset"), translate("Controls", "Stop and clear the views (R)"))
        self.start.clicked.connect(self.start_clicked)
        self.pause.clicked.connect(self.pause_clicked)
        self.step_button.clicked.connect(lambda: self.step_clicked.emit(self.step_count.currentData()))
        self.stop.clicked.connect(self.stop_clicked)
        self.reset.clicked.connect(self.reset_clicked)

        self.progress = QProgressBar()
        # The count is a label, not the bar's own text: a bar whose text changes repaints
        # itself at once, outside the frame, every time its value moves.
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.progress.setToolTip(translate("Controls", "Steps done out of the run's total"))
        progress_holder = SteadyLabel(translate("Controls", "step {done} of {total}").format(done=0, total=0))
        self.progress_label = progress_holder.label  # counting lays nothing out again
        self.progress_label.setToolTip(translate("Controls", "Steps done out of the run's total"))
        self.lock_note = QLabel(translate("Controls", "Settings are locked while a run is active: Stop (Esc) or Reset "
                                                      "(R) to change them."))
        self.lock_note.setWordWrap(True)
        self.lock_note.setObjectName("lockNote")

        pace_row = QHBoxLayout()
        pace_row.addWidget(self.pace, 1)
        pace_row.addWidget(self.pace_label)
        buttons = FlowLayout(spacing=6)  # one row where it fits, two in a narrow column
        for widget in (self.start, self.pause, self.stop, self.reset):
            buttons.addWidget(widget)
        step_row = QHBoxLayout()
        step_row.addWidget(self.step_button, 1)
        step_row.addWidget(self.step_count)
        self._playback_box = QGroupBox(translate("Controls", "Run"))
        box = QVBoxLayout(self._playback_box)
        box.addLayout(pace_row)
        box.addLayout(buttons)
        box.addLayout(step_row)
        box.addWidget(progress_holder)
        box.addWidget(self.progress)
        box.addWidget(self.lock_note)

    # Values

    def values(self) -> dict:
        values = {name: box.value() for name, box in self.sizes.items()}
        values.update(
            variant=self.variant.currentData(),
            seed=self.seed.whole(),
            lr=self.lr.value(),
            steps=self.steps.value(),
            momentum=self.momentum.value(),
            update=self.update_mode.currentData(),
            device=self.device.currentText(),
            dtype=self.dtype.currentText(),
        )
        return values

    def set_values(self, values: dict) -> None:
        """Show ``values`` (any subset of the fields) without emitting ``edited``."""
        self.blockSignals(True)
        try:
            if "variant" in values:
                self.variant.setCurrentIndex(self.variant.findData(values["variant"]))
            for name in SIZE_FIELDS:
                if name in values:
                    self.sizes[name].setValue(values[name])
            for name in ("seed", "lr", "steps", "momentum"):
                if name in values:
                    getattr(self, name).setValue(values[name])
            if "update" in values:
                self.update_mode.setCurrentIndex(self.update_mode.findData(values["update"]))
            if "device" in values:
                # One not listed yet (the GPUs are listed once torch has loaded) is chosen when it is.
                listed = self.device.findText(values["device"]) >= 0
                self._device_wanted = None if listed else values["device"]
                self.device.setCurrentText(values["device"])
            if "dtype" in values:
                self.dtype.setCurrentText(values["dtype"])
        finally:
            self.blockSignals(False)

    def set_devices(self, devices: list[str]) -> None:
        """The devices to offer (only ones that exist); the choice is kept when it still exists.

        A device asked for before it was listed is chosen now, if it exists.
        """
        wanted, self._device_wanted = self._device_wanted, None
        chosen = wanted if wanted in devices else self.device.currentText()
        self.device.blockSignals(True)
        self.device.clear()
        self.device.addItems(devices)
        self.device.setCurrentText(chosen if chosen in devices else devices[0])
        self.device.blockSignals(False)

    @property
    def steps_per_s(self) -> float | None:
        return PACES[self.pace.value()]

    def set_pace(self, steps_per_s: float | None) -> None:
        self.pace.setValue(PACES.index(steps_per_s) if steps_per_s in PACES else PACES.index(DEFAULT_PACE))

    def _on_pace(self, index: int) -> None:
        pace = PACES[index]
        said = translate("Controls", "{pace} steps/s").format(pace=whole(round(pace))) if pace is not None else None
        self.pace_label.setText(said or translate("Controls", "max"))
        self.pace_changed.emit(pace)

    def _pick_random_seed(self) -> None:
        self.seed.setValue(random.SystemRandom().randrange(self.max_seed + 1))

    # What applies, and when

    def show_fields_for(self, fixed_device: str | None, fixed_dtype: str | None, momentum: bool, update: bool,
                        why_fixed: str = "") -> None:
        """Which fields the selected variant uses; a fixed field is shown disabled with ``why_fixed``."""
        self._fixed = (fixed_device, fixed_dtype)
        for combo, fixed, tip in (
            (self.device, fixed_device, translate("Controls", "Where the tensors live: only devices this machine has "
                                                              "are listed")),
            (self.dtype, fixed_dtype, translate("Controls", "Floating-point precision of the tensors")),
        ):
            if fixed is not None:
                combo.blockSignals(True)
                combo.setCurrentText(fixed)
                combo.blockSignals(False)
            combo.setToolTip(why_fixed if fixed is not None else tip)
        for widget, label, shown in ((self.momentum, self.momentum_label, momentum),
                                     (self.update_mode, self.update_label, update)):
            widget.setVisible(shown)
            label.setVisible(shown)
        self._apply_locks()

    def set_state(self, state: str) -> None:
        """idle, running, paused or ended: which buttons work and which fields are locked."""
        self.state = state
        active = state in ("running", "paused")
        focused = next((button for button in (self.start, self.pause, self.step_button, self.stop)
                        if button.hasFocus()), None)
        self.start.setEnabled(not active)
        self.pause.setEnabled(active)
        self.pause.setText(translate("Controls", "Resume") if state == "paused" else translate("Controls", "Pause"))
        self.step_button.setEnabled(state != "running")
        self.stop.setEnabled(active)
        if focused is not None and not focused.isEnabled():  # Start's focus passes to Pause, and back at the end
            (self.pause if active else self.start).setFocus(Qt.FocusReason.OtherFocusReason)
        self.lock_note.setVisible(active)
        self._apply_locks()
        self.state_shown.emit(state)

    def _apply_locks(self) -> None:
        unlocked = getattr(self, "state", "idle") not in ("running", "paused")
        fixed_device, fixed_dtype = getattr(self, "_fixed", (None, None))
        for widget in (self.variant, self.defaults, *self.sizes.values(), self.seed, self.new_seed,
                       self.lr, self.steps, self.momentum, self.update_mode):
            widget.setEnabled(unlocked)
        self.device.setEnabled(unlocked and fixed_device is None)
        self.dtype.setEnabled(unlocked and fixed_dtype is None)

    def set_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        said = translate("Controls", "step {done} of {total}")
        self.progress_label.setText(said.format(done=whole(done), total=whole(total)))


def _spin(minimum: int, maximum: int, tip: str) -> QSpinBox:
    box = CompactSpinBox()
    box.setRange(minimum, maximum)
    box.setGroupSeparatorShown(True)
    box.setKeyboardTracking(False)
    box.setToolTip(tip)
    return box


def _narrow(combo: QComboBox, characters: int = 10) -> None:
    """A combo box that may be narrower than its longest item, which it elides: the controls
    column keeps to the width of its fields, and the plots get the rest of a projector's screen."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)


def _button(text: str, tip: str) -> QPushButton:
    button = QPushButton(text)
    button.setToolTip(tip)
    # Tab reaches it, and Space then presses it; a click does not take the focus, so that Space stays Start/Pause
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return button


def _group(title: str, *widgets: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    for widget in widgets:
        layout.addWidget(widget)
    return box
