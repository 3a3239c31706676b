"""Opening the window: the application object, its style, and a clean exit."""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication

import resources
from widgets.theme import DARK, Theme


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
    if not app.property("descentLabStyled"):  # app.style() is a style-sheet proxy once a sheet is set
        app.setStyle("Fusion")
        app.setProperty("descentLabStyled", True)
    app.setPalette(palette_for(theme))
    font = app.font()
    font.setPointSize(font_pt)
    app.setFont(font)
    sheet = resources.text("styles", "app.qss")
    if app.styleSheet() != sheet:  # setting it re-polishes every widget: a tenth of a second
        app.setStyleSheet(sheet)


def create_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Descent Lab")
    app.setOrganizationName("Descent Lab")
    app.setDesktopFileName("descent-lab")  # Wayland matches the window to its desktop entry by this
    icon = QIcon()
    for path in resources.icon_paths():
        icon.addFile(path)
    app.setWindowIcon(icon)
    style_application(app)
    return app


def launch() -> int:
    """`python -m app`: the window, until it is closed."""
    if not _has_display():
        print("descent-lab: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset). "
              "Run it on a desktop, or headless: python -m app run VARIANT", file=sys.stderr)
        return 1
    app = create_application()
    from .window import MainWindow

    window = MainWindow()
    app.aboutToQuit.connect(window.close)
    if os.environ.get("DESCENT_LAB_STARTUP_PROBE"):
        probe = _FirstFrameProbe(app)
        window.installEventFilter(probe)
    window.show()
    return leave(app.exec())


def leave(code: int) -> int:
    """End the process now that the window has closed.

    Closing has already stopped the run, saved the settings and synced every
    file written. What remains is Python tearing down torch's thousand modules:
    a second or more (measured here: 1.3 s) that serves nothing, so it is skipped.
    """
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def _has_display() -> bool:
    """On Linux desktops Qt needs an X or Wayland server; without one it aborts the process."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if not sys.platform.startswith("linux") or platform and not platform.startswith(("xcb", "wayland")):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


class _FirstFrameProbe(QObject):
    """For the start-up benchmark: print the wall clock once the window has painted, then quit."""

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and not getattr(self, "seen", False):
            self.seen = True
            QTimer.singleShot(0, self._report)  # after this paint has finished
        return False

    def _report(self) -> None:
        print(f"first-frame {time.time():.6f}", flush=True)
        QApplication.instance().quit()
