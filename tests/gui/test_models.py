"""Table models: Qt's model contract, expected cells, edits that save, undo and refusals."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt

from planner.domain import times
from planner.domain.precedence import order_of_precedence
from planner.gui.document import Document
from planner.gui.models import (
    DelegationModel,
    EventModel,
    FilterProxy,
    ItemRole,
    PeopleModel,
    PlanTableModel,
    RequestModel,
    SessionModel,
    VenueModel,
    values,
)
from planner.services import PlanService

MODELS = [EventModel, VenueModel, DelegationModel, PeopleModel, SessionModel, RequestModel]


def column(model: PlanTableModel[Any], title: str) -> int:
    for number, spec in enumerate(model.columns):
        if spec.title == title:
            return number
    raise AssertionError(f"no column {title}")


def stored(path: Path) -> Any:
    """The plan as a fresh service reads it back from the file."""
    service = PlanService.open(path)
    try:
        return service.plan
    finally:
        service.close()


@pytest.mark.parametrize("model_class", MODELS, ids=lambda m: m.__name__)
def test_model_passes_the_qt_model_tester(
    model_class: type[PlanTableModel[Any]], document: Document, qtmodeltester: Any
) -> None:
    model = model_class(document)
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(FilterProxy(model), force_py=True)


def test_delegations_are_listed_in_order_of_precedence_with_the_reason(
    document: Document,
) -> None:
    model = DelegationModel(document)
    expected = [d.id for d in order_of_precedence(document.plan)]
    assert [model.index(r, 0).data(ItemRole.ID) for r in range(model.rowCount())] == expected
    reason = model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert reason.startswith("Place 1 of 45")


def test_editing_a_cell_writes_the_plan_and_undo_restores_it(
    document: Document, plan_path: Path
) -> None:
    model = VenueModel(document)
    index = model.index(0, column(model, "Seats"))
    before = document.plan.venues[0].capacity
    assert model.setData(index, before + 50)
    assert stored(plan_path).venues[0].capacity == before + 50
    assert index.data() == str(before + 50)
    document.undo_stack.undo()
    assert stored(plan_path).venues[0].capacity == before
    assert model.index(0, column(model, "Seats")).data() == str(before)
    document.undo_stack.redo()
    assert stored(plan_path).venues[0].capacity == before + 50


@pytest.mark.parametrize(
    ("model_class", "title", "value", "reason"),
    [
        (VenueModel, "Seats", 0, "at least 1"),
        (VenueModel, "Features", "teleporter", "not one of"),
        (VenueModel, "Name", "  ", "name"),
        (DelegationModel, "Arrival", "next tuesday", "not a date and time"),
        (DelegationModel, "Departure", "2021-10-01 09:00", "after arrival"),
        (DelegationModel, "Country", "Kazakhstan", "ISO 3166"),
        (DelegationModel, "Home time zone", "Mars/Olympus", "unknown time zone"),
        (RequestModel, "Priority", 9, "at most 5"),
        (SessionModel, "Delegations", "Atlantis", "no delegation called"),
        (EventModel, "Value", "Europe/Nowhere", "unknown time zone"),
    ],
)
def test_a_bad_value_is_refused_with_a_reason_and_nothing_is_saved(
    model_class: type[PlanTableModel[Any]],
    title: str,
    value: object,
    reason: str,
    document: Document,
    plan_path: Path,
    qtbot: Any,
) -> None:
    model = model_class(document)
    row = 2 if model_class is EventModel else 0  # the event's time zone is its third setting
    index = model.index(row, column(model, title))
    shown = index.data()
    with qtbot.waitSignal(model.edit_rejected) as rejected:
        assert not model.setData(index, value)
    assert reason in rejected.args[1]
    assert index.data() == shown
    assert document.undo_stack.count() == 0
    assert stored(plan_path) == document.plan


def test_choice_cells_offer_their_choices_and_accept_one(document: Document) -> None:
    model = PeopleModel(document)
    rank = model.index(0, column(model, "Rank"))
    assert ("deputy minister", "deputy_minister") in rank.data(ItemRole.CHOICES)
    assert model.setData(rank, "minister")
    assert document.plan.people[0].rank.value == "minister"


def test_a_check_box_cell_toggles(document: Document) -> None:
    model = PeopleModel(document)
    index = model.index(0, column(model, "Remote"))
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert document.plan.people[0].remote


def test_add_and_remove_rows_are_undoable(document: Document) -> None:
    model = SessionModel(document)
    count = model.rowCount()
    added = model.add_row()
    assert model.rowCount() == count + 1
    assert added in document.plan.session_by_id
    model.remove_rows({added})
    assert model.rowCount() == count
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert model.rowCount() == count


def test_removing_a_delegation_with_people_is_refused(document: Document) -> None:
    model = DelegationModel(document)
    with pytest.raises(Exception, match="not saved"):
        model.remove_rows({document.plan.delegations[0].id})
    assert len(document.plan.delegations) == 45


def test_the_search_box_filter_keeps_matching_rows(document: Document) -> None:
    proxy = FilterProxy(DelegationModel(document))
    proxy.setFilterFixedString("kazakh")
    names = {proxy.index(r, 1).data() for r in range(proxy.rowCount())}
    assert names == {"Kazakhstan"}


def test_the_event_edit_moves_the_day_grid(document: Document) -> None:
    model = EventModel(document)
    index = model.index(5, 1)  # day starts
    assert model.setData(index, "08:30")
    assert document.plan.event.day_start.hour == 8
    assert model.index(5, 1).data() == "08:30"
    assert not model.setData(QModelIndex(), "x")


def test_a_hidden_list_catches_up_when_shown_and_never_edits_an_old_plan(
    document: Document,
) -> None:
    venues = VenueModel(document)
    venues.set_live(False)
    other = VenueModel(document)
    shown_before = venues.index(0, 1).data()
    assert shown_before != "Hall A"
    assert other.setData(other.index(0, column(other, "Name")), "Hall A")
    assert venues.stale and venues.index(0, 1).data() == shown_before
    assert venues.setData(venues.index(1, column(venues, "Seats")), 999)
    assert document.plan.venues[0].name == "Hall A"
    assert document.plan.venues[1].capacity == 999
    venues.set_live(True)
    assert not venues.stale and venues.index(0, 1).data() == "Hall A"


@pytest.mark.parametrize("empty", [None, "", "   "])
def test_an_empty_cell_reads_as_nothing_set(empty: Any) -> None:
    zone = times.zone("Asia/Almaty")
    assert values.optional_text(empty) is None
    assert values.optional_number(empty, 1) is None
    assert values.optional_when(empty, zone) is None


def test_a_filled_optional_cell_reads_as_its_value() -> None:
    zone = times.zone("Asia/Almaty")
    assert values.optional_text("  Dr ") == "Dr"
    assert values.optional_number(" 3 ", 1) == 3
    assert values.optional_when("2021-10-12 10:00", zone) == times.at(
        date(2021, 10, 12), time(10), zone
    )
    with pytest.raises(ValueError, match="at least 1"):
        values.optional_number("0", 1)
