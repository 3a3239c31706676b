"""The stage's slim bar: what a teacher reaches for while the plots take the screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMenu, QPushButton, QSlider, QToolButton, QWidget

from .controls import Controls
from .words import translate

ACTIVE = ("running", "paused")


class StageBar(QWidget):
    """The variant, Start/Pause, Step, the pace and Reset in one row, for presentation mode, where the
    controls' column folds away, and a menu button that holds the window's menus. They are the
    controls' own: the bar acts through ``controls``' signals and shows its state, variant and pace,
    so either may be used and both always agree.

    Nothing in the bar takes the keyboard's focus: Space, the arrows and the number keys stay the window's.
    """

    def __init__(self, controls: Controls):
        super().__init__()
        self.setObjectName("stageBar")
        self.controls = controls
        self.menu = QMenu(self)
        self.menu_button = QToolButton()
        self.menu_button.setText("☰")
        self.menu_button.setToolTip(translate("StageBar", "The window's menus"))
        self.menu_button.setAccessibleName(translate("StageBar", "Menus"))  # a screen reader would read out the sign
        self.menu_button.setMenu(self.menu)
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.variant = QComboBox()
        self.variant.setModel(controls.variant.model())  # the same list, whatever adds to it
        self.variant.setToolTip(controls.variant.toolTip())
        self.variant.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.variant.setMinimumContentsLength(9)
        self.variant.setAccessibleName(translate("StageBar", "Variant"))
        self.start_pause = _button(translate("StageBar", "Start"), translate("StageBar", "Start, pause or resume the "
                                                                                         "run (Space)"))
        self.step = _button(translate("StageBar", "Step"), translate("StageBar", "Run the steps the controls' Step "
                                                                                 "runs, then pause (Right or S)"))
        self.reset = _button(translate("StageBar", "Reset"), translate("StageBar", "Stop and clear the views (R)"))
        self.pace = QSlider(Qt.Orientation.Horizontal)
        self.pace.setRange(controls.pace.minimum(), controls.pace.maximum())
        self.pace.setPageStep(1)
        self.pace.setToolTip(controls.pace.toolTip())
        self.pace.setAccessibleName(translate("StageBar", "Pace"))
        self.pace_label = QLabel()
        self.pace_label.setToolTip(translate("StageBar", "The pace: steps per second, or max"))
        for widget in (self.menu_button, self.variant, self.pace):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 2, 4, 2)
        for widget, stretch in ((self.menu_button, 0), (self.variant, 2), (self.start_pause, 0), (self.step, 0),
                                (self.pace, 1), (self.pace_label, 0), (self.reset, 0)):
            row.addWidget(widget, stretch)

        self.variant.currentIndexChanged.connect(controls.variant.setCurrentIndex)
        controls.variant.currentIndexChanged.connect(self._show_variant)
        self.pace.valueChanged.connect(controls.pace.setValue)
        controls.pace.valueChanged.connect(self._show_pace)
        controls.state_shown.connect(self.show_state)
        self.start_pause.clicked.connect(self._start_or_pause)
        self.step.clicked.connect(lambda: controls.step_clicked.emit(controls.step_count.currentData()))
        self.reset.clicked.connect(controls.reset_clicked)
        self._show_variant(controls.variant.currentIndex())
        self._show_pace(controls.pace.value())
        self.show_state(controls.state)

    def hold_menus(self, menus: list[QMenu]) -> None:
        """The menu button opens ``menus`` (the window's, whose menu bar a stage hides)."""
        if [action.menu() for action in self.menu.actions()] != menus:
            self.menu.clear()
            for menu in menus:
                self.menu.addMenu(menu)

    def show_state(self, state: str) -> None:
        """idle, running, paused or ended, as the controls show it: the variant is locked while a run is active."""
        texts = {"running": translate("StageBar", "Pause"), "paused": translate("StageBar", "Resume")}
        self.start_pause.setText(texts.get(state, translate("StageBar", "Start")))
        self.step.setEnabled(state != "running")
        self.variant.setEnabled(state not in ACTIVE)

    def _start_or_pause(self) -> None:
        controls = self.controls
        (controls.pause_clicked if controls.state in ACTIVE else controls.start_clicked).emit()

    def _show_variant(self, index: int) -> None:
        self.variant.blockSignals(True)
        self.variant.setCurrentIndex(index)
        self.variant.blockSignals(False)

    def _show_pace(self, value: int) -> None:
        self.pace.blockSignals(True)
        self.pace.setValue(value)
        self.pace.blockSignals(False)
        self.pace_label.setText(self.controls.pace_label.text())


def _button(text: str, tip: str) -> QPushButton:
    button = QPushButton(text)
    button.setToolTip(tip)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return button
