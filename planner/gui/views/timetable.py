"""The timetable: one day of the schedule, venues across, time down.

The grid is painted by hand on a scroll area rather than built from one
graphics item per block: a UNGA-size day holds some 700 blocks in 40 venues,
and painting only the blocks in view keeps opening a day and redrawing after
a move well under the time an officer notices. The view only displays the
plan and emits signals; the window turns them into undoable service calls and
hands the changed plan back through :meth:`TimetableView.set_plan`.

This module holds the view: day tabs, search, legend and zoom around the
grid. The grid itself is built in layers, each a module: where things go
(:mod:`~planner.gui.views.timetable_grid`, over the Qt-free
:mod:`~planner.gui.views.geometry`), how they are painted
(:mod:`~planner.gui.views.timetable_painting`, with the words of
:mod:`~planner.gui.views.block_text`) and how the officer works them
(:mod:`~planner.gui.views.timetable_canvas`).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from planner.domain import times
from planner.domain.model import Plan
from planner.domain.rules import Violation
from planner.gui.models.base import tr
from planner.gui.views import block_text, palette
from planner.gui.views.day_view import DayTabsView, day_label, fill_day_tabs
from planner.gui.views.geometry import PlanIndex
from planner.gui.views.timetable_canvas import TimetableCanvas

ZOOM_STEP = 1.25
ZOOM_RANGE = (0.25, 4.0)


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


class TimetableView(DayTabsView):
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
    zoom_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._index: PlanIndex | None = None
        self._found: list[str] = []
        self.day_tabs.setToolTip(self.tr("The day shown (Ctrl+Page Up / Ctrl+Page Down)"))
        self.canvas = TimetableCanvas(self)
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

    def show_day(self, day: date) -> None:
        assert self._index is not None
        self.canvas.show_day(self._index, day)

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
        return block_text.matches(self._index.plan, text, tr) if self._index else []

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
        tabs = self.day_tabs
        if not fill_day_tabs(tabs, days, self._day):
            return
        event_days = set(self._index.plan.event.days)
        for tab, day in enumerate(days):
            label = day_label(day)
            if day in event_days:
                tabs.setTabToolTip(tab, self.tr("Show {day}").format(day=label))
            else:
                tabs.setTabToolTip(
                    tab, self.tr("{day} is outside the event's dates (rule 8)").format(day=label)
                )
                tabs.setTabTextColor(tab, palette.conflict_colour())

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
