"""A Qt application for printing where no window runs (command line, scripts)."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QLoggingCategory
from PySide6.QtGui import QGuiApplication


def ensure_application() -> QCoreApplication:
    """The running Qt application, or a new QGuiApplication for printing.

    Without a display (no ``DISPLAY`` or ``WAYLAND_DISPLAY`` on Linux) and
    with ``QT_QPA_PLATFORM`` unset, the offscreen platform is chosen, so
    printing works on a server with no screen. The caller keeps the returned
    object alive for as long as it prints.

    A new application also silences a font-database notice: Qt reports
    every family of the fallback list that lacks a script's OpenType tables
    while it looks for one that has them, which is expected and not the
    officer's concern (``QT_LOGGING_RULES`` still turns them back on).
    """
    existing = QCoreApplication.instance()
    if existing is not None:
        return existing
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
        and not os.environ.get("QT_QPA_PLATFORM")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    QLoggingCategory.setFilterRules("qt.text.font.db.info=false")
    return QGuiApplication(["summit-planner"])
