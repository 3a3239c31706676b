"""What the banner above the plots says: a variant's notes, a divergence, a refusal, and the one action it offers."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from app.language import translate
from models import VARIANTS, RunConfig
from models.catalog import panel_part
from widgets.banner import Banner

if TYPE_CHECKING:
    from app.run.trainer import Trainer

    from .editing import CodeEditing


class Notes:
    """Explanations in ``banner``; ``change_settings(**changes)`` applies what an action offers."""

    def __init__(self, banner: Banner, change_settings: Callable[..., None], editing: CodeEditing | None = None):
        """``editing``: the code that runs, and an editor a note can open at its line."""
        self.banner = banner
        self._change_settings = change_settings
        self._editing = editing
        self._action: Callable[[], None] | None = None
        # Told of every change of the settings shown, and of each run's: asks the class its questions about such
        # a run; True while one waits for the run to answer, and holds back a note that would give it away
        self.questions: Callable[[RunConfig | None], bool] = lambda _config: False
        banner.action_clicked.connect(self._on_action)
        banner.text.setTextInteractionFlags(banner.text.textInteractionFlags()
                                            | Qt.TextInteractionFlag.LinksAccessibleByMouse)
        banner.text.linkActivated.connect(self._on_link)

    def show(self, kind: str, text: str, action: str | None = None, callback: Callable[[], None] | None = None) -> None:
        """A message (info, warning or error, as HTML), with an optional action button."""
        self._action = callback
        self.banner.show_message(kind, text, action)

    def show_variant_notes(self, config: RunConfig | None) -> None:
        """Notes that depend on the settings alone, such as the nn variant's flat loss; or none."""
        held = self.questions(config)
        notes = [note for note in VARIANTS[config.variant].notes if note.applies(config)] if config and not held else []
        lines = self._lines_of(notes[0], config.variant) if config and notes else []
        if notes and (lines or self._editing is None):
            note = notes[0]
            exercise = translate("Notes", '<a href="line:{line}">Or change line {line} yourself</a>.')
            exercise = exercise.format(line=lines[0]) if lines else ""
            title, text = translate("Variants", note.title), translate("Variants", note.text)
            self.show("info", f"<b>{html.escape(title)}</b> {code_spans(text)} {exercise}".rstrip(),
                      translate("Variants", note.fix_label), lambda: self._change_settings(**note.fix))
        elif self.banner.kind == "info":
            self.banner.clear()

    def explain_divergence(self, trainer: Trainer) -> None:
        config, losses = trainer.config, trainer.history.losses
        smaller = config.lr / 10
        self.show(
            "warning",
            translate("Notes", "<b>The run diverged at step {step}:</b> the loss became {loss}. Each update overshot "
                               "by more than it corrected. A smaller learning rate keeps it stable: try {lr}.")
            .format(step=len(losses) - 1, loss=losses[-1], lr=f"{smaller:g}"),
            translate("Notes", "Try lr = {lr}").format(lr=f"{smaller:g}"),
            lambda: self._change_settings(lr=smaller),
        )

    def _lines_of(self, note, variant: str) -> list[int]:
        """The lines of the code that runs (an edit's, or the notebook's) that ``note`` is about."""
        if self._editing is None:
            return []
        return note.lines(*panel_part(self._editing.text_of(variant)))

    def _on_link(self, link: str) -> None:
        if link.startswith("line:") and self._editing is not None:
            self._editing.edit_at(int(link.removeprefix("line:")))

    def _on_action(self) -> None:
        if self._action is not None:
            self._action()


def code_spans(text: str) -> str:
    """Plain text with `code` in backticks, as HTML."""
    return re.sub(r"`([^`]*)`", r"<code>\1</code>", html.escape(text))
