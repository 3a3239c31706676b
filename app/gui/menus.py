"""The window's menus and keyboard shortcuts, in one table; each action is made by the part it acts on."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from app.language import translate
from models import VARIANTS
from models.words import QT_TRANSLATE_NOOP

MENUS = (QT_TRANSLATE_NOOP("Menus", "&File"), QT_TRANSLATE_NOOP("Menus", "&Run"),
         QT_TRANSLATE_NOOP("Menus", "&Variant"), QT_TRANSLATE_NOOP("Menus", "V&iew"))
# key: (menu, text, shortcuts), in the order each menu lists them; the variants follow (``entries``)
ENTRIES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "screenshot": ("&File", QT_TRANSLATE_NOOP("Menus", "Save screenshot…"), ("Ctrl+S",)),
    "plot": ("&File", QT_TRANSLATE_NOOP("Menus", "Save plot…"), ("Ctrl+Shift+P",)),
    "export": ("&File", QT_TRANSLATE_NOOP("Menus", "Export run…"), ("Ctrl+E",)),
    "export_notebook": ("&File", QT_TRANSLATE_NOOP("Menus", "Export as notebook…"), ("Ctrl+Shift+N",)),
    "record": ("&File", QT_TRANSLATE_NOOP("Menus", "Record run…"), ("Ctrl+Shift+E",)),
    "open_session": ("&File", QT_TRANSLATE_NOOP("Menus", "Open session…"), ("Ctrl+O",)),
    "save_session": ("&File", QT_TRANSLATE_NOOP("Menus", "Save session…"), ("Ctrl+Shift+S",)),
    "open_predictions": ("&File", QT_TRANSLATE_NOOP("Menus", "Open predictions…"), ("Ctrl+Shift+O",)),
    "quit": ("&File", QT_TRANSLATE_NOOP("Menus", "Quit"), ("Ctrl+Q",)),
    "start_pause": ("&Run", QT_TRANSLATE_NOOP("Menus", "Start / Pause"), ("Space",)),
    "step": ("&Run", QT_TRANSLATE_NOOP("Menus", "Step"), ("Right", "S")),
    "stop": ("&Run", QT_TRANSLATE_NOOP("Menus", "Stop"), ("Esc",)),
    "reset": ("&Run", QT_TRANSLATE_NOOP("Menus", "Reset"), ("R",)),
    "predict": ("&Run", QT_TRANSLATE_NOOP("Menus", "Predict"), ("G",)),
    "race": ("&Run", QT_TRANSLATE_NOOP("Menus", "Race variants…"), ("Ctrl+R",)),
    "defaults": ("&Run", QT_TRANSLATE_NOOP("Menus", "Notebook defaults"), ("D",)),
    "rewind_memory": ("&Run", QT_TRANSLATE_NOOP("Menus", "Rewind memory…"), ()),
    "log_scale": ("V&iew", QT_TRANSLATE_NOOP("Menus", "Log scale"), ("L",)),
    "code": ("V&iew", QT_TRANSLATE_NOOP("Menus", "Code panel"), ("C",)),
    "edit_code": ("V&iew", QT_TRANSLATE_NOOP("Menus", "Edit code"), ("E",)),
    "inside": ("V&iew", QT_TRANSLATE_NOOP("Menus", "Inside this step"), ("I",)),
    "clear_runs": ("V&iew", QT_TRANSLATE_NOOP("Menus", "Clear past runs"), ("Shift+C",)),
    "runs": ("V&iew", QT_TRANSLATE_NOOP("Menus", "Runs on the plot"), ("Shift+L",)),
    "listen": ("V&iew", QT_TRANSLATE_NOOP("Menus", "Listen to the loss"), ("H",)),
    "presentation": ("V&iew", QT_TRANSLATE_NOOP("Menus", "Presentation mode"), ("P",)),
    "light": ("V&iew", QT_TRANSLATE_NOOP("Menus", "Light theme"), ("T",)),
    "fullscreen": ("V&iew", QT_TRANSLATE_NOOP("Menus", "Full screen"), ("F11",)),
    "second_screen": ("V&iew", QT_TRANSLATE_NOOP("Menus", "Show on second screen"), ("Shift+F11",)),
    "reset_layout": ("V&iew", QT_TRANSLATE_NOOP("Menus", "Reset layout and settings"), ()),
}
CHECKABLE = ("log_scale", "code", "inside", "presentation", "light", "fullscreen", "second_screen", "predict",
             "listen")


def entries() -> dict[str, tuple[str, str, tuple[str, ...]]]:
    """The table, with an entry for each variant declared now ("variant_numpy": key 1, ...)."""
    variants = {f"variant_{name}": ("&Variant", f"{number}  {translate('Variants', variant.title)}", (str(number),))
                for number, (name, variant) in enumerate(VARIANTS.items(), start=1)}
    return {**ENTRIES, **variants}


def make_action(window: QWidget, key: str, slot: Callable[[], object]) -> QAction:
    """The entry ``key`` of the table, calling ``slot``; added to ``window`` so its keys work wherever focus is."""
    _menu, text, shortcuts = entries()[key]
    action = QAction(translate("Menus", text), window)
    action.setShortcuts([QKeySequence(shortcut) for shortcut in shortcuts])
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.setCheckable(key in CHECKABLE)
    action.triggered.connect(lambda checked=False: slot())
    window.addAction(action)
    return action


def fill_menus(menu_bar: QMenuBar, actions: dict[str, QAction], view_menus: tuple[QMenu, ...] = ()) -> None:
    """Every action in its menu, in the table's order; ``view_menus`` at the end of the View menu."""
    menus = {name: menu_bar.addMenu(translate("Menus", name)) for name in MENUS}
    for key, (menu, _text, _shortcuts) in entries().items():
        menus[menu].addAction(actions[key])
    for menu in view_menus:
        menus[MENUS[-1]].addMenu(menu)
