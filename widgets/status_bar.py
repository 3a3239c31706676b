"""A status bar whose passing messages are read whole, on a projector's narrow screen too."""

from __future__ import annotations

from PySide6.QtWidgets import QSizeGrip, QStatusBar, QWidget


class StatusBar(QStatusBar):
    """Qt clips a temporary message that does not fit beside the permanent widgets ("Run finishe").
    Here the permanent widgets named in ``set_yielding`` step aside, first to last, while a message
    needs their room, and come back when it is gone; and while the bar is too narrow for them all (a
    projector's 1024 pixels in a language of long words): they never hold the window wider."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._permanent: list[QWidget] = []
        self._yielding: list[QWidget] = []
        self._arranging = False
        self.messageChanged.connect(self._make_room)

    def add_permanent(self, widget: QWidget) -> None:
        self.addPermanentWidget(widget)
        self._permanent.append(widget)

    def set_yielding(self, widgets: list[QWidget]) -> None:
        """The permanent widgets that may step aside, first to last."""
        self._yielding = list(widgets)
        for widget in self._yielding:
            widget.setMinimumWidth(1)  # the bar may be narrower than they are: then they step aside
        self._make_room(self.currentMessage())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._make_room(self.currentMessage())

    def _make_room(self, message: str) -> None:
        """Decide which widgets step aside, then show or hide only those that change: showing them all first,
        to measure, resized the bar inside its own resize, without end (a rewound step's long status)."""
        if self._arranging:
            return
        self._arranging = True
        try:
            aside: set[QWidget] = set()
            needed = self.fontMetrics().horizontalAdvance(message) if message else 0
            for widget in self._yielding:
                if self._free_width(aside) >= needed:
                    break
                aside.add(widget)
            for widget in self._yielding:
                if widget.isHidden() != (widget in aside):
                    widget.setVisible(widget not in aside)
        finally:
            self._arranging = False

    def _free_width(self, aside: set[QWidget]) -> int:
        """The width left for a message with the widgets ``aside`` hidden: Qt lays the permanent widgets and
        the size grip out from the right, a spacing apart, and draws the message from about a spacing in."""
        layout = self.layout()
        assert layout is not None, "a QStatusBar makes its layout when it is made"
        spacing = layout.spacing()
        items = [widget for widget in self._permanent
                 if widget not in aside and (widget in self._yielding or not widget.isHidden())]
        grip = self.findChild(QSizeGrip)
        if self.isSizeGripEnabled() and grip is not None:
            items.append(grip)
        return self.width() - sum(item.sizeHint().width() + spacing for item in items) - spacing
