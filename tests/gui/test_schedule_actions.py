"""The timetable's requests become undoable commands; conflicts show and go with undo."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from planner.gui.document import Document
from planner.gui.main_window import MainWindow
from planner.gui.settings import Settings
from planner.services import PlanService


def _two_placements_of_one_day(window: MainWindow) -> tuple[Any, Any]:
    assert window.document is not None
    plan = window.document.plan
    placements = sorted(plan.schedule, key=lambda p: p.start)
    first = placements[0]
    other = next(p for p in placements[1:] if p.start.date() == first.start.date())
    return first, other


def test_a_drag_onto_a_taken_slot_moves_the_block_and_shows_the_conflict(
    window: MainWindow, plan_path: Path
) -> None:
    assert window.document is not None
    document = window.document
    first, other = _two_placements_of_one_day(window)
    before = window.conflicts.count()
    window.timetable.move_requested.emit(other.item, first.start, first.venue)
    moved = document.plan.placement_by_item[other.item]
    assert (moved.start, moved.venue) == (first.start, first.venue)
    assert window.conflicts.count() > before
    assert any(1 in (v.rule,) and other.item in v.items for v in document.violations)
    state = window.timetable.block_state(other.item)
    assert state is not None and state.conflict and 1 in state.rules
    reopened = PlanService.open(plan_path)
    try:
        assert reopened.plan.placement_by_item[other.item].start == first.start
    finally:
        reopened.close()
    window.undo_action.trigger()
    assert document.plan.placement_by_item[other.item] == other
    assert window.conflicts.count() == before


def test_lock_and_unplace_are_undoable(window: MainWindow) -> None:
    assert window.document is not None
    document = window.document
    first, _ = _two_placements_of_one_day(window)
    window.timetable.lock_requested.emit(first.item, True)
    assert document.plan.placement_by_item[first.item].locked
    window.timetable.unplace_requested.emit(first.item)
    assert first.item not in document.plan.placement_by_item
    assert first.item in window.unplaced.visible_items()
    window.undo_action.trigger()
    restored = document.plan.placement_by_item[first.item]
    assert restored.locked and restored.start == first.start
    window.undo_action.trigger()
    assert document.plan.placement_by_item[first.item] == first


def test_a_conflict_double_click_jumps_to_the_block(window: MainWindow) -> None:
    first, other = _two_placements_of_one_day(window)
    window.timetable.move_requested.emit(other.item, first.start, first.venue)
    window.tabs.setCurrentIndex(3)
    window.conflicts.violation_activated.emit(other.item)
    assert window.tabs.currentWidget() is window.schedule_splitter
    assert window.timetable.selected_item() == other.item


def test_activating_an_item_opens_its_row_in_the_list(window: MainWindow) -> None:
    assert window.document is not None
    request = window.document.plan.requests[5].id
    window.unplaced.item_activated.emit(request)
    page = window.pages["requests"]
    assert window.tabs.currentWidget() is page
    assert page.selected_ids() == {request}


def test_day_shortcuts_switch_the_timetable_day(window: MainWindow) -> None:
    days = window.event_days()
    assert len(days) >= 2
    window.show_day(days[1])
    assert window.timetable.current_day() == days[1]


def test_check_rules_shows_the_conflicts_panel(window: MainWindow) -> None:
    window.conflicts_dock.hide()
    window.check_action.trigger()
    assert not window.conflicts_dock.isHidden()


def test_conflicts_of_an_opened_plan_are_listed_soon_after_the_day_shows(
    qtbot: Any, settings: Settings, plan_path: Path
) -> None:
    service = PlanService.open(plan_path)
    first, other = sorted(service.plan.schedule, key=lambda p: p.start)[:2]
    service.move(other.item, first.start, first.venue)
    service.close()
    shown = MainWindow(settings)
    qtbot.addWidget(shown)
    shown.set_document(Document.open(plan_path, shown))
    shown.show()
    qtbot.waitUntil(lambda: shown.conflicts.count() > 0, timeout=3000)
    assert shown.timetable.current_day() == first.start.date()
