"""A race: the chosen variants in lockstep on one problem, with the sizes, steps and seed shown."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Literal

from PySide6.QtWidgets import QStatusBar, QWidget

from app.language import translate
from app.run.controller import RunController
from models import VARIANTS, ConfigError, RunConfig
from models.config import device_for
from models.edited import EditedCode
from widgets.controls import Controls
from widgets.race_dialog import RaceDialog

from .editing import CodeEditing
from .notes import Notes
from .predicting import Predicting
from .shown import KEPT

PRESELECTED = ["numpy", "tensors", "autograd"]  # the notebook's first three cells: one network three ways


class Racing:
    """Starts races in ``controller`` with the settings in ``controls``, and asks for one in a dialog over
    ``parent``; ``edit_to_run(variant)`` gives an edit to race (False: refused, and said why). While the class
    predicts, the dialog takes predicted orders of finish, which ``predicting`` judges when the race ends."""

    def __init__(self, controller: RunController, controls: Controls, editing: CodeEditing, notes: Notes,
                 status_bar: QStatusBar, parent: QWidget,
                 edit_to_run: Callable[[str], EditedCode | Literal[False] | None],
                 max_pixels: Callable[[], tuple[int, int]], predicting: Predicting):
        self.controller, self.controls, self.editing, self.notes = controller, controls, editing, notes
        self.status_bar, self.parent, self.edit_to_run, self.max_pixels = status_bar, parent, edit_to_run, max_pixels
        self.predicting = predicting

    def start(self, names: list[str], dtype: str = "float64", keep_steps: list[int] | None = None,
              edited: str | None = None) -> bool:
        """Race ``names``; False, after saying why, when a setting or an edit refuses it.

        ``edited``: a variant whose edit races the notebook's version of it too, as the lane on show (the
        heatmaps and code are the edit's).
        """
        self.controller.trainer_class()  # first: until torch has listed the devices, a GPU cannot be chosen
        edit = self.edit_to_run(edited) if edited is not None else None
        if edit is False:
            return False
        values = self.controls.values()
        try:
            configs = self._configs([*names, edit.variant] if edit is not None else names, values, dtype)
        except ConfigError as error:
            said = translate("Racing", "<b>Cannot start the race:</b> {why}")
            self.notes.show("error", said.format(why=html.escape(str(error))))
            return False
        edits: list[EditedCode | None] = [None] * len(configs)
        if edit is not None:  # the edit runs first, beside the notebook's lane of the same config
            configs.insert(0, next(config for config in configs if config.variant == edit.variant))
            edits.insert(0, edit)
        from models.problem import Problem  # torch: loaded after the window shows, so not at import

        problem = Problem.draw(values["N"], values["D_in"], values["H"], values["D_out"], values["seed"])
        self.controller.start(configs, problem, steps_per_s=self.controls.steps_per_s,
                              max_pixels=self.max_pixels(), keep_steps=keep_steps, edited=edits)
        return True

    def dialog(self) -> None:
        if self.controller.active:
            self.status_bar.showMessage(translate("Racing", "Stop the run (Esc) before starting a race"), 4000)
            return
        variant = self.controls.values()["variant"]
        edited = variant if variant in self.editing.edits else None  # the box to race the edit shows only then
        titles = [(name, translate("Variants", each.title)) for name, each in VARIANTS.items()]
        dialog = RaceDialog(titles, PRESELECTED, self.parent, edited, predict=self.predicting.on)
        if dialog.exec():
            self.predicting.take_guesses(dialog.guesses(), dict(dialog.lanes()))
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
