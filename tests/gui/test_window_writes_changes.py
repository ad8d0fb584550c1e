"""The window's writers change only what they are about, and the window follows the file.

Each case lost work before: a list wrote back its own copy of the plan, undo
wrote back the plan from before, and the window never noticed another
program's change.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from planner.domain.edits import Kind
from planner.domain.operations import set_fields
from planner.gui.commands import move_command, schedule_command
from planner.gui.document import Document
from planner.gui.models import EventModel, RequestModel, VenueModel
from planner.gui.models.event import SETTINGS
from planner.scheduling.greedy import greedy_schedule
from planner.services import PlanService
from tests.plan_files import fresh


def _cell(model: Any, row_id: str, title: str) -> Any:
    row = model.row_of_id(row_id)
    column = next(n for n, c in enumerate(model.columns) if c.title == title)
    return model.index(row, column)


def test_an_event_edit_after_a_build_keeps_the_build(document: Document, plan_path: Path) -> None:
    events = EventModel(document)
    document.execute(
        schedule_command(document, (), document.service.revision, "Clear the schedule")
    )
    built = greedy_schedule(document.plan)
    document.execute(
        schedule_command(document, tuple(built), document.service.revision, "Build schedule")
    )
    placed = fresh(plan_path).schedule
    assert len(placed) > 50
    row = next(n for n, s in enumerate(SETTINGS) if s.id == "end_date")
    assert events.setData(events.index(row, 1), "2021-10-13")
    after = fresh(plan_path)
    assert after.event.end_date.isoformat() == "2021-10-13"
    assert after.schedule == placed


def test_a_seats_edit_after_a_removal_does_not_bring_the_request_back(
    document: Document, plan_path: Path
) -> None:
    requests = RequestModel(document)
    venues = VenueModel(document)
    gone = document.plan.requests[0].id
    requests.remove_rows({gone})
    assert gone not in fresh(plan_path).request_by_id
    venue = document.plan.venues[0]
    assert venues.setData(_cell(venues, venue.id, "Seats"), venue.capacity + 1)
    after = fresh(plan_path)
    assert gone not in after.request_by_id
    assert after.venue_by_id[venue.id].capacity == venue.capacity + 1


def test_an_edit_after_a_drag_keeps_the_drag(document: Document, plan_path: Path) -> None:
    placement = document.plan.schedule[0]
    other_venue = next(v.id for v in document.plan.venues if v.id != placement.venue)
    document.execute(move_command(document, placement.item, placement.start, other_venue))
    events = EventModel(document)
    row = next(n for n, s in enumerate(SETTINGS) if s.id == "city")
    assert events.setData(events.index(row, 1), "Astana")
    after = fresh(plan_path)
    assert after.event.city == "Astana"
    assert after.placement_by_item[placement.item].venue == other_venue


def test_the_window_notices_another_program_within_a_second(
    document: Document, plan_path: Path, qtbot: Any
) -> None:
    placement = document.plan.schedule[0]
    other = PlanService.open(plan_path)
    try:
        other.unplace(placement.item)
    finally:
        other.close()
    with qtbot.waitSignal(document.changes_applied, timeout=1500) as blocker:
        pass
    assert blocker.args[0].schedule
    assert placement.item not in document.plan.placement_by_item
    # The window's next edit does not put the placement back.
    venues = VenueModel(document)
    venue = document.plan.venues[0]
    assert venues.setData(_cell(venues, venue.id, "Seats"), venue.capacity + 3)
    assert placement.item not in fresh(plan_path).placement_by_item


def test_undo_history_survives_a_change_elsewhere(document: Document, plan_path: Path) -> None:
    venues = VenueModel(document)
    venue = document.plan.venues[0]
    assert venues.setData(_cell(venues, venue.id, "Seats"), venue.capacity + 10)
    other = PlanService.open(plan_path)
    try:
        delegation = other.plan.delegations[0]
        other.apply(set_fields(Kind.DELEGATION, delegation.id, name="Renamed elsewhere"))
    finally:
        other.close()
    assert document.follow_file() is not None
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    after = fresh(plan_path)
    assert after.venue_by_id[venue.id].capacity == venue.capacity
    assert after.delegation_by_id[delegation.id].name == "Renamed elsewhere"


def test_undo_history_is_dropped_when_another_program_changed_the_same_thing(
    document: Document, plan_path: Path, qtbot: Any
) -> None:
    placement = document.plan.schedule[0]
    later = placement.start.replace(hour=placement.start.hour + 1)
    document.execute(move_command(document, placement.item, later, placement.venue))
    other = PlanService.open(plan_path)
    try:
        other.unplace(placement.item)
    finally:
        other.close()
    with qtbot.waitSignal(document.history_dropped, timeout=1500) as blocker:
        document.follow_file()
    assert "undo history" in blocker.args[0]
    qtbot.waitUntil(lambda: document.undo_stack.count() == 0, timeout=1000)
    assert placement.item not in fresh(plan_path).placement_by_item


def test_an_undo_that_would_overwrite_another_program_is_refused(
    document: Document, plan_path: Path, qtbot: Any
) -> None:
    document.poll_timer.stop()  # the other program writes between two looks at the file
    venues = VenueModel(document)
    venue = document.plan.venues[0]
    assert venues.setData(_cell(venues, venue.id, "Seats"), 120)
    other = PlanService.open(plan_path)
    try:
        other.apply(set_fields(Kind.VENUE, venue.id, capacity=150))
    finally:
        other.close()
    with qtbot.waitSignal(document.command_failed, timeout=1000) as blocker:
        document.undo_stack.undo()
    assert "changed in the meantime" in blocker.args[1]
    assert fresh(plan_path).venue_by_id[venue.id].capacity == 150
    qtbot.waitUntil(lambda: document.undo_stack.count() == 0, timeout=1000)


def test_undo_and_redo_of_a_removal_put_the_row_back_in_its_place(
    document: Document, plan_path: Path
) -> None:
    requests = RequestModel(document)
    plan = document.plan
    target = plan.requests[3]
    placed = plan.placement_by_item.get(target.id)
    requests.remove_rows({target.id})
    document.undo_stack.undo()
    after = fresh(plan_path)
    assert after.requests == plan.requests
    assert after.placement_by_item.get(target.id) == placed
    assert document.plan == after
    document.undo_stack.redo()
    assert target.id not in fresh(plan_path).request_by_id


@pytest.mark.parametrize("title", ["Name", "Seats"])
def test_a_refused_cell_edit_writes_nothing(
    document: Document, plan_path: Path, title: str
) -> None:
    venues = VenueModel(document)
    venue = document.plan.venues[0]
    before = fresh(plan_path)
    revision = document.service.revision
    bad = "" if title == "Name" else "lots"
    assert not venues.setData(_cell(venues, venue.id, title), bad, Qt.ItemDataRole.EditRole)
    assert fresh(plan_path) == before
    assert document.service.revision == revision
    assert document.undo_stack.count() == 0


def test_a_change_found_by_an_edit_of_ours_reaches_the_views(
    document: Document, plan_path: Path, qtbot: Any
) -> None:
    document.poll_timer.stop()  # the edit comes before the next look at the file
    placement = document.plan.schedule[0]
    other = PlanService.open(plan_path)
    try:
        other.unplace(placement.item)
    finally:
        other.close()
    venues = VenueModel(document)
    venue = document.plan.venues[0]
    seen: list[Any] = []
    document.changes_applied.connect(seen.append)
    assert venues.setData(_cell(venues, venue.id, "Seats"), venue.capacity + 2)
    assert any(changes.schedule and placement.item in changes.items for changes in seen)
    assert placement.item not in document.plan.placement_by_item
    assert document.plan == fresh(plan_path)
