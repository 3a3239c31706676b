"""An edit read back from a notebook: the variant's module in an exported notebook's ``%%writefile`` cell.

The notebook is untrusted, as a session file is: read only up to ``MAX_BYTES``,
nested at most ``MAX_DEPTH`` levels, with numbers of sensible length, nbformat 4.
Every way it can fail to hold one variant's module is a ``NotebookError`` in one
line that says what was expected.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

import numpy as np

from .catalog import VARIANTS
from .words import translate

WRITEFILE = "%%writefile"  # IPython's cell magic that saves a cell as a file: the module cell's first line
MAX_BYTES = 16 << 20  # a notebook with its plots is a few hundred KB; anything huge is not one to read
MAX_DEPTH = 64  # a notebook nests about six levels; a parser must not recurse on a hostile file
MAX_DIGITS = 100  # numbers in a notebook are counts; a longer one is not read
_UNSTRUCTURED = re.compile(r'\\.|[^"\[\]{}\\]+', re.DOTALL)  # escapes, and runs of what neither quotes nor nests
_MAGIC = re.compile(rf"{WRITEFILE}[ \t]+(\S+)\.py")


class NotebookError(ValueError):
    """A notebook that holds no edit to run; the message says why, in one line, for the user."""


@dataclass(frozen=True)
class NotebookEdit:
    """The variant's module a notebook's code cell holds, and that cell's place (from 1)."""

    variant: str
    text: str
    cell: int


def read_edit(text: str, name: str) -> NotebookEdit:
    """The variant's module in the one ``%%writefile`` code cell of an exported notebook's ``text``.

    ``name``: the file's name, for the message of a ``NotebookError`` that says what was expected.
    """
    document = _parse(text, name)
    if not isinstance(document, dict) or "cells" not in document and "worksheets" not in document:
        said = translate("NotebookEdit", "{name} is not a Jupyter notebook: it holds no cells")
        raise NotebookError(said.format(name=name))
    version = document.get("nbformat")
    if type(version) is not int or version != 4 or not isinstance(document.get("cells"), list):
        said = translate("NotebookEdit", "{name} is a notebook of nbformat {value}; Descent Lab reads nbformat 4, as "
                                         "Jupyter writes it")
        raise NotebookError(said.format(name=name, value=_short(json.dumps(version))))
    metadata = document.get("metadata")
    named = metadata.get("descent_lab") if isinstance(metadata, dict) else None
    said = named.get("variant") if isinstance(named, dict) else None
    found = [edit for place, cell in enumerate(document["cells"], start=1)
             if (edit := _module_in(cell, place, said)) is not None]
    if not found:
        said = translate("NotebookEdit", "{name} holds no code cell of a Descent Lab variant: export one with `python "
                                         "-m app notebook VARIANT`")
        raise NotebookError(said.format(name=name))
    if len(found) > 1:
        said = translate("NotebookEdit", "{name} holds {count} code cells of Descent Lab variants (cells {cells}); "
                                         "keep the one to run")
        raise NotebookError(said.format(name=name, count=len(found), cells=", ".join(str(edit.cell) for edit in found)))
    return found[0]


def _module_in(cell: Any, place: int, said: Any) -> NotebookEdit | None:
    """The module of a code cell whose first line is ``%%writefile`` a variant's module's file, or None."""
    if not isinstance(cell, dict) or cell.get("cell_type") != "code":
        return None
    source = cell.get("source")
    if isinstance(source, list) and all(isinstance(line, str) for line in source):
        source = "".join(source)
    if not isinstance(source, str):
        return None
    first, _, module = source.replace("\r\n", "\n").partition("\n")  # line ends as Python reads a file's
    magic = _MAGIC.fullmatch(first.strip(" \t"))
    owners = [v.name for v in VARIANTS.values() if magic is not None and v.module_name == magic[1]]
    if not owners:
        return None
    variant = said if said in owners else owners[0]  # two variants may share a module (an eighth, say)
    return NotebookEdit(variant, module if module.endswith("\n") or not module else module + "\n", place)


def _parse(text: str, name: str) -> Any:
    """JSON as Python values, refusing what a hostile file could do to the parser (as sessions are read).

    The nesting is measured before ``json.loads`` runs, since its recursion is what a deep
    file exhausts. One pass of a regular expression leaves only quotes and brackets (an
    escaped quote goes with its backslash), and numpy counts the brackets outside strings:
    linear in the file's length, whatever it holds. Integers longer than ``MAX_DIGITS``
    digits and NaN or Infinity are refused as they are read.
    """
    if len(text) > MAX_BYTES:
        said = translate("NotebookEdit", "{name} is {value} MB or more; a notebook is read up to {value2} MB")
        raise NotebookError(said.format(name=name, value=len(text) >> 20, value2=MAX_BYTES >> 20))
    if _nesting(text) > MAX_DEPTH:
        said = translate("NotebookEdit", "{name} nests values more than {MAX_DEPTH} levels deep; a notebook nests "
                                         "about six")
        raise NotebookError(said.format(name=name, MAX_DEPTH=MAX_DEPTH))

    def whole(digits: str) -> int:
        if len(digits.lstrip("-")) > MAX_DIGITS:
            said = translate("NotebookEdit", "{name} holds a number of {value} digits; at most {MAX_DIGITS} are read")
            raise NotebookError(said.format(name=name, value=len(digits.lstrip('-')), MAX_DIGITS=MAX_DIGITS))
        return int(digits)

    def constant(word: str):
        said = translate("NotebookEdit", "{name} holds {word}, which is not JSON")
        raise NotebookError(said.format(name=name, word=word))

    try:
        return json.loads(text, parse_int=whole, parse_constant=constant)
    except json.JSONDecodeError as error:
        said = translate("NotebookEdit", "{name} is not a Jupyter notebook: not valid JSON ({msg}: line {lineno} "
                                         "column {colno})")
        raise NotebookError(said.format(name=name, msg=error.msg, lineno=error.lineno, colno=error.colno)) from None


def _nesting(text: str) -> int:
    """The deepest nesting of arrays and objects outside strings."""
    marks = np.frombuffer(_UNSTRUCTURED.sub("", text).encode("ascii", "replace"), dtype=np.int8)
    outside = np.bitwise_xor.accumulate(marks == ord('"')) == 0  # after an even number of quotes
    steps = ((marks == ord("[")) | (marks == ord("{"))).view(np.int8) - ((marks == ord("]")) | (marks == ord("}")))
    depths = np.cumsum(steps * outside, dtype=np.int32)
    return max(int(depths.max()), 0) if depths.size else 0


def _short(text: str, width: int = 40) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
