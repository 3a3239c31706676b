"""Edit mode for the code panel: the variant's module in an editor, each edit kept, run at Start, faults on their line.

The window asks ``code_to_run`` at Start (a syntax error is marked and nothing
runs) and hands a failed run to ``explain_failure``, which marks the edited
line where it arose with the student's own traceback. Edits are kept per
variant, remembered in the settings (those that fit: see ``Settings.set_edited_code``),
and the read-only panel shows them too: the code panel always shows the code that runs.
"""

from __future__ import annotations

import difflib
import functools
import html
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QBoxLayout, QLabel, QPushButton

from app.io.sessions import code_fault
from app.language import translate
from models import VARIANTS
from models.edited import EditedCode, EditedCodeError, EditedCodeRaised
from widgets.editor import CodeEditor
from widgets.flow import FlowLayout

if TYPE_CHECKING:
    from app.run.trainer import Trainer
    from widgets.code_view import CodeView
    from widgets.theme import Theme


class CodeEditing(QObject):
    """The edits of every variant, and the editor that shows the current one's in the code panel."""

    changed = Signal()  # an edit was made, reverted or loaded: the read-only panel shows it

    def __init__(self, code_view: CodeView, theme: Theme,
                 remember: Callable[[dict[str, str], Iterable[str]], set[str]]):
        """``remember(edits, from_file)`` keeps the edits between starts, those that fit, and returns the
        variants left out."""
        super().__init__(code_view)
        self.code_view, self._remember_edits = code_view, remember
        self.edits: dict[str, str] = {}  # variant: its module as edited, only where it differs
        self.from_file: set[str] = set()  # edits read from a session file: shown, not run until Start
        self.not_remembered: set[str] = set()  # edits kept in this window only: see _remember
        self.filenames: dict[str, str] = {}  # variant: the file its edit came from, for tracebacks
        self.variant = next(iter(VARIANTS))
        self.editor = CodeEditor(theme=theme)
        self.editor.hide()
        self.editor.edited.connect(self._on_typed)
        self.edit_button = QPushButton(translate("Editing", "Edit code (E)"))
        self.edit_button.setCheckable(True)
        self.edit_button.setToolTip(translate("Editing", "Edit this variant's module; Start runs your edit"))
        self.edit_button.toggled.connect(self._set_editing)
        self.revert_button = QPushButton(translate("Editing", "Revert to notebook"))
        self.revert_button.setToolTip(translate("Editing", "Put back the notebook's code for this variant (Ctrl+Z "
                                                           "undoes it)"))
        self.revert_button.clicked.connect(self.revert)
        self.open_button = QPushButton(translate("Editing", "Open…"))  # what it opens is ``code_files.CodeFiles``'s
        self.open_button.setToolTip(translate("Editing", "Open a module (.py) or a notebook exported from Descent Lab "
                                                         "(.ipynb) in the editor; Start runs it"))
        self.state = QLabel()
        self.state.setObjectName("codeState")
        self.state.setWordWrap(True)
        row = FlowLayout()  # the buttons and the state on one line where they fit, wrapped where they do not
        for widget in (self.edit_button, self.revert_button, self.open_button, self.state):
            row.addWidget(widget)
        layout = code_view.layout()
        assert isinstance(layout, QBoxLayout), "the code view is a column: its title, its note, its code"
        index = layout.indexOf(code_view.code)
        layout.insertLayout(index, row)
        layout.insertWidget(index + 2, self.editor, 1)
        self._show_state()

    def text_of(self, variant: str) -> str:
        """The module that runs for ``variant``: its edit, or the notebook's."""
        return self.edits[variant] if variant in self.edits else VARIANTS[variant].full_source()

    # The variant on show

    def show_variant(self, variant: str) -> None:
        """Follow the variant chosen: its edit (or the notebook's code) in the editor."""
        if variant == self.variant and self.editor.text():
            return
        self.variant = variant
        self.editor.set_text(self.text_of(variant))
        self._mark()

    def toggle(self) -> None:
        self.edit_button.toggle()

    def edit_at(self, line: int) -> None:
        """Open the editor with the cursor on ``line``: a note's first exercise."""
        self.edit_button.setChecked(True)
        self.editor.go_to_line(line)

    def _set_editing(self, on: bool) -> None:
        self.editor.setVisible(on)
        self.code_view.code.setVisible(not on)
        self.edit_button.setText(translate("Editing", "Done editing (E)") if on else translate("Editing", "Edit code "
                                                                                                          "(E)"))
        if on:
            self.editor.set_text(self.text_of(self.variant))
            self._mark()
            self.editor.text_edit.setFocus()

    def revert(self) -> None:
        self.editor.set_text(VARIANTS[self.variant].full_source(), undoable=True)
        self._keep(self.variant, self.editor.text())

    def set_edits(self, edits: dict[str, str], filenames: dict[str, str] | None = None,
                  from_file: Iterable[str] = ()) -> None:
        """Edits as remembered in the settings (``from_file``: those still marked so), or given on the
        command line.

        ``filenames``: what tracebacks call an edit read from a file (``snapshot --code FILE``).
        """
        self.edits = {variant: text for variant, text in edits.items()
                      if variant in VARIANTS and text != VARIANTS[variant].full_source()}
        self.filenames = dict(filenames or {})
        self.from_file = set(from_file) & set(self.edits)
        self._show_edits()

    def load_from_file(self, edits: dict[str, str]) -> None:
        """A session file's edits, over the ones kept: shown and marked "from a file", run only at Start.

        They were checked as the file was read (``session.code_fault``): text, no NUL, not too long.
        """
        for variant, text in edits.items():
            if text != VARIANTS[variant].full_source():
                self.edits[variant] = text
                self.from_file.add(variant)
        self._remember(*self.from_file)
        if self.variant in self.from_file:
            self.edit_button.setChecked(True)  # in plain sight before anything runs
        self._show_edits()

    def open_file(self, variant: str, text: str, filename: str) -> None:
        """A module opened from ``filename`` for ``variant``, the one on show: in the editor (Ctrl+Z takes back what it
        replaced), marked "from a file" until Start runs it, its tracebacks naming the file."""
        self.show_variant(variant)
        self.filenames[variant] = filename
        self.edit_button.setChecked(True)
        self.editor.set_text(text, undoable=True)
        self.from_file.add(variant)
        self._keep(variant, self.editor.text())

    def _show_edits(self) -> None:
        self.editor.set_text(self.text_of(self.variant))
        self._mark()
        self.changed.emit()

    def _on_typed(self) -> None:
        self._keep(self.variant, self.editor.text())

    def _keep(self, variant: str, text: str) -> None:
        if text == VARIANTS[variant].full_source():
            self.edits.pop(variant, None)
            self.from_file.discard(variant)
        else:
            self.edits[variant] = text
        self._remember(variant)
        self._mark()
        self.changed.emit()

    def _remember(self, *changed: str) -> None:
        """Keep the edits between starts, the ``changed`` ones last: where they do not all fit in the
        settings, those remembered before stay, and the changed one stays only in this window."""
        before = [variant for variant in self.edits if variant not in changed]
        order = sorted(before, key=lambda variant: variant in self.not_remembered)  # stable: remembered first
        order += [variant for variant in changed if variant in self.edits]
        self.not_remembered = self._remember_edits({v: self.edits[v] for v in order}, set(self.from_file))

    # Running

    def code_to_run(self, variant: str) -> EditedCode | None:
        """The edit Start runs, compiled to find a syntax error first (EditedCodeError, marked on its line)."""
        text = self.edits.get(variant)
        if text is None:
            return None
        edited = EditedCode(variant, text, self.filenames.get(variant, ""))
        try:
            edited.compile()
        except EditedCodeError as error:
            self._show_fault(variant, error.line, f"SyntaxError: {error.message}")
            raise
        if variant in self.from_file:
            self.from_file.discard(variant)
            self._remember()
        self._mark()
        return edited

    def explain_failure(self, trainer: Trainer) -> str | None:
        """A failed edited run: its line marked, and the banner's text (HTML); None when the run was not edited."""
        edited = next((lane.edited for lane in trainer.lanes if isinstance(lane.edited, EditedCode)), None)  # one a run
        if edited is None or trainer.error is None:
            return None
        error = trainer.error
        text, line = edited.traceback_of(error)
        self._show_fault(edited.variant, line, text)
        last = text.strip().splitlines()[-1]
        sentence = isinstance(error, EditedCodeError) and not isinstance(error, EditedCodeRaised)
        more = (translate("Editing", "It is shown under the code.") if sentence
                else translate("Editing", "The traceback is under the code."))
        if line is None:
            return translate("Editing", "<b>Your edited code failed:</b> {error}. {more}").format(
                error=html.escape(last), more=more)
        return translate("Editing", "<b>Your edited code failed at line {line}:</b> {error}. {more}").format(
            line=line, error=html.escape(last), more=more)

    def _show_fault(self, variant: str, line: int | None, text: str) -> None:
        if variant != self.variant:
            self.show_variant(variant)
        self.edit_button.setChecked(True)
        self._mark(error=(line, text))
        if line is not None:
            self.editor.go_to_line(line)

    # What changed

    def _mark(self, error: tuple[int | None, str] | None = None) -> None:
        self.editor.set_marks(changed_lines(VARIANTS[self.variant].full_source(), self.editor.text()), error)
        self._show_state()

    def _show_state(self) -> None:
        variant = self.variant
        edit = self.edits.get(variant)
        self.revert_button.setEnabled(edit is not None)
        if edit is None:
            self.state.setText(translate("Editing", "The notebook's code"))
            return
        count = len(changed_lines(VARIANTS[variant].full_source(), edit))
        said = (translate("Editing", "Edited: 1 line differs from the notebook's ({digest})") if count == 1 else
                translate("Editing", "Edited: {count} lines differ from the notebook's ({digest})"))
        said = said.format(count=count, digest=EditedCode(variant, edit).digest)
        if variant in self.from_file:
            said = translate("Editing", "From a file, not yet run: it runs only when you press Start.") + " " + said
        if variant in self.not_remembered:
            said += ". " + _not_remembered(edit)
        self.state.setText(said)


