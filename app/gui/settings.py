"""What the window remembers between starts, through QSettings (an INI file per user).

The file is the user's to edit or break: a value that cannot be read is dropped
and its default used, and ``problems`` says so, so a bad file never stops the app.
"""

from __future__ import annotations

import json
import math
import os
import stat
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

from app.io.filesystem import FileError, kind_of, refusal_to_read
from app.io.sessions import SessionError, code_fault, parse_json
from app.run.rewind_store import DEFAULT_BUDGET_MB, REWIND_MB, rewind_cap_mb
from models import ConfigError, RunConfig
from widgets.controls import DEFAULT_PACE

from .presenting import FIRST_SIZE

if TYPE_CHECKING:
    from .window import MainWindow


APP = ("Descent Lab", "Descent Lab")  # organisation and application: the file's folder and name
MAX_BYTES = 1 << 20  # the file holds a few hundred bytes, and the edits
EDITS_BYTES = MAX_BYTES - (64 << 10)  # what the edits may take of it: the rest takes a few KB at most


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
        return f"it cannot be read ({error.strerror})"


def forget_remembered() -> str:
    """Remove the settings file, whatever its size or content (``--reset-settings``); says what was done.

    Only the name is removed: a FIFO or a device is never opened, a link's target
    is left alone. A folder at that path is not the app's to remove (FileError).
    """
    path = settings_file()
    try:
        mode = os.lstat(path).st_mode
        if stat.S_ISDIR(mode):
            raise FileError(f"Could not reset {path}: it is a folder, not a settings file; "
                            "remove it yourself if it is yours")
        os.unlink(path)
    except FileNotFoundError:
        return f"forgot the remembered settings in {path}"  # there were none
    except FileError:
        raise
    except OSError as error:
        raise FileError(f"Could not reset {path}: {error.strerror or error}") from None
    if stat.S_ISREG(mode):
        return f"forgot the remembered settings in {path}"
    what = "a symbolic link (its target is left alone)" if stat.S_ISLNK(mode) else kind_of(mode)
    return f"forgot the remembered settings in {path}: removed it, {what}"


def stored_bytes(ascii_text: str) -> int:
    """What QSettings' INI format writes for a string of printable ASCII (JSON's): a backslash before
    each backslash and quote, and quotes around the whole when it holds a separator."""
    return len(ascii_text) + ascii_text.count("\\") + ascii_text.count('"') + 2


