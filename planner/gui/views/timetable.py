"""The timetable: one day of the schedule, venues across, time down.

The grid is painted by hand on a scroll area rather than built from one
graphics item per block: a UNGA-size day holds some 700 blocks in 40 venues,
and painting only the blocks in view keeps opening a day and redrawing after
a move well under the time an officer notices. The view only displays the
plan and emits signals; the window turns them into undoable service calls and
hands the changed plan back through :meth:`TimetableView.set_plan`.
"""

from __future__ import annotations

import bisect
import html
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import (
    QDate,
    QEvent,
    QMimeData,
    QObject,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from planner.domain import times
from planner.domain.model import BilateralRequest, Plan, Session
from planner.domain.rules import RULE_NAMES, Violation
from planner.gui.views import palette
from planner.gui.views.geometry import (
    Block,
    DayLayout,
    PlanIndex,
    at_minute,
    neighbour,
    span_text,
)

MIME_TYPE = "application/x-summit-planner-item"
"""What the unplaced list and the timetable drag: an item id in UTF-8."""

_MOST_NAMES = 12
"""Delegation names a tooltip lists before "and N more"."""
MOST_LANES = 3
"""A column holding overlapping blocks widens to this many lanes at most."""
ZOOM_STEP = 1.25
ZOOM_RANGE = (0.25, 4.0)


def item_mime(item: str) -> QMimeData:
    """Drag data carrying ``item``."""
    data = QMimeData()
    data.setData(MIME_TYPE, item.encode("utf-8"))
    return data


def item_from_mime(data: QMimeData | None) -> str | None:
    """The item id a drag carries, or None when it carries none."""
    if data is None or not data.hasFormat(MIME_TYPE):
        return None
    try:
        text = bytes(data.data(MIME_TYPE).data()).decode("utf-8").strip()
    except UnicodeDecodeError:
        return None
    return text or None


@dataclass(frozen=True)
class BlockState:
    """What the timetable shows for one placed item (for tests and assistive text)."""

    item: str
    day: date
    venue: str
    start: datetime
    end: datetime
    locked: bool
    selected: bool
    conflict: bool
    rules: tuple[int, ...]
    tooltip: str


@dataclass(frozen=True)
class _Metrics:
    line: int
    header: int
    gutter: int
    column: int
    per_minute: float
    pad: int
    """Room above the first grid line, so its time label shows in full."""


class TimetableView(QWidget):
    """One day of the schedule at a time, with drag and drop and live conflicts.

    Signals:
        move_requested(str, object, str): an item (placed or not) was dropped
            at a start (aware datetime in the event's zone) in a venue.
        lock_requested(str, bool): the officer locked or unlocked an item.
        unplace_requested(str): the officer took an item off the schedule.
        item_activated(str): the officer asked to edit an item (double-click).
        selection_changed(str): the selected item changed ("" for none).
        day_changed(object): the day shown changed (a ``date``).
    """

    move_requested = Signal(str, object, str)
    lock_requested = Signal(str, bool)
    unplace_requested = Signal(str)
    item_activated = Signal(str)
    selection_changed = Signal(str)
    day_changed = Signal(object)
    zoom_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._index: PlanIndex | None = None
        self._found: list[str] = []
        self._day: date | None = None
        self.day_tabs = QTabBar(self)
        self.day_tabs.setAccessibleName(self.tr("Days"))
        self.day_tabs.setToolTip(self.tr("The day shown (Ctrl+Page Up / Ctrl+Page Down)"))
        self.day_tabs.setExpanding(False)
        self.day_tabs.currentChanged.connect(self._on_day_tabs_changed)
        self.canvas = _Canvas(self)
        self.canvas.move_requested.connect(self.move_requested)
        self.canvas.lock_requested.connect(self.lock_requested)
        self.canvas.unplace_requested.connect(self.unplace_requested)
        self.canvas.item_activated.connect(self.item_activated)
        self.canvas.selection_changed.connect(self.selection_changed)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Find on the timetable (Ctrl+F)"))
        self.search_edit.setAccessibleName(self.tr("Find on the timetable"))
        self.search_edit.setToolTip(
            self.tr("A title, a delegation or an id; Enter shows the next match, Esc goes back")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 18)
        self.search_edit.setMaximumWidth(360)
        self.search_edit.textEdited.connect(self._on_search_edit_edited)
        self.search_edit.returnPressed.connect(self.find_next)
        self.search_edit.installEventFilter(self)
        self.found_label = QLabel(self)
        self.found_label.setAccessibleName(self.tr("Matches"))
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setAccessibleName(self.tr("Legend"))
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 4, 0)
        top.addWidget(self.day_tabs, 1)
        top.addWidget(self.found_label)
        top.addWidget(self.search_edit)
        layout.addLayout(top)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.legend)
        self.setFocusProxy(self.canvas)
        self.setAccessibleName(self.tr("Timetable"))
        self._update_legend()

    # The contract with the window -----------------------------------------

    def set_plan(self, plan: Plan, violations: Sequence[Violation]) -> None:
        """Show ``plan`` with ``violations`` marked; keeps the day, selection and scroll."""
        index = PlanIndex(plan, violations)
        self._index = index
        days = index.days
        if self._day not in days:
            self._day = days[0] if days else plan.event.start_date
        self._fill_tabs(days)
        self.canvas.show_day(index, self._day)

    def set_day(self, day: date) -> None:
        """Show ``day`` (ignored when the plan has no such day)."""
        if self._index is None or day not in self._index.days or day == self._day:
            return
        self._day = day
        self.day_tabs.blockSignals(True)
        self.day_tabs.setCurrentIndex(self._index.days.index(day))
        self.day_tabs.blockSignals(False)
        self.canvas.show_day(self._index, day)
        self.day_changed.emit(day)

    def current_day(self) -> date:
        """The day shown."""
        if self._day is None:
            raise LookupError("no plan is shown")
        return self._day

    def select_item(self, item: str) -> bool:
        """Switch to the day of ``item``, scroll to it and highlight it.

        Returns False (and changes nothing) when the item is not placed.
        """
        if self._index is None:
            return False
        placement = self._index.plan.placement_by_item.get(item)
        if placement is None:
            return False
        day = placement.start.astimezone(self._index.plan.event.zone).date()
        self.set_day(day)
        self.canvas.select(item, scroll=True)
        self.canvas.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def place_at_cursor(self, item: str) -> bool:
        """Ask to place ``item`` at the focused cell of the day shown (Enter on the unplaced)."""
        return self.canvas.place_at_cursor(item)

    # Zoom -------------------------------------------------------------------------

    def zoom(self) -> float:
        return self.canvas.zoom

    def set_zoom(self, zoom: float) -> None:
        """Set the height of an hour against the font's natural one (kept within range)."""
        low, high = ZOOM_RANGE
        zoom = max(low, min(high, zoom))
        if abs(zoom - self.canvas.zoom) < 1e-6:
            return
        self.canvas.set_zoom(zoom)
        self.zoom_changed.emit(zoom)

    def zoom_in(self) -> None:
        self.set_zoom(self.canvas.zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.canvas.zoom / ZOOM_STEP)

    def fit_day(self) -> None:
        """Zoom so that the working day fills the timetable's height."""
        zoom = self.canvas.fitting_zoom()
        if zoom is not None:
            self.set_zoom(zoom)

    # Find ---------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def matches(self, text: str) -> list[str]:
        """Placed items whose title, delegations or id hold ``text``, in time order."""
        index = self._index
        needle = text.strip().casefold()
        if index is None or not needle:
            return []
        plan = index.plan
        found = []
        for placement in sorted(plan.schedule, key=lambda p: (times.minutes(p.start), p.venue)):
            item = placement.item
            words = [item, plan.item_title(item), self.canvas.delegations_text(item)]
            if any(needle in word.casefold() for word in words):
                found.append(item)
        return found

    def find_next(self) -> str | None:
        """Select the next match of the search text after the selected block (wrapping)."""
        found = self._found = self.matches(self.search_edit.text())
        if not found:
            self.found_label.setText(self.tr("No match") if self.search_edit.text() else "")
            return None
        current = self.selected_item()
        position = (found.index(current) + 1) % len(found) if current in found else 0
        item = found[position]
        self.select_item(item)
        self.search_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.found_label.setText(
            self.tr("{number} of {count}").format(number=position + 1, count=len(found))
        )
        return item

    @Slot(str)
    def _on_search_edit_edited(self, text: str) -> None:
        self.canvas.select(None)
        if text.strip():
            self.find_next()
        else:
            self.found_label.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            self.canvas.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        return super().eventFilter(watched, event)

    # Queries ----------------------------------------------------------------

    def selected_item(self) -> str | None:
        return self.canvas.selected

    def days(self) -> tuple[date, ...]:
        return self._index.days if self._index else ()

    def items_shown(self) -> list[str]:
        """The items with a block on the current day, column by column."""
        layout = self.canvas.layout_
        return [block.item for block in layout.blocks] if layout else []

    def block_state(self, item: str) -> BlockState | None:
        """What the view shows for ``item``, or None when it is not placed."""
        index = self._index
        if index is None:
            return None
        placement = index.plan.placement_by_item.get(item)
        if placement is None:
            return None
        plan = index.plan
        violations = index.violations_of(item)
        return BlockState(
            item=item,
            day=placement.start.astimezone(plan.event.zone).date(),
            venue=placement.venue,
            start=placement.start,
            end=plan.end_of(placement),
            locked=placement.locked,
            selected=self.canvas.selected == item,
            conflict=bool(violations),
            rules=tuple(sorted({violation.rule for violation in violations})),
            tooltip=self.canvas.tooltip_text(item),
        )

    def point_for(self, start: datetime, venue_id: str) -> QPoint | None:
        """Where, in the grid's viewport, a drop puts an item's start in a venue."""
        return self.canvas.point_for(times.minutes(start), venue_id)

    # Internals ----------------------------------------------------------------

    def _fill_tabs(self, days: Sequence[date]) -> None:
        assert self._index is not None
        event_days = set(self._index.plan.event.days)
        labels = [day_label(day) for day in days]
        tabs = self.day_tabs
        current = [tabs.tabText(i) for i in range(tabs.count())]
        tabs.blockSignals(True)
        if current != labels:
            while tabs.count():
                tabs.removeTab(0)
            for day, label in zip(days, labels, strict=True):
                tab = tabs.addTab(label)
                if day in event_days:
                    tabs.setTabToolTip(tab, self.tr("Show {day}").format(day=label))
                else:
                    tabs.setTabToolTip(
                        tab,
                        self.tr("{day} is outside the event's dates (rule 8)").format(day=label),
                    )
                    tabs.setTabTextColor(tab, palette.conflict_colour())
        if self._day is not None and self._day in days:
            tabs.setCurrentIndex(list(days).index(self._day))
        tabs.blockSignals(False)

    @Slot(int)
    def _on_day_tabs_changed(self, index: int) -> None:
        if self._index is not None and 0 <= index < len(self._index.days):
            self.set_day(self._index.days[index])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and self._index:
            step = {Qt.Key.Key_PageDown: 1, Qt.Key.Key_PageUp: -1}.get(Qt.Key(event.key()))
            if step is not None and self._day is not None:
                days = self._index.days
                position = days.index(self._day) + step
                if 0 <= position < len(days):
                    self.set_day(days[position])
                event.accept()
                return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._update_legend()
        super().changeEvent(event)

    def _update_legend(self) -> None:
        chips = []
        for key in palette.legend_keys():
            colour = palette.fill(key, self.palette()).name()
            chips.append(
                f'<span style="background-color:{colour}">&nbsp;&nbsp;&nbsp;&nbsp;</span>'
                f"&nbsp;{html.escape(palette.label(key))}"
            )
        conflict = palette.conflict_colour().name()
        chips.append(
            f'<span style="color:{conflict}"><b>▌</b></span>&nbsp;'
            + html.escape(self.tr("red edge: breaks a rule"))
        )
        chips.append(html.escape(self.tr("padlock: locked")))
        self.legend.setText("&nbsp;&nbsp; ".join(chips))


