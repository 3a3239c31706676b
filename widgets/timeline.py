"""A timeline under the plots: drag, or press Left, Right, Home and End, to go back to any step."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QWidget

from .words import translate, whole

KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End,
        Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


class Timeline(QWidget):
    """Steps 0 to ``count - 1`` of a paused or ended run; ``scrubbed`` says which step to show."""

    scrubbed = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.slider = _Slider(Qt.Orientation.Horizontal)
        self.slider.valueChanged.connect(self._on_moved)
        self.label = QLabel()
        widest = translate("Timeline", "step {step} of {count}").format(step="0000000", count="0000000")
        self.label.setMinimumWidth(self.label.fontMetrics().horizontalAdvance(widest))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(translate("Timeline", "Rewind")))
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.label)
        self._count = 0
        self.set_steps(0)

    def set_steps(self, count: int, density: str = "") -> None:
        """``count`` steps to rewind through (0: nothing yet); the handle goes to the newest."""
        self._count = count
        self.slider.blockSignals(True)
        self.slider.setRange(0, max(count - 1, 0))
        self.slider.setPageStep(max(count // 10, 1))
        self.slider.setValue(max(count - 1, 0))
        self.slider.blockSignals(False)
        self.setEnabled(count > 0)
        self._label(max(count - 1, 0))
        tip = translate("Timeline", "Rewind: drag, or Left, Right, Home and End, to show the run at any step")
        kept = translate("Timeline", "{tip}. Weights kept: {density}.")
        self.slider.setToolTip(kept.format(tip=tip, density=density) if density else tip)

    @property
    def steps_known(self) -> int:
        """How many steps the timeline spans (0: none, while a run goes on or before one)."""
        return self._count

    @property
    def step(self) -> int:
        return self.slider.value()

    def point_at(self, step: int) -> None:
        """Move the handle to ``step`` without rewinding to it (a recording's frame shows it)."""
        self.slider.blockSignals(True)
        self.slider.setValue(step)
        self.slider.blockSignals(False)
        self._label(step)

    def show_step(self, step: int) -> None:
        """Move the handle to ``step``, as a drag would."""
        self.slider.setValue(step)

    def _on_moved(self, step: int) -> None:
        self._label(step)
        self.scrubbed.emit(step)

    def _label(self, step: int) -> None:
        said = translate("Timeline", "step {step} of {count}").format(step=whole(step), count=whole(self._count))
        self.label.setText(said if self._count else "")


class _Slider(QSlider):
    """A slider that keeps its arrow keys while it has the focus (the window binds Right to Step)."""

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and event.key() in KEYS:
            event.accept()
            return True
        return super().event(event)
