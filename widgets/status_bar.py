"""A status bar whose passing messages are read whole, on a projector's narrow screen too."""

from __future__ import annotations

from PySide6.QtWidgets import QSizeGrip, QStatusBar, QWidget


class StatusBar(QStatusBar):
    """Qt clips a temporary message that does not fit beside the permanent widgets ("Run finishe").
    Here the permanent widgets named in ``set_yielding`` step aside, first to last, while a message
    needs their room, and come back when it is gone."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._permanent: list[QWidget] = []
        self._yielding: list[QWidget] = []
        self.messageChanged.connect(self._make_room)

    def add_permanent(self, widget: QWidget) -> None:
        self.addPermanentWidget(widget)
        self._permanent.append(widget)

    def set_yielding(self, widgets: list[QWidget]) -> None:
        """The permanent widgets that may step aside, first to last."""
        self._yielding = list(widgets)
        self._make_room(self.currentMessage())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._make_room(self.currentMessage())

    def _make_room(self, message: str) -> None:
        for widget in self._yielding:
            widget.setVisible(True)
        if not message:
            return
        needed = self.fontMetrics().horizontalAdvance(message)
        for widget in self._yielding:
            if self._free_width() >= needed:
                return
            widget.setVisible(False)

    def _free_width(self) -> int:
        """The width left for a message: Qt lays the permanent widgets and the size grip out from the
        right, a spacing apart, and draws the message from about a spacing in."""
        layout = self.layout()
        assert layout is not None, "a QStatusBar makes its layout when it is made"
        spacing = layout.spacing()
        items = [widget for widget in self._permanent if not widget.isHidden()]
        grip = self.findChild(QSizeGrip)
        if self.isSizeGripEnabled() and grip is not None:
            items.append(grip)
        return self.width() - sum(item.sizeHint().width() + spacing for item in items) - spacing
