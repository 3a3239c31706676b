"""The README's map of rooms matches the folders: every module of app/ is named, and every path named exists."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("cli", "gui", "run", "io")


def app_rows() -> str:
    """The README's Layout section, from its `app/` item to the next top-level item."""
    layout = (ROOT / "README.md").read_text(encoding="utf-8").split("## Layout", 1)[1]
    return layout.split("- `app/`", 1)[1].split("\n- `", 1)[0]


def test_every_module_of_app_is_on_the_map():
    rows = app_rows()
    unnamed = [f"{package}/{module.name}" for package in PACKAGES for module in (ROOT / "app" / package).glob("*.py")
               if module.name != "__init__.py" and module.name not in rows]
    assert unnamed == []


def test_every_path_on_the_map_exists():
    named = set(re.findall(r"`((?:cli|gui|run|io)/\w+\.py)`", app_rows()))
    assert named and [path for path in sorted(named) if not (ROOT / "app" / path).exists()] == []
