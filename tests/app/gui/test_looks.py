"""Every screen a class will see: both themes on every widget, readable text, nothing clipped.

One finished run is looked at in each of the four looks (dark or light, normal or
presentation) at each classroom size. 3840x2160 at device pixel ratio 2 lays out
as 1920x1080 logical pixels, which is what is checked here; the picture at ratio 2
itself is checked by ``test_a_slide_at_pixel_ratio_2_is_drawn_at_twice_the_pixels``.

Contrast follows WCAG 2.1 AA: 4.5:1 for text, 3:1 for large text (24 px, or
18.66 px bold) and for focus indicators (SC 1.4.3 and 1.4.11). Each text's colour
is the one it is drawn with (its palette after the style sheet, or its pen); the
background is the colour most of its rectangle shows in a grab of the window,
which is what the class sees behind it. Controls that cannot be used now are
exempt, as WCAG exempts inactive components.
"""

from __future__ import annotations

import html
import itertools
import re
import subprocess
import sys
from collections import Counter

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, QRect, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGraphicsSimpleTextItem,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenuBar,
    QStatusBar,
    QTabBar,
    QWidget,
)

from app import language
from app.gui.look import palette_for
from app.gui.views import CODE_COLUMNS
from models import VARIANTS, RunConfig
from tests.colour import contrast_ratio
from tests.texts import layout_problems
from widgets.theme import THEMES

LOOKS = [(theme, presentation) for theme in ("dark", "light") for presentation in (False, True)]
SIZES = {"1024x768": (1024, 768), "1280x720": (1280, 720), "1366x768": (1366, 768),
         "1920x1080": (1920, 1080), "3840x2160 at ratio 2": (1920, 1080)}
TEXT, LARGE_TEXT, NON_TEXT = 4.5, 3.0, 3.0
DPI = 96  # the offscreen screen's logical dpi (tests/offscreen-screen.json)


# Contrast

def required(font) -> float:
    """WCAG's large text: 18 pt (24 px), or 14 pt (18.66 px) bold."""
    pixels = font.pointSizeF() * DPI / 72 if font.pointSizeF() > 0 else font.pixelSize()
    large = pixels >= 24 or (font.bold() and pixels >= 18.66)
    return LARGE_TEXT if large else TEXT


def dominant(image: QImage, rect: QRect) -> QColor:
    """The colour most pixels of ``rect`` show: the background behind a text."""
    rect = rect.intersected(image.rect())
    if rect.isEmpty():
        return QColor()
    part = image.copy(rect).convertToFormat(QImage.Format.Format_RGB32)
    pixels = np.frombuffer(part.constBits(), np.uint32, part.bytesPerLine() * part.height() // 4)
    value = Counter(pixels.tolist()).most_common(1)[0][0]
    return QColor.fromRgb(value & 0xFFFFFFFF)


def widget_texts(widget: QWidget) -> str:
    if isinstance(widget, QLabel):
        return re.sub(r"<[^>]+>", "", html.unescape(widget.text())).strip()
    if isinstance(widget, (QAbstractButton, QLineEdit)):
        return widget.text()
    if isinstance(widget, QGroupBox):
        return widget.title()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QTabBar):
        return " ".join(widget.tabText(i) for i in range(widget.count()))
    if isinstance(widget, QMenuBar):
        return " ".join(action.text() for action in widget.actions())
    if isinstance(widget, QStatusBar):
        return widget.currentMessage()
    return ""


def widget_contrast_failures(window) -> list[str]:
    image = window.grab().toImage()
    scale = image.devicePixelRatio()
    failures = []
    for widget in window.findChildren(QWidget):
        text = widget_texts(widget)
        if not text or not widget.isVisible() or not widget.isEnabled() or widget.width() < 2:
            continue
        if isinstance(widget, QLineEdit) and not widget.parent().isEnabled():
            continue
        shown = widget.visibleRegion().boundingRect()  # a control scrolled out of view is not on screen
        if shown.isEmpty():
            continue
        top_left = widget.mapTo(window, shown.topLeft())
        rect = QRect(top_left * scale, shown.size() * scale)
        background = dominant(image, rect)
        foreground = widget.palette().color(widget.foregroundRole())
        ratio, need = contrast_ratio(foreground, background), required(widget.font())
        if ratio < need:
            failures.append(f"{type(widget).__name__} {widget.objectName() or text[:30]!r}: "
                            f"{foreground.name()} on {background.name()} is {ratio:.2f}:1, needs {need}:1")
    return failures


