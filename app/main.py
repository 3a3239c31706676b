"""Opening the window: the application object, its style, and a clean exit."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from widgets.theme import DARK, Theme

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def palette_for(theme: Theme) -> QPalette:
    palette = QPalette()
    dark = theme.name == "dark"
    base = QColor(theme.background)
    panel = QColor("#1e2127" if dark else "#f3f4f6")
    text = QColor(theme.foreground)
    for role, color in (
        (QPalette.ColorRole.Window, panel),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base if dark else QColor("#ffffff")),
        (QPalette.ColorRole.AlternateBase, panel),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.Button, QColor("#2a2e36" if dark else "#e6e8eb")),
        (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.ToolTipBase, panel),
        (QPalette.ColorRole.ToolTipText, text),
        (QPalette.ColorRole.Highlight, QColor("#2f6db5")),
        (QPalette.ColorRole.HighlightedText, QColor("#ffffff")),
        (QPalette.ColorRole.Mid, QColor("#8a93a3" if dark else "#6b7280")),
    ):
        palette.setColor(role, color)
    disabled = QColor("#6b7280" if dark else "#9ca3af")
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def style_application(app: QApplication, theme: Theme = DARK, font_pt: int = 10) -> None:
    """Fusion with the theme's palette and the app's style sheet, at ``font_pt``."""
    app.setStyle("Fusion")
    app.setPalette(palette_for(theme))
    font = app.font()
    font.setPointSize(font_pt)
    app.setFont(font)
    app.setStyleSheet((RESOURCES / "styles" / "app.qss").read_text())


def create_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Descent Lab")
    app.setOrganizationName("Descent Lab")
    style_application(app)
    return app


def launch() -> int:
    """`python -m app`: the window, until it is closed."""
    app = create_application()
    from .window import MainWindow

    window = MainWindow()
    app.aboutToQuit.connect(window.close)
    window.show()
    return app.exec()
