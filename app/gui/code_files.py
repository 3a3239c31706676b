"""The code's own files: the run on show exported as a Jupyter notebook that reproduces it, and a module
(a ``.py``, or the module cell of an exported notebook) opened in the editor.

Both touch the file off the window's thread (``background``): the notebook is made
and written whole (``filesystem.write_file``), a module read within its size
(``io.code_files``). A refusal is one sentence in the banner, and nothing is lost:
the run stays, to be exported elsewhere; the editor stays as it was.
"""

from __future__ import annotations

import functools
import html
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QStatusBar, QWidget

from app import __version__
from app.io.code_files import CodeFile, CodeFileError, read_code_file
from app.io.filesystem import FileError, write_file
from app.io.sessions import code_fault
from app.language import translate
from app.run.controller import RunController
from models import window_threads
from models.edited import EditedCode

from .background import in_background
from .editing import CodeEditing
from .file_actions import results_of
from .notes import Notes
from .settings import Settings


class CodeFiles:
    """File, Export as notebook…, and the editor's Open…; ``choose_variant`` shows the variant a notebook holds.

    ``window`` is what the dialogs open over, and what the reading and writing threads belong to.
    """

    def __init__(self, window: QWidget, *, controller: RunController, editing: CodeEditing, notes: Notes,
                 settings: Settings, status_bar: QStatusBar, choose_variant: Callable[[str], None]):
        self.window, self.controller, self.editing, self.notes = window, controller, editing, notes
        self.settings, self.status_bar, self.choose_variant = settings, status_bar, choose_variant
        editing.open_button.clicked.connect(lambda: self.open_code())

    def export_notebook(self, path: str | Path | None = None) -> bool:
        """The run on show as a notebook that prints its losses (``models.notebook``): the file `notebook VARIANT
        --threads N` writes for the same settings and code, N the window's threads. Whether writing began."""
        trainer = self.controller.trainer
        results = results_of(trainer)
        if trainer is None or not results:
            self.status_bar.showMessage(translate("CodeFiles", "There is no run to export yet"), 4000)
            return False
        if trainer.is_race:
            self.status_bar.showMessage(translate("CodeFiles", "A race is not exported as a notebook, as its lanes "
                                                               "share one problem: run one variant, then export it"),
                                        6000)
            return False
        path = Path(path) if path else self._ask_path(trainer.config.variant)
        if path is None:
            return False
        result, edited = results[0], trainer.lanes[0].edited
        edited = edited if isinstance(edited, EditedCode) else None
        threads = window_threads(result.config)  # the window's numbers are those of `run --threads` this

        def write() -> str | Path:
            from models.notebook import notebook_text  # nbformat loads on the thread, when first asked for

            return write_file(path, notebook_text(result, app_version=__version__, threads=threads, edited=edited))

        in_background(write, functools.partial(self._exported, path), self.window)
        return True

    def open_code(self, path: str | Path | None = None) -> bool:
        """A module into the editor: a ``.py`` as the variant shown's, an exported notebook's as its own
        variant's (shown, between runs). It runs only at Start. Whether reading began."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.window, translate("CodeFiles", "Open code"), str(self.settings.folder()),
                translate("CodeFiles", "Python module or exported notebook (*.py *.ipynb);;All files (*)"))
            if not path:
                return False
        path = Path(path)
        in_background(lambda: read_code_file(path), functools.partial(self._opened, path), self.window)
        return True

    def _exported(self, path: Path, written: str | Path | None, error: BaseException | None) -> None:
        if error is not None or written is None:
            said = str(error) if isinstance(error, (FileError, ValueError)) else f"{type(error).__name__}: {error}"
            self.notes.show("error", translate("CodeFiles", "<b>Notebook not saved.</b> {why}. Nothing is lost: the "
                                                            "run is still here, and can be exported somewhere else.")
                            .format(why=html.escape(said)))
            return
        self.settings.set_folder(path.parent)
        self.status_bar.showMessage(translate("CodeFiles", "Saved {path}: run it in Jupyter, and it prints what this "
                                                           "run printed").format(path=written), 8000)

    def _opened(self, path: Path, code: CodeFile | None, error: BaseException | None) -> None:
        refusal = _refusal(code, error)
        variant = (code and code.variant) or self.editing.variant  # a .py is the variant shown's
        if refusal is None and variant != self.editing.variant and self.controller.active:
            refusal = translate("CodeFiles", "{path} holds the {variant} variant's module: stop the run (Esc) before "
                                             "opening it").format(path=path, variant=variant)
        if refusal is not None or code is None:
            self.notes.show("error", translate("CodeFiles", "<b>Cannot open the code:</b> {why}. The editor is "
                                                            "unchanged.")
                            .format(why=html.escape(str(refusal))))
            return
        if variant != self.editing.variant:
            self.choose_variant(variant)
        self.editing.open_file(variant, code.text, code.filename)
        self.settings.set_folder(path.parent)
        self.status_bar.showMessage(translate("CodeFiles", "Opened {file} as the {variant} variant's code: it runs "
                                                           "when you "
                                                           "press Start").format(file=path.name, variant=variant), 8000)

    def _ask_path(self, variant: str) -> Path | None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        default = self.settings.folder() / f"descent-lab-{variant}-{stamp}.ipynb"
        path, _ = QFileDialog.getSaveFileName(self.window, translate("CodeFiles", "Export as notebook"), str(default),
                                              translate("CodeFiles", "Jupyter notebook (*.ipynb)"))
        return Path(path) if path else None


def _refusal(code: CodeFile | None, error: BaseException | None) -> str | None:
    """Why a file read gives no module to keep in the editor, in one sentence; None when it does."""
    if isinstance(error, CodeFileError):
        return str(error)
    if error is not None or code is None:
        return f"{type(error).__name__}: {error}"
    fault = code_fault(code.text)
    if fault is None:
        return None
    return translate("CodeFiles", "{file}'s code {fault}").format(file=code.filename, fault=fault)
