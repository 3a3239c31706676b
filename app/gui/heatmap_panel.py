"""The weight matrices side by side, with the choice of what they show and how their colours scale."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QRadioButton, QSplitter, QWidget

from widgets.heatmap import Heatmap

from .headers import checkbox, fill, header
from .look import Look

VIEWS = {"weights": "Weights", "change": "Change since step 0", "gradient": "Gradient of this step"}
VIEW_TIPS = {
    "weights": "The weight matrices as they are now",
    "change": "How far each weight moved since step 0: with lr 1e-6 this is where learning shows",
    "gradient": "The gradient used in this step's update",
}
AUTO_LEVELS_BY_VIEW = {"weights": False, "change": True, "gradient": True}


class HeatmapPanel(QWidget):
    """The weight matrices side by side, with the choice of what they show and how colours scale."""

    view_changed = Signal()  # the view or its levels changed: the matrices must be drawn again

    def __init__(self, look: Look):
        super().__init__()
        self.look = look
        self.heatmaps = {key: Heatmap(theme=look.theme) for key in ("first", "last")}
        self.view_buttons = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}  # each view's button, by the view's key
        for key, label in VIEWS.items():
            button = self.buttons[key] = QRadioButton(label)
            button.setProperty("view", key)
            button.setToolTip(VIEW_TIPS[key])
            button.setChecked(key == "change")  # with lr 1e-6 the weights barely move: change shows learning
            self.view_buttons.addButton(button)
        self.view_buttons.buttonToggled.connect(self._on_view_changed)
        self.auto_levels = checkbox("Auto levels", "Rescale the colours every frame; off, they stay as the "
                                                   "first frame set them")
        self.auto_levels.toggled.connect(self._on_auto_levels)
        top = header("Weight matrices", *self.view_buttons.buttons(), self.auto_levels)
        self._auto_levels_by_view = dict(AUTO_LEVELS_BY_VIEW)
        self.maps = QSplitter(Qt.Orientation.Horizontal)
        for key in ("first", "last"):
            self.maps.addWidget(self.heatmaps[key])
        fill(self, top, self.maps)
        self._on_view_changed()

    @property
    def view(self) -> str:
        """What the matrices show: "weights", "change" or "gradient"."""
        checked = self.view_buttons.checkedButton()
        assert checked is not None, "the group is exclusive, and one view is checked from the start"
        return checked.property("view")

    def middle(self) -> Heatmap:
        """A hidden-to-hidden layer's matrix (DynamicNet's shared one), built on first use."""
        if "middle" not in self.heatmaps:
            middle = self.heatmaps["middle"] = Heatmap(theme=self.look.theme)
            middle.hide()
            self.maps.insertWidget(1, middle)
            self.apply_look()
            middle.set_auto_levels(self._auto_levels_by_view[self.view])
        return self.heatmaps["middle"]

    def show_middle(self, title: str | None) -> None:
        """The middle layer under ``title``, or hidden when None."""
        shown = title is not None
        if not shown and "middle" not in self.heatmaps:
            return
        middle = self.middle()
        if title is not None:
            middle.set_labels(title, "hidden unit", "hidden unit")
        if middle.isVisibleTo(self) != shown:
            middle.setVisible(shown)
            width = max(self.maps.width(), 600)
            shares = (0.4, 0.3, 0.3) if shown else (0.55, 0.0, 0.45)
            self.maps.setSizes([round(width * share) for share in shares])

    def apply_look(self) -> None:
        sizes = self.look.sizes
        for heatmap in self.heatmaps.values():
            heatmap.apply_theme(self.look.theme, font_pt=sizes.small_pt, bar_width=sizes.bar)

    def _on_view_changed(self, *_) -> None:
        auto = self._auto_levels_by_view[self.view]
        self.auto_levels.blockSignals(True)
        self.auto_levels.setChecked(auto)
        self.auto_levels.blockSignals(False)
        self._set_levels(auto)

    def _on_auto_levels(self, auto: bool) -> None:
        self._auto_levels_by_view[self.view] = auto
        self._set_levels(auto)

    def _set_levels(self, auto: bool) -> None:
        for heatmap in self.heatmaps.values():
            heatmap.set_auto_levels(auto)
        self.view_changed.emit()
