"""Icons and translations: the GUI's only reader of ``resources/``."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon

from planner.resource_files import resource_path

log = logging.getLogger(__name__)

APP_ICON_NAMES = ("summit-planner.svg", "summit-planner.png")


def app_icon() -> QIcon:
    """The application icon (scalable SVG, with the PNG rendering as a fallback size)."""
    icon = QIcon()
    for name in APP_ICON_NAMES:
        try:
            icon.addFile(str(resource_path("icons", name)))
        except FileNotFoundError:
            log.warning("application icon %s is not installed", name)
    return icon


def install_translators(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Load Qt's own and the planner's translations for ``locale`` (the system's by default).

    Returns the installed translators; the caller keeps them alive as long as the app.
    """
    wanted = locale if locale is not None else QLocale.system()
    installed: list[QTranslator] = []
    qt_translator = QTranslator(app)
    if qt_translator.load(
        wanted, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    try:
        folder = resource_path("translations")
    except FileNotFoundError:
        return installed
    translator = QTranslator(app)
    if translator.load(wanted, "planner", "_", str(folder)):
        app.installTranslator(translator)
        installed.append(translator)
    return installed