_MINOR_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "de", "des", "du", "la", "le"})


def short_name(plan: Plan, delegation_id: str) -> str:
    """A delegation in a few letters: its country code, else the initials of a long name.

    ``KZ``; ``Commonwealth of Independent States`` -> ``CIS``; a one-word
    name stays whole.
    """
    delegation = plan.delegation_by_id.get(delegation_id)
    if delegation is not None and delegation.country:
        return delegation.country
    name = plan.delegation_name(delegation_id)
    words = [word for word in name.split() if word.casefold() not in _MINOR_WORDS]
    if len(words) < 2:
        return name
    return "".join(word[0].upper() for word in words if word[0].isalnum())


def bilateral_titles(plan: Plan, request: BilateralRequest) -> tuple[str, ...]:
    """Who meets whom, longest first: ``Kyrgyzstan – Kazakhstan``, then ``KG – KZ``."""
    parties = (request.from_delegation, request.to_delegation)
    full = " – ".join(plan.delegation_name(d) for d in parties)
    brief = " – ".join(short_name(plan, d) for d in parties)
    return (full, brief) if brief != full else (full,)


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


def day_label(day: date) -> str:
    """A day as its tab shows it: ``Mon 11 Oct`` in the user's language."""
    return QDate(day.year, day.month, day.day).toString("ddd d MMM")


