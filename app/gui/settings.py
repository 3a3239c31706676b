"""What the window remembers between starts, through QSettings (an INI file per user).

Each thing remembered is declared once below (``Remembered``): its key in the
file, its type, its default and its bounds. The file is the user's to edit or
break: a value that cannot be read is dropped and its default used, and
``problems`` says so, so a bad file never stops the app.
"""

from __future__ import annotations

import json
import math
import os
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from app.io.filesystem import FileError, kind_of, refusal_to_read
from app.io.sessions import SessionError, code_fault, parse_json
from app.language import LANGUAGES, translate
from app.run.rewind_store import DEFAULT_BUDGET_MB, REWIND_MB
from models import RunConfig
from models.prediction_records import prediction_record, read_records
from models.predictions import Prediction, PredictionError
from widgets.controls import DEFAULT_PACE

T = TypeVar("T")

APP = ("Descent Lab", "Descent Lab")  # organisation and application: the file's folder and name
EDITS_BYTES = (1 << 20) - (64 << 10)  # what the edits may take of the file
PREDICTIONS_BYTES = 128 << 10  # and the class's predictions: a drawn one is a few hundred points, a few KB
MAX_BYTES = EDITS_BYTES + PREDICTIONS_BYTES + (64 << 10)  # the rest of what it holds takes a few KB at most


def open_settings() -> QSettings:
    # INI in the user's config folder on every platform, so tests can point it elsewhere.
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, *APP)


def settings_file() -> Path:
    """Where the settings live, found without opening them: QSettings reads its file as it is made.

    A name no file is ever written under gives the folder (wherever QSettings.setPath
    points it), and the real file sits beside it.
    """
    probe = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP[0], "descent-lab-path-probe")
    return Path(probe.fileName()).with_name(f"{APP[1]}.ini")


def unreadable(path: Path) -> str | None:
    """Why the settings file must not be read (a FIFO would block the start), or None."""
    try:
        return refusal_to_read(os.stat(path), MAX_BYTES)
    except FileNotFoundError:
        return None
    except OSError as error:
        return translate("Settings", "it cannot be read ({why})").format(why=error.strerror)


def forget_remembered() -> str:
    """Remove the settings file, whatever its size or content (``--reset-settings``); says what was done.

    Only the name is removed: a FIFO or a device is never opened, a link's target
    is left alone. A folder at that path is not the app's to remove (FileError).
    """
    path = settings_file()
    try:
        mode = os.lstat(path).st_mode
        if stat.S_ISDIR(mode):
            raise FileError(translate("Settings", "Could not reset {path}: it is a folder, not a settings file; remove "
                                                  "it yourself if it is yours")
                            .format(path=path))
        os.unlink(path)
    except FileNotFoundError:
        return translate("Settings", "forgot the remembered settings in {path}").format(path=path)  # there were none
    except FileError:
        raise
    except OSError as error:
        why = error.strerror or error
        raise FileError(translate("Settings", "Could not reset {path}: {why}").format(path=path, why=why)) from None
    if stat.S_ISREG(mode):
        return translate("Settings", "forgot the remembered settings in {path}").format(path=path)
    what = translate("Settings", "a symbolic link (its target is left alone)") if stat.S_ISLNK(mode) else kind_of(mode)
    removed = translate("Settings", "forgot the remembered settings in {path}: removed it, {what}")
    return removed.format(path=path, what=what)


def stored_bytes(ascii_text: str) -> int:
    """What QSettings' INI format writes for a string of printable ASCII (JSON's): a backslash before
    each backslash and quote, and quotes around the whole when it holds a separator."""
    return len(ascii_text) + ascii_text.count("\\") + ascii_text.count('"') + 2


# What a stored value reads back as; ValueError, TypeError or OverflowError: it is of no use, and is dropped

def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{value!r} is not text")
    return value


def _flag(value: object) -> bool:
    """INI files hold "true" and "false"; a hand-edited file may say 1 or 0."""
    if value in (True, "true", "1"):
        return True
    if value in (False, "false", "0"):
        return False
    raise ValueError(f"{value!r} is not a flag")


