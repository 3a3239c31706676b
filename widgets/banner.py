"""A strip above the plot that explains what the class is seeing, with an action at hand."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton

from .words import translate

KINDS = ("info", "warning", "error")


class Banner(QFrame):
    """Hidden until it has something to say; ``kind`` picks its colour in the style sheet."""

    action_clicked = Signal()
    said = Signal(str, str)  # its kind and what it says, in plain text: a screen reader hears it too

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("banner")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action = QPushButton()
        self.action.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Tab reaches it; a click leaves Space to Start
        self.action.clicked.connect(self.action_clicked)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setToolTip(translate("Banner", "Hide this note"))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.action)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.kind = None
        self.hide()

    def show_message(self, kind: str, html: str, action: str | None = None) -> None:
        assert kind in KINDS
        self.kind = kind
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)
        self.text.setText(html)
        self.action.setVisible(action is not None)
        self.action.setText(action or "")
        self.show()
        self.said.emit(kind, self.message)

    @property
    def message(self) -> str:
        """What the banner says, as plain text."""
        document = QTextDocument()
        document.setHtml(self.text.text())
        return document.toPlainText()

    def clear(self) -> None:
        self.kind = None
        self.hide()
