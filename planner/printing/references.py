"""A guard against a reference-counting fault in the Qt bindings.

With PySide6/shiboken6 6.12 on Python 3.11, every call to a Qt method that
returns nothing (``QPainter.save``, ``setPen``, ``QTextDocument.setHtml``…)
hands back None without taking a reference to it. Each call therefore steals
one reference from None, and after some thousands of calls, which a single
100-page roster makes, None is freed and the interpreter aborts ("Fatal Python
error: none_dealloc"). Python 3.12 and later make None immortal, so there the
guard has nothing to do.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Iterator
from contextlib import contextmanager

_MARGIN = 16


@contextmanager
def references_to_none_kept() -> Iterator[None]:
    """Give None back the references that the Qt calls inside the block took.

    Returning more than were lost is harmless (None is never freed anyway);
    returning fewer is what crashes, so the count errs on the generous side.
    """
    if sys.version_info >= (3, 12):
        yield
        return
    before = sys.getrefcount(None)
    try:
        yield
    finally:
        # A few more than measured: wrappers dropped just after the block give
        # their references back late, and the count must never come up short.
        lost = before - sys.getrefcount(None) + _MARGIN
        if lost > 0:
            increment = ctypes.PYFUNCTYPE(None, ctypes.py_object)(("Py_IncRef", ctypes.pythonapi))
            for _ in range(lost):
                increment(None)
