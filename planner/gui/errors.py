"""Two tiers of errors: expected ones get a plain message, anything else a crash dialog.

A :class:`~planner.errors.PlannerError` is something the officer can fix (a file
that is not a plan, a value the rules refuse); it is shown as it is. Any other
exception is a bug: it is logged, and a crash dialog shows the details with a
button to copy them, so the app never exits silently.
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from planner import __version__
from planner.errors import PlannerError, ValidationError
from planner.gui.dialogs.layout import column
from planner.gui.translation import tr

log = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]
PROBLEMS_SHOWN = 12


def user_message(error: PlannerError) -> tuple[str, str]:
    """The headline and the detail lines of an expected error, ready to show."""
    if isinstance(error, ValidationError) and error.problems:
        lines = [str(problem) for problem in error.problems[:PROBLEMS_SHOWN]]
        hidden = len(error.problems) - PROBLEMS_SHOWN
        if hidden > 0:
            lines.append(tr("… and {count} more").format(count=hidden))
        return error.message, "\n".join(lines)
    return error.message, ""


class ErrorDialog:
    """The message box for an expected error."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, error: PlannerError) -> None:
        headline, details = user_message(error)
        box = QMessageBox(QMessageBox.Icon.Warning, title, headline, QMessageBox.StandardButton.Ok)
        box.setParent(parent, box.windowFlags())
        if details:
            box.setInformativeText(details)
        box.setAccessibleName(title)
        box.exec()


@dataclass
class Attempt:
    """How the block under :func:`reporting` went."""

    failed: bool = False


@contextmanager
def reporting(parent: QWidget | None, title: str) -> Iterator[Attempt]:
    """Show a refusal of the core raised in the block, titled ``title``, and log it.

    The one guard of the window's commands: a :class:`~planner.errors.PlannerError`
    stops the block, is shown by :class:`ErrorDialog` and logged, and the code
    after the ``with`` goes on (``attempt.failed`` says whether the block
    failed). The core wrote nothing, so the plan is as it was. Any other
    exception is a bug and goes on to the excepthook.
    """
    attempt = Attempt()
    try:
        yield attempt
    except PlannerError as error:
        attempt.failed = True
        report_error(parent, title, error)


def report_error(parent: QWidget | None, title: str, error: PlannerError) -> None:
    """Log a refusal of the core and show it in a message box titled ``title``."""
    log.warning("%s: %s", title, error)
    ErrorDialog.ask(parent, title, error)


class CrashDialog(QDialog):
    """Shows an unexpected error with details the officer can copy into a report."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Summit Planner — unexpected error"))
        intro = QLabel(
            self.tr(
                "Something went wrong that Summit Planner did not expect. Your plan file is "
                "safe: every change that was saved stays saved, and the step that failed "
                "changed nothing.\n\nPlease copy the details below into your report."
            )
        )
        intro.setWordWrap(True)
        self.details_edit = QPlainTextEdit(details)
        self.details_edit.setReadOnly(True)
        self.details_edit.setAccessibleName(self.tr("Error details"))
        self.details_edit.setMinimumSize(560, 220)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy_button = buttons.addButton(
            self.tr("&Copy details"), QDialogButtonBox.ButtonRole.ActionRole
        )
        copy_button.setToolTip(self.tr("Copy the details to the clipboard"))
        copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        column(self, intro, self.details_edit, buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details_edit.toPlainText())

    @classmethod
    def ask(cls, parent: QWidget | None, details: str) -> None:
        cls(details, parent).exec()


def crash_details(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> str:
    """What a bug report needs: versions and the traceback."""
    lines = [
        f"Summit Planner {__version__}",
        f"Python {platform.python_version()} on {platform.platform()}",
        "",
        *traceback.format_exception(kind, error, trace),
    ]
    return "\n".join(line.rstrip("\n") for line in lines)


class ExceptionHandler:
    """An excepthook: logs every uncaught exception and shows the matching dialog.

    Args:
        parent: returns the window the dialog belongs to (None before it exists).
    """

    def __init__(self, parent: Callable[[], QWidget | None] = lambda: None) -> None:
        self.parent = parent
        self.previous: ExceptHook | None = None
        self._showing = False

    def install(self) -> None:
        self.previous = sys.excepthook
        sys.excepthook = self

    def uninstall(self) -> None:
        if self.previous is not None:
            sys.excepthook = self.previous
            self.previous = None

    def __call__(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        if isinstance(error, PlannerError):
            log.warning("%s", error)
        else:
            log.error("unexpected error", exc_info=(kind, error, trace))
        if self._showing or QApplication.instance() is None:
            return  # an error while a dialog is up: logged, never a cascade of dialogs
        self._showing = True
        try:
            if isinstance(error, PlannerError):
                ErrorDialog.ask(self.parent(), tr("Summit Planner"), error)
            else:
                CrashDialog.ask(self.parent(), crash_details(kind, error, trace))
        finally:
            self._showing = False


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def qt_message_handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Route Qt's own warnings into logging instead of stderr."""
    category = context.category or "qt"
    logging.getLogger(f"qt.{category}").log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


def install_qt_message_handler() -> None:
    qInstallMessageHandler(qt_message_handler)
