"""A prediction's row in the list beside the plot: which the pointer draws, its name, Redraw and Remove."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton, QWidget

from .words import translate

NAME_LENGTH = 40  # models.predictions.MAX_NAME (widgets import no models): read from the back of the room


class PredictionRow(QWidget):
    """One prediction: which the pointer draws, its name, Redraw and Remove; the buttons go under the name
    where the row has no room for ``NAME_CHARS`` of it beside them (presentation mode at 1024x768)."""

    NAME_CHARS = 12  # characters of a name shown at least: "Team 0" whole, at the back of the room

    def __init__(self, key: str, name: str):
        super().__init__()
        self.key = key
        self.name = name
        self.chosen = QRadioButton()
        self.chosen.setToolTip(translate("Predictions", "Draw this prediction on the plot"))
        self.swatch = QLabel()  # not the radio button's icon: a locked row keeps its colour
        self.name_edit = QLineEdit(name)
        self.name_edit.setMaxLength(NAME_LENGTH)
        self.name_edit.setPlaceholderText(translate("Predictions", "a team or a student"))
        self.redraw = QPushButton(translate("Predictions", "Redraw"))
        self.remove = QPushButton(translate("Predictions", "Remove"))
        self.buttons = QWidget()
        buttons = QHBoxLayout(self.buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.redraw)
        buttons.addWidget(self.remove)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        for column, widget in enumerate((self.chosen, self.swatch, self.name_edit)):
            self.grid.addWidget(widget, 0, column)
        self.grid.setColumnStretch(2, 1)
        self.under: bool | None = None  # whether the buttons are under the name
        self._place_buttons(under=False)
        self.name_edit.setAccessibleName(translate("Predictions", "Name of the prediction"))
        self.named(name)

    def named(self, name: str) -> None:
        self.name = name
        if not self.name_edit.hasFocus():
            self.name_edit.setCursorPosition(0)  # a name cut short shows its start, not its end
        self.chosen.setAccessibleName(translate("Predictions", "Draw {name}").format(name=name))
        self.redraw.setAccessibleName(translate("Predictions", "Redraw {name}").format(name=name))
        self.remove.setAccessibleName(translate("Predictions", "Remove {name}").format(name=name))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_buttons(event.size().width() < self._width_in_one_line())

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):  # presentation mode's larger text
            self._place_buttons(self.width() < self._width_in_one_line())

    def _width_in_one_line(self) -> int:
        """The row's width with the buttons beside ``NAME_CHARS`` of the name, in the font it has now."""
        spacing = max(0, self.grid.horizontalSpacing())
        field = self.name_edit.minimumSizeHint().width()  # its frame and margins, and a character
        name = field + self.NAME_CHARS * self.name_edit.fontMetrics().averageCharWidth()
        return (self.chosen.sizeHint().width() + self.swatch.sizeHint().width() + name
                + self.buttons.sizeHint().width() + 3 * spacing)

    def _place_buttons(self, under: bool) -> None:
        if under == self.under:
            return
        self.under = under
        self.grid.removeWidget(self.buttons)
        if under:
            self.grid.addWidget(self.buttons, 1, 2, Qt.AlignmentFlag.AlignRight)
        else:
            self.grid.addWidget(self.buttons, 0, 3)