def plot_contrast_failures(window) -> list[str]:
    """Titles, tick and axis labels, legends, colour bars and counts in every visible plot."""
    failures = []
    for view in window.findChildren(pg.GraphicsView):
        if not view.isVisible():
            continue
        background = view.backgroundBrush().color()
        for item in view.scene().items():
            if not item.isVisible():
                continue
            for name, color, font, behind in _plot_texts(item, background):
                ratio, need = contrast_ratio(color, behind), required(font)
                if ratio < need:
                    failures.append(f"{type(view).__name__} {name}: {QColor(color).name()} on "
                                    f"{QColor(behind).name()} is {ratio:.2f}:1, needs {need}:1")
    return failures


def _plot_texts(item, background):
    """(name, colour, font, background) of each text ``item`` draws."""
    if isinstance(item, pg.AxisItem) and (item.style["showValues"] or item.label.isVisible()):
        font = item.style.get("tickFont") or item.font()
        yield f"{item.orientation} axis ticks", item.textPen().color(), font, background
        if item.label.isVisible() and item.label.toPlainText():
            color = item.labelStyle.get("color") or item.label.defaultTextColor()  # the label's HTML sets it
            yield f"axis label {item.label.toPlainText()!r}", pg.mkColor(color), item.label.font(), background
    elif isinstance(item, pg.LabelItem) and item.text:
        legend = _legend_of(item)
        behind = legend.opts["brush"].color() if legend is not None else background
        font = item.item.font()
        size = str(item.opts.get("size") or "")
        if size.endswith("pt"):
            font.setPointSizeF(float(size[:-2]))
        color = item.opts.get("color") or item.item.defaultTextColor()
        yield f"text {item.text[:30]!r}", pg.mkColor(color), font, behind
    elif isinstance(item, QGraphicsSimpleTextItem) and item.text():
        yield f"text {item.text()!r}", item.brush().color(), item.font(), background
    elif isinstance(item, pg.TextItem) and item.textItem.toPlainText():
        yield f"text {item.textItem.toPlainText()!r}", item.textItem.defaultTextColor(), item.textItem.font(), \
            background


def _legend_of(item):
    parent = item.parentItem()
    while parent is not None:
        if isinstance(parent, pg.LegendItem):
            return parent
        parent = parent.parentItem()
    return None


def palette_failures(theme_name: str) -> list[str]:
    """Menus, tooltips, dialogs and selections draw with these pairs, even when none is open now."""
    palette, theme = palette_for(THEMES[theme_name]), THEMES[theme_name]
    role = QPalette.ColorRole
    pairs = {
        "window text": (role.WindowText, role.Window, TEXT),
        "field text": (role.Text, role.Base, TEXT),
        "button text": (role.ButtonText, role.Button, TEXT),
        "tooltip": (role.ToolTipText, role.ToolTipBase, TEXT),
        "selected text": (role.HighlightedText, role.Highlight, TEXT),
        "placeholder": (role.PlaceholderText, role.Base, TEXT),
        "quiet text": (role.Mid, role.Window, TEXT),
        "focus on the window": (role.Highlight, role.Window, NON_TEXT),
        "focus on a field": (role.Highlight, role.Base, NON_TEXT),
    }
    failures = []
    for name, (fg, bg, need) in pairs.items():
        ratio = contrast_ratio(palette.color(fg), palette.color(bg))
        if ratio < need:
            failures.append(f"{theme_name} palette, {name}: {ratio:.2f}:1, needs {need}:1")
    disabled = contrast_ratio(theme.disabled, theme.button)
    if disabled < NON_TEXT:  # exempt by WCAG, but a class should still read a greyed-out button
        failures.append(f"{theme_name} disabled button text: {disabled:.2f}:1, wanted {NON_TEXT}:1")
    return failures


