"""Choosing the variants of a race."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
)

from .race_prediction import RaceOrderPredictor
from .words import translate


class RaceDialog(QDialog):
    """Checkboxes for the variants, and the precision the torch variants use.

    ``edited``: the variant whose edit can race the notebook's version of it, or None (no box).
    ``predict``: the class predicts the order of finish (``guesses``); the edit's lane is ``edited_lane``.
    """

    def __init__(self, variants: list[tuple[str, str]], chosen: list[str], parent=None, edited: str | None = None,
                 predict: bool = False):
        super().__init__(parent)
        self.setWindowTitle(translate("RaceDialog", "Race variants"))
        layout = QVBoxLayout(self)
        intro = QLabel(translate("RaceDialog", "The chosen variants train in lockstep on one problem drawn once: the "
                                               "same x, y and, for the first three, the same starting weights. In "
                                               "float64, numpy, tensors and autograd draw one curve, and racing "
                                               "autograd with a hand-derived variant shows how far apart their "
                                               "gradients are."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        columns = QHBoxLayout()  # the predicted order beside the choices: the dialog fits a 768-pixel projector
        choices = QVBoxLayout()
        columns.addLayout(choices)
        layout.addLayout(columns)
        self.boxes: dict[str, QCheckBox] = {}
        for name, label in variants:
            box = QCheckBox(f"{name}: {label}")
            box.setChecked(name in chosen)
            box.toggled.connect(self._update_ok)
            self.boxes[name] = box
            choices.addWidget(box)
        mine = translate("RaceDialog", "Race my edit of {variant} against the notebook's")
        self.edit_box = QCheckBox(mine.format(variant=edited))
        self.edit_box.setVisible(edited is not None)
        if edited is not None:  # the edit races its original: ticking one ticks the other, unticking it too
            self.edit_box.toggled.connect(lambda on: on and self.boxes[edited].setChecked(True))
            self.boxes[edited].toggled.connect(lambda on: on or self.edit_box.setChecked(False))
        self.edit_box.toggled.connect(self._update_ok)
        choices.addWidget(self.edit_box)
        self.edited = edited
        self.predictor = RaceOrderPredictor() if predict else None
        if self.predictor is not None:
            columns.addWidget(self.predictor, 1)
        form = QFormLayout()
        self.dtype = QComboBox()
        self.dtype.addItems(["float64", "float32"])
        self.dtype.setToolTip(translate("RaceDialog", "numpy always computes in float64; float64 lets torch match it "
                                                      "to the last digits"))
        form.addRow(translate("RaceDialog", "torch dtype"), self.dtype)
        choices.addLayout(form)
        choices.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("RaceDialog", "Start race"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update_ok()

    def chosen(self) -> list[str]:
        return [name for name, box in self.boxes.items() if box.isChecked()]

    @property
    def edited_lane(self) -> str:
        """The key of the edit's lane in ``guesses``."""
        return f"{self.edited}-edited"

    def lanes(self) -> list[tuple[str, str]]:
        """The race's lanes as (key, label): the chosen variants, and the edit's when ticked."""
        lanes = [(name, name) for name in self.chosen()]
        if self.edit_box.isChecked():
            lanes.append((self.edited_lane, translate("RaceDialog", "{variant} (edited)").format(variant=self.edited)))
        return lanes

    def guesses(self) -> list[tuple[str, list[str]]]:
        """Each guesser's predicted order of the lanes' keys, lowest final loss first (none if not predicting)."""
        return self.predictor.guesses() if self.predictor is not None else []

    def _update_ok(self) -> None:
        lanes = self.lanes()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(len(lanes) >= 2)
        if self.predictor is not None:
            self.predictor.set_lanes(lanes)