def _whole(low: int, high: int) -> Callable[[object], int]:
    """A whole number from ``low`` to ``high``."""
    def read(value: object) -> int:
        number = int(str(value)) if not isinstance(value, bool) else None
        if number is None or not low <= number <= high:
            raise ValueError(f"{value!r} is not a whole number from {low} to {high}")
        return number
    return read


def _pace(value: object) -> float | None:
    """Steps per second, above 0 and finite, or "max" (None)."""
    if value == "max":
        return None
    if not isinstance(value, (str, int, float)):
        raise TypeError(f"{value!r} is not a number")
    pace = float(value)
    if not (math.isfinite(pace) and pace > 0):
        raise ValueError(f"{value!r} is not a pace")
    return pace


def _language(value: object) -> str | None:
    """A language the app speaks ("de"), as the View menu stores it, or "" for the system's (None); the
    pseudo-locale is no choice to keep."""
    if value == "":
        return None
    if value not in LANGUAGES:
        raise ValueError(f"{value!r} is not a language of the app")
    return str(value)


def _bytes(value: object) -> QByteArray:
    if not isinstance(value, QByteArray):
        raise TypeError(f"{value!r} is not what Qt saved")
    return value


def _config(value: object) -> RunConfig:
    """The guarded parser of session files: nothing in the file can crash the start."""
    return RunConfig.from_dict(parse_json(_text(value), translate("Settings", "the remembered settings")))


@dataclass(frozen=True)
class Remembered(Generic[T]):
    """One thing remembered: its key in the file, its default (also when absent), how a stored value reads
    back (raising for one of the wrong type or out of bounds), and how a value is stored."""

    key: str
    default: T
    read: Callable[[object], T]
    write: Callable[[T], object] = lambda value: value


THEME = Remembered("view/theme", "dark", _text)  # a name the themes do not know shows the dark one
PRESENTATION = Remembered("view/presentation", False, _flag)
CODE_PANEL = Remembered("view/code_panel", True, _flag)
CONFIG: Remembered[RunConfig | None] = Remembered("run/config", None, _config,
                                                   lambda config: config and json.dumps(config.to_dict()))
PACE: Remembered[float | None] = Remembered("run/pace", DEFAULT_PACE, _pace,
                                            lambda pace: "max" if pace is None else str(pace))
REWIND_MEMORY = Remembered("run/rewind_mb", DEFAULT_BUDGET_MB, _whole(*REWIND_MB), str)  # MB per run
GEOMETRY: Remembered[QByteArray | None] = Remembered("window/geometry", None, _bytes)
LANGUAGE: Remembered[str | None] = Remembered("view/language", None, _language,  # None: the system's
                                               lambda code: code or "")


def splitter_state(name: str) -> Remembered[QByteArray | None]:
    """How the window's splitter ``name`` shares its room out."""
    return Remembered(f"splitters/{name}", None, _bytes)


