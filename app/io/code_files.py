"""A variant's module read from a file the user names: a ``.py`` as Python reads it, or the module cell of
a notebook Descent Lab exported (and a student then edited in Jupyter), told by its ``.ipynb`` name.

Both are read as every file is (``filesystem.read_file``: regular files only, within a size), off
the window's thread where the window reads them. Every way a file fails to give a module is a
``CodeFileError`` in one sentence, for ``run --code`` and the editor's Open alike.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from app.language import translate
from models import VARIANTS
from models.notebook_edit import MAX_BYTES as MAX_NOTEBOOK_BYTES
from models.notebook_edit import NotebookError, read_edit

from .filesystem import FileError, read_file

MAX_MODULE_BYTES = 1 << 20  # a variant's module is a few kilobytes
NOTEBOOK = ".ipynb"


class CodeFileError(ValueError):
    """A file that gives no module to run; the message says why in one sentence."""


@dataclass(frozen=True)
class CodeFile:
    """A module read from a file: its text, what tracebacks call it, and the variant a notebook says it is
    (None for a ``.py``, which is whichever variant it is run as)."""

    text: str
    filename: str
    variant: str | None = None


def is_notebook(path: str | os.PathLike) -> bool:
    return Path(path).suffix.lower() == NOTEBOOK


def read_code_file(path: str | os.PathLike, variant: str | None = None) -> CodeFile:
    """The module in ``path``: UTF-8, with or without a byte order mark, as Python reads a source file;
    for a notebook, its one module cell (``models.notebook_edit``).

    ``variant``: the variant it is to run as; a notebook of another variant's module is refused.
    """
    notebook = is_notebook(path)
    try:
        text = read_file(path, MAX_NOTEBOOK_BYTES if notebook else MAX_MODULE_BYTES).decode("utf-8-sig")
    except FileError as error:
        raise CodeFileError(str(error)) from None
    except UnicodeDecodeError as error:
        said = translate("CodeFiles", "{value} is not UTF-8 text ({reason} at byte {start})")
        raise CodeFileError(said.format(value=repr(os.fspath(path)), reason=error.reason, start=error.start)) from None
    if not notebook:
        return CodeFile(text, os.fspath(path))
    try:
        edit = read_edit(text, os.fspath(path))
    except NotebookError as error:
        raise CodeFileError(str(error)) from None
    module = f"{VARIANTS[edit.variant].module_name}.py"
    if variant is not None and module != f"{VARIANTS[variant].module_name}.py":
        said = translate("CodeFiles", "{value} holds the {variant} variant's module ({module}), not the {variant2} "
                                      "variant's: run it as {variant}")
        raise CodeFileError(said.format(value=os.fspath(path), variant=edit.variant, module=module, variant2=variant))
    # its lines are the module's, as the cell writes it to ``module``: the %%writefile line is not one of them
    said = translate("CodeFiles", "{module} (cell {cell} of {notebook})")
    name = said.format(module=module, cell=edit.cell, notebook=os.fspath(path))
    return CodeFile(edit.text, name, variant or edit.variant)