def code_failures(code) -> list[str]:
    """Every token colour pygments gives the ``code`` shown, on the code's background and on a marked line."""
    from pygments.lexers import PythonLexer
    from pygments.styles import get_style_by_name

    from widgets.code_view import CODE_STYLES

    style_name, mark = CODE_STYLES[code.theme.name]
    style = get_style_by_name(style_name)
    failures = []
    for token in {token for token, text in PythonLexer().get_tokens(code.source) if text.strip()}:
        color = style.style_for_token(token)["color"]
        color = f"#{color}" if color else code.palette().color(QPalette.ColorRole.Text).name()
        for behind in (style.background_color, mark):
            ratio = contrast_ratio(color, behind)
            if ratio < TEXT:
                failures.append(f"code {style_name} {token}: {color} on {behind} is {ratio:.2f}:1")
    return failures


# Geometry

def overlapping_tick_labels(window) -> list[str]:
    """Pairs of tick labels, on any axis, whose rectangles overlap."""
    failures = []
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    for view in window.findChildren(pg.GraphicsView):
        if not view.isVisible():
            continue
        for axis in (item for item in view.scene().items() if isinstance(item, pg.AxisItem)):
            if not axis.isVisible() or not axis.style["showValues"]:
                continue
            painter = QPainter(image)
            try:
                specs = axis.generateDrawSpecs(painter)
            finally:
                painter.end()
            texts = specs[2] if specs else []
            for (first, _, a), (second, _, b) in itertools.combinations(texts, 2):
                if QRectF(first).intersects(QRectF(second)):
                    failures.append(f"{type(view).__name__} {axis.orientation} axis: {a!r} overlaps {b!r}")
    return failures


def legend_failures(window) -> list[str]:
    """A legend inside its view box, or in the band above it (where every corner covered a point)."""
    failures = []
    for view in window.findChildren(pg.PlotWidget):
        legend = getattr(view, "legend", None)
        if not view.isVisible() or legend is None or not legend.isVisible():
            continue
        box, rect = view.getViewBox().sceneBoundingRect(), legend.sceneBoundingRect()
        above = view.getPlotItem().sceneBoundingRect().contains(rect) and rect.bottom() <= box.top()
        if not box.contains(rect) and not above:
            failures.append(f"{type(view).__name__}: the legend leaves its plot")
    return failures


def code_panel_failures(ui) -> list[str]:
    if not ui.code_shown:
        return ["the code panel is hidden"]
    if not ui.code_beside:
        ui.bring_to_front(ui.code_view)
        QApplication.processEvents()
    columns = ui.code_view.visible_columns()
    if not ui.code_beside:
        ui.bring_to_front(ui.heat_panel)
    return [] if columns >= CODE_COLUMNS else [f"the code panel shows {columns} columns"]


def unreachable_controls(ui) -> list[str]:
    """Every control can be scrolled into view, whole, within the controls column; on a stage, where the
    column folds away, the essentials are in the stage bar."""
    if ui.stage_place == "stage":
        bar = ui.stage_bar
        return [f"the stage bar's {type(part).__name__} is hidden" for part in
                (bar.variant, bar.start_pause, bar.step, bar.pace, bar.reset, bar.menu_button) if not part.isVisible()]
    scroll = ui.controls_scroll
    viewport = scroll.viewport().rect()
    failures = []
    controls = ui.controls
    for widget in controls.findChildren(QWidget):
        if not widget.isVisibleTo(controls) or not isinstance(widget, (QAbstractButton, QComboBox, QLineEdit)):
            continue
        scroll.ensureWidgetVisible(widget, 0, 0)
        QApplication.processEvents()
        rect = QRect(widget.mapTo(scroll.viewport(), QPoint(0, 0)), widget.size())
        if not viewport.contains(rect):
            failures.append(f"{type(widget).__name__} {widget_texts(widget)!r} cannot be scrolled into view")
    scroll.verticalScrollBar().setValue(0)
    return failures


