"""Painting a lot does not wear out ``None`` (PySide6 6.12 on Python 3.11)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from planner.printing.singletons import keep_singletons_alive

# Each call below returns None or a bool that PySide6 6.12.0 forgets to count on
# Python 3.11; far more calls than None has references at start.
PAINT_A_LOT = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    {fix}
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
    app = QGuiApplication([])
    image = QImage(20, 20, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    for _ in range(30_000):
        painter.fillRect(QRectF(0, 0, 5, 5), QColor("red"))
        app.blockSignals(False)
    painter.end()
    print("painted")
    """
)


def test_keep_singletons_alive_is_idempotent() -> None:
    keep_singletons_alive()
    before = sys.getrefcount(None)
    keep_singletons_alive()
    assert abs(sys.getrefcount(None) - before) < 1000


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_a_long_paint_survives_with_the_fix() -> None:
    fix = "from planner.printing.singletons import keep_singletons_alive; keep_singletons_alive()"
    done = subprocess.run(
        [sys.executable, "-c", PAINT_A_LOT.format(fix=fix)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "painted" in done.stdout
