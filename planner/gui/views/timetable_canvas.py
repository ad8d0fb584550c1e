"""The timetable's grid as the officer works it: mouse, keyboard, drag and drop, menus.

The canvas only asks: every change of the plan it wants goes out as a signal,
which the window turns into an undoable service call.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPixmap,
)
from PySide6.QtWidgets import QApplication, QMenu, QToolTip, QWidget

from planner.domain import times
from planner.gui.views import palette
from planner.gui.views.block_text import tooltip_html
from planner.gui.views.geometry import neighbour
from planner.gui.views.item_drag import item_from_mime, item_mime
from planner.gui.views.timetable_painting import PaintedTimetable


class TimetableCanvas(PaintedTimetable):
    """The painted grid of one day, with sticky venue headers and time gutter.

    Signals:
        move_requested(str, object, str): an item was dropped (or moved by key)
            at a start (aware datetime in the event's zone) in a venue.
        lock_requested(str, bool): the officer locked or unlocked an item.
        unplace_requested(str): the officer took an item off the schedule.
        item_activated(str): the officer asked to edit an item.
    """

    move_requested = Signal(str, object, str)
    lock_requested = Signal(str, bool)
    unplace_requested = Signal(str)
    item_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._press: tuple[QPoint, str, float] | None = None
        """Where the left button went down on a block, the block's item and minutes held."""
        self._dragging: str | None = None
        """The item of the block this canvas drags."""
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.viewport().setMouseTracking(False)

    # Tooltips -----------------------------------------------------------------

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            if event.pos().y() < self._metrics.header and event.pos().x() >= self._metrics.gutter:
                column = self.column_at(event.pos().x() + self.horizontalScrollBar().value())
                text = self.header_tooltip(column)
                if text:
                    QToolTip.showText(event.globalPos(), text, self.viewport())
                    return True
            block = self.block_at(event.pos())
            if block is None:
                QToolTip.hideText()
                event.ignore()
                return True
            assert self.index is not None
            text = tooltip_html(
                self.tooltip_text(block.item),
                len(self.index.violations_of(block.item)),
                palette.conflict_colour().name(),
            )
            QToolTip.showText(event.globalPos(), text, self.viewport())
            return True
        return super().viewportEvent(event)

    # Mouse, keyboard and menus --------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        block = self.block_at(point)
        self.select(block.item if block else None)
        if block is None and self.layout_ is not None and self._in_grid(point):
            content = point + self._offset()
            column = self.column_at(content.x())
            if 0 <= column < len(self.layout_.columns):
                minute = (
                    self.layout_.first
                    + (content.y() - self._metrics.header - self._metrics.pad) / self.per_minute
                )
                self.set_cursor(column, self.layout_.snap(minute - self.layout_.slot / 2, 0))
        if block is not None and event.button() == Qt.MouseButton.LeftButton:
            content_y = point.y() + self.verticalScrollBar().value()
            grab = (content_y - self._y(block.start)) / self.per_minute
            self._press = (point, block.item, grab)
        else:
            self._press = None
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        press = self._press
        if press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        point, item, grab = press
        if (event.position().toPoint() - point).manhattanLength() < (
            QApplication.startDragDistance()
        ):
            return
        self._press = None
        self.start_drag(item, grab)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press = None
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        block = self.block_at(event.position().toPoint())
        if block is not None:
            self.item_activated.emit(block.item)

    def start_drag(self, item: str, grab_minutes: float) -> None:
        """Drag ``item``'s block, held ``grab_minutes`` below its start (Esc cancels)."""
        layout = self.layout_
        if layout is None or item not in layout.by_item:
            return
        rect = self._block_rect(layout.by_item[item]).toRect().translated(-self._offset())
        drag = QDrag(self)
        drag.setMimeData(item_mime(item))
        visible = rect.intersected(self.viewport().rect())
        if not visible.isEmpty():
            pixmap: QPixmap = self.viewport().grab(visible)
            drag.setPixmap(pixmap)
            hot = self._press_point_in(visible, grab_minutes)
            drag.setHotSpot(hot)
        self._drag_offset = grab_minutes
        self._dragging = item
        try:
            drag.exec(Qt.DropAction.MoveAction)
        finally:
            self._drag_offset = 0.0
            self._dragging = None
            self._ghost = None
            self.viewport().update()

    def _press_point_in(self, visible: QRect, grab_minutes: float) -> QPoint:
        y = int(grab_minutes * self.per_minute)
        return QPoint(min(visible.width() // 2, 20), max(0, min(visible.height() - 1, y)))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        item = item_from_mime(event.mimeData())
        if item is None or self.index is None or self.index.plan.item(item) is None:
            event.ignore()
            return
        if self._dragging != item:
            self._drag_offset = 0.0
        event.acceptProposedAction()
        self._track(event, item)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        item = item_from_mime(event.mimeData())
        if item is None:
            event.ignore()
            return
        self._track(event, item)

    def _track(self, event: QDragMoveEvent, item: str) -> None:
        point = event.position().toPoint()
        self._autoscroll(point)
        target = self.drop_target(point, item)
        if target != self._ghost:
            self._ghost = target
            self.viewport().update()
        if target is None:
            event.ignore()
        else:
            event.acceptProposedAction()

    def _autoscroll(self, point: QPoint) -> None:
        m = self._metrics
        viewport = self.viewport().rect()
        margin = m.line
        if point.y() < m.header + margin:
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - m.line)
        elif point.y() > viewport.height() - margin:
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() + m.line)
        if m.gutter <= point.x() < m.gutter + margin:
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - m.line)
        elif point.x() > viewport.width() - margin:
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + m.line)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._ghost = None
        self.viewport().update()

    def dropEvent(self, event: QDropEvent) -> None:
        self._ghost = None
        self.viewport().update()
        item = item_from_mime(event.mimeData())
        if item is None or self.index is None or self.layout_ is None:
            event.ignore()
            return
        if self._dragging != item:
            self._drag_offset = 0.0
        target = self.drop_target(event.position().toPoint(), item)
        if target is None:
            event.ignore()
            return
        start, _end, column = target
        venue = self.layout_.columns[column].venue_id
        event.acceptProposedAction()
        current = self.index.plan.placement_by_item.get(item)
        if current is not None and current.venue == venue and times.minutes(current.start) == start:
            return
        self.select(item)
        self.move_requested.emit(item, times.from_minutes(start, self.index.plan.event.zone), venue)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        layout = self.layout_
        directions = {
            Qt.Key.Key_Left: "left",
            Qt.Key.Key_Right: "right",
            Qt.Key.Key_Up: "up",
            Qt.Key.Key_Down: "down",
        }
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        control = modifiers == Qt.KeyboardModifier.ControlModifier
        shift = modifiers == Qt.KeyboardModifier.ShiftModifier
        if layout is None or ((modifiers and not (control or shift)) or (shift and control)):
            super().keyPressEvent(event)
            return
        current = layout.by_item.get(self.selected or "")
        if key in directions:
            if control:
                self.move_selected(directions[key])
            elif shift:
                self.move_cursor(directions[key])
            else:
                target = neighbour(layout.blocks, current, directions[key], len(layout.columns))
                if target is not None:
                    self.select(target.item, scroll=True)
            event.accept()
            return
        if current is None or modifiers:
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.unplace_requested.emit(current.item)
        elif key == Qt.Key.Key_L:
            self.lock_requested.emit(current.item, not current.locked)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.item_activated.emit(current.item)
        elif key == Qt.Key.Key_Escape:
            self.select(None)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def move_selected(self, direction: str) -> bool:
        """Ask to move the selected block a slot earlier or later, or a venue left or right."""
        layout, index = self.layout_, self.index
        block = layout.by_item.get(self.selected or "") if layout else None
        if layout is None or index is None or block is None:
            return False
        plan_item = index.plan.item(block.item)
        duration = plan_item.duration_minutes if plan_item is not None else layout.slot
        column, start = block.column, block.start
        if direction in ("up", "down"):
            step = layout.slot if direction == "down" else -layout.slot
            start = layout.snap(block.start + step, duration)
            if start == block.start:
                return False
        else:
            beside = self._known_column(block.column, 1 if direction == "right" else -1)
            if beside is None:
                return False
            column, start = beside, layout.snap(block.start, duration)
        venue = layout.columns[column].venue_id
        start_at = times.from_minutes(start, index.plan.event.zone)
        self.move_requested.emit(block.item, start_at, venue)
        return True

    def _known_column(self, column: int, step: int) -> int | None:
        """The next column from ``column`` by ``step`` that is a venue of the plan."""
        assert self.layout_ is not None
        column += step
        while 0 <= column < len(self.layout_.columns):
            if self.layout_.columns[column].known:
                return column
            column += step
        return None

    def move_cursor(self, direction: str) -> None:
        """Move the focused cell a slot up or down, or a venue left or right."""
        layout = self.layout_
        if layout is None or not layout.columns:
            return
        column, minute = self.cell or (0, layout.opens)
        if direction in ("up", "down"):
            step = layout.slot if direction == "down" else -layout.slot
            minute = max(layout.opens, min(minute + step, layout.closes - layout.slot))
        else:
            column = self._known_column(column, 1 if direction == "right" else -1) or column
        self.select(None)
        self.set_cursor(column, minute)
        cell = QRectF(
            self.column_left(column),
            self._y(minute),
            self.column_width(column),
            layout.slot * self.per_minute,
        )
        self._ensure_visible(cell)

    def set_cursor(self, column: int, minute: int) -> None:
        self.cell = (column, minute)
        self._describe()
        self.viewport().update()

    def cursor_target(self) -> tuple[datetime, str] | None:
        """The start and venue of the focused cell (the day's first cell when none is)."""
        layout, index = self.layout_, self.index
        if layout is None or index is None or not layout.columns:
            return None
        column, minute = self.cell or (0, layout.opens)
        if not layout.columns[column].known:
            column = self._known_column(column, 1) or self._known_column(column, -1) or 0
        return times.from_minutes(minute, index.plan.event.zone), layout.columns[column].venue_id

    def place_at_cursor(self, item: str) -> bool:
        """Ask to put ``item`` at the focused cell (snapped to fit the working day)."""
        layout, index = self.layout_, self.index
        target = self.cursor_target()
        plan_item = index.plan.item(item) if index else None
        if layout is None or index is None or target is None or plan_item is None:
            return False
        start = layout.snap(times.minutes(target[0]), plan_item.duration_minutes)
        self.select(item)
        self.move_requested.emit(item, times.from_minutes(start, index.plan.event.zone), target[1])
        return True

    def menu_for(self, item: str) -> QMenu:
        """The context menu of a placed item."""
        menu = QMenu(self)
        index = self.index
        placement = index.plan.placement_by_item.get(item) if index else None
        locked = placement.locked if placement else False
        lock: QAction = menu.addAction(self.tr("Un&lock") if locked else self.tr("&Lock"))
        lock.setShortcut(Qt.Key.Key_L)
        lock.setToolTip(self.tr("A locked placement stays where it is when the schedule is built"))
        lock.triggered.connect(lambda: self.lock_requested.emit(item, not locked))
        unplace: QAction = menu.addAction(self.tr("Un&place"))
        unplace.setShortcut(Qt.Key.Key_Delete)
        unplace.triggered.connect(lambda: self.unplace_requested.emit(item))
        menu.addSeparator()
        edit: QAction = menu.addAction(self.tr("&Edit…"))
        edit.setShortcut(Qt.Key.Key_Return)
        edit.triggered.connect(lambda: self.item_activated.emit(item))
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            block = self.block_at(self.viewport().mapFrom(self, event.pos()))
            item = block.item if block else None
            position = event.globalPos()
        else:
            item = self.selected
            block = self.layout_.by_item.get(item or "") if self.layout_ else None
            if block is None:
                return
            rect = self._block_rect(block).toRect().translated(-self._offset())
            position = self.viewport().mapToGlobal(rect.center())
        if item is None:
            return
        self.select(item)
        menu = self.menu_for(item)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(position)
