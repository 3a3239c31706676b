"""The parts every panel of the window is made of: a title, its switches, the header that holds them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from widgets.flow import FlowLayout


def title(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("panelTitle")
    label.setWordWrap(True)  # a narrow panel wraps its title rather than widen the window
    return label


def checkbox(text: str, tip: str, checked: bool = False) -> QCheckBox:
    box = QCheckBox(text)
    box.setToolTip(tip)
    box.setChecked(checked)
    box.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Tab reaches it; a click leaves Space to Start/Pause
    return box


def header(text: str, *widgets: QWidget) -> QWidget:
    """A panel's title and its switches, on one line where they fit, wrapped where they do not."""
    row = QWidget()
    flow = FlowLayout(row)
    for widget in (title(text), *widgets):
        flow.addWidget(widget)
    return row


def fill(panel: QWidget, top: QWidget, body: QWidget) -> None:
    """A header over a body that takes the space."""
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(top)
    layout.addWidget(body, 1)


def column(top: QWidget, body: QWidget) -> QWidget:
    panel = QWidget()
    fill(panel, top, body)
    return panel