class Settings:
    """Typed access to the few things remembered. A bad stored value is ignored, never fatal."""

    def __init__(self, enabled: bool = True):
        self.problems: list[str] = []  # the keys that could not be read, dropped
        fault = unreadable(settings_file()) if enabled else None
        if fault is not None:  # not read, and not written over: this start remembers nothing
            self.problems.append(f"{settings_file()}: {fault}")
            enabled = False
        self.enabled = enabled
        self._store = open_settings() if enabled else None

    def _get(self, key: str, default=None):
        return self._store.value(key, default) if self.enabled else default

    def _drop(self, key: str) -> None:
        """Forget a value that could not be read; its default stands in."""
        self.problems.append(key)
        if self.enabled:
            self._store.remove(key)

    def _set(self, key: str, value) -> None:
        if self.enabled:
            self._store.setValue(key, value)

    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._get(key)
        if value is not None and not isinstance(value, QByteArray):
            self._drop(key)
            return None
        return value

    def set_geometry(self, geometry: QByteArray) -> None:
        self._set("window/geometry", geometry)

    def splitter(self, name: str) -> QByteArray | None:
        return self._bytes(f"splitters/{name}")

    def set_splitter(self, name: str, state: QByteArray) -> None:
        self._set(f"splitters/{name}", state)

    def config(self) -> RunConfig | None:
        text = self._get("run/config")
        if text is None:
            return None
        try:  # the guarded parser of session files: nothing in the file can crash the start
            return RunConfig.from_dict(parse_json(text, "the remembered settings"))
        except (ConfigError, SessionError, TypeError):
            self._drop("run/config")
            return None

    def set_config(self, config: RunConfig) -> None:
        self._set("run/config", json.dumps(config.to_dict()))

    def pace(self, default):
        value = self._get("run/pace")
        if value is None:
            return default
        if value == "max":
            return None
        try:
            pace = float(value)
        except (TypeError, ValueError, OverflowError):
            pace = math.nan
        if not (math.isfinite(pace) and pace > 0):
            self._drop("run/pace")
            return default
        return pace

    def set_pace(self, steps_per_s: float | None) -> None:
        self._set("run/pace", "max" if steps_per_s is None else str(steps_per_s))

    def whole(self, name: str, default: int, low: int, high: int) -> int:
        """A remembered whole number from ``low`` to ``high`` (a bad one is dropped)."""
        value = self._get(f"run/{name}", default)
        try:
            number = int(str(value)) if not isinstance(value, bool) else None
        except (TypeError, ValueError):
            number = None
        if number is None or not low <= number <= high:
            self._drop(f"run/{name}")
            return default
        return number

    def set_whole(self, name: str, value: int) -> None:
        self._set(f"run/{name}", str(value))

    def flag(self, name: str, default: bool) -> bool:
        value = self._get(f"view/{name}", default)
        if value in (True, "true", "1"):
            return True
        if value in (False, "false", "0"):
            return False
        self._drop(f"view/{name}")
        return default

    def set_flag(self, name: str, value: bool) -> None:
        self._set(f"view/{name}", value)

    def text(self, name: str, default: str, allowed: tuple[str, ...] | None = None) -> str:
        value = self._get(f"view/{name}", default)
        if isinstance(value, str) and (allowed is None or value in allowed):
            return value
        self._drop(f"view/{name}")
        return default

    def set_text(self, name: str, value: str) -> None:
        self._set(f"view/{name}", value)

    def folder(self) -> Path:
        value = self._get("files/last_folder", "")
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
            return parse_json(text, "the remembered settings") if isinstance(text, str) else text
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

    def clear(self) -> None:
        if self.enabled:
            self._store.clear()

    def sync(self) -> None:
        if self.enabled:
            self._store.sync()

    def restore(self, window: MainWindow) -> None:
        """The window as it was left: size, panels, settings, pace and look (first-start ones if none)."""
        geometry = self.geometry()
        if geometry is None or not window.restoreGeometry(geometry):
            window.resize(*FIRST_SIZE)
        window.views.share_out(window.width())
        for name, splitter in window.views.splitters.items():
            state = self.splitter(name)
            if state is not None:
                splitter.restoreState(state)
        window.presenting.show_code(self.flag("code_panel", True))
        edits = self.edited_code()
        window.editing.set_edits(edits, from_file=self.from_file(edits))
        window.show_config(self.config() or RunConfig())
        window.controls.set_pace(self.pace(DEFAULT_PACE))
        window.controller.keep_mb, lowered = self.rewind_mb()
        window.presenting.apply_look()
        said = ["Some remembered settings could not be read and were reset"] if self.problems else []
        if lowered:
            said.append(f"The rewind memory is lowered to {window.controller.keep_mb} MB, "
                        "half of the memory free now")
        if said:
            window.statusBar().showMessage("; ".join(said), 15000)

    def rewind_mb(self) -> tuple[int, bool]:
        """The rewind memory, within the share of the memory free now, and whether a remembered one was lowered."""
        remembered, cap = self.whole("rewind_mb", DEFAULT_BUDGET_MB, *REWIND_MB), rewind_cap_mb()
        return min(remembered, cap), remembered > cap and self._get("run/rewind_mb") is not None

    def remember(self, window: MainWindow) -> None:
        """Keep what ``restore`` puts back, and write it to disk."""
        self.set_geometry(window.saveGeometry())
        for name, splitter in window.views.splitters.items():
            self.set_splitter(name, splitter.saveState())
        config = window.current_config(quiet=True)
        if config is not None:
            self.set_config(config)
        self.set_pace(window.controls.steps_per_s)
        self.set_whole("rewind_mb", window.controller.keep_mb)
        self.set_text("theme", window.look.theme.name)
        self.set_flag("presentation", window.look.presentation)
        self.set_flag("code_panel", window.views.code_shown)
        self.sync()
