"""Choosing the variants of a race."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout


class RaceDialog(QDialog):
    """Checkboxes for the variants, and the precision the torch variants use."""

    def __init__(self, variants: list[tuple[str, str]], chosen: list[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle("Race variants")
        layout = QVBoxLayout(self)
        intro = QLabel(
            "The chosen variants train in lockstep on one problem drawn once: the same x, y and, "
            "for the first three, the same starting weights. In float64, numpy, tensors and "
            "autograd draw one curve, and racing autograd with a hand-derived variant shows how "
            "far apart their gradients are."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.boxes: dict[str, QCheckBox] = {}
        for name, label in variants:
            box = QCheckBox(f"{name}: {label}")
            box.setChecked(name in chosen)
            box.toggled.connect(self._update_ok)
            self.boxes[name] = box
            layout.addWidget(box)
        form = QFormLayout()
        self.dtype = QComboBox()
        self.dtype.addItems(["float64", "float32"])
        self.dtype.setToolTip("numpy always computes in float64; float64 lets torch match it to the last digits")
        form.addRow("torch dtype", self.dtype)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Start race")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update_ok()

    def chosen(self) -> list[str]:
        return [name for name, box in self.boxes.items() if box.isChecked()]

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(len(self.chosen()) >= 2)
