"""Who is busy when: a row per delegation, its day as a line with its placements as bars.

Rows follow the order of precedence. The time axis is the event's; the part of
the day a delegation is not in town (before arrival, after departure) is
hatched. With "Show home time" each row whose home zone differs from the
event's gets its own axis labels in that zone, so an officer can tell a
capital what time a session is for them.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, Signal, Slot
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QShowEvent,
)
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QToolTip, QVBoxLayout, QWidget

from planner.domain import times, zones
from planner.domain.model import Delegation, Plan
from planner.gui.models.base import tr
from planner.gui.views import palette, timeline_rows
from planner.gui.views.day_view import DayCanvas, DayTabsView, day_label, fill_day_tabs
from planner.gui.views.timeline_rows import Bar, TimelineDay, TimelineIndex


def home_zone(plan: Plan, delegation: Delegation, day: date) -> ZoneInfo | None:
    """The delegation's home zone when its clock differs from the event's on ``day``."""
    zone = zones.home_zone(delegation)
    if zone is None:
        return None
    if any(zones.clock_differs(moment, zone) for moment in plan.event.day_bounds(day)):
        return zone
    return None


def zone_label(zone: ZoneInfo, minute: int) -> str:
    """``IST``, or ``UTC+04:30`` for a zone the tz database gives no abbreviation."""
    return zones.zone_abbreviation(times.from_minutes(minute, zone))


class DelegationTimeline(DayTabsView):
    """A row per delegation (order of precedence) showing its placements of a day.

    Signals:
        item_activated(str): the officer double-clicked a bar.
        day_changed(object): the day shown changed (a ``date``).
    """

    item_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._index: TimelineIndex | None = None
        self._pending: Plan | None = None
        self.home_time_check = QCheckBox(self.tr("Show &home time"), self)
        self.home_time_check.setToolTip(
            self.tr("Label each delegation's row in its home time zone where it differs")
        )
        self.home_time_check.setAccessibleName(self.tr("Show home time"))
        self.home_time_check.toggled.connect(self._on_home_time_check_toggled)
        self.canvas = _TimelineCanvas(self)
        self.canvas.item_activated.connect(self.item_activated)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.day_tabs, 1)
        top.addWidget(self.home_time_check)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.canvas, 1)
        self.setAccessibleName(self.tr("Delegations by time"))
        self.setFocusProxy(self.canvas)

    def set_plan(self, plan: Plan) -> None:
        """Show ``plan``; keeps the day when the plan still has it.

        While the widget is hidden (another tab is in front) the work waits
        until it is shown, so edits elsewhere do not pay for this view.
        """
        self._pending = plan
        if self.isVisible():
            self._build()

    def _build(self) -> None:
        plan = self._pending
        if plan is None:
            return
        self._pending = None
        index = TimelineIndex(plan, self._index)
        self._index = index
        if self._day not in index.days:
            self._day = index.days[0] if index.days else plan.event.start_date
        fill_day_tabs(self.day_tabs, index.days, self._day)
        self.canvas.show_day(index, self._day)

    def days(self) -> tuple[date, ...]:
        self._build()
        return self._index.days if self._index else ()

    def show_day(self, day: date) -> None:
        assert self._index is not None
        self.canvas.show_day(self._index, day)

    def showEvent(self, event: QShowEvent) -> None:
        self._build()
        super().showEvent(event)

    def rows(self) -> list[str]:
        """Delegation ids, top to bottom."""
        self._build()
        return [delegation.id for delegation in self._index.rows] if self._index else []

    def bars(self, delegation_id: str) -> list[str]:
        """Items on the delegation's row for the current day, in time order."""
        self._build()
        return [bar.item for bar in self.canvas.bars_of(delegation_id)]

    def bar_texts(self, delegation_id: str) -> list[str]:
        """What each bar of the row says (a bilateral names the partner), in time order."""
        self._build()
        return [
            self.canvas.bar_text(delegation_id, bar) for bar in self.canvas.bars_of(delegation_id)
        ]

    def double_booked(self, delegation_id: str) -> list[str]:
        """Items of the row that overlap another of the same row (marked with a red edge)."""
        self._build()
        return sorted(self.canvas.overlapping(delegation_id))

    def row_axis_labels(self, delegation_id: str) -> list[str]:
        """The row's own time labels (zone first) when home time is shown and differs."""
        self._build()
        return self.canvas.row_labels(delegation_id)

    def absent_spans(self, delegation_id: str) -> list[tuple[int, int]]:
        """UTC-minute spans of the day the delegation is not in town."""
        self._build()
        return self.canvas.absent_spans(delegation_id)

    @Slot(bool)
    def _on_home_time_check_toggled(self, checked: bool) -> None:
        self.canvas.set_home_time(checked)


