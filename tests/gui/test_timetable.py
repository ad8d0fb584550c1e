"""The timetable widget: blocks per day, conflicts, drag and drop, keyboard."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from planner.domain import rules, times
from planner.domain.model import Event, Placement, Plan
from planner.gui.views.item_drag import MIME_TYPE, item_mime
from planner.gui.views.timetable import TimetableView

MON, TUE = date(2021, 10, 11), date(2021, 10, 12)


def when(plan: Plan, day: date, hour: int, minute: int = 0) -> datetime:
    return times.at(day, time(hour, minute), plan.event.zone)


def with_placements(plan: Plan, *extra: Placement) -> Plan:
    items = {placement.item for placement in extra}
    kept = tuple(p for p in plan.schedule if p.item not in items)
    return replace(plan, schedule=kept + extra)


@pytest.fixture
def view(qtbot: QtBot) -> TimetableView:
    widget = TimetableView()
    qtbot.addWidget(widget)
    widget.resize(1300, 900)
    widget.show()
    return widget


@pytest.fixture
def clash(cica: Plan) -> Plan:
    """The sample with a bilateral put on top of the opening plenary."""
    return with_placements(cica, Placement("br-001", when(cica, TUE, 11, 30), "v-main"))


def drop(view: TimetableView, data: QMimeData, point: QPoint) -> None:
    event = QDropEvent(
        QPointF(point),
        Qt.DropAction.MoveAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    view.canvas.dropEvent(event)


@pytest.mark.parametrize("day", [MON, TUE])
def test_timetable_shows_one_block_per_placement_of_the_day(
    view: TimetableView, cica: Plan, day: date
) -> None:
    view.set_plan(cica, rules.check(cica))
    view.set_day(day)
    expected = {p.item for p in cica.schedule if p.start.date() == day}
    assert view.current_day() == day
    assert sorted(view.items_shown()) == sorted(expected)
    assert len(view.items_shown()) == len(expected)


def test_timetable_has_a_tab_per_event_day(view: TimetableView, cica: Plan) -> None:
    view.set_plan(cica, [])
    assert view.days() == (MON, TUE)
    assert view.day_tabs.count() == 2
    view.day_tabs.setCurrentIndex(1)
    assert view.current_day() == TUE


def test_timetable_adds_a_day_for_a_placement_outside_the_event(
    view: TimetableView, cica: Plan
) -> None:
    late = with_placements(cica, Placement("br-002", when(cica, date(2021, 10, 13), 10), "v-bil-a"))
    view.set_plan(late, rules.check(late))
    assert date(2021, 10, 13) in view.days()
    state = view.block_state("br-002")
    assert state is not None and state.conflict and 8 in state.rules


def test_conflicting_block_is_marked_and_its_tooltip_names_the_rule(
    view: TimetableView, clash: Plan
) -> None:
    view.set_plan(clash, rules.check(clash))
    state = view.block_state("br-001")
    assert state is not None
    assert state.conflict
    assert state.rules == (1, 2)
    assert "Rule 1 (Venue)" in state.tooltip
    assert "Rule 2 (Delegation)" in state.tooltip
    assert "Main Conference Hall" in state.tooltip
    assert "Russia, Kazakhstan" in state.tooltip
    plenary = view.block_state("s-plenary")
    assert plenary is not None and plenary.conflict
    calm = view.block_state("s-som")
    assert calm is not None and not calm.conflict and calm.rules == ()
    assert "Rule" not in calm.tooltip


def test_overlapping_blocks_share_the_column_side_by_side(view: TimetableView, clash: Plan) -> None:
    view.set_plan(clash, rules.check(clash))
    view.set_day(TUE)
    layout = view.canvas.layout_
    assert layout is not None
    lanes = {layout.by_item[item].lane for item in ("br-001", "s-plenary")}
    assert lanes == {0, 1}


def test_dropping_a_block_requests_a_move_to_the_snapped_slot(
    view: TimetableView, cica: Plan, qtbot: QtBot
) -> None:
    view.set_plan(cica, [])
    view.set_day(TUE)
    point = view.point_for(when(cica, TUE, 9, 0), "v-bil-b")
    assert point is not None
    # Seven minutes below 09:00 snaps back to 09:00; the slot is 15 minutes.
    seven = round(7 * view.canvas.per_minute)
    with qtbot.waitSignal(view.move_requested) as signal:
        drop(view, item_mime("br-003"), point + QPoint(0, seven))
    item, start, venue = signal.args
    assert (item, venue) == ("br-003", "v-bil-b")
    assert start == when(cica, TUE, 9, 0)
    assert start.tzinfo == cica.event.zone
    # Nine minutes below snaps forward to 09:15.
    nine = round(9 * view.canvas.per_minute)
    with qtbot.waitSignal(view.move_requested) as signal:
        drop(view, item_mime("br-003"), point + QPoint(0, nine))
    assert signal.args[1] == when(cica, TUE, 9, 15)


def test_drop_near_the_end_of_the_day_keeps_the_item_within_hours(
    view: TimetableView, cica: Plan, qtbot: QtBot
) -> None:
    view.set_plan(cica, [])
    point = view.point_for(when(cica, MON, 20, 45), "v-bil-a")
    assert point is not None
    with qtbot.waitSignal(view.move_requested) as signal:
        drop(view, item_mime("br-001"), point)  # 45 minutes long; the day ends at 21:00
    assert signal.args[1] == when(cica, MON, 20, 15)


def test_dropping_a_placed_block_where_it_is_requests_nothing(
    view: TimetableView, cica: Plan, qtbot: QtBot
) -> None:
    view.set_plan(cica, [])
    point = view.point_for(when(cica, MON, 10, 0), "v-hod")
    assert point is not None
    with qtbot.assertNotEmitted(view.move_requested):
        drop(view, item_mime("s-som"), point)


@pytest.mark.parametrize(
    "payload",
    [b"", b"no-such-item", b"\xff\xfe"],
    ids=["empty", "unknown item", "not UTF-8"],
)
def test_dropping_foreign_data_requests_nothing(
    view: TimetableView, cica: Plan, qtbot: QtBot, payload: bytes
) -> None:
    view.set_plan(cica, [])
    data = QMimeData()
    data.setData(MIME_TYPE, payload)
    point = view.point_for(when(cica, MON, 9, 0), "v-bil-a")
    assert point is not None
    with qtbot.assertNotEmitted(view.move_requested):
        drop(view, data, point)


def test_dropping_on_the_time_gutter_requests_nothing(
    view: TimetableView, cica: Plan, qtbot: QtBot
) -> None:
    view.set_plan(cica, [])
    with qtbot.assertNotEmitted(view.move_requested):
        drop(view, item_mime("br-001"), QPoint(2, 300))


@pytest.mark.parametrize(
    ("key", "signal_name", "args"),
    [
        (Qt.Key.Key_L, "lock_requested", ["s-som", True]),
        (Qt.Key.Key_Delete, "unplace_requested", ["s-som"]),
        (Qt.Key.Key_Return, "item_activated", ["s-som"]),
    ],
)
def test_keys_act_on_the_selected_block(
    view: TimetableView,
    cica: Plan,
    qtbot: QtBot,
    key: Qt.Key,
    signal_name: str,
    args: list[object],
) -> None:
    view.set_plan(cica, [])
    assert view.select_item("s-som")
    with qtbot.waitSignal(getattr(view, signal_name)) as signal:
        qtbot.keyClick(view.canvas, key)
    assert signal.args == args


def test_l_unlocks_a_locked_block(view: TimetableView, cica: Plan, qtbot: QtBot) -> None:
    locked = with_placements(cica, replace(cica.placement_by_item["s-som"], locked=True))
    view.set_plan(locked, [])
    state = view.block_state("s-som")
    assert state is not None and state.locked
    view.select_item("s-som")
    with qtbot.waitSignal(view.lock_requested) as signal:
        qtbot.keyClick(view.canvas, Qt.Key.Key_L)
    assert signal.args == ["s-som", False]


def test_arrow_keys_walk_the_blocks(view: TimetableView, cica: Plan, qtbot: QtBot) -> None:
    view.set_plan(cica, [])
    view.select_item("s-president")
    qtbot.keyClick(view.canvas, Qt.Key.Key_Down)
    assert view.selected_item() == "s-photo"
    qtbot.keyClick(view.canvas, Qt.Key.Key_Right)
    assert view.selected_item() == "s-plenary"
    qtbot.keyClick(view.canvas, Qt.Key.Key_Left)
    assert view.selected_item() == "s-photo"
    qtbot.keyClick(view.canvas, Qt.Key.Key_Up)
    assert view.selected_item() == "s-president"


def test_select_item_switches_to_its_day_and_highlights_it(
    view: TimetableView, cica: Plan, qtbot: QtBot
) -> None:
    view.set_plan(cica, [])
    assert view.current_day() == MON
    with qtbot.waitSignal(view.day_changed):
        assert view.select_item("s-inauguration")
    assert view.current_day() == TUE
    state = view.block_state("s-inauguration")
    assert state is not None and state.selected
    # 19:00 is below the fold of a 900-pixel window, so the view scrolled to it.
    assert view.canvas.verticalScrollBar().value() > 0
    assert not view.select_item("br-050")  # not placed


def test_set_plan_keeps_the_day_and_the_selection(view: TimetableView, cica: Plan) -> None:
    view.set_plan(cica, [])
    view.select_item("s-closing")
    moved = with_placements(cica, replace(cica.placement_by_item["s-closing"], venue="v-hod"))
    view.set_plan(moved, rules.check(moved))
    assert view.current_day() == TUE
    assert view.selected_item() == "s-closing"
    state = view.block_state("s-closing")
    assert state is not None and state.venue == "v-hod"


def test_context_menu_offers_lock_unplace_and_edit(
    view: TimetableView, cica: Plan, qtbot: QtBot
) -> None:
    view.set_plan(cica, [])
    menu = view.canvas.menu_for("s-som")
    actions = {action.text().replace("&", ""): action for action in menu.actions() if action.text()}
    assert set(actions) == {"Lock", "Unplace", "Edit…"}
    assert all("&" in action.text() for action in actions.values())  # reachable by a letter
    with qtbot.waitSignal(view.lock_requested) as signal:
        actions["Lock"].trigger()
    assert signal.args == ["s-som", True]
    with qtbot.waitSignal(view.unplace_requested) as signal:
        actions["Unplace"].trigger()
    assert signal.args == ["s-som"]
    with qtbot.waitSignal(view.item_activated):
        actions["Edit…"].trigger()


def test_double_click_on_a_block_activates_it(
    view: TimetableView, cica: Plan, qtbot: QtBot
) -> None:
    view.set_plan(cica, [])
    point = view.point_for(when(cica, MON, 10, 30), "v-hod")
    assert point is not None
    with qtbot.waitSignal(view.item_activated) as signal:
        qtbot.mouseDClick(view.canvas.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert signal.args == ["s-som"]


def test_blocks_paint_without_error(view: TimetableView, clash: Plan) -> None:
    locked = with_placements(clash, replace(clash.placement_by_item["s-plenary"], locked=True))
    view.set_plan(locked, rules.check(locked))
    view.select_item("br-001")
    image = view.grab()
    assert not image.isNull()
    assert "conflict" in view.canvas.accessibleDescription()


def test_a_day_with_a_clock_change_is_drawn_by_elapsed_time(
    view: TimetableView, cica: Plan, qtbot: QtBot
) -> None:
    """31 Oct 2021 in London has 25 hours: 03:00 GMT is four hours after midnight BST."""
    event: Event = replace(
        cica.event,
        timezone="Europe/London",
        start_date=date(2021, 10, 31),
        end_date=date(2021, 10, 31),
        day_start=time(0, 0),
        day_end=time(23, 0),
    )
    london = event.zone
    plan = replace(
        cica,
        event=event,
        schedule=(Placement("s-som", times.at(date(2021, 10, 31), time(3, 0), london), "v-hod"),),
    )
    view.set_plan(plan, [])
    layout = view.canvas.layout_
    assert layout is not None
    assert layout.closes - layout.opens == 24 * 60
    assert layout.by_item["s-som"].start - layout.opens == 4 * 60
    point = view.point_for(times.at(date(2021, 10, 31), time(5, 0), london), "v-hod")
    assert point is not None
    with qtbot.waitSignal(view.move_requested) as signal:
        drop(view, item_mime("br-001"), point)
    start = signal.args[1]
    assert start == times.at(date(2021, 10, 31), time(5, 0), london)
    assert start.utcoffset().total_seconds() == 0


def test_empty_plan_without_venues_paints_a_hint(view: TimetableView, cica: Plan) -> None:
    bare = replace(cica, venues=(), schedule=())
    view.set_plan(bare, [])
    assert view.items_shown() == []
    assert not view.grab().isNull()
