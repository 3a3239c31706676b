"""The weight matrices side by side, with the choice of what they show and how their colours scale."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.language import translate
from models.words import QT_TRANSLATE_NOOP
from widgets.heatmap import Heatmap

from .headers import checkbox, header
from .look import Look

VIEWS = {
    "weights": QT_TRANSLATE_NOOP("Heatmaps", "Weights"),
    "change": QT_TRANSLATE_NOOP("Heatmaps", "Change since step 0"),
    "gradient": QT_TRANSLATE_NOOP("Heatmaps", "Gradient of this step"),
}
VIEW_TIPS = {
    "weights": QT_TRANSLATE_NOOP("Heatmaps", "The weight matrices as they are now"),
    "change": QT_TRANSLATE_NOOP("Heatmaps", "How far each weight moved since step 0: with lr 1e-6 this is where "
                                            "learning shows"),
    "gradient": QT_TRANSLATE_NOOP("Heatmaps", "The gradient used in this step's update"),
}
AUTO_LEVELS_BY_VIEW = {"weights": False, "change": True, "gradient": True}
# the one-at-a-time choice, left to right
LAYERS = {
    "first": QT_TRANSLATE_NOOP("Heatmaps", "Layer 1"),
    "middle": QT_TRANSLATE_NOOP("Heatmaps", "Middle"),
    "last": QT_TRANSLATE_NOOP("Heatmaps", "Layer 2"),
}


class HeatmapPanel(QWidget):
    """The weight matrices side by side, with the choice of what they show and how colours scale; or,
    where a stage leaves them too little room side by side, one at a time, chosen by its layer's button."""

    view_changed = Signal()  # the view or its levels changed: the matrices must be drawn again

    def __init__(self, look: Look):
        super().__init__()
        self.look = look
        self.heatmaps = {key: Heatmap(theme=look.theme) for key in ("first", "last")}
        self.view_buttons = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}  # each view's button, by the view's key
        for key, label in VIEWS.items():
            button = self.buttons[key] = QRadioButton(translate("Heatmaps", label))
            button.setProperty("view", key)
            button.setToolTip(translate("Heatmaps", VIEW_TIPS[key]))
            button.setChecked(key == "change")  # with lr 1e-6 the weights barely move: change shows learning
            self.view_buttons.addButton(button)
        self.view_buttons.buttonToggled.connect(self._on_view_changed)
        tab_enters_at_checked(self.view_buttons)
        self.auto_levels = checkbox(translate("Heatmaps", "Auto levels"),
                                    translate("Heatmaps", "Rescale the colours every frame; off, they stay as the "
                                                          "first frame set them"))
        self.auto_levels.toggled.connect(self._on_auto_levels)
        self.header = header(translate("Heatmaps", "Weight matrices"), *self.view_buttons.buttons(), self.auto_levels)
        title = self.header.findChild(QLabel, "panelTitle")
        assert title is not None, "a header begins with its title"
        self.title = title
        self._auto_levels_by_view = dict(AUTO_LEVELS_BY_VIEW)
        self.maps = QSplitter(Qt.Orientation.Horizontal)
        for key in ("first", "last"):
            self.maps.addWidget(self.heatmaps[key])
        self.one_at_a_time = False
        self.layer = "first"  # the layer shown one at a time
        self._middle_shown = False
        self.layer_row = QWidget()
        self.layer_buttons = self._layer_buttons(QHBoxLayout(self.layer_row))
        self.layer_row.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for part, stretch in ((self.header, 0), (self.layer_row, 0), (self.maps, 1)):
            layout.addWidget(part, stretch)
        self._on_view_changed()

    def _layer_buttons(self, row: QHBoxLayout) -> dict[str, QPushButton]:
        group = QButtonGroup(self)
        buttons = {}
        for key, text in LAYERS.items():
            button = buttons[key] = QPushButton(translate("Heatmaps", text))
            button.setObjectName("layerButton")
            button.setCheckable(True)
            button.setChecked(key == self.layer)
            button.setToolTip(translate("Heatmaps", "Show this layer's matrix"))
            button.clicked.connect(lambda _=False, key=key: self.show_layer(key))
            group.addButton(button)
            row.addWidget(button)
        tab_enters_at_checked(group)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        return buttons

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
            middle.set_labels(title, translate("Heatmaps", "hidden unit"), translate("Heatmaps", "hidden unit"))
        self.layer_buttons["middle"].setToolTip(middle.title.full_text)
        if self._middle_shown != shown:
            self._middle_shown = shown
            self._show_layers()
            width = max(self.maps.width(), 600)
            shares = (0.4, 0.3, 0.3) if shown else (0.55, 0.0, 0.45)
            self.maps.setSizes([round(width * share) for share in shares])

    def set_one_at_a_time(self, one: bool) -> None:
        """One matrix at a time, the layer's button choosing it, or all side by side."""
        self.one_at_a_time = one
        self.layer_row.setVisible(one)
        self.title.setVisible(not one)  # the tab above already says it
        self._show_layers()

    def show_layer(self, key: str) -> None:
        """The layer shown one at a time: "first", "middle" or "last"."""
        self.layer = key if key != "middle" or self._middle_shown else "first"
        self.layer_buttons[self.layer].setChecked(True)
        self._show_layers()

    def _show_layers(self) -> None:
        if self.layer == "middle" and not self._middle_shown:
            self.layer = "first"
            self.layer_buttons["first"].setChecked(True)
        self.layer_buttons["middle"].setVisible(self._middle_shown)
        for key, heatmap in self.heatmaps.items():
            present = key != "middle" or self._middle_shown
            heatmap.setVisible(present and (not self.one_at_a_time or key == self.layer))

    def apply_look(self) -> None:
        sizes = self.look.plot_sizes
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


def tab_enters_at_checked(group: QButtonGroup) -> None:
    """Tab reaches ``group`` (exclusive) at its checked button, as radio buttons are reached elsewhere, and a
    screen reader says the choice made first; the arrows move between them, choosing as they go (Qt's own). A click
    chooses without taking the focus: Space stays with Start."""

    def follow(_button=None, _checked=True) -> None:
        for button in group.buttons():
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus if button.isChecked() else Qt.FocusPolicy.NoFocus)

    group.buttonToggled.connect(follow)
    follow()
