"""The window's menus and keyboard shortcuts, in one table; each action is made by the part it acts on."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenuBar, QWidget

from models import VARIANTS

MENUS = ("&File", "&Run", "&Variant", "V&iew")
# key: (menu, text, shortcuts), in the order each menu lists them; the variants follow (``entries``)
ENTRIES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "screenshot": ("&File", "Save screenshot…", ("Ctrl+S",)),
    "plot": ("&File", "Save plot…", ("Ctrl+Shift+P",)),
    "export": ("&File", "Export run…", ("Ctrl+E",)),
    "export_notebook": ("&File", "Export as notebook…", ("Ctrl+Shift+N",)),
    "record": ("&File", "Record run…", ("Ctrl+Shift+E",)),
    "open_session": ("&File", "Open session…", ("Ctrl+O",)),
    "save_session": ("&File", "Save session…", ("Ctrl+Shift+S",)),
    "open_predictions": ("&File", "Open predictions…", ("Ctrl+Shift+O",)),
    "quit": ("&File", "Quit", ("Ctrl+Q",)),
    "start_pause": ("&Run", "Start / Pause", ("Space",)),
    "step": ("&Run", "Step", ("Right", "S")),
    "stop": ("&Run", "Stop", ("Esc",)),
    "reset": ("&Run", "Reset", ("R",)),
    "predict": ("&Run", "Predict", ("G",)),
    "race": ("&Run", "Race variants…", ("Ctrl+R",)),
    "defaults": ("&Run", "Notebook defaults", ("D",)),
    "rewind_memory": ("&Run", "Rewind memory…", ()),
    "log_scale": ("V&iew", "Log scale", ("L",)),
    "code": ("V&iew", "Code panel", ("C",)),
    "edit_code": ("V&iew", "Edit code", ("E",)),
    "inside": ("V&iew", "Inside this step", ("I",)),
    "clear_runs": ("V&iew", "Clear past runs", ("Shift+C",)),
    "runs": ("V&iew", "Runs on the plot", ("Shift+L",)),
    "listen": ("V&iew", "Listen to the loss", ("H",)),
    "presentation": ("V&iew", "Presentation mode", ("P",)),
    "light": ("V&iew", "Light theme", ("T",)),
    "fullscreen": ("V&iew", "Full screen", ("F11",)),
    "second_screen": ("V&iew", "Show on second screen", ("Shift+F11",)),
    "reset_layout": ("V&iew", "Reset layout and settings", ()),
}
CHECKABLE = ("log_scale", "code", "inside", "presentation", "light", "fullscreen", "second_screen", "predict",
             "listen")


def entries() -> dict[str, tuple[str, str, tuple[str, ...]]]:
    """The table, with an entry for each variant declared now ("variant_numpy": key 1, ...)."""
    variants = {f"variant_{name}": ("&Variant", f"{number}  {variant.title}", (str(number),))
                for number, (name, variant) in enumerate(VARIANTS.items(), start=1)}
    return {**ENTRIES, **variants}


def make_action(window: QWidget, key: str, slot: Callable[[], object]) -> QAction:
    """The entry ``key`` of the table, calling ``slot``; added to ``window`` so its keys work wherever focus is."""
    _menu, text, shortcuts = entries()[key]
    action = QAction(text, window)
    action.setShortcuts([QKeySequence(shortcut) for shortcut in shortcuts])
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.setCheckable(key in CHECKABLE)
    action.triggered.connect(lambda checked=False: slot())
    window.addAction(action)
    return action


def fill_menus(menu_bar: QMenuBar, actions: dict[str, QAction]) -> None:
    """Every action in its menu, in the table's order."""
    menus = {name: menu_bar.addMenu(name) for name in MENUS}
    for key, (menu, _text, _shortcuts) in entries().items():
        menus[menu].addAction(actions[key])
