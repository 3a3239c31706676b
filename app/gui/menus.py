"""The window's menus and keyboard shortcuts, in one table."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from models import VARIANTS

if TYPE_CHECKING:
    from .window import MainWindow

CHECKABLE = ("log_scale", "code", "presentation", "light", "fullscreen")


def build_actions(window: MainWindow) -> dict[str, QAction]:
    """Every menu entry with its shortcuts, added to the window so keys work wherever focus is."""
    files, controller = window.files, window.controller
    menus = {name: window.menuBar().addMenu(name) for name in ("&File", "&Run", "&Variant", "V&iew")}
    actions: dict[str, QAction] = {}
    for menu, key, text, shortcuts, slot in (
        ("&File", "screenshot", "Save screenshot…", ["Ctrl+S"], files.save_screenshot),
        ("&File", "plot", "Save plot…", ["Ctrl+Shift+P"], files.save_plot),
        ("&File", "export", "Export run…", ["Ctrl+E"], files.export_run),
        ("&File", "record", "Record run…", ["Ctrl+Shift+E"], files.record_run),
        ("&File", "open_session", "Open session…", ["Ctrl+O"], files.open_session),
        ("&File", "save_session", "Save session…", ["Ctrl+Shift+S"], files.save_session),
        ("&File", "quit", "Quit", ["Ctrl+Q"], window.close),
        ("&Run", "start_pause", "Start / Pause", ["Space"], window.start_or_pause),
        ("&Run", "step", "Step", ["Right", "S"], lambda: window.step(window.controls.step_count.currentData())),
        ("&Run", "stop", "Stop", ["Esc"], controller.stop),
        ("&Run", "reset", "Reset", ["R"], window.reset),
        ("&Run", "race", "Race variants…", ["Ctrl+R"], window.racing.dialog),
        ("&Run", "defaults", "Notebook defaults", ["D"], window.notebook_defaults),
        ("&Run", "rewind_memory", "Rewind memory…", [], window.rewinder.choose_memory),
        ("V&iew", "log_scale", "Log scale", ["L"], window.views.log_scale.toggle),
        ("V&iew", "code", "Code panel", ["C"], window.presenting.toggle_code_panel),
        ("V&iew", "edit_code", "Edit code", ["E"], window.editing.toggle),
        ("V&iew", "clear_runs", "Clear past runs", ["Shift+C"], window.views.loss_plot.clear_past_runs),
        ("V&iew", "presentation", "Presentation mode", ["P"], window.presenting.toggle_presentation),
        ("V&iew", "light", "Light theme", ["T"], window.presenting.toggle_theme),
        ("V&iew", "fullscreen", "Full screen", ["F11"], window.presenting.toggle_full_screen),
        ("V&iew", "reset_layout", "Reset layout and settings", [], window.presenting.reset_layout),
    ):
        actions[key] = _action(window, menus[menu], text, shortcuts, slot)
    for key in CHECKABLE:
        actions[key].setCheckable(True)
    actions["log_scale"].setChecked(True)
    window.views.log_scale.toggled.connect(actions["log_scale"].setChecked)
    for number, (name, variant) in enumerate(VARIANTS.items(), start=1):
        actions[f"variant_{name}"] = _action(window, menus["&Variant"], f"{number}  {variant.title}", [str(number)],
                                             lambda name=name: window.choose_variant(name))
    return actions


def _action(window: MainWindow, menu, text: str, shortcuts: list[str], slot) -> QAction:
    action = QAction(text, window)
    action.setShortcuts([QKeySequence(s) for s in shortcuts])
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda checked=False: slot())
    menu.addAction(action)
    window.addAction(action)
    return action