def _not_remembered(edit: str) -> str:
    """Why an edit is kept in this window only."""
    fault = code_fault(edit)
    if fault is not None:
        return translate("Editing", "This edit {fault}, so it is not remembered: it stays here and runs until you "
                                    "close the app, and is kept again once shortened").format(fault=fault)
    return translate("Editing", "The edits of all variants together are more than the settings keep, so this one is "
                                "not remembered: it stays here and runs until you close the app; revert another "
                                "variant's edit to keep it")


DIFF_CELLS = 200_000  # lines of the original times lines of the edit that difflib compares: ~10 ms at worst


@functools.lru_cache(maxsize=16)  # asked again for the same text at each change of what is shown
def changed_lines(original: str, edited: str) -> frozenset[int]:
    """The lines of ``edited`` (1-based) that are not the original's; beside a deletion, the line after it.

    Lines the two share at their start and end are set aside first. When what
    remains is too long to compare quickly (a long paste), all of it is changed.
    """
    old, new = original.splitlines(), edited.splitlines()
    head = 0
    while head < min(len(old), len(new)) and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < min(len(old), len(new)) - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    old_middle, new_middle = old[head:len(old) - tail], new[head:len(new) - tail]
    if len(old_middle) * len(new_middle) > DIFF_CELLS:
        return frozenset(range(head + 1, head + len(new_middle) + 1))
    changed: set[int] = set()
    matcher = difflib.SequenceMatcher(None, old_middle, new_middle, autojunk=False)
    for tag, _i1, _i2, j1, j2 in matcher.get_opcodes():
        if tag in ("replace", "insert"):
            changed.update(range(head + j1 + 1, head + j2 + 1))
        elif tag == "delete":
            changed.add(min(head + j1 + 1, max(len(new), 1)))
    return frozenset(changed)
