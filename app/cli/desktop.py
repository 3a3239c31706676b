"""`descent-lab desktop-entry`: put the installed app in the desktop's application menu.

Writes a freedesktop.org desktop entry and the app icon under the user's data
folder (``$XDG_DATA_HOME``, by default ``~/.local/share``), where GNOME, KDE,
Xfce and the other Linux desktops look for them. The entry starts this very
installation: the ``descent-lab`` script beside the running Python, as pipx or
a venv installs it.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import resources
from app.io.filesystem import FileError, write_file
from app.language import translate

from .exit_codes import EXIT_FAILED, EXIT_OK

ENTRY = Path("applications") / "descent-lab.desktop"
ICONS = [(Path("icons/hicolor/scalable/apps/descent-lab.svg"), ("icons", "descent-lab.svg"))] + [
    (Path(f"icons/hicolor/{size}x{size}/apps/descent-lab.png"), ("icons", f"descent-lab-{size}.png"))
    for size in resources.ICON_SIZES
]


def desktop_entry(args: argparse.Namespace) -> int:
    """``desktop-entry [--remove]``: the entry and icons written (or removed), each file named."""
    try:
        done = remove() if args.remove else install()
    except (OSError, FileError) as error:
        print(f"descent-lab: {error}", file=sys.stderr)
        return EXIT_FAILED
    verb = "removed" if args.remove else "wrote"
    for path in done:
        print(f"{verb} {path}")
    if not done:
        print(translate("Desktop", "no desktop entry was installed"))
    return EXIT_OK


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def command() -> list[str]:
    """How the desktop starts this installation of the app."""
    script = Path(sys.executable).with_name("descent-lab")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "app"]


def exec_line(argv: list[str]) -> str:
    """The entry's Exec value: arguments quoted as the Desktop Entry Specification asks."""
    def quote(arg: str) -> str:
        if not any(c in arg for c in ' \t\n"\'\\><~|&;$*?#()`'):
            return arg
        escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
        return f'"{escaped}"'

    return " ".join(quote(arg).replace("%", "%%") for arg in argv)


def install(home: Path | None = None) -> list[Path]:
    """Write the entry and the icons; returns the files written."""
    home = home or data_home()
    entry = resources.text("descent-lab.desktop").replace("{exec}", exec_line(command()))
    written = []
    for target, source in [(ENTRY, None), *ICONS]:
        path = home / target
        path.parent.mkdir(parents=True, exist_ok=True)
        data = entry if source is None else resources.resource(*source).read_bytes()
        written.append(write_file(path, data))
    return written


def remove(home: Path | None = None) -> list[Path]:
    """Take the entry and the icons out again; returns the files removed."""
    home = home or data_home()
    removed = []
    for target in [ENTRY, *(icon for icon, _ in ICONS)]:
        path = home / target
        if path.is_file():
            path.unlink()
            removed.append(path)
    return removed
