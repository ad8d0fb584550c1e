"""The session and venue editors of the lists: fixed start and venue, window, order, closures.

Each is validated at the field, written as one operation, and read back from the file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QStyleOptionViewItem, QWidget

from planner.domain import times
from planner.gui.document import Document
from planner.gui.models import SessionModel, VenueModel
from planner.gui.models.page import ChoiceDelegate
from tests.plan_files import fresh


def _cell(model: Any, row_id: str, title: str) -> Any:
    column = next(n for n, c in enumerate(model.columns) if c.title == title)
    return model.index(model.row_of_id(row_id), column)


def test_a_session_gets_a_fixed_start_and_venue_and_loses_them(
    document: Document, plan_path: Path
) -> None:
    sessions = SessionModel(document)
    session = next(s for s in document.plan.sessions if s.fixed is None)
    venue = document.plan.venues[1]
    assert sessions.setData(_cell(sessions, session.id, "Fixed start"), "2021-10-12 10:00")
    assert sessions.setData(_cell(sessions, session.id, "Fixed venue"), venue.id)
    fixed = fresh(plan_path).session_by_id[session.id].fixed
    zone = document.plan.event.zone
    assert fixed.venue == venue.id
    assert fixed.start == times.parse_datetime("2021-10-12T10:00", zone)
    assert sessions.data(_cell(sessions, session.id, "Fixed venue")) == venue.name
    assert sessions.setData(_cell(sessions, session.id, "Fixed start"), "")
    assert sessions.setData(_cell(sessions, session.id, "Fixed venue"), "")
    assert fresh(plan_path).session_by_id[session.id].fixed is None


def test_a_window_is_validated_at_the_field(document: Document, plan_path: Path) -> None:
    sessions = SessionModel(document)
    session = document.plan.sessions[0]
    refused: list[str] = []
    sessions.edit_rejected.connect(lambda index, reason: refused.append(reason))
    assert not sessions.setData(_cell(sessions, session.id, "Not before"), "next Tuesday")
    assert refused and "not a date and time" in refused[0]
    assert sessions.setData(_cell(sessions, session.id, "Not before"), "2021-10-11 08:00")
    assert not sessions.setData(_cell(sessions, session.id, "Ends by"), "2021-10-11 07:00")
    assert "latest must come after earliest" in refused[-1]
    window = fresh(plan_path).session_by_id[session.id].window
    assert window.earliest == times.parse_datetime("2021-10-11T08:00", document.plan.event.zone)


def test_the_order_is_picked_from_a_list_and_a_cycle_is_refused(
    document: Document, plan_path: Path, qtbot: Any
) -> None:
    sessions = SessionModel(document)
    plan = document.plan
    first, second = plan.sessions[0], plan.sessions[1]
    index = _cell(sessions, second.id, "After")
    delegate = ChoiceDelegate()
    parent = QWidget()
    qtbot.addWidget(parent)
    editor = delegate.createEditor(parent, QStyleOptionViewItem(), index)
    assert isinstance(editor, QListWidget)
    delegate.setEditorData(editor, index)
    for row in range(editor.count()):
        item = editor.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == first.id:
            item.setCheckState(Qt.CheckState.Checked)
        else:
            item.setCheckState(Qt.CheckState.Unchecked)
    delegate.setModelData(editor, sessions, index)
    assert fresh(plan_path).session_by_id[second.id].after == (first.id,)
    assert sessions.data(index) == first.title
    refused: list[str] = []
    sessions.edit_rejected.connect(lambda index, reason: refused.append(reason))
    assert not sessions.setData(_cell(sessions, first.id, "After"), second.id)
    assert refused and "cycle" in refused[0]
    assert first.id not in fresh(plan_path).session_by_id[first.id].after
    assert second.id not in fresh(plan_path).session_by_id[first.id].after


def test_a_venue_closure_is_typed_and_read_back(document: Document, plan_path: Path) -> None:
    venues = VenueModel(document)
    venue = document.plan.venues[0]
    index = _cell(venues, venue.id, "Unavailable")
    assert venues.setData(index, "2021-10-11 09:00–12:00; 2021-10-12 14:00 - 15:30")
    closed = fresh(plan_path).venue_by_id[venue.id].unavailable
    assert len(closed) == 2
    assert venues.data(index) == "2021-10-11 09:00–12:00; 2021-10-12 14:00–15:30"
    refused: list[str] = []
    venues.edit_rejected.connect(lambda index, reason: refused.append(reason))
    assert not venues.setData(index, "2021-10-11 12:00–09:00")
    assert "end must come after the start" in refused[0]
    assert venues.setData(index, "")
    assert fresh(plan_path).venue_by_id[venue.id].unavailable == ()


def test_a_lock_survives_a_build(document: Document, plan_path: Path) -> None:
    from planner.gui.commands import lock_command, schedule_command
    from planner.services.schedule import SolveOptions, compute_schedule

    placement = document.plan.schedule[0]
    document.execute(lock_command(document, placement.item, True))
    result = compute_schedule(document.plan, SolveOptions(time_limit=2, rearrange=True))
    document.execute(
        schedule_command(document, result.placements, document.service.revision, "Build")
    )
    kept = fresh(plan_path).placement_by_item[placement.item]
    assert kept.locked and (kept.start, kept.venue) == (placement.start, placement.venue)
