"""The Qt bindings in use keep Python's reference counts right.

PySide6 6.12.0 on Python 3.11 takes a reference from None (and from True and
False) on every Qt call that returns one, and the interpreter aborts after a
few thousand such calls — one busy timetable day or one long roster. The
project pins the bindings below that release; this test fails if a version
with the fault comes back.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

PAINT_A_LOT = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
    app = QGuiApplication([])
    image = QImage(20, 20, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(30_000):
        painter.fillRect(QRectF(0, 0, 5, 5), QColor("red"))
        painter.setPen(QColor("blue"))
        app.blockSignals(False)
    painter.end()
    print(sys.getrefcount(None) - before)
    """
)


def test_thousands_of_qt_calls_leave_none_counted() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PAINT_A_LOT], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert int(done.stdout.strip()) > -100
