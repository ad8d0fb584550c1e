"""Icons and translations: the GUI's only reader of ``resources/``."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon

from planner.resource_files import TRANSLATIONS, resource_path

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


def ui_locale(language: str = "") -> QLocale:
    """The locale of the window: ``language`` (as chosen in Preferences), or the system's."""
    return QLocale(language) if language else QLocale.system()


def install_translators(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Load Qt's own and the planner's translations for ``locale`` (the system's by default).

    Qt's own words (standard buttons, the print and file dialogs) come from the
    catalogues Qt ships; for a language Qt has none for, from ours
    (``qtbase_<language>.ts`` beside the planner's). ``locale`` also becomes
    the default for numbers and dates. Returns the installed translators; the
    caller keeps them alive as long as the app.
    """
    wanted = locale if locale is not None else QLocale.system()
    QLocale.setDefault(wanted)
    try:
        ours = str(resource_path(TRANSLATIONS))
    except FileNotFoundError:
        log.warning("the translations are not installed")
        ours = ""
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    installed: list[QTranslator] = []
    for name, folders in (("qtbase", (qt_folder, ours)), ("planner", (ours,))):
        translator = QTranslator(app)
        if any(folder and translator.load(wanted, name, "_", folder) for folder in folders):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
