"""What the window remembers between starts, through QSettings (an INI file per user).

The file is the user's to edit or break: a value that cannot be read is dropped
and its default used, and ``problems`` says so, so a bad file never stops the app.
"""

from __future__ import annotations

import json
import math
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

from models import ConfigError, RunConfig
from widgets.controls import DEFAULT_PACE

from .filesystem import FileError, refusal_to_read
from .presenting import FIRST_SIZE
from .replay import DEFAULT_BUDGET_MB, REWIND_MB
from .session import SessionError, parse_json

if TYPE_CHECKING:
    from .window import MainWindow


APP = ("Descent Lab", "Descent Lab")  # organisation and application: the file's folder and name
MAX_BYTES = 1 << 20  # the file holds a few hundred bytes


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
    """Clear what every window remembers (``--reset-settings``); returns the file's path."""
    path = settings_file()
    fault = unreadable(path)
    if fault is not None:
        raise FileError(f"Could not reset {path}: {fault}; remove it yourself if it is yours")
    store = open_settings()
    store.clear()
    store.sync()
    return store.fileName()


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
        """Each variant's edited module (app/editing.py); a value that cannot be read is dropped."""
        text = self._get("code/edits")
        if text is None:
            return {}
        try:
            edits = parse_json(text, "the remembered edits") if isinstance(text, str) else None
        except SessionError:
            edits = None
        if not isinstance(edits, dict) or not all(isinstance(v, str) for v in edits.values()):
            self._drop("code/edits")
            return {}
        return edits

    def set_edited_code(self, edits: dict[str, str]) -> None:
        self._set("code/edits", json.dumps(edits))

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
        window.editing.set_edits(self.edited_code())
        window.show_config(self.config() or RunConfig())
        window.controls.set_pace(self.pace(DEFAULT_PACE))
        window.controller.keep_mb = self.whole("rewind_mb", DEFAULT_BUDGET_MB, *REWIND_MB)
        window.presenting.apply_look()
        if self.problems:
            window.statusBar().showMessage("Some remembered settings could not be read and were reset", 15000)

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
