"""The timetable's grid of one day: what it shows, and where each thing goes on screen.

:class:`TimetableGrid` keeps the day shown, the selection, the focused cell
and the zoom, and turns minutes and venues into pixels and back. The
painting (:mod:`~planner.gui.views.timetable_painting`) and the mouse,
keyboard and drag handling (:mod:`~planner.gui.views.timetable_canvas`) build
on it.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QWidget

from planner.gui.models.base import tr
from planner.gui.views.block_text import tooltip_text
from planner.gui.views.day_view import DayCanvas, day_label
from planner.gui.views.geometry import Block, DayLayout, PlanIndex

MOST_LANES = 3
"""A column holding overlapping blocks widens to this many lanes at most."""


@dataclass(frozen=True)
class GridMetrics:
    """The grid's measures in pixels at zoom 1, taken from the font."""

    line: int
    """The height of a line of text."""
    header: int
    """The height of the venue headers above the grid."""
    gutter: int
    """The width of the time labels left of the grid."""
    column: int
    """The narrowest a lane of a venue column gets."""
    per_minute: float
    """The height of a minute."""
    pad: int
    """Room above the first grid line, so its time label shows in full."""


class TimetableGrid(DayCanvas):
    """The day shown on the timetable, and the geometry of its grid.

    Signals:
        selection_changed(str): the selected item changed ("" for none).
    """

    selection_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index: PlanIndex | None = None
        self.layout_: DayLayout | None = None
        self.selected: str | None = None
        self._ghost: tuple[int, int, int] | None = None
        """Drop target while dragging: start minute, end minute, column."""
        self._drag_offset = 0.0
        """Minutes between the start of the block dragged and where it is held."""
        self._texts: dict[str, str] = {}
        """The delegations each block names, dropped when the block changes."""
        self._metrics = self._measure()
        self._col = self._metrics.column
        """The width of one lane: a column is one to :data:`MOST_LANES` of them wide."""
        self._lefts: list[int] = []
        """Content x of each column's left edge, then of the last column's right edge."""
        self.zoom = 1.0
        """Height per minute against the font's natural one."""
        self.cell: tuple[int, int] | None = None
        """The focused cell (column, UTC minute): where Enter in the unplaced list places."""
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Timetable grid"))
        self.setWhatsThis(
            self.tr(
                "Arrow keys move between blocks, Enter edits, L locks or unlocks, "
                "Delete takes the item off the schedule; drag a block to move it."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._metrics = self._measure()
            self.update_scrollbars()
            self.viewport().update()
        super().changeEvent(event)

    @property
    def metrics(self) -> GridMetrics:
        """The grid's measures at zoom 1 (see :attr:`per_minute` for the zoomed minute)."""
        return self._metrics

    # Showing ----------------------------------------------------------------

    def show_day(self, index: PlanIndex, day: date) -> None:
        old_index, old_layout = self.index, self.layout_
        layout = index.layout(day)
        if old_layout is None or old_layout.day != day:
            self.cell = None
        self.index = index
        self.layout_ = layout
        self._ghost = None
        self.update_scrollbars()
        self._describe()
        if (
            old_index is not None
            and old_layout is not None
            and old_index.plan.event == index.plan.event
            and (old_layout.day, old_layout.first, old_layout.last, old_layout.columns)
            == (layout.day, layout.first, layout.last, layout.columns)
        ):
            # The same day after an edit: repaint only the blocks that changed.
            self._repaint_changes(old_index, old_layout)
        else:
            self._texts = {}
            self.viewport().update()

    def _repaint_changes(self, old_index: PlanIndex, old_layout: DayLayout) -> None:
        assert self.index is not None and self.layout_ is not None
        layout, index = self.layout_, self.index
        offset = self._offset()
        for item in old_layout.by_item.keys() | layout.by_item.keys():
            before, after = old_layout.by_item.get(item), layout.by_item.get(item)
            conflict_before = bool(old_index.violations_of(item))
            if before == after and conflict_before == bool(index.violations_of(item)):
                continue
            self._texts.pop(item, None)
            for block in (before, after):
                if block is not None:
                    rect = self._block_rect(block).adjusted(-4, -4, 4, 4).toAlignedRect()
                    self.viewport().update(rect.translated(-offset))

    def select(self, item: str | None, *, scroll: bool = False) -> None:
        if item != self.selected:
            self.selected = item
            self.selection_changed.emit(item or "")
        block = self.layout_.by_item.get(item) if self.layout_ and item else None
        if block is not None:
            self.cell = (block.column, block.start)
        if scroll and item and self.layout_ and item in self.layout_.by_item:
            self._ensure_visible(self._block_rect(self.layout_.by_item[item]))
        self._describe()
        self.viewport().update()

    def _describe(self) -> None:
        layout = self.layout_
        if layout is None or self.index is None:
            return
        conflicts = sum(1 for block in layout.blocks if self.index.violations_of(block.item))
        text = self.tr("{day}: {count} placements, {conflicts} with conflicts").format(
            day=day_label(layout.day), count=len(layout.blocks), conflicts=conflicts
        )
        if self.selected and self.selected in layout.by_item:
            text += ". " + self.tr("Selected: {item}").format(item=self.tooltip_text(self.selected))
        self.setAccessibleDescription(text)

    def tooltip_text(self, item: str) -> str:
        """Title, time, venue, delegations and broken rules of a placed item."""
        return tooltip_text(self.index, item, tr) if self.index is not None else ""

    # Geometry -----------------------------------------------------------------

    def _measure(self) -> GridMetrics:
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        return GridMetrics(
            line=line,
            header=3 * line + 14,
            gutter=metrics.horizontalAdvance("00:00") + 16,
            column=max(metrics.averageCharWidth() * 17, 96),
            per_minute=(2 * line + 10) / 30,
            pad=line // 2 + 2,
        )

    @property
    def per_minute(self) -> float:
        return self._metrics.per_minute * self.zoom

    def set_zoom(self, zoom: float) -> None:
        """Change the height per minute, keeping the time at the top of the view in place."""
        layout = self.layout_
        top_minute = (
            layout.first + self.verticalScrollBar().value() / self.per_minute if layout else None
        )
        self.zoom = zoom
        self.update_scrollbars()
        if layout is not None and top_minute is not None:
            self.verticalScrollBar().setValue(round((top_minute - layout.first) * self.per_minute))
        self.viewport().update()

    def fitting_zoom(self) -> float | None:
        """The zoom at which the working day fills the view's height."""
        layout = self.layout_
        if layout is None:
            return None
        m = self._metrics
        room = self.viewport().height() - m.header - 2 * m.pad - 2
        minutes = max(layout.closes - layout.opens, layout.slot)
        return room / (minutes * m.per_minute) if room > 0 else None

    def _fit_columns(self) -> None:
        """Columns share the width when they fit, and keep a readable minimum when not.

        A venue holding overlapping blocks (a rule 1 conflict) gets a column as
        wide as up to three lanes, so that each block still shows its text.
        """
        layout = self.layout_
        lanes = [1] * (len(layout.columns) if layout else 0)
        if layout is not None:
            for block in layout.blocks:
                lanes[block.column] = max(lanes[block.column], min(block.lanes, MOST_LANES))
        room = self.viewport().width() - self._metrics.gutter
        weight = sum(lanes)
        self._col = max(self._metrics.column, room // weight) if weight else self._metrics.column
        left = self._metrics.gutter
        self._lefts = [left]
        for count in lanes:
            left += count * self._col
            self._lefts.append(left)

    def column_left(self, column: int) -> int:
        return self._lefts[column] if column < len(self._lefts) else self._metrics.gutter

    def column_width(self, column: int) -> int:
        if column + 1 < len(self._lefts):
            return self._lefts[column + 1] - self._lefts[column]
        return self._col

    def column_at(self, x: float) -> int:
        """The column under content x (-1 left of the grid, the count right of it)."""
        if not self._lefts or x < self._lefts[0]:
            return -1
        return bisect.bisect_right(self._lefts, x) - 1

    def _content_size(self) -> QSize:
        layout, m = self.layout_, self._metrics
        if layout is None:
            return QSize(0, 0)
        width = self.column_left(len(layout.columns))
        height = m.header + 2 * m.pad + round((layout.last - layout.first) * self.per_minute) + 1
        return QSize(width, height)

    def update_scrollbars(self) -> None:
        self._fit_columns()
        size = self._content_size()
        viewport = self.viewport().size()
        horizontal, vertical = self.horizontalScrollBar(), self.verticalScrollBar()
        horizontal.setRange(0, max(0, size.width() - viewport.width()))
        horizontal.setPageStep(max(1, viewport.width() - self._metrics.gutter))
        horizontal.setSingleStep(max(1, self._col // 4))
        vertical.setRange(0, max(0, size.height() - viewport.height()))
        vertical.setPageStep(max(1, viewport.height() - self._metrics.header))
        vertical.setSingleStep(max(1, self._metrics.line))

    def _y(self, minute: float) -> float:
        assert self.layout_ is not None
        m = self._metrics
        return m.header + m.pad + (minute - self.layout_.first) * self.per_minute

    def _block_rect(self, block: Block) -> QRectF:
        """The block's rectangle in content coordinates."""
        usable = self.column_width(block.column) - 6
        lane_width = usable / block.lanes
        left = self.column_left(block.column) + 3 + block.lane * lane_width
        top = self._y(block.start)
        height = max((block.end - block.start) * self.per_minute, 5.0)
        return QRectF(left, top + 1, lane_width - 2, height - 2)

    def _offset(self) -> QPoint:
        return QPoint(self.horizontalScrollBar().value(), self.verticalScrollBar().value())

    def _in_grid(self, point: QPoint) -> bool:
        return point.x() >= self._metrics.gutter and point.y() >= self._metrics.header

    def block_at(self, point: QPoint) -> Block | None:
        """The block under a viewport point."""
        if self.layout_ is None or not self._in_grid(point):
            return None
        content = QPointF(point + self._offset())
        column = self.column_at(content.x())
        for block in reversed(self.layout_.blocks):
            if block.column == column and self._block_rect(block).contains(content):
                return block
        return None

    def _ensure_visible(self, rect: QRectF) -> None:
        viewport = self.viewport().rect()
        m = self._metrics
        horizontal, vertical = self.horizontalScrollBar(), self.verticalScrollBar()
        visible_width = viewport.width() - m.gutter
        visible_height = viewport.height() - m.header
        left = rect.left() - m.gutter
        if (
            left < horizontal.value()
            or rect.right() - m.gutter > horizontal.value() + visible_width
        ):
            horizontal.setValue(int(left - max(0.0, (visible_width - rect.width()) / 2)))
        top = rect.top() - m.header
        if top < vertical.value() or rect.bottom() - m.header > vertical.value() + visible_height:
            vertical.setValue(int(top - max(0.0, (visible_height - rect.height()) / 3)))

    def point_for(self, minute: int, venue_id: str) -> QPoint | None:
        layout = self.layout_
        if layout is None:
            return None
        column = layout.column_of(venue_id)
        if column is None:
            return None
        content = QPoint(
            self.column_left(column) + self.column_width(column) // 2, round(self._y(minute)) + 1
        )
        return content - self._offset()

    def drop_target(self, point: QPoint, item: str) -> tuple[int, int, int] | None:
        """Snapped start, end and column for dropping ``item`` at a viewport point."""
        layout, index = self.layout_, self.index
        if layout is None or index is None or not self._in_grid(point):
            return None
        plan_item = index.plan.item(item)
        if plan_item is None:
            return None
        content = QPointF(point + self._offset())
        column = self.column_at(content.x())
        if not 0 <= column < len(layout.columns) or not layout.columns[column].known:
            return None
        minute = (
            layout.first
            + (content.y() - self._metrics.header - self._metrics.pad) / self.per_minute
            - self._drag_offset
        )
        duration = plan_item.duration_minutes
        start = layout.snap(minute, duration)
        return start, start + duration, column