class _TimelineCanvas(DayCanvas):
    """The painted rows, with a sticky time axis on top and names on the left."""

    item_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index: TimelineIndex | None = None
        self.day: TimelineDay | None = None
        self.home_time = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Delegation timeline"))
        self._per_minute = 1.0
        self._elisions: dict[tuple[str, int], str] = {}
        self._measure()

    def _measure(self) -> None:
        self._elisions.clear()
        metrics = QFontMetrics(self.font())
        self._line = metrics.height()
        self._axis = self._line + 10
        self._names = min(metrics.averageCharWidth() * 28, 260)
        self._min_per_minute = (metrics.horizontalAdvance("00:00") + 12) / 60
        # Room either side of the axis, so the first and last labels show in full.
        self._pad = metrics.horizontalAdvance("00:00") // 2 + 6

    def _elided(self, text: str, width: int) -> str:
        """``text`` cut to ``width`` pixels, remembered between paints."""
        key = (text, width)
        shown = self._elisions.get(key)
        if shown is None:
            if len(self._elisions) > 50_000:
                self._elisions.clear()
            metrics = QFontMetrics(self.font())
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            self._elisions[key] = shown
        return shown

    def _row_height(self) -> int:
        return (2 * self._line + 10) if self.home_time else (self._line + 12)

    def show_day(self, index: TimelineIndex, day: date) -> None:
        self.index = index
        self.day = index.day(day)
        self.update_scrollbars()
        count = sum(1 for bars in self.day.bars.values() if bars)
        self.setAccessibleDescription(
            self.tr("{day}: {busy} of {total} delegations have placements").format(
                day=day_label(day), busy=count, total=len(index.rows)
            )
        )
        self.viewport().update()

    def set_home_time(self, on: bool) -> None:
        self.home_time = on
        self.update_scrollbars()
        self.viewport().update()

    # Geometry ------------------------------------------------------------------

    def update_scrollbars(self) -> None:
        viewport = self.viewport().size()
        if self.day is None or self.index is None:
            return
        span = max(self.day.last - self.day.first, 1)
        room = viewport.width() - self._names - 2 * self._pad
        self._per_minute = max(self._min_per_minute, room / span)
        width = self._names + 2 * self._pad + round(span * self._per_minute)
        height = self._axis + len(self.index.rows) * self._row_height()
        horizontal, vertical = self.horizontalScrollBar(), self.verticalScrollBar()
        horizontal.setRange(0, max(0, width - viewport.width()))
        horizontal.setPageStep(max(1, viewport.width() - self._names))
        vertical.setRange(0, max(0, height - viewport.height()))
        vertical.setPageStep(max(1, viewport.height() - self._axis))
        vertical.setSingleStep(self._row_height())

    def _x(self, minute: float) -> float:
        assert self.day is not None
        return self._names + self._pad + (minute - self.day.first) * self._per_minute

    def _row_at(self, y: int) -> int | None:
        if self.index is None or y < self._axis:
            return None
        row = (y - self._axis + self.verticalScrollBar().value()) // self._row_height()
        return row if 0 <= row < len(self.index.rows) else None

    def point_for(self, delegation_id: str, minute: int) -> QPoint | None:
        """Where, in the viewport, ``minute`` falls on the middle of the delegation's row."""
        rows = [delegation.id for delegation in self.index.rows] if self.index else []
        if self.day is None or delegation_id not in rows:
            return None
        y = self._axis + rows.index(delegation_id) * self._row_height() + self._row_height() // 2
        x = round(self._x(minute)) - self.horizontalScrollBar().value()
        return QPoint(x, y - self.verticalScrollBar().value())

    def bars_of(self, delegation_id: str) -> list[Bar]:
        return self.day.bars.get(delegation_id, []) if self.day else []

    def bar_text(self, delegation_id: str, bar: Bar) -> str:
        """A session's title; for a bilateral, whom the row's delegation meets."""
        return self.bar_options(delegation_id, bar)[0]

    def bar_options(self, delegation_id: str, bar: Bar) -> tuple[str, ...]:
        """What a bar can say, longest first: ``with Kazakhstan``, ``Kazakhstan``, ``KZ``."""
        if self.index is None:
            return (bar.title,)
        return timeline_rows.bar_options(self.index.plan, delegation_id, bar, tr)

    def _fitted(self, options: tuple[str, ...], width: int, font: QFont | None = None) -> str:
        if font is not None and font != self.font():
            metrics = QFontMetrics(font)
            for option in options[:-1]:
                if metrics.horizontalAdvance(option) <= width:
                    return option
            return metrics.elidedText(options[-1], Qt.TextElideMode.ElideRight, width)
        for option in options[:-1]:
            if self._elided(option, width) == option:
                return option
        return self._elided(options[-1], width)

    def lanes_of(self, delegation_id: str) -> dict[str, tuple[int, int]]:
        """Each bar's lane and the lanes of its cluster: a double booking splits the row."""
        return timeline_rows.lanes(self.bars_of(delegation_id))

    def overlapping(self, delegation_id: str) -> set[str]:
        """Items of the delegation's day that overlap another of its items (double booked)."""
        return timeline_rows.overlapping(self.bars_of(delegation_id))

    def _ticks(self) -> list[int]:
        """Whole event-zone hours (or every second or third hour when crowded)."""
        assert self.day is not None and self.index is not None
        step = 60
        label = QFontMetrics(self.font()).horizontalAdvance("00:00") + 10
        while step * self._per_minute < label and step < 6 * 60:
            step += 60
        return timeline_rows.hour_ticks(self.day, self.index.plan.event.zone, step)

    def row_labels(self, delegation_id: str) -> list[str]:
        index, day = self.index, self.day
        if not self.home_time or index is None or day is None:
            return []
        delegation = index.plan.delegation_by_id.get(delegation_id)
        if delegation is None:
            return []
        zone = home_zone(index.plan, delegation, day.day)
        if zone is None:
            return []
        labels = [zone_label(zone, day.opens)]
        labels.extend(f"{times.from_minutes(minute, zone):%H:%M}" for minute in self._ticks())
        return labels

    def absent_spans(self, delegation_id: str) -> list[tuple[int, int]]:
        index, day = self.index, self.day
        delegation = index.plan.delegation_by_id.get(delegation_id) if index else None
        if delegation is None or day is None:
            return []
        return timeline_rows.absent_spans(delegation, day)

    # Painting ------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        pal = self.palette()
        painter.fillRect(event.rect(), pal.color(QPalette.ColorRole.Base))
        index, day = self.index, self.day
        if index is None or day is None:
            painter.end()
            return
        if not index.rows:
            self.paint_empty(painter, self.tr("The plan has no delegations yet."))
            painter.end()
            return
        width, height = self.viewport().width(), self.viewport().height()
        dx, dy = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
        row_height = self._row_height()
        ticks = self._ticks()
        first_row = max(0, dy // row_height)
        last_row = min(len(index.rows), (dy + height) // row_height + 1)
        for row in range(first_row, last_row):
            top = self._axis + row * row_height - dy
            self._paint_row(painter, index.rows[row], row, top, dx, ticks)
        self._paint_axis(painter, ticks, dx, width)
        painter.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
        painter.drawLine(self._names, 0, self._names, height)
        painter.end()

    def _paint_row(
        self,
        painter: QPainter,
        delegation: Delegation,
        row: int,
        top: int,
        dx: int,
        ticks: Sequence[int],
    ) -> None:
        assert self.day is not None
        pal = self.palette()
        width = self.viewport().width()
        row_height = self._row_height()
        band = QRect(0, top, width, row_height)
        if row % 2:
            painter.fillRect(band, pal.color(QPalette.ColorRole.AlternateBase))
        bar_top = top + 4
        bar_height = self._line + 4
        painter.save()
        painter.setClipRect(QRect(self._names + 1, top, width, row_height))
        hatch = QColor(pal.color(QPalette.ColorRole.Mid))
        hatch.setAlpha(220)
        faint = QColor(pal.color(QPalette.ColorRole.Mid))
        faint.setAlpha(60)
        painter.setPen(QPen(faint, 1))
        for minute in ticks:
            x = self._x(minute) - dx
            painter.drawLine(QPointF(x, top), QPointF(x, top + row_height))
        for start, end in self.absent_spans(delegation.id):
            left, right = self._x(start) - dx, self._x(end) - dx
            painter.fillRect(
                QRectF(left, top + 1, right - left, row_height - 2),
                QBrush(hatch, Qt.BrushStyle.BDiagPattern),
            )
        line = QColor(pal.color(QPalette.ColorRole.Mid))
        painter.setPen(QPen(line, 1))
        middle = bar_top + bar_height / 2
        painter.drawLine(
            QPointF(self._x(self.day.opens) - dx, middle),
            QPointF(self._x(self.day.closes) - dx, middle),
        )
        metrics = QFontMetrics(self.font())
        clashes = self.overlapping(delegation.id)
        lanes = self.lanes_of(delegation.id) if clashes else {}
        small = QFont(self.font())
        for bar in self.bars_of(delegation.id):
            lane, count = lanes.get(bar.item, (0, 1))
            height = bar_height / count
            rect = QRectF(
                self._x(bar.start) - dx,
                bar_top + lane * height,
                max((bar.end - bar.start) * self._per_minute, 3.0),
                height,
            )
            if rect.right() < self._names or rect.left() > width:
                continue
            fill = palette.fill(bar.kind, pal)
            painter.setPen(QPen(fill.darker(140), 1))
            painter.setBrush(fill)
            painter.drawRoundedRect(rect, 3, 3)
            if bar.item in clashes:
                # The timetable's mark for a broken rule: a red edge (thinner in a split row).
                edge = 3 if count == 1 else 2
                painter.setPen(QPen(palette.conflict_colour(), edge))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(rect.adjusted(edge / 2, edge / 2, -edge / 2, -edge / 2))
            text_width = int(rect.width()) - 6
            if count > 1:
                # Both sides of a double booking stay readable, one above the other.
                small.setPixelSize(max(int(height) - 2, 1))
                painter.setFont(small)
            if text_width > metrics.horizontalAdvance("…") and height >= 8:
                painter.setPen(palette.text_colour(fill))
                painter.drawText(
                    rect.adjusted(3, 0, -3, 0),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    self._fitted(self.bar_options(delegation.id, bar), text_width, painter.font()),
                )
            painter.setFont(self.font())
        labels = self.row_labels(delegation.id)
        if labels:
            small = QFont(self.font())
            small.setPointSizeF(max(small.pointSizeF() * 0.85, 6.0))
            painter.setFont(small)
            painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            label_top = bar_top + bar_height + 1
            for minute, text in zip(ticks, labels[1:], strict=False):
                x = self._x(minute) - dx
                painter.drawText(
                    QRectF(x - 40, label_top, 80, self._line),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    text,
                )
            painter.setFont(self.font())
        painter.restore()
        # The name column stays put while the rows scroll sideways.
        name_band = QRect(0, top, self._names, row_height)
        painter.fillRect(
            name_band,
            pal.color(QPalette.ColorRole.AlternateBase if row % 2 else QPalette.ColorRole.Base),
        )
        painter.setPen(pal.color(QPalette.ColorRole.Text))
        assert self.index is not None
        name = self.index.plan.delegation_name(delegation.id)
        painter.drawText(
            QRect(6, bar_top, self._names - 10, bar_height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(name, Qt.TextElideMode.ElideRight, self._names - 10),
        )
        if labels:
            painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                QRect(6, bar_top + bar_height + 1, self._names - 10, self._line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                self.tr("home time {zone}").format(zone=labels[0]),
            )

    def _paint_axis(self, painter: QPainter, ticks: Sequence[int], dx: int, width: int) -> None:
        assert self.index is not None and self.day is not None
        pal = self.palette()
        painter.fillRect(QRect(0, 0, width, self._axis), pal.color(QPalette.ColorRole.Window))
        painter.setPen(pal.color(QPalette.ColorRole.WindowText))
        tz = self.index.plan.event.zone
        zone = zone_label(tz, self.day.opens)
        painter.drawText(
            QRect(6, 0, self._names - 10, self._axis),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self.tr("Event time ({zone})").format(zone=zone),
        )
        painter.save()
        painter.setClipRect(QRect(self._names + 1, 0, width, self._axis))
        for minute in ticks:
            x = self._x(minute) - dx
            painter.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
            painter.drawLine(QPointF(x, self._axis - 4), QPointF(x, self._axis))
            painter.setPen(pal.color(QPalette.ColorRole.WindowText))
            painter.drawText(
                QRectF(x - 40, 0, 80, self._axis - 4),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                f"{times.from_minutes(minute, tz):%H:%M}",
            )
        painter.restore()
        painter.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
        painter.drawLine(0, self._axis - 1, width, self._axis - 1)

    # Interaction ---------------------------------------------------------------

    def bar_at(self, point: QPoint) -> tuple[Delegation, Bar | None] | None:
        """The row (and bar, if any) under a viewport point."""
        row = self._row_at(point.y())
        if row is None or self.index is None or self.day is None:
            return None
        delegation = self.index.rows[row]
        if point.x() <= self._names:
            return delegation, None
        minute = (
            self.day.first
            + (point.x() + self.horizontalScrollBar().value() - self._names - self._pad)
            / self._per_minute
        )
        bars = [bar for bar in self.bars_of(delegation.id) if bar.start <= minute <= bar.end]
        if len(bars) > 1:
            # Split lanes: the one under the pointer's height.
            lanes = self.lanes_of(delegation.id)
            top = self._axis + row * self._row_height() - self.verticalScrollBar().value() + 4
            for bar in bars:
                lane, count = lanes[bar.item]
                height = (self._line + 4) / count
                if top + lane * height <= point.y() < top + (lane + 1) * height:
                    return delegation, bar
        return delegation, (bars[0] if bars else None)

    def tooltip_for(self, delegation: Delegation, bar: Bar | None) -> str:
        assert self.index is not None and self.day is not None
        plan = self.index.plan
        tz = plan.event.zone
        zone = home_zone(plan, delegation, self.day.day)
        if bar is None:
            lines = [
                plan.delegation_name(delegation.id),
                self.tr("In town {arrival} – {departure}").format(
                    arrival=times.short_when(delegation.arrival.astimezone(tz)),
                    departure=times.short_when(delegation.departure.astimezone(tz)),
                ),
            ]
            if zone is not None:
                lines.append(
                    self.tr("Home time: {zone} ({name})").format(
                        zone=zone_label(zone, self.day.opens), name=zone.key
                    )
                )
            return "\n".join(lines)
        span = f"{times.from_minutes(bar.start, tz):%H:%M}–{times.from_minutes(bar.end, tz):%H:%M}"
        lines = [bar.title, f"{span} {zone_label(tz, bar.start)}, {bar.venue}"]
        if zone is not None:
            home = (
                f"{times.from_minutes(bar.start, zone):%H:%M}–"
                f"{times.from_minutes(bar.end, zone):%H:%M} {zone_label(zone, bar.start)}"
            )
            lines.append(
                self.tr("Home time in {name}: {span}").format(
                    name=plan.delegation_name(delegation.id), span=home
                )
            )
        return "\n".join(lines)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            found = self.bar_at(event.pos())
            if found is None:
                QToolTip.hideText()
                event.ignore()
                return True
            text = "<br>".join(html.escape(line) for line in self.tooltip_for(*found).split("\n"))
            QToolTip.showText(event.globalPos(), f"<qt>{text}</qt>", self.viewport())
            return True
        return super().viewportEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        found = self.bar_at(event.position().toPoint())
        if found is not None and found[1] is not None:
            self.item_activated.emit(found[1].item)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._measure()
            self.update_scrollbars()
        super().changeEvent(event)
