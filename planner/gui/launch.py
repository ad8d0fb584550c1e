"""Start the window: application, logging, settings, the plan to open, the main window.

``summit-planner`` opens the last plan used, or the first time a fresh copy of
the sample plan in the user's Documents folder (the shipped file is only
read); ``summit-planner FILE.summit`` opens that file. A plan that cannot be
opened is explained, and the officer picks another or the sample.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QApplication

from planner import __version__
from planner.errors import PlannerError
from planner.gui.controller import PLAN_FILTER
from planner.gui.dialogs import files
from planner.gui.dialogs.open_failed import OpenChoice, OpenFailedDialog
from planner.gui.document import Document
from planner.gui.errors import ExceptionHandler, install_qt_message_handler
from planner.gui.main_window import MainWindow
from planner.gui.resources import app_icon, install_translators, ui_locale
from planner.gui.settings import APPLICATION, ORGANIZATION, Settings
from planner.gui.translation import tr
from planner.services import create_demo

log = logging.getLogger(__name__)

SAMPLE_NAME = "CICA 2021 sample"


def documents_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(location) if location else Path.home()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def fresh_sample(folder: Path) -> Path:
    """A new copy of the sample plan in ``folder``, never overwriting a file there."""
    path = folder / f"{SAMPLE_NAME}.summit"
    number = 2
    while path.exists():
        path = folder / f"{SAMPLE_NAME} ({number}).summit"
        number += 1
    return create_demo(path)


def first_plan(requested: str | None, settings: Settings) -> Path:
    """The plan to open: the one asked for, the last one used, or a fresh sample copy."""
    if requested:
        return Path(requested)
    last = settings.last_plan
    if last and Path(last).is_file():
        return Path(last)
    return fresh_sample(documents_folder())


def open_first_document(window: MainWindow, path: Path) -> Document | None:
    """Open ``path`` in ``window``; when that fails, let the officer choose until a plan opens.

    Each plan is opened as File › Open opens it; a failure is explained with
    the choice of another plan, the sample plan, or quitting. Returns the
    document shown, or None when the officer quits.
    """
    candidate: Path | None = path
    failures: list[PlannerError] = []
    while True:
        if candidate is not None and window.controller.open_path(candidate, failures.append):
            return window.document
        reason = failures.pop() if failures else PlannerError(tr("No plan was chosen."))
        choice = OpenFailedDialog.ask(window, reason)
        if choice is OpenChoice.QUIT:
            return None
        if choice is OpenChoice.SAMPLE:
            try:
                candidate = fresh_sample(documents_folder())
            except PlannerError as error:
                log.warning("cannot copy the sample plan: %s", error)
                candidate = None
        else:
            candidate = files.ask_open_path(window, tr("Open a plan"), tr(PLAN_FILTER))


def configure_application(app: QApplication) -> None:
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("summit-planner")
    app.setWindowIcon(app_icon())


def run_window(path: str | None) -> int:
    """Run the application window until it closes; returns the exit code."""
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    QApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    configure_application(app)
    install_qt_message_handler()
    settings = Settings()
    translators = install_translators(app, ui_locale(settings.language))
    window = MainWindow(settings)
    handler = ExceptionHandler(lambda: window)
    handler.install()
    try:
        try:
            target = first_plan(path, settings)
        except PlannerError as error:
            OpenFailedDialog.ask(window, error)
            return 1
        if open_first_document(window, target) is None:
            return 1
        window.show()
        return app.exec()
    finally:
        handler.uninstall()
        del translators
