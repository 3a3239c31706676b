"""What the window remembers between starts, through QSettings (an INI file per user)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

from models import ConfigError, RunConfig
from widgets.controls import DEFAULT_PACE

if TYPE_CHECKING:
    from .window import MainWindow


def open_settings() -> QSettings:
    # INI in the user's config folder on every platform, so tests can point it elsewhere.
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Descent Lab", "Descent Lab")


class Settings:
    """Typed access to the few things remembered. A bad stored value is ignored, never fatal."""

    def __init__(self, enabled: bool = True):
        self.enabled = enabled
        self._store = open_settings() if enabled else None

    def _get(self, key: str, default=None):
        return self._store.value(key, default) if self.enabled else default

    def _set(self, key: str, value) -> None:
        if self.enabled:
            self._store.setValue(key, value)

    def geometry(self) -> QByteArray | None:
        value = self._get("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, geometry: QByteArray) -> None:
        self._set("window/geometry", geometry)

    def splitter(self, name: str) -> QByteArray | None:
        value = self._get(f"splitters/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_splitter(self, name: str, state: QByteArray) -> None:
        self._set(f"splitters/{name}", state)

    def config(self) -> RunConfig | None:
        try:
            return RunConfig.from_dict(json.loads(self._get("run/config", "null")))
        except (ConfigError, TypeError, ValueError):
            return None

    def set_config(self, config: RunConfig) -> None:
        self._set("run/config", json.dumps(config.to_dict()))

    def pace(self, default):
        value = self._get("run/pace", "default")
        if value == "max":
            return None
        try:
            return float(value)
        except (TypeError, ValueError):
            return default

    def set_pace(self, steps_per_s: float | None) -> None:
        self._set("run/pace", "max" if steps_per_s is None else str(steps_per_s))

    def flag(self, name: str, default: bool) -> bool:
        value = self._get(f"view/{name}", default)
        return value in (True, "true", "1") if isinstance(value, (str, bool)) else default

    def set_flag(self, name: str, value: bool) -> None:
        self._set(f"view/{name}", value)

    def text(self, name: str, default: str) -> str:
        value = self._get(f"view/{name}", default)
        return value if isinstance(value, str) else default

    def set_text(self, name: str, value: str) -> None:
        self._set(f"view/{name}", value)

    def folder(self) -> Path:
        value = self._get("files/last_folder", "")
        path = Path(value) if isinstance(value, str) and value else Path.home()
        return path if path.is_dir() else Path.home()

    def set_folder(self, folder: Path) -> None:
        self._set("files/last_folder", str(folder))

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
            window.resize(1600, 960)
        window.views.share_out(window.width())
        for name, splitter in window.views.splitters.items():
            state = self.splitter(name)
            if state is not None:
                splitter.restoreState(state)
        window.views.code_view.setVisible(self.flag("code_panel", True))
        window.actions["code"].setChecked(window.views.code_view.isVisible())
        window.show_config(self.config() or RunConfig())
        window.controls.set_pace(self.pace(DEFAULT_PACE))
        window.apply_look()

    def remember(self, window: MainWindow) -> None:
        """Keep what ``restore`` puts back, and write it to disk."""
        self.set_geometry(window.saveGeometry())
        for name, splitter in window.views.splitters.items():
            self.set_splitter(name, splitter.saveState())
        config = window.current_config(quiet=True)
        if config is not None:
            self.set_config(config)
        self.set_pace(window.controls.steps_per_s)
        self.set_text("theme", window.look.theme.name)
        self.set_flag("presentation", window.look.presentation)
        self.set_flag("code_panel", window.views.code_view.isVisible())
        self.sync()
