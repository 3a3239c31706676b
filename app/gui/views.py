"""The window's layout: which view sits where, and the panels built only when a run needs them.

``WindowViews`` builds the widget tree once and hands the window its parts: the
controls, the banner, the loss plot, the heatmap panel, the code view, the side
panels beside the loss (DynamicNet's depth, a race's gradient check) and the
status bar's labels. It knows nothing of runs: it is told which panels to show.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QLabel, QPushButton, QScrollArea, QSplitter, QTabWidget, QVBoxLayout, QWidget

from app.language import translate
from models.words import QT_TRANSLATE_NOOP
from widgets.banner import Banner
from widgets.code_view import CodeView
from widgets.controls import Controls
from widgets.depth_trace import DepthTrace
from widgets.inside_view import InsideView
from widgets.loss_plot import LossPlot
from widgets.status_bar import StatusBar
from widgets.steady_label import SteadyLabel
from widgets.timeline import Timeline

from .headers import checkbox, column, header, title
from .heatmap_panel import HeatmapPanel
from .look import SIZES, Look

CODE_COLUMNS = 60  # the code panel shows at least this many columns of code
MIN_CENTER_WIDTH = 640  # the plots' least width beside a code panel (at normal text size); else a tab
CONTROLS_SHARE = 0.3  # of the window's width, at most, while the controls could be narrower
TAB_MARGINS = 16  # the code's room in a tab: the centre's width, less its margins
SCROLL_BAR = 24  # room for the controls' scroll bar, when they are taller than the window
INSIDE_SHARE = 2 / 3  # of the height under the banner, for "Inside this step" as it opens
STATUS = {
    "variant": QT_TRANSLATE_NOOP("Views", "The variant of this run"),
    "step": QT_TRANSLATE_NOOP("Views", "Steps done out of the total"),
    "loss": QT_TRANSLATE_NOOP("Views", "The loss of the latest step"),
    "rate": QT_TRANSLATE_NOOP("Views", "Steps per second over the last second; paused or ended, the run's average"),
    "elapsed": QT_TRANSLATE_NOOP("Views", "Time since Start"),
    "device": QT_TRANSLATE_NOOP("Views", "Where the tensors live"),
}
# What steps aside, first to last, for a passing message too long to share the bar: the variant and the
# device are in the controls; the step and the loss stay.
YIELDING = ("variant", "device", "elapsed", "rate")


class WindowViews(QObject):
    """Every view of the window, laid out; ``root`` is the central widget."""

    room_changed = Signal()  # panels shown or hidden, or the room shared out afresh: a stage shares out its own

    def __init__(self, look: Look, controls: Controls, status_bar: StatusBar):
        super().__init__()
        self.look = look
        self.controls = controls
        self.memory_note = QLabel()
        self.memory_note.setWordWrap(True)
        self.memory_note.setToolTip(translate("Views", "About how much memory the run's tensors and history need"))
        fields = controls.layout()
        assert isinstance(fields, QBoxLayout), "the controls are a column of groups"
        fields.insertWidget(3, self.memory_note)
        self.controls_scroll = QScrollArea()
        self.controls_scroll.setWidget(controls)
        self.controls_scroll.setWidgetResizable(True)

        self.banner = Banner()
        self.loss_plot = LossPlot(theme=look.theme)
        self.log_scale = checkbox(translate("Views", "Log scale"), translate("Views", "Loss on a logarithmic axis (L)"),
                                  checked=True)
        self.log_scale.toggled.connect(self.loss_plot.set_log_scale)
        self.clear_runs = QPushButton(translate("Views", "Clear past runs"))
        self.clear_runs.setToolTip(translate("Views", "Remove the curves of earlier runs (click a legend entry to hide "
                                                      "one)"))
        self.clear_runs.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.clear_runs.clicked.connect(self.loss_plot.clear_past_runs)
        self.predict = checkbox(translate("Views", "Predict"),
                                translate("Views", "Draw the loss you expect on the plot before Start (G)"))
        self.loss_header = header(translate("Views", "Loss at each step"), self.clear_runs, self.log_scale,
                                  self.predict)

        # Panels most runs never show (depth, gradient check, middle_linear) are built on
        # first use: each pyqtgraph plot costs a few hundredths of a second to start.
        self._depth: tuple[DepthTrace, QWidget] | None = None
        self._check: tuple[LossPlot, QWidget] | None = None
        self._inside: InsideView | None = None
        self._sizes_before_inside: list[int] | None = None  # the plots' and weights' heights before it opened
        self.top_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.loss_column = column(self.loss_header, self.loss_plot)
        self.top_splitter.addWidget(self.loss_column)
        self.heat_panel = HeatmapPanel(look)
        self.heatmaps = self.heat_panel.heatmaps

        # Below the plots: the weights, and the code as a second tab where the window is too
        # narrow to show it beside them (the tab bar hides while there is one tab)
        self.lower = QTabWidget()
        self.lower.setDocumentMode(True)
        self.lower.setTabBarAutoHide(True)
        self.lower.addTab(self.heat_panel, translate("Views", "Weight matrices"))
        self.center_splitter = QSplitter(Qt.Orientation.Vertical)
        self.center_splitter.addWidget(self.top_splitter)
        self.center_splitter.addWidget(self.lower)
        self.center_splitter.setStretchFactor(0, 3)
        self.center_splitter.setStretchFactor(1, 2)
        self.center = center = QWidget()
        center_layout = QVBoxLayout(center)
        center_layout.setContentsMargins(4, 4, 4, 4)
        center_layout.addWidget(self.banner)
        center_layout.addWidget(self.center_splitter, 1)
        self.timeline = Timeline()  # rewinds a paused or ended run
        center_layout.addWidget(self.timeline)
        center.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # keys go to the window's shortcuts

        self.code_view = CodeView(theme=look.theme)
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        for widget in (self.controls_scroll, center, self.code_view):
            self.main_splitter.addWidget(widget)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setCollapsible(1, False)
        self.root = self.main_splitter
        self.code_beside = True  # beside the plots, or a tab below them
        self.code_shown = True  # the View menu's choice
        self.at_desk = True  # the plots beside the controls; else on a stage (``app.gui.stage``)
        self.depth_wanted = self.checks_wanted = False  # the side panels the run on show needs

        self.status: dict[str, QLabel] = {}
        held: dict[str, SteadyLabel] = {}  # the bar stays put while the labels count
        for key, tip in STATUS.items():
            held[key] = SteadyLabel()
            self.status[key] = label = held[key].label
            label.setToolTip(translate("Views", tip))
            status_bar.add_permanent(held[key])
        status_bar.set_yielding([held[key] for key in YIELDING])

    @property
    def splitters(self) -> dict[str, QSplitter]:
        """The splitters whose sizes are remembered; the others follow the variant on show. A stage
        arranges them its own way: the desk's, remembered before, stay as they were."""
        return {"main": self.main_splitter, "center": self.center_splitter} if self.at_desk else {}

    # Panels built on first use

    @property
    def depth_trace(self) -> DepthTrace:
        return self._depth_parts()[0]

    @property
    def depth_panel(self) -> QWidget:
        return self._depth_parts()[1]

    def _depth_parts(self) -> tuple[DepthTrace, QWidget]:
        if self._depth is None:
            trace = DepthTrace(theme=self.look.theme)
            self._depth = (trace, self._side_panel(trace, translate("Views", "Depth chosen at each step"), index=1))
            self.apply_look()
        return self._depth

    @property
    def check_plot(self) -> LossPlot:
        return self._check_parts()[0]

    @property
    def check_panel(self) -> QWidget:
        return self._check_parts()[1]

    def _check_parts(self) -> tuple[LossPlot, QWidget]:
        if self._check is None:
            plot = LossPlot(theme=self.look.theme)
            plot.setLabel("left", translate("Views", "difference ÷ gradient"))
            panel = self._side_panel(plot, translate("Views", "Gradient check: hand-derived against autograd"))
            panel.setToolTip(translate("Views", "Each step's largest difference between the gradients derived by hand "
                                                "and autograd's, relative to the largest gradient: machine precision"))
            self._check = (plot, panel)
            self.apply_look()
        return self._check

    @property
    def inside_view(self) -> InsideView:
        """"Inside this step", a tab beside the weights while it is open (``show_inside``)."""
        if self._inside is None:
            self._inside = InsideView(theme=self.look.theme)
            self.apply_look()
        return self._inside

    def built_inside_view(self) -> InsideView | None:
        return self._inside

    def show_inside(self, shown: bool) -> None:
        """The "Inside this step" tab beside the weights, in front; or gone. Open, it takes two thirds of the
        height under the banner (a graph, a list of tensors and a heatmap need the room); closed, the plots
        get theirs back."""
        view = self.inside_view
        index = self.lower.indexOf(view)
        sizes = self.center_splitter.sizes()
        if shown and index < 0:
            self.lower.insertTab(1, view, translate("Views", "Inside this step"))
            self._sizes_before_inside = sizes
            if sum(sizes) > 0 and sizes[1] < sum(sizes) * INSIDE_SHARE:
                lower = round(sum(sizes) * INSIDE_SHARE)
                self.center_splitter.setSizes([sum(sizes) - lower, lower])
        elif not shown and index >= 0:
            self.lower.removeTab(index)
            if self._sizes_before_inside is not None:
                self.center_splitter.setSizes(self._sizes_before_inside)
        if shown:
            self.lower.setCurrentWidget(view)

    def built_depth_trace(self) -> DepthTrace | None:
        """The depth trace if a run has needed it yet (a view never built has nothing to clear)."""
        return self._depth[0] if self._depth else None

    def built_check_plot(self) -> LossPlot | None:
        return self._check[0] if self._check else None

    def _side_panel(self, view: QWidget, text: str, index: int = -1) -> QWidget:
        """A panel beside the loss plot, built hidden: the run that needs it shows it."""
        panel = column(title(text), view)
        panel.hide()
        self.top_splitter.insertWidget(index, panel)
        return panel

    def show_side_panels(self, depth: bool, checks: bool) -> None:
        """Beside the loss: DynamicNet's depth, or a race's gradient check, or nothing. A stage may show the
        check as a tab instead (``app.gui.stage``): ``checks_wanted`` says whether it shows."""
        if (self.depth_wanted, self.checks_wanted) == (depth, checks):
            return
        self.depth_wanted, self.checks_wanted = depth, checks
        for wanted, parts, build in ((checks, self._check, self._check_parts),
                                     (depth, self._depth, self._depth_parts)):
            if wanted or parts is not None:
                panel = build()[1]
                if self.lower.indexOf(panel) < 0:  # a tab's showing is its tab widget's
                    panel.setVisible(wanted)
        width = max(self.top_splitter.width(), 600)
        share = 0.45 if checks else 0.25 if depth else 0.0
        sizes = {self.top_splitter.indexOf(self.loss_column): round(width * (1 - share))}  # none on a stage
        for panel, wanted in ((self._depth, depth), (self._check, checks)):
            if panel is not None:
                sizes[self.top_splitter.indexOf(panel[1])] = round(width * share) if wanted else 0
        self.top_splitter.setSizes([sizes.get(i, 0) for i in range(self.top_splitter.count())])
        self.room_changed.emit()

    # Heatmaps

    def label_heatmaps(self, layers: tuple[str, ...]) -> None:
        """Titles as the code names the layers; a middle (hidden to hidden) layer shown when there is one."""
        hidden = translate("Views", "hidden unit")
        first, last = translate("Views", "Layer 1: {name}"), translate("Views", "Layer 2: {name}")
        self.heatmaps["first"].set_labels(first.format(name=layers[0]), hidden, translate("Views", "input feature"))
        self.heatmaps["last"].set_labels(last.format(name=layers[-1]), translate("Views", "output"), hidden)
        self.heat_panel.show_middle(layers[1] if len(layers) == 3 else None)

    def frame_heatmaps(self, shapes: dict[str, tuple[int, int]]) -> None:
        """Axes in the shape of the matrices a run will show: the class sees them before Start."""
        for name, heatmap in self.heatmaps.items():
            heatmap.set_shape(*shapes[name])

    def heatmap_pixels(self) -> tuple[int, int]:
        """The largest matrix a heatmap can show pixel for pixel: the worker subsamples to it."""
        ratio = self.root.devicePixelRatioF()
        widest = max(self.heatmaps["first"].width(), 64)
        tallest = max(self.heatmaps["first"].height(), 64)
        return round(tallest * ratio), round(widest * ratio)

    # The look and the room each part gets

    def apply_look(self) -> None:
        """The theme and sizes on every plot built so far, and on the code view."""
        look, sizes = self.look, self.look.plot_sizes
        plots = [self.loss_plot] + ([self._check[0]] if self._check else [])
        for plot in plots:
            plot.apply_theme(look.theme, line_width=look.line_width, font_pt=sizes.plot_pt, legend_pt=sizes.legend_pt)
        self.heat_panel.apply_look()
        if self._depth:
            self._depth[0].apply_theme(look.theme, font_pt=sizes.small_pt)
        self.code_view.apply_theme(look.theme, font_pt=sizes.small_pt)
        if self._inside is not None:
            # its list, and its graph fitted, at the window's text size (15 pt where projected), read from the back
            self._inside.apply_theme(look.theme, font_pt=sizes.small_pt, least_pt=sizes.app_pt)
        self.controls_scroll.setMinimumWidth(self.controls.minimumSizeHint().width() + SCROLL_BAR)

    def controls_width(self, width: int) -> int:
        """As wide as the controls like, up to a share of the window, never narrower than they can be."""
        hint, least = self.controls.sizeHint().width(), self.controls.minimumSizeHint().width()
        return max(least, min(hint, round(CONTROLS_SHARE * width))) + SCROLL_BAR

    def arrange(self, width: int) -> None:
        """The code beside the plots where ``width`` leaves them room, else a tab beside the weights."""
        controls, needed = self.controls_width(width), self.code_view.width_for(CODE_COLUMNS)
        room = MIN_CENTER_WIDTH * self.look.sizes.plot_pt / SIZES[False].plot_pt
        beside = self.at_desk and width - controls - needed >= room  # on a stage the code is a tab
        if beside != self.code_beside:
            self.code_beside = beside
            if beside:
                self.lower.removeTab(self.lower.indexOf(self.code_view))
                self.main_splitter.addWidget(self.code_view)
            self.show_code(self.code_shown)
        tab = width - controls if self.at_desk else self.lower.width()
        self.code_view.fit(CODE_COLUMNS, needed if beside else tab - TAB_MARGINS)
        sizes = self.main_splitter.sizes()
        if beside and len(sizes) == 3 and sizes[2] < needed and sum(sizes) > 0:
            self.main_splitter.setSizes([sizes[0], sum(sizes) - sizes[0] - needed, needed])

    def show_code(self, shown: bool) -> None:
        """Show or hide the code panel (a tab, where it is one)."""
        self.code_shown = shown
        if self.code_beside:
            self.code_view.setVisible(shown)
            return
        index = self.lower.indexOf(self.code_view)
        if shown and index < 0:
            self.lower.addTab(self.code_view, translate("Views", "Code"))
        elif not shown and index >= 0:
            self.lower.removeTab(index)

    def reveal_code(self) -> None:
        """The code panel shown, and in front where it is a tab: the editor opens in it."""
        self.show_code(True)
        if not self.code_beside:
            self.lower.setCurrentWidget(self.code_view)

    def share_out(self, width: int) -> None:
        """The first-start sizes: controls as wide as they need; the code wide enough for its columns."""
        self.arrange(width)
        if not self.at_desk:
            self.room_changed.emit()
            return
        controls = self.controls_width(width)
        code = max(self.code_view.width_for(CODE_COLUMNS), round((width - controls) * 0.3)) if self.code_beside else 0
        self.main_splitter.setSizes([controls, width - controls - code] + [code] * self.code_beside)
        inside_open = self._inside is not None and self.lower.indexOf(self._inside) >= 0
        self.center_splitter.setSizes([310, 630] if inside_open else [560, 380])  # "Inside this step": two thirds

