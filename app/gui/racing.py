"""A race: the chosen variants in lockstep on one problem, with the sizes, steps and seed shown."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from models import VARIANTS, ConfigError, Problem, RunConfig
from models.config import device_for
from widgets.race_dialog import RaceDialog

if TYPE_CHECKING:
    from .window import MainWindow

KEPT = ("N", "D_in", "H", "D_out", "steps", "seed")  # what every lane shares, and a change of variant keeps
PRESELECTED = ["numpy", "tensors", "autograd"]  # the notebook's first three cells: one network three ways


class Racing:
    """Starts races in ``window``'s controller, and asks for one in a dialog."""

    def __init__(self, window: MainWindow):
        self.window = window

    def start(self, names: list[str], dtype: str = "float64", keep_steps: list[int] | None = None,
              edited: str | None = None) -> bool:
        """Race ``names``; False, after saying why, when a setting or an edit refuses it.

        ``edited``: a variant whose edit races the notebook's version of it too, as the lane on show (the
        heatmaps and code are the edit's).
        """
        window = self.window
        window.controller.trainer_class()  # first: until torch has listed the devices, a GPU cannot be chosen
        edit = window.edit_to_run(edited) if edited is not None else None
        if edit is False:
            return False
        values = window.controls.values()
        try:
            configs = self._configs([*names, edited] if edit is not None else names, values, dtype)
        except ConfigError as error:
            window.notes.show("error", f"<b>Cannot start the race:</b> {html.escape(str(error))}")
            return False
        edits = [None] * len(configs)
        if edit is not None:  # the edit runs first, beside the notebook's lane of the same config
            configs.insert(0, next(config for config in configs if config.variant == edited))
            edits.insert(0, edit)
        problem = Problem.draw(values["N"], values["D_in"], values["H"], values["D_out"], values["seed"])
        window.controller.start(configs, problem, steps_per_s=window.controls.steps_per_s,
                                max_pixels=window.views.heatmap_pixels(), keep_steps=keep_steps, edited=edits)
        return True

    def dialog(self) -> None:
        window = self.window
        if window.controller.active:
            window.statusBar().showMessage("Stop the run (Esc) before starting a race", 4000)
            return
        variant = window.controls.values()["variant"]
        edited = variant if variant in window.editing.edits else None  # the box to race the edit shows only then
        dialog = RaceDialog([(n, v.title) for n, v in VARIANTS.items()], PRESELECTED, window, edited)
        if dialog.exec():
            self.start(dialog.chosen(), dialog.dtype.currentText(),
                       edited=edited if dialog.edit_box.isChecked() else None)

    @staticmethod
    def _configs(names: list[str], values: dict, dtype: str) -> list[RunConfig]:
        """One config a lane, in the notebook's order; a CPU-only variant keeps its own device and dtype."""
        shared = {key: values[key] for key in KEPT}
        return [
            RunConfig.for_variant(name, **shared, device=device_for(name, values["device"]),
                                  dtype=VARIANTS[name].dtype if VARIANTS[name].cpu_only else dtype)
            for name in VARIANTS if name in names
        ]