class _Canvas(QAbstractScrollArea):
    """The painted grid of one day, with sticky venue headers and time gutter."""

    move_requested = Signal(str, object, str)
    lock_requested = Signal(str, bool)
    unplace_requested = Signal(str)
    item_activated = Signal(str)
    selection_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index: PlanIndex | None = None
        self.layout_: DayLayout | None = None
        self.selected: str | None = None
        self._ghost: tuple[int, int, int] | None = None
        """Drop target while dragging: start minute, end minute, column."""
        self._press: tuple[QPoint, str, float] | None = None
        self._drag_offset = 0.0
        self._dragging: str | None = None
        self._texts: dict[str, str] = {}
        self._spans: dict[tuple[str, int, int], str] = {}
        self._elisions: dict[tuple[str, bool, int], str] = {}
        self._wraps: dict[tuple[str, bool, int, int], list[str]] = {}
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
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.viewport().setMouseTracking(False)
        self.setAccessibleName(self.tr("Timetable grid"))
        self.setWhatsThis(
            self.tr(
                "Arrow keys move between blocks, Enter edits, L locks or unlocks, "
                "Delete takes the item off the schedule; drag a block to move it."
            )
        )

    # Showing ----------------------------------------------------------------

    def show_day(self, index: PlanIndex, day: date) -> None:
        old_index, old_layout = self.index, self.layout_
        layout = index.layout(day)
        if old_layout is None or old_layout.day != day:
            self.cell = None
        self.index = index
        self.layout_ = layout
        self._ghost = None
        self._update_scrollbars()
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

    # Geometry -----------------------------------------------------------------

    def _measure(self) -> _Metrics:
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        return _Metrics(
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
        self._update_scrollbars()
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

    def _update_scrollbars(self) -> None:
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
            painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                self.viewport().rect(),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("The plan has no venues yet."),
            )
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
        span = (self._span_text(block.start, block.end, plan),)
        request = plan.request_by_id.get(block.item)
        if request is not None:
            return [bilateral_titles(plan, request), span, (self.tr("Bilateral"),)]
        lines: list[tuple[str, ...]] = [(block.title,), span]
        text = self._texts.get(block.item)
        if text is None:
            text = self._delegations_text(block.item, limit=None)
            self._texts[block.item] = text
        if text:
            lines.append((text,))
        return lines

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

    def delegations_text(self, item: str) -> str:
        """Every delegation of ``item``, by name."""
        return self._delegations_text(item, limit=None) if self.index else ""

    def _delegations_text(self, item: str, *, limit: int | None) -> str:
        assert self.index is not None
        plan = self.index.plan
        found = plan.item(item)
        if isinstance(found, Session):
            if found.for_all:
                return self.tr("All delegations present")
            ids: Sequence[str] = tuple(found.delegations)
        elif found is not None:
            ids = found.delegations
        else:
            return ""
        names = [plan.delegation_name(delegation_id) for delegation_id in ids]
        if limit is not None and len(names) > limit:
            rest = len(names) - limit
            return ", ".join(names[:limit]) + self.tr(" and {count} more").format(count=rest)
        return ", ".join(names)

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

    # Tooltips -----------------------------------------------------------------

    def tooltip_text(self, item: str) -> str:
        """Title, time, venue, delegations and broken rules of a placed item."""
        index = self.index
        if index is None:
            return ""
        plan = index.plan
        placement = plan.placement_by_item.get(item)
        if placement is None:
            return plan.item_title(item)
        venue = plan.venue_by_id.get(placement.venue)
        where = f"{venue.name} ({venue.building})" if venue else placement.venue
        start = times.minutes(placement.start)
        end = times.minutes(plan.end_of(placement))
        lines = [
            plan.item_title(item),
            f"{placement.start.astimezone(plan.event.zone):%a %d %b}, "
            f"{span_text(start, end, plan)}, {where}",
        ]
        delegations = self._delegations_text(item, limit=_MOST_NAMES)
        if delegations:
            lines.append(self.tr("Delegations: {names}").format(names=delegations))
        if placement.locked:
            lines.append(self.tr("Locked: the scheduler leaves it here"))
        for violation in index.violations_of(item):
            lines.append(
                self.tr("Rule {rule} ({name}): {message}").format(
                    rule=violation.rule,
                    name=RULE_NAMES.get(violation.rule, ""),
                    message=violation.message,
                )
            )
        return "\n".join(lines)

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
            QToolTip.showText(event.globalPos(), self._tooltip_html(block.item), self.viewport())
            return True
        return super().viewportEvent(event)

    def _tooltip_html(self, item: str) -> str:
        assert self.index is not None
        rules = len(self.index.violations_of(item))
        lines = self.tooltip_text(item).split("\n")
        colour = palette.conflict_colour().name()
        parts = [f"<b>{html.escape(lines[0])}</b>"]
        for number, line in enumerate(lines[1:], start=1):
            if number >= len(lines) - rules:
                parts.append(f'<span style="color:{colour}">{html.escape(line)}</span>')
            else:
                parts.append(html.escape(line))
        return "<qt>" + "<br>".join(parts) + "</qt>"

    # Mouse, keyboard and menus --------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_scrollbars()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._elisions.clear()
            self._wraps.clear()
            self._metrics = self._measure()
            self._update_scrollbars()
            self.viewport().update()
        super().changeEvent(event)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()

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
        self.move_requested.emit(block.item, at_minute(start, index.plan), venue)
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
        return at_minute(minute, index.plan), layout.columns[column].venue_id

    def place_at_cursor(self, item: str) -> bool:
        """Ask to put ``item`` at the focused cell (snapped to fit the working day)."""
        layout, index = self.layout_, self.index
        target = self.cursor_target()
        plan_item = index.plan.item(item) if index else None
        if layout is None or index is None or target is None or plan_item is None:
            return False
        start = layout.snap(times.minutes(target[0]), plan_item.duration_minutes)
        self.select(item)
        self.move_requested.emit(item, at_minute(start, index.plan), target[1])
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
