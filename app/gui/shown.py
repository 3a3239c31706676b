"""What the settings shown mean: the variant's title, fields, heatmaps, side panels, code and notes,
the memory the run would take, and the edit Start would run."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING, Literal

from PySide6.QtWidgets import QStatusBar

from app.language import translate
from app.run.controller import RunController
from models import VARIANTS, ConfigError, RunConfig, estimate_bytes
from models.catalog import panel_part
from models.edited import EditedCode, EditedCodeError
from widgets.controls import Controls
from widgets.words import fixed

from .editing import CodeEditing
from .notes import Notes
from .views import WindowViews

if TYPE_CHECKING:
    from app.run.trainer import Trainer

APP_NAME = "Descent Lab"
KEPT = ("N", "D_in", "H", "D_out", "steps", "seed")  # what a change of variant keeps, and every race lane shares


class ShownSettings:
    """The settings in ``controls`` and everything that follows them; ``set_title`` names the window."""

    def __init__(self, controls: Controls, views: WindowViews, editing: CodeEditing, notes: Notes,
                 controller: RunController, status_bar: QStatusBar, set_title: Callable[[str], None]):
        self.controls, self.views, self.editing, self.notes = controls, views, editing, notes
        self.controller, self.status_bar, self.set_title = controller, status_bar, set_title

    def current_config(self, quiet: bool = False) -> RunConfig | None:
        """The validated settings shown, or None after explaining what is refused."""
        try:
            return RunConfig(**self.controls.values())
        except ConfigError as error:
            if not quiet:
                said = translate("Shown", "<b>Cannot start:</b> {why}").format(why=html.escape(str(error)))
                self.notes.show("error", said)
            return None

    def variant(self) -> str:
        return self.controls.values()["variant"]

    def notebook_defaults(self) -> None:
        if not self.controller.active:
            self.show_config(RunConfig.for_variant(self.variant()))

    def choose_variant(self, name: str) -> None:
        """Keys 1 to 7: only between runs, since a run's settings are locked."""
        if self.controller.active:
            self.status_bar.showMessage(translate("Shown", "Stop the run (Esc) before switching variant"), 4000)
            return
        self.select_variant(name)

    def select_variant(self, name: str) -> None:
        """Show ``name`` with its notebook defaults, keeping the problem sizes, steps and seed."""
        values = self.controls.values()
        keep = {key: values[key] for key in KEPT}
        if not VARIANTS[name].cpu_only:
            keep["device"] = values["device"]  # a chosen GPU stays chosen across variants
        try:
            config = RunConfig.for_variant(name, **keep)
        except ConfigError:
            config = RunConfig.for_variant(name)
        self.show_config(config)

    def show_config(self, config: RunConfig) -> None:
        """Put ``config`` into the controls and everything that depends on the variant."""
        self.controls.set_values(config.to_dict())
        variant = VARIANTS[config.variant]
        self.controls.show_fields_for(
            fixed_device="cpu" if variant.cpu_only else None,
            fixed_dtype=variant.dtype if variant.cpu_only else None,
            momentum="momentum" in variant.options,
            update="update" in variant.options,
            why_fixed=translate("Shown", "The {variant} variant runs on the CPU in {dtype}, as in the notebook").format(
                variant=variant.name, dtype=variant.dtype),
        )
        self.set_title(f"{APP_NAME} — {translate('Variants', variant.title)}")
        self.views.label_heatmaps(variant.layers)
        if self.controller.trainer is None:
            self.show_panels_for(config)
        self.show_code(config)
        self.on_edited()

    def on_edited(self) -> None:
        """A setting changed: the memory estimate, and what shows before a run, follow it."""
        try:
            config = RunConfig(**self.controls.values())
        except ConfigError as error:
            self.views.memory_note.setText(f"⚠ {error.allowed}" if error.field == "sizes" else f"⚠ {error}")
            return
        size = _size(estimate_bytes(config))
        self.views.memory_note.setText(translate("Shown", "memory: about {size}").format(size=size))
        if not self.controller.active:
            self.notes.show_variant_notes(config)
            self.show_code(config)
        if self.controller.trainer is None:  # no matrix on show: the axes follow the sizes typed
            self.views.frame_heatmaps(_shapes(config))

    def show_panels_for(self, config: RunConfig, race_checks: bool = False) -> None:
        depth = VARIANTS[config.variant].draws_depth and not race_checks
        self.views.show_side_panels(depth=depth, checks=race_checks)
        self.views.label_heatmaps(VARIANTS[config.variant].layers)
        self.views.frame_heatmaps(_shapes(config))

    def show_code(self, config: RunConfig, trainer: Trainer | None = None) -> None:
        """``config``'s code as it runs: in ``trainer``, edited only where a lane runs the edit; between runs,
        what Start would run."""
        variant = VARIANTS[config.variant]
        self.editing.show_variant(config.variant)
        text = self.editing.text_of(config.variant)
        if trainer is not None:
            edits = [lane.edited for lane in trainer.lanes
                     if isinstance(lane.edited, EditedCode) and lane.edited.variant == config.variant]
            text = edits[0].text if edits else variant.full_source()
        source, first_line = panel_part(text)
        marks = {line: translate("Variants", note.why) for note in variant.notes if note.applies(config)
                 for line in note.lines(source, first_line)}
        self.views.code_view.show_source(translate("Variants", variant.title),
                                         html.escape(translate("Variants", variant.summary)), source, first_line, marks)

    def edit_to_run(self, variant: str) -> EditedCode | Literal[False] | None:
        """``variant``'s edit compiled (None: none), or False when a syntax error refuses it, marked on its line."""
        try:
            return self.editing.code_to_run(variant)
        except EditedCodeError as error:
            self.notes.show("error", translate("Shown", "<b>Cannot start: line {line} of your code:</b> {why}. It is "
                                                        "marked in the editor.")
                            .format(line=error.line, why=html.escape(error.message)))
            return False


def _shapes(config: RunConfig) -> dict[str, tuple[int, int]]:
    """Each heatmap's matrix for ``config``, as (outputs, inputs)."""
    return {"first": (config.H, config.D_in), "middle": (config.H, config.H), "last": (config.D_out, config.H)}


def _size(n: int) -> str:
    if n >= 1e9:
        return translate("Shown", "{size} GB").format(size=fixed(n / 1e9, 1))
    return translate("Shown", "{size} MB").format(size=fixed(max(n / 1e6, 0.1), 1))
