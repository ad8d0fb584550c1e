"""What the two painted views of a day share: the day tabs, and the scrolled canvas.

The timetable and the delegation timeline each show one day of the plan at a
time, picked from a row of tabs, on a scroll area they paint by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, QSignalBlocker, Qt
from PySide6.QtGui import QPainter, QPalette, QResizeEvent
from PySide6.QtWidgets import QAbstractScrollArea, QTabBar


def day_label(day: date) -> str:
    """A day as its tab shows it: ``Mon 11 Oct`` in the user's language."""
    return QDate(day.year, day.month, day.day).toString("ddd d MMM")


def fill_day_tabs(tabs: QTabBar, days: Sequence[date], current: date | None) -> bool:
    """Give ``tabs`` one tab per day and select ``current``, without emitting a signal.

    The tabs are built again only when the days differ from those shown.

    Returns:
        Whether the tabs were built again (and so want their tooltips).
    """
    labels = [day_label(day) for day in days]
    with QSignalBlocker(tabs):
        rebuilt = [tabs.tabText(i) for i in range(tabs.count())] != labels
        if rebuilt:
            while tabs.count():
                tabs.removeTab(0)
            for label in labels:
                tabs.addTab(label)
        if current is not None and current in days:
            tabs.setCurrentIndex(list(days).index(current))
    return rebuilt


def select_day_tab(tabs: QTabBar, position: int) -> None:
    """Select the tab at ``position`` without emitting a signal (the view already shows it)."""
    with QSignalBlocker(tabs):
        tabs.setCurrentIndex(position)


class DayCanvas(QAbstractScrollArea):
    """A scroll area painted by hand: it paints again on every scroll and sizes on resize."""

    def update_scrollbars(self) -> None:
        """Fit the scroll bars to the content and the viewport (subclasses size their own)."""

    def paint_empty(self, painter: QPainter, text: str) -> None:
        """Say in the middle of the view why there is nothing to draw."""
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(self.viewport().rect(), Qt.AlignmentFlag.AlignCenter, text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.update_scrollbars()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()
