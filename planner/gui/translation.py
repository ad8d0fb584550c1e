"""The window's ``tr()``: every module of :mod:`planner.gui` imports this one.

Methods of a QObject translate with ``self.tr()`` (their class is the
context); everything else calls :func:`tr`. lupdate files a bare ``tr()``
call under the empty context wherever it stands, so that is the context
looked up here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    """``text`` in the window's language (as the installed translators have it)."""
    return QCoreApplication.translate("", text)