# The tests

def look_at(ui, qtbot, theme: str, presentation: bool, size: tuple[int, int]) -> None:
    ui.set_look(theme, presentation)
    window = ui.window
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().toTuple() == size or window.minimumSizeHint().width() > size[0],
                    timeout=10_000)
    for _ in range(3):
        ui.controller.request_frame()
        QApplication.processEvents()


def problems_in_every_look(ui, qtbot, sizes: dict[str, tuple[int, int]] = SIZES) -> list[str]:
    problems = []
    window = ui.window
    for (theme, presentation), (size_name, size) in itertools.product(LOOKS, sizes.items()):
        look_at(ui, qtbot, theme, presentation, size)
        where = f"{theme}{' presentation' if presentation else ''} at {size_name}"
        found = []
        if window.size().toTuple() != size:
            found.append(f"the window cannot be {size}: it is {window.size().toTuple()}")
        found += widget_contrast_failures(window) + plot_contrast_failures(window) + code_failures(ui.code_view)
        found += overlapping_tick_labels(window) + legend_failures(window)
        found += code_panel_failures(ui) + unreachable_controls(ui) + problems_in_every_tab(ui)
        problems += [f"{where}: {problem}" for problem in found]
    return problems


def problems_in_every_tab(ui) -> list[str]:
    """Every text whole and apart (``texts.layout_problems``), with each tab under the plots in front."""
    tabs = ui.tabs_below()
    problems = []
    for tab in tabs:
        ui.bring_to_front(tab)
        for _ in range(3):  # laid out, and a frame painted into it
            ui.controller.request_frame()
            QApplication.processEvents()
        problems += layout_problems(ui.window)
    ui.bring_to_front(tabs[0])
    return problems


@pytest.mark.parametrize("theme", ["dark", "light"])
def test_the_palette_reads_well_in_menus_tooltips_and_selections(theme):
    assert palette_failures(theme) == []


def test_a_finished_dynamicnet_run_reads_well_in_every_look_at_every_classroom_size(ui, qtbot):
    ui.show_config(RunConfig.for_variant("numpy", steps=60))
    ui.pace(None)
    ui.start()
    ui.run_to_end()
    ui.show_config(RunConfig.for_variant("dynamic"))
    ui.start()  # numpy's run stays as a past run: the legend shows
    ui.run_to_end()
    assert ui.past_runs
    assert problems_in_every_look(ui, qtbot) == []


def test_every_variant_reads_well_in_every_look_on_a_projector(ui, qtbot):
    """The other six variants (DynamicNet is above), one after another in one window: their own titles,
    notes and code, in the four looks at the size where room is least (the others: DynamicNet and the race)."""
    projectors = {"1024x768": SIZES["1024x768"]}
    problems = []
    for variant in [name for name in VARIANTS if name != "dynamic"]:
        ui.show_config(RunConfig.for_variant(variant, steps=100))
        ui.pace(None)
        ui.start()
        ui.run_to_end()
        problems += [f"{variant}, {problem}" for problem in problems_in_every_look(ui, qtbot, projectors)]
    assert problems == []


@pytest.fixture
def pseudo_locale(qapp):
    """Every sentence about 40% longer and accented (``app.language.pseudo``), for the windows made after it."""
    language.use(language.PSEUDO)
    yield
    language.use("en")


def test_the_pseudo_locale_reads_well_in_every_look_on_a_projector_and_a_laptop(pseudo_locale, ui, qtbot):
    """Where a translation's longer words break the layout, before a translator finds it: German's, say."""
    assert ui.window.menuBar().actions()[0].text().startswith("[&Fîlé")  # the window speaks the pseudo-locale
    ui.show_config(RunConfig.for_variant("numpy", steps=60))
    ui.pace(None)
    ui.start()
    ui.run_to_end()
    ui.show_config(RunConfig.for_variant("dynamic", steps=200))
    ui.start()
    ui.run_to_end()
    sizes = {name: SIZES[name] for name in ("1024x768", "1280x720")}
    assert problems_in_every_look(ui, qtbot, sizes) == []


