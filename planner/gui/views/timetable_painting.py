"""How the timetable's grid is painted: lines, blocks with their text, headers, gutter.

Only what a paint event asks for is drawn, and the text of each block is
measured once and remembered between paints: a busy day repaints a few blocks
after an edit, not its hundreds.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QWidget

from planner.domain import times
from planner.domain.model import Plan
from planner.gui.models.base import tr
from planner.gui.views import palette
from planner.gui.views.block_text import block_lines, delegations_text
from planner.gui.views.geometry import Block, DayLayout, span_text
from planner.gui.views.timetable_grid import TimetableGrid


def wrap_text(text: str, metrics: QFontMetrics, width: int, most: int) -> list[str]:
    """``text`` wrapped at spaces onto at most ``most`` lines of ``width``, the last elided."""
    if width <= 0 or metrics.horizontalAdvance(text) <= width or most <= 1:
        return [metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(width, 0))]
    lines: list[str] = []
    words = text.split()
    while words and len(lines) < most - 1:
        current = ""
        while words:
            candidate = f"{current} {words[0]}".strip()
            if current and metrics.horizontalAdvance(candidate) > width:
                break
            current = candidate
            words.pop(0)
        if metrics.horizontalAdvance(current) > width:
            current = metrics.elidedText(current, Qt.TextElideMode.ElideRight, width)
        lines.append(current)
    if words:
        rest = " ".join(words)
        lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
    return lines


def two_lines(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """``text`` on one line if it fits, else wrapped at a space onto two, the second elided."""
    return wrap_text(text, metrics, width, 2)


class PaintedTimetable(TimetableGrid):
    """The timetable's grid, painted: sticky venue headers, time gutter and blocks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._spans: dict[tuple[str, int, int], str] = {}
        self._elisions: dict[tuple[str, bool, int], str] = {}
        self._wraps: dict[tuple[str, bool, int, int], list[str]] = {}

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._elisions.clear()
            self._wraps.clear()
        super().changeEvent(event)

    # Painting -----------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        pal = self.palette()
        painter.fillRect(event.rect(), pal.color(QPalette.ColorRole.Base))
        layout = self.layout_
        if layout is None or self.index is None:
            painter.end()
            return
        if not layout.columns:
            self.paint_empty(painter, self.tr("The plan has no venues yet."))
            painter.end()
            return
        m = self._metrics
        offset = self._offset()
        viewport = self.viewport().rect()
        # Only what the paint event asks for: after an edit that is a few blocks.
        region = event.region()
        dirty = QRectF(event.rect().translated(offset))
        painter.save()
        painter.setClipRect(QRect(m.gutter, m.header, viewport.width(), viewport.height()))
        painter.translate(-offset)
        self._paint_grid(painter, layout, dirty)
        for block in layout.blocks:
            rect = self._block_rect(block)
            if rect.intersects(dirty) and region.intersects(
                rect.adjusted(-3, -3, 3, 3).toAlignedRect().translated(-offset)
            ):
                self._paint_block(painter, block, rect)
        if self._ghost is not None:
            self._paint_ghost(painter, *self._ghost)
        if self.cell is not None and self.selected is None:
            self._paint_cursor(painter, layout, *self.cell)
        painter.restore()
        if not layout.blocks and self.index.has_unplaced:
            self._paint_call_to_action(painter)
        if event.rect().top() < m.header:
            self._paint_header(painter, layout, offset.x())
        if event.rect().left() < m.gutter:
            self._paint_gutter(painter, layout, offset.y())
        corner = QRect(0, 0, m.gutter, m.header)
        painter.fillRect(corner, pal.color(QPalette.ColorRole.Window))
        painter.setPen(pal.color(QPalette.ColorRole.WindowText))
        zone_name = times.from_minutes(layout.opens, self.index.plan.event.zone).tzname() or ""
        painter.drawText(
            corner.adjusted(2, 0, -2, -4),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
            zone_name,
        )
        painter.end()

    def _paint_grid(self, painter: QPainter, layout: DayLayout, visible: QRectF) -> None:
        m = self._metrics
        pal = self.palette()
        width = self.column_left(len(layout.columns)) - m.gutter
        shade = pal.color(QPalette.ColorRole.AlternateBase)
        if layout.first < layout.opens:
            painter.fillRect(
                QRectF(
                    m.gutter,
                    self._y(layout.first),
                    width,
                    self._y(layout.opens) - self._y(layout.first),
                ),
                shade,
            )
        if layout.last > layout.closes:
            top = self._y(layout.closes)
            painter.fillRect(QRectF(m.gutter, top, width, self._y(layout.last) - top), shade)
        faint = QColor(pal.color(QPalette.ColorRole.Mid))
        faint.setAlpha(70)
        strong = QColor(pal.color(QPalette.ColorRole.Mid))
        strong.setAlpha(170)
        tz = self.index.plan.event.zone if self.index else None
        right = m.gutter + width
        for minute in layout.grid_lines():
            y = self._y(minute)
            if y < visible.top() - 1 or y > visible.bottom() + 1:
                continue
            on_hour = tz is not None and times.from_minutes(minute, tz).minute == 0
            painter.setPen(QPen(strong if on_hour else faint, 1))
            painter.drawLine(QPointF(m.gutter, y), QPointF(right, y))
        bottom = self._y(layout.last)
        starts = {span.first for span in layout.buildings}
        for column in range(len(layout.columns) + 1):
            x = self.column_left(column)
            painter.setPen(QPen(strong if column in starts else faint, 1))
            painter.drawLine(QPointF(x, m.header), QPointF(x, bottom))

    def _block_lines(self, block: Block) -> list[tuple[str, ...]]:
        """Each line of a block's text, as the ways to say it from longest to shortest."""
        assert self.index is not None
        plan = self.index.plan
        text = self._texts.get(block.item)
        if text is None:
            text = self._texts[block.item] = delegations_text(plan, block.item, tr)
        span = self._span_text(block.start, block.end, plan)
        return block_lines(plan, block, span, text, tr)

    def block_text(self, item: str, width: int | None = None) -> list[str]:
        """The lines a block shows, as wide as ``width`` pixels allow (for tests and readers)."""
        layout = self.layout_
        if layout is None or item not in layout.by_item:
            return []
        block = layout.by_item[item]
        rect = self._block_rect(block)
        if width is None:
            width = int(rect.width()) - 8
        return [text for text, _font, _height in self._laid_out(block, width, rect.height() - 4)]

    def _fitted(self, options: tuple[str, ...], font: QFont, width: int) -> str:
        """The first of ``options`` that fits ``width``, else the last one elided."""
        for option in options[:-1]:
            if self._elided(option, font, width) == option:
                return option
        return self._elided(options[-1], font, width)

    def _span_text(self, start: int, end: int, plan: Plan) -> str:
        key = (plan.event.timezone, start, end)
        text = self._spans.get(key)
        if text is None:
            if len(self._spans) > 20_000:
                self._spans.clear()
            text = self._spans[key] = span_text(start, end, plan)
        return text

    def _elided(self, text: str, font: QFont, width: int) -> str:
        """``text`` cut to ``width`` pixels with an ellipsis, remembered between paints."""
        key = (text, font.bold(), width)
        shown = self._elisions.get(key)
        if shown is None:
            if len(self._elisions) > 50_000:
                self._elisions.clear()
            shown = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, width)
            self._elisions[key] = shown or "…"
            shown = self._elisions[key]
        return shown

    def _paint_block(self, painter: QPainter, block: Block, rect: QRectF) -> None:
        assert self.index is not None
        pal = self.palette()
        background = palette.fill(block.kind, pal)
        conflict = bool(self.index.violations_of(block.item))
        # Plain rectangles: a rounded one costs a path per block on a busy day.
        painter.setPen(QPen(background.darker(135), 1))
        painter.setBrush(background)
        painter.drawRect(rect)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if conflict:
            painter.setPen(QPen(palette.conflict_colour(), 3))
            painter.drawRect(rect.adjusted(1.5, 1.5, -1.5, -1.5))
        if block.item == self.selected:
            painter.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.SolidLine))
            painter.drawRect(rect.adjusted(-2, -2, 2, 2))
        inner = rect.adjusted(5 if conflict else 4, 2, -4, -2)
        lock_size = min(self._metrics.line * 0.8, inner.height())
        if block.locked and lock_size >= 6:
            lock = QRectF(inner.right() - lock_size, inner.top(), lock_size, lock_size)
            self._paint_lock(painter, lock, palette.text_colour(background))
            inner.setRight(lock.left() - 2)
        if inner.width() < 4:
            return
        painter.save()
        painter.setClipRect(rect)
        painter.setPen(palette.text_colour(background))
        top = inner.top()
        for text, font, height in self._laid_out(block, int(inner.width()), inner.height()):
            painter.setFont(font)
            painter.drawText(
                QRectF(inner.left(), top, inner.width(), height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            top += height
        painter.restore()

    def _laid_out(self, block: Block, width: int, height: float) -> list[tuple[str, QFont, int]]:
        """The text lines of a block as they fit ``width`` x ``height``, with font and height.

        A tall block wraps its title (and then its delegations) over the spare
        lines; a block lower than one line gets a smaller font rather than
        half a line.
        """
        assert self.index is not None
        line = self._metrics.line
        bold = QFont(self.font())
        bold.setBold(True)
        lines = self._block_lines(block)
        if height < line:
            small = QFont(bold)
            pixels = int(height) - 1
            if pixels < 7:
                return []
            small.setPixelSize(pixels)
            return [(self._fitted(lines[0], small, width), small, int(height))]
        rows = max(1, int((height + 1) // line))
        fonts = [bold, self.font(), self.font()]
        # A bilateral's third line ("Bilateral") gives way to the names of both sides.
        needed = 2 if block.item in self.index.plan.request_by_id else len(lines)
        spare = max(0, rows - needed)
        laid: list[tuple[str, QFont, int]] = []
        for number, (options, font) in enumerate(zip(lines, fonts, strict=False)):
            if len(laid) >= rows:
                break
            room = min(rows - len(laid), 1 + (spare if number in (0, 2) else 0))
            shown = self._wrapped(options, font, width, room)
            if number == 0:
                spare -= len(shown) - 1
            laid.extend((text, font, line) for text in shown)
        return laid[:rows]

    def _wrapped(self, options: tuple[str, ...], font: QFont, width: int, most: int) -> list[str]:
        """The first option on one line, else wrapped whole onto ``most`` lines, else shorter."""
        first = self._fitted(options, font, width)
        if first == options[0] or most <= 1:
            return [first]
        key = (options[0], font.bold(), width, most)
        wrapped = self._wraps.get(key)
        if wrapped is None:
            if len(self._wraps) > 20_000:
                self._wraps.clear()
            wrapped = wrap_text(options[0], QFontMetrics(font), width, most)
            if len(options) > 1 and wrapped[-1] != "" and wrapped[-1].endswith("…"):
                wrapped = [first]  # a shorter form whole beats a longer one cut
            self._wraps[key] = wrapped
        return wrapped

    @staticmethod
    def _paint_lock(painter: QPainter, rect: QRectF, colour: QColor) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        width = rect.width()
        body = QRectF(rect.left(), rect.top() + width * 0.45, width, width * 0.55)
        painter.setPen(QPen(colour, max(1.0, width / 8)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        shackle = QRectF(rect.left() + width * 0.2, rect.top(), width * 0.6, width * 0.8)
        painter.drawArc(shackle, 0, 180 * 16)
        painter.drawLine(
            QPointF(shackle.left(), shackle.center().y()), QPointF(shackle.left(), body.top())
        )
        painter.drawLine(
            QPointF(shackle.right(), shackle.center().y()), QPointF(shackle.right(), body.top())
        )
        painter.setBrush(colour)
        painter.drawRoundedRect(body, 1, 1)
        painter.restore()

    def _paint_cursor(self, painter: QPainter, layout: DayLayout, column: int, minute: int) -> None:
        rect = QRectF(
            self.column_left(column) + 1,
            self._y(minute),
            self.column_width(column) - 2,
            layout.slot * self.per_minute,
        )
        painter.setPen(
            QPen(self.palette().color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DotLine)
        )
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)

    def _paint_call_to_action(self, painter: QPainter) -> None:
        """On an empty day of a plan with unplaced items: say what to do next."""
        m = self._metrics
        area = self.viewport().rect().adjusted(m.gutter, m.header, 0, 0)
        box = QRect(0, 0, min(area.width() - 40, 560), 5 * m.line)
        box.moveCenter(QPoint(area.center().x(), area.top() + area.height() // 3))
        pal = self.palette()
        painter.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 1))
        painter.setBrush(pal.color(QPalette.ColorRole.Window))
        painter.drawRect(box)
        painter.setPen(pal.color(QPalette.ColorRole.WindowText))
        painter.drawText(
            box.adjusted(12, 6, -12, -6),
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
            self.call_to_action(),
        )

    def call_to_action(self) -> str:
        return self.tr(
            "Nothing is placed on this day yet. Plan ▸ Build Schedule… (Ctrl+B) places "
            "every session and as many bilaterals as fit; or drag an item from the "
            "Unplaced list (or select it and press Enter)."
        )

    def _paint_ghost(self, painter: QPainter, start: int, end: int, column: int) -> None:
        colour = self.palette().color(QPalette.ColorRole.Highlight)
        rect = QRectF(
            self.column_left(column) + 2,
            self._y(start),
            self.column_width(column) - 4,
            max((end - start) * self.per_minute, 5.0),
        )
        fill = QColor(colour)
        fill.setAlpha(60)
        painter.setPen(QPen(colour, 2, Qt.PenStyle.DashLine))
        painter.setBrush(fill)
        painter.drawRect(rect)
        if self.index is not None:
            painter.setPen(self.palette().color(QPalette.ColorRole.Text))
            painter.drawText(
                rect.adjusted(4, 2, -4, -2),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                span_text(start, end, self.index.plan),
            )

    def _paint_header(self, painter: QPainter, layout: DayLayout, dx: int) -> None:
        m = self._metrics
        pal = self.palette()
        width = self.viewport().width()
        painter.fillRect(QRect(0, 0, width, m.header), pal.color(QPalette.ColorRole.Window))
        painter.save()
        painter.setClipRect(QRect(m.gutter, 0, width, m.header))
        band = m.line + 6
        bold = QFont(self.font())
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        metrics = QFontMetrics(self.font())
        line_pen = QPen(pal.color(QPalette.ColorRole.Mid), 1)
        for span in layout.buildings:
            left = self.column_left(span.first) - dx
            right = self.column_left(span.first + span.count) - dx
            rect = QRect(left, 0, right - left, band)
            if rect.right() < m.gutter or rect.left() > width:
                continue
            painter.setPen(line_pen)
            painter.drawLine(rect.left(), 2, rect.left(), m.header)
            painter.drawLine(rect.left() + 3, band - 1, rect.right() - 3, band - 1)
            painter.setFont(bold)
            painter.setPen(pal.color(QPalette.ColorRole.WindowText))
            name = span.name or self.tr("Unknown venue")
            visible = rect.intersected(QRect(m.gutter, 0, width, band))
            painter.drawText(
                visible.adjusted(4, 0, -4, 0),
                Qt.AlignmentFlag.AlignCenter,
                bold_metrics.elidedText(name, Qt.TextElideMode.ElideRight, visible.width() - 8),
            )
        painter.setFont(self.font())
        for number, column in enumerate(layout.columns):
            left = self.column_left(number) - dx
            column_width = self.column_width(number)
            if left + column_width < m.gutter or left > width:
                continue
            painter.setPen(
                pal.color(QPalette.ColorRole.WindowText)
                if column.known
                else palette.conflict_colour()
            )
            lines = two_lines(column.name, metrics, column_width - 8)
            top = band + (m.header - band - len(lines) * m.line) // 2
            for text in lines:
                painter.drawText(
                    QRect(left + 4, top, column_width - 8, m.line),
                    Qt.AlignmentFlag.AlignCenter,
                    text,
                )
                top += m.line
        painter.restore()
        painter.setPen(line_pen)
        painter.drawLine(0, m.header - 1, width, m.header - 1)

    def header_tooltip(self, column: int) -> str:
        """The whole name of a venue column, its building and seats."""
        if self.layout_ is None or not 0 <= column < len(self.layout_.columns):
            return ""
        venue = self.layout_.columns[column]
        if not venue.known:
            return self.tr("{id}: not a venue of the plan").format(id=venue.venue_id)
        return self.tr("{name}\n{building} · {seats} seats").format(
            name=venue.name, building=venue.building, seats=venue.capacity
        )

    def _paint_gutter(self, painter: QPainter, layout: DayLayout, dy: int) -> None:
        assert self.index is not None
        m = self._metrics
        pal = self.palette()
        height = self.viewport().height()
        painter.fillRect(QRect(0, m.header, m.gutter, height), pal.color(QPalette.ColorRole.Window))
        painter.save()
        painter.setClipRect(QRect(0, m.header, m.gutter, height))
        painter.setPen(pal.color(QPalette.ColorRole.WindowText))
        tz = self.index.plan.event.zone
        slot_height = layout.slot * self.per_minute
        every_slot = slot_height >= m.line * 1.2
        for minute in layout.grid_lines():
            local = times.from_minutes(minute, tz)
            if not every_slot and local.minute != 0 and minute != layout.opens:
                continue
            y = round(self._y(minute)) - dy
            if y < m.header - m.line or y > height + m.line:
                continue
            painter.drawText(
                QRect(0, y - m.line // 2, m.gutter - 6, m.line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{local:%H:%M}",
            )
        painter.restore()
        painter.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
        painter.drawLine(m.gutter - 1, m.header, m.gutter - 1, height)
