"""The two error tiers: expected errors get a message, bugs a crash dialog with details."""

from __future__ import annotations

import logging
import sys
from typing import Any

import pytest

from planner.errors import Problem, StorageError, ValidationError
from planner.gui import errors
from planner.gui.errors import CrashDialog, ErrorDialog, ExceptionHandler, user_message


def test_a_validation_error_lists_its_problems() -> None:
    error = ValidationError(
        "not saved", [Problem(f"venues[{n}].capacity", "bad") for n in range(15)]
    )
    headline, details = user_message(error)
    assert headline == "not saved"
    assert details.splitlines()[0] == "venues[0].capacity: bad"
    assert details.splitlines()[-1] == "… and 3 more"


def test_the_excepthook_shows_a_crash_dialog_for_a_bug(
    qapp: Any, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        CrashDialog, "ask", classmethod(lambda cls, parent, details: shown.append(details))
    )
    hook = ExceptionHandler()
    hook.install()
    try:
        try:
            raise ZeroDivisionError("division by zero")
        except ZeroDivisionError:
            with caplog.at_level(logging.ERROR):
                sys.excepthook(*sys.exc_info())
    finally:
        hook.uninstall()
    assert "ZeroDivisionError: division by zero" in shown[0]
    assert "Summit Planner" in shown[0] and "Traceback" in shown[0]
    assert "unexpected error" in caplog.text
    assert sys.excepthook is not hook


def test_the_excepthook_shows_a_plain_message_for_an_expected_error(
    qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        ErrorDialog, "ask", classmethod(lambda cls, parent, title, error: shown.append(str(error)))
    )
    monkeypatch.setattr(CrashDialog, "ask", classmethod(lambda cls, parent, d: pytest.fail(d)))
    ExceptionHandler()(StorageError, StorageError("plan.summit: is not a plan file"), None)
    assert shown == ["plan.summit: is not a plan file"]


def test_the_crash_dialog_copies_its_details(qtbot: Any) -> None:
    dialog = CrashDialog("Traceback: details here")
    qtbot.addWidget(dialog)
    dialog.copy_details()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == "Traceback: details here"


def test_qt_warnings_go_to_logging(qapp: Any, caplog: pytest.LogCaptureFixture) -> None:
    from PySide6.QtCore import QMessageLogContext, QtMsgType

    with caplog.at_level(logging.WARNING):
        errors.qt_message_handler(QtMsgType.QtWarningMsg, QMessageLogContext(), "a Qt warning")
    assert "a Qt warning" in caplog.text