def test_a_race_reads_well_in_every_look_at_every_classroom_size(ui, qtbot):
    ui.set(steps=200)
    ui.pace(None)
    assert ui.racing.start(["numpy", "tensors", "autograd"])
    ui.run_to_end()
    assert ui.check_panel.isVisible()
    assert problems_in_every_look(ui, qtbot) == []


def test_the_light_theme_reaches_the_controls_menus_and_status_bar(ui, qtbot):
    """The first report: in the light theme the controls column and the menu bar stayed dark."""
    look_at(ui, qtbot, "light", False, (1280, 720))
    window = ui.window
    image = window.grab().toImage()
    for part in (ui.controls_scroll, window.menuBar(), window.statusBar()):
        rect = QRect(part.mapTo(window, QPoint(0, 0)), part.size())
        assert dominant(image, rect).lightness() > 200, type(part).__name__


def test_the_code_becomes_a_tab_where_the_window_is_narrow_and_comes_back_beside(ui, qtbot):
    look_at(ui, qtbot, "dark", False, (1024, 768))
    assert not ui.code_beside
    assert ui.code_view in ui.tabs_below()
    look_at(ui, qtbot, "dark", False, (1920, 1080))
    assert ui.code_beside and ui.code_view.isVisible()
    assert len(ui.tabs_below()) == 1


def test_the_code_key_hides_and_shows_the_code_tab(ui, qtbot):
    look_at(ui, qtbot, "dark", False, (1024, 768))
    ui.trigger("code")
    assert ui.code_view not in ui.tabs_below()
    ui.trigger("code")
    assert ui.code_view in ui.tabs_below()


@pytest.mark.process
def test_a_slide_at_pixel_ratio_2_is_drawn_at_twice_the_pixels(tmp_path):
    out = tmp_path / "4k.png"
    done = subprocess.run([sys.executable, "-m", "app", "snapshot", "tensors", "--steps", "20", "--size",
                           "3840x2160", "--scale", "2", "--theme", "light", "--out", str(out)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (3840, 2160)


def test_switching_the_look_during_a_run_changes_everything_at_once_and_the_run_goes_on(ui, qtbot):
    """The second report: presentation mode left the controls' text small, and T left them dark."""
    from PySide6.QtCore import Qt

    from app.gui.look import SIZES

    ui.show_config(RunConfig.for_variant("tensors", steps=100_000))
    ui.pace(500)
    ui.start()
    qtbot.waitUntil(lambda: ui.steps_done > 0, timeout=10_000)
    ui.press(Qt.Key.Key_T)
    ui.press(Qt.Key.Key_P)
    window = ui.window
    assert ui.control("progress_label").font().pointSize() == SIZES[True].app_pt
    assert window.menuBar().font().pointSize() == SIZES[True].app_pt
    bar = ui.stage_bar
    assert bar.start_pause.font().pointSize() == SIZES[True].app_pt
    image = window.grab().toImage()
    assert ui.stage_place == "stage"  # presentation mode: the controls fold into the stage bar, the code is a tab
    for part in (ui.stage_bar, window.statusBar(), ui.loss_plot, ui.heatmap("first")):
        rect = QRect(part.mapTo(window, QPoint(0, 0)), part.size())
        assert dominant(image, rect).lightness() > 200, type(part).__name__
    done = ui.steps_done
    qtbot.waitUntil(lambda: ui.steps_done > done + 10, timeout=10_000)
    assert ui.controller.state == "running"
    ui.controller.stop()


def test_editing_the_code_brings_its_panel_forward_even_as_a_hidden_tab(ui, qtbot):
    look_at(ui, qtbot, "dark", False, (1024, 768))
    ui.trigger("code")  # hidden
    ui.trigger("edit_code")
    assert ui.tab_in_front() is ui.code_view
    assert ui.code_shown and ui.actions["code"].isChecked()
