"""Pictures of views, rendered offscreen by the same widgets the window shows."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, qFormatLogMessage, qInstallMessageHandler
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from app import language
from app.gui.collecting import collect_on_this_thread
from app.io import signals
from app.io.images import png_bytes
from app.language import translate
from models import VARIANTS, RunResult

# The offscreen platform says this of every window it shows; it is no fault of the app
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints()"


def ensure_app() -> QApplication:
    """The running QApplication, or a new offscreen one for a command-line export."""
    app = QApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _quiet_offscreen_noise()
        app = QApplication([])
        language.install_into(app)  # the language the command line chose (--lang), for its pictures
        collect_on_this_thread()  # a recording's or a snapshot's run trains on a thread of its own
    assert isinstance(app, QApplication), "the views need a QApplication, not a bare QCoreApplication"
    signals.wake_qt()
    return app


def _quiet_offscreen_noise() -> None:
    """Qt's messages pass on as they were, but for the offscreen platform's ``OFFSCREEN_NOISE``."""
    previous = None

    def handler(mode, context, message: str) -> None:
        if message == OFFSCREEN_NOISE:
            return
        if previous is not None:
            previous(mode, context, message)
        else:  # as Qt's own handler writes it
            print(qFormatLogMessage(mode, context, message), file=sys.stderr, flush=True)

    previous = qInstallMessageHandler(handler)


def plot_png(plot, width: int) -> bytes:
    """A plot widget as PNG, ``width`` pixels wide, at its own aspect ratio."""
    from pyqtgraph.exporters import ImageExporter

    QApplication.processEvents()  # the exporter needs the widget laid out
    with plot.uncached():  # text drawn afresh at the new size, not a scaled cache
        exporter = ImageExporter(plot.getPlotItem())
        exporter.parameters()["width"] = int(width)
        image = exporter.export(toBytes=True)
    assert isinstance(image, QImage), "toBytes=True: the exporter returns the image"
    return png_bytes(image)


def plot_svg(plot, title: str = "Descent Lab loss plot") -> bytes:
    """A plot widget as SVG, drawn through QSvgGenerator.

    pyqtgraph 0.14.0's own SVGExporter raises ValueError with PySide6 6.11 and
    later (pyqtgraph issue 3485), so the widget paints itself into the generator.
    """
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgGenerator

    QApplication.processEvents()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    size = plot.size()
    generator.setSize(size)
    generator.setViewBox(QRect(0, 0, size.width(), size.height()))
    generator.setTitle(title)
    with plot.uncached():  # vector text and lines, not cached pixmaps
        painter = QPainter(generator)
        try:
            plot.render(painter)
        finally:
            painter.end()
    buffer.close()
    return bytes(data.data())


def widget_png(widget) -> bytes:
    """A whole widget as PNG at the screen's device pixel ratio."""
    QApplication.processEvents()
    return png_bytes(widget.grab().toImage())


def run_title(result: RunResult) -> str:
    config = result.config
    return f"{translate('Variants', VARIANTS[config.variant].title)}  (lr {config.lr:g}, seed {config.seed})"


def loss_curve_png(result: RunResult, width: int = 1200, height: int = 700) -> bytes:
    """The loss curve of a finished run, as the window draws it."""
    from widgets.loss_plot import LossPlot

    ensure_app()
    plot = LossPlot()
    plot.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    plot.resize(width, height)
    plot.show()  # laid out at its size, never on screen
    plot.setTitle(run_title(result), color=plot.theme.foreground)
    plot.set_run_length(result.config.steps)
    plot.set_losses(result.losses)
    if result.diverged:
        plot.mark_divergence(len(result.losses) - 1)
    try:
        return plot_png(plot, width)
    finally:
        plot.deleteLater()
