"""The window's menu bar: how an action is made, and which menu holds which action.

The actions themselves belong to :class:`~planner.gui.main_window.MainWindow`
(tests and the views reach them as ``window.open_action`` and so on); the
commands they run are :class:`~planner.gui.controller.PlanController`'s.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from planner.gui.settings import Settings
from planner.gui.translation import tr

if TYPE_CHECKING:
    from planner.gui.main_window import MainWindow

Shortcut = QKeySequence | QKeySequence.StandardKey | str


def make_action(
    parent: MainWindow,
    text: str,
    slot: Callable[[], Any],
    shortcut: Shortcut | None = None,
    tip: str = "",
) -> QAction:
    """An action that runs ``slot``; ``tip`` is its tooltip and its status-bar text."""
    action = QAction(text, parent)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setToolTip(tip)
        action.setStatusTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def build_menus(window: MainWindow) -> dict[str, QMenu]:
    """The File, Edit, View, Plan and Help menus (by key), filled but for the View menu."""
    bar = window.menuBar()
    file_menu = bar.addMenu(tr("&File"))
    file_menu.addActions([window.new_action, window.open_action])
    recent_menu = file_menu.addMenu(tr("Open &Recent"))
    recent_menu.aboutToShow.connect(
        lambda: fill_recent_menu(recent_menu, window.settings, window.controller.open_path)
    )
    file_menu.addAction(window.save_copy_action)
    file_menu.addSeparator()
    file_menu.addActions([window.import_json_action, window.export_json_action])
    file_menu.addAction(window.import_people_action)
    file_menu.addSeparator()
    file_menu.addActions([window.export_calendar_action, window.invitations_action])
    file_menu.addSeparator()
    file_menu.addActions([window.print_action, window.preview_action, window.pdf_action])
    file_menu.addSeparator()
    file_menu.addAction(window.quit_action)

    edit_menu = bar.addMenu(tr("&Edit"))
    edit_menu.addActions([window.undo_action, window.redo_action])
    edit_menu.addSeparator()
    edit_menu.addAction(window.find_action)
    edit_menu.addSeparator()
    edit_menu.addAction(window.preferences_action)

    view_menu = bar.addMenu(tr("&View"))

    plan_menu = bar.addMenu(tr("&Plan"))
    plan_menu.addAction(window.check_action)
    plan_menu.addSeparator()
    plan_menu.addActions([window.build_action, window.replan_action])
    help_menu = bar.addMenu(tr("&Help"))
    help_menu.addActions([window.guide_action, window.shortcuts_action])
    help_menu.addSeparator()
    help_menu.addAction(window.about_action)
    return {
        "file": file_menu,
        "edit": edit_menu,
        "view": view_menu,
        "plan": plan_menu,
        "help": help_menu,
    }


def fill_recent_menu(menu: QMenu, settings: Settings, open_path: Callable[[str], object]) -> None:
    """The recent plans, newest first (``&1``…``&9``), and Clear the List."""
    menu.clear()
    recent = settings.recent_files
    for number, path in enumerate(recent, start=1):
        label = f"&{number} {Path(path).name}" if number < 10 else Path(path).name
        action = menu.addAction(label)
        action.setToolTip(path)
        action.setStatusTip(path)
        action.triggered.connect(lambda _checked=False, chosen=path: open_path(chosen))
    if not recent:
        menu.addAction(tr("No recent plans")).setEnabled(False)
    else:
        menu.addSeparator()
        menu.addAction(tr("&Clear the List"), settings.clear_recent)
