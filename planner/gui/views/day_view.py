"""What the two painted views of a day share: the day tabs, and the scrolled canvas.

The timetable and the delegation timeline each show one day of the plan at a
time, picked from a row of tabs, on a scroll area they paint by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, QLocale, QSignalBlocker, Qt, Signal, Slot
from PySide6.QtGui import QPainter, QPalette, QResizeEvent
from PySide6.QtWidgets import QAbstractScrollArea, QTabBar, QWidget


def day_label(day: date, *, with_year: bool = False) -> str:
    """A day as its tab shows it: ``Mon 11 Oct`` (``Mon 11 Oct 2021``) in the user's language.

    Through QLocale(): QDate.toString names days and months in English alone.
    """
    form = "ddd d MMM yyyy" if with_year else "ddd d MMM"
    return QLocale().toString(QDate(day.year, day.month, day.day), form)


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


class DayTabsView(QWidget):
    """A view of the plan one day at a time, the day picked from a row of tabs.

    Subclasses say which days the plan has (:meth:`days`) and show one
    (:meth:`show_day`).

    Signals:
        day_changed(object): the day shown changed (a ``date``).
    """

    day_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._day: date | None = None
        self.day_tabs = QTabBar(self)
        self.day_tabs.setAccessibleName(self.tr("Days"))
        self.day_tabs.setExpanding(False)
        self.day_tabs.currentChanged.connect(self._on_day_tabs_changed)

    def days(self) -> tuple[date, ...]:
        """The days of the plan shown, in order (none before a plan is shown)."""
        raise NotImplementedError

    def show_day(self, day: date) -> None:
        """Draw ``day``, one of :meth:`days`."""
        raise NotImplementedError

    def set_day(self, day: date) -> None:
        """Show ``day`` (ignored when the plan has no such day)."""
        days = self.days()
        if day not in days or day == self._day:
            return
        self._day = day
        select_day_tab(self.day_tabs, days.index(day))
        self.show_day(day)
        self.day_changed.emit(day)

    def current_day(self) -> date:
        """The day shown."""
        self.days()  # a view that waits to build does so now
        if self._day is None:
            raise LookupError("no plan is shown")
        return self._day

    @Slot(int)
    def _on_day_tabs_changed(self, position: int) -> None:
        days = self.days()
        if 0 <= position < len(days):
            self.set_day(days[position])