class Settings:
    """A typed store of the few things remembered. A bad stored value is dropped, never fatal."""

    def __init__(self, enabled: bool = True):
        self.problems: list[str] = []  # the keys that could not be read, dropped
        fault = unreadable(settings_file()) if enabled else None
        if fault is not None:  # not read, and not written over: this start remembers nothing
            self.problems.append(f"{settings_file()}: {fault}")
            enabled = False
        self._store = open_settings() if enabled else None

    def get(self, thing: Remembered[T]) -> T:
        """``thing`` as remembered; its default when it is not, or when what is stored cannot be read."""
        value = self._get(thing.key)
        if value is None:
            return thing.default
        try:
            return thing.read(value)
        except (ValueError, TypeError, OverflowError):
            self._drop(thing.key)
            return thing.default

    def set(self, thing: Remembered[T], value: T) -> None:
        self._set(thing.key, thing.write(value))

    def stored(self, thing: Remembered[Any]) -> bool:
        """Whether the file holds a value for ``thing`` (read or not)."""
        return self._get(thing.key) is not None

    def _get(self, key: str) -> object:
        return self._store.value(key) if self._store is not None else None

    def _drop(self, key: str) -> None:
        """Forget a value that could not be read; its default stands in."""
        self.problems.append(key)
        if self._store is not None:
            self._store.remove(key)

    def _set(self, key: str, value: object) -> None:
        if self._store is not None:
            self._store.setValue(key, value)

    def folder(self) -> Path:
        """The folder files were last saved in or opened from; the home folder when it is gone."""
        value = self._get("files/last_folder")
        try:
            path = Path(value) if isinstance(value, str) and value else Path.home()
            return path if path.is_dir() else Path.home()
        except (OSError, ValueError):  # a name too long, or with a NUL in it
            self._drop("files/last_folder")
            return Path.home()

    def set_folder(self, folder: Path) -> None:
        self._set("files/last_folder", str(folder))

    def edited_code(self) -> dict[str, str]:
        """Each variant's edited module (app/editing.py); a value that cannot be read is dropped.

        An edit a session could not hold (not text, a NUL, too long) is dropped alone.
        """
        edits = self._json("code/edits")
        if not isinstance(edits, dict) or not all(isinstance(v, str) for v in edits.values()):
            if edits is not None:
                self._drop("code/edits")
            return {}
        kept = {variant: text for variant, text in edits.items() if code_fault(text) is None}
        if len(kept) < len(edits):
            self.problems.append("code/edits")
            self._set("code/edits", json.dumps(kept))
        return kept

    def from_file(self, edits: dict[str, str]) -> set[str]:
        """The variants of ``edits`` read from a session file and not run since ("From a file, not yet run")."""
        names = self._json("code/from_file")
        if not isinstance(names, list) or not all(isinstance(name, str) for name in names):
            if names is not None:
                self._drop("code/from_file")
            return set()
        return {name for name in names if name in edits}

    def _json(self, key: str):
        """A value remembered as JSON text, read by the session files' guarded parser: None if absent,
        False if it cannot be parsed."""
        text = self._get(key)
        try:
            return parse_json(text, translate("Settings", "the remembered settings")) if isinstance(text, str) else text
        except SessionError:
            return False  # neither absent nor of any type read: dropped by the caller

    def set_edited_code(self, edits: dict[str, str], from_file: Iterable[str] = ()) -> set[str]:
        """Remember ``edits``, each that fits, in the order given; returns the variants left out.

        An edit a session could not hold is left out, and so is one that would take the
        edits past EDITS_BYTES in the file: the file never grows past what is read back.
        """
        entries, left_out, room = {}, set(), EDITS_BYTES - stored_bytes("{}")
        for variant, text in edits.items():
            entry = None if code_fault(text) else f"{json.dumps(variant)}: {json.dumps(text)}"
            size = None if entry is None else stored_bytes(entry) + len(", ")
            if size is not None and size <= room:
                entries[variant], room = entry, room - size
            else:
                left_out.add(variant)
        self._set("code/edits", "{" + ", ".join(entries.values()) + "}")  # json.dumps of the edits kept
        self._set("code/from_file", json.dumps(sorted(set(from_file) & set(entries))))
        return left_out

    def predictions(self) -> list[Prediction]:
        """The class's predictions as the window last held them, their scores left with the runs they were of;
        a value that cannot be read is dropped, as a session's would be refused."""
        records = self._json("predict/predictions")
        if records is None:
            return []
        try:
            return [prediction for prediction, _score in read_records(records)]
        except PredictionError:
            self._drop("predict/predictions")
            return []

    def set_predictions(self, predictions: Iterable[Prediction]) -> int:
        """Remember ``predictions``, each that fits within PREDICTIONS_BYTES, in order; how many were left out
        (one read from a file of thousands of points: the file still holds it)."""
        entries, left_out, room = [], 0, PREDICTIONS_BYTES - stored_bytes("[]")
        for prediction in predictions:
            entry = json.dumps(prediction_record(prediction), allow_nan=False)
            size = stored_bytes(entry) + len(", ")
            if size <= room:
                entries.append(entry)
                room -= size
            else:
                left_out += 1
        self._set("predict/predictions", "[" + ", ".join(entries) + "]")
        return left_out

    def clear(self) -> None:
        if self._store is not None:
            self._store.clear()

    def sync(self) -> None:
        if self._store is not None:
            self._store.sync()


def remembered_language() -> str | None:
    """The language the View menu chose, read before the window is made (None: the system's)."""
    return Settings().get(LANGUAGE)
