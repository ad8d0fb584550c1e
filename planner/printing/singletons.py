"""Keep ``None``, ``True`` and ``False`` alive under PySide6 6.12 on Python 3.11.

PySide6 6.12.0 (the ``cp310-abi3`` wheels) returns ``None``, ``True`` and
``False`` from many methods without taking a reference to them on Python
3.11: ``QPainter.fillRect``, ``QPainter.setPen``, ``QListWidgetItem.setData``,
``QObject.blockSignals`` and others. Each call lowers the object's reference
count by one, so after a few thousand calls (one paint of a busy timetable)
Python aborts with "Fatal Python error: none_dealloc: deallocating None".
Python 3.12 and later make these objects immortal, which hides the fault.

:func:`keep_singletons_alive` does what Python 3.12 does: it gives the three
objects a reference count so large that no run can use it up. Call it before
the first Qt call of a process (the application, the printing entry points,
the test suite and the benchmarks do).
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40
"""About 10**12 lost references: years of painting."""


def keep_singletons_alive() -> None:
    """Make ``None``, ``True`` and ``False`` as good as immortal (idempotent)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for value in (None, True, False):
        # ob_refcnt is the first field of every CPython object (Py_ssize_t).
        count = ctypes.c_ssize_t.from_address(id(value))
        if count.value < _HEADROOM // 2:
            count.value += _HEADROOM
