"""The delegation timeline: rows in order of precedence, bars, stays and home time."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from planner.domain import times
from planner.domain.model import Plan
from planner.domain.precedence import order_of_precedence
from planner.gui.views import timeline_rows
from planner.gui.views.delegation_timeline import DelegationTimeline, zone_label
from planner.gui.views.timeline_rows import Bar, TimelineIndex

MON, TUE = date(2021, 10, 11), date(2021, 10, 12)


@pytest.fixture
def timeline(qtbot: QtBot, cica: Plan) -> DelegationTimeline:
    widget = DelegationTimeline()
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.set_plan(cica)
    return widget


def test_rows_follow_the_order_of_precedence(timeline: DelegationTimeline, cica: Plan) -> None:
    assert timeline.rows() == [d.id for d in order_of_precedence(cica)]
    assert timeline.rows()[0] == "kz"


def test_bars_are_the_delegations_placements_of_the_day(
    timeline: DelegationTimeline,
) -> None:
    assert timeline.current_day() == MON
    # The senior officials' meeting lists its delegations; the dinner is for all present.
    assert timeline.bars("kz") == ["s-som", "s-dinner"]
    assert timeline.bars("by") == ["s-briefing", "s-dinner"]
    timeline.set_day(TUE)
    assert "s-press" in timeline.bars("kz")
    assert "s-press" not in timeline.bars("cn")
    # Turkey leaves at 14:30, before the afternoon plenary.
    assert "s-debate" not in timeline.bars("tr")


def test_time_out_of_town_is_marked(timeline: DelegationTimeline, cica: Plan) -> None:
    india = cica.delegation_by_id["in"]
    opens, _closes = (times.minutes(b) for b in cica.event.day_bounds(MON))
    assert timeline.absent_spans("in") == [(opens, times.minutes(india.arrival))]
    assert timeline.absent_spans("kz") == []


def test_home_time_relabels_rows_whose_zone_differs(
    timeline: DelegationTimeline, qtbot: QtBot
) -> None:
    assert timeline.row_axis_labels("in") == []
    timeline.home_time_check.setChecked(True)
    labels = timeline.row_axis_labels("in")
    assert labels[0] == "IST"
    # The event's 09:00 (UTC+6) is 08:30 in India.
    assert "08:30" in labels and "09:00" not in labels
    assert timeline.row_axis_labels("kz") == []  # the host keeps the event's time
    assert timeline.row_axis_labels("af")[0] == "UTC+04:30"
    assert not timeline.grab().isNull()
    timeline.home_time_check.setChecked(False)
    assert timeline.row_axis_labels("in") == []


def test_zone_label_names_zones_without_an_abbreviation() -> None:
    minute = times.minutes(times.parse_datetime("2021-10-11T09:00:00+06:00", times.zone("UTC")))
    assert zone_label(times.zone("Asia/Kolkata"), minute) == "IST"
    assert zone_label(times.zone("Asia/Almaty"), minute) == "UTC+06"
    assert zone_label(times.zone("Asia/Kathmandu"), minute) == "UTC+05:45"


def test_set_plan_keeps_the_day(timeline: DelegationTimeline, cica: Plan) -> None:
    timeline.set_day(TUE)
    timeline.set_plan(replace(cica, schedule=cica.schedule[:-1]))
    assert timeline.current_day() == TUE


def test_double_click_on_a_bar_activates_it(
    timeline: DelegationTimeline, cica: Plan, qtbot: QtBot
) -> None:
    canvas = timeline.canvas
    start = times.minutes(cica.placement_by_item["s-som"].start)
    point = canvas.point_for("kz", start + 30)  # the first row: Kazakhstan
    assert point is not None
    found = canvas.bar_at(point)
    assert found is not None and found[1] is not None and found[1].item == "s-som"
    assert "Meeting" in canvas.tooltip_for(*found)
    with qtbot.waitSignal(timeline.item_activated) as signal:
        qtbot.mouseDClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert signal.args == ["s-som"]


def test_tooltip_on_a_bar_gives_home_time(timeline: DelegationTimeline, cica: Plan) -> None:
    india = cica.delegation_by_id["in"]
    canvas = timeline.canvas
    bar = next(b for b in canvas.bars_of("in") if b.item == "s-dinner")
    text = canvas.tooltip_for(india, bar)
    assert "19:00–21:00 UTC+06" in text
    assert "18:30–20:30 IST" in text


def test_a_hidden_timeline_waits_until_shown(qtbot: QtBot, cica: Plan) -> None:
    widget = DelegationTimeline()
    qtbot.addWidget(widget)
    widget.set_plan(cica)
    assert widget.canvas.index is None  # nothing built while hidden
    widget.show()
    assert widget.canvas.index is not None
    assert widget.rows()[0] == "kz"


def _bar(item: str, start: int, end: int) -> Bar:
    return Bar(item, item, "other", start, end, "v")


def test_a_double_booking_splits_the_row_into_two_lanes_at_most() -> None:
    bars = [_bar("a", 0, 60), _bar("b", 30, 90), _bar("c", 45, 100), _bar("d", 120, 150)]
    assert timeline_rows.overlapping(bars) == {"a", "b", "c"}
    # A third booking at once shares the lower lane; a bar alone keeps the whole row.
    assert timeline_rows.lanes(bars) == {"a": (0, 2), "b": (1, 2), "c": (1, 2), "d": (0, 1)}


def test_time_out_of_town_and_hour_ticks_of_a_day(cica: Plan) -> None:
    index = TimelineIndex(cica)
    monday, tuesday = index.day(MON), index.day(TUE)
    zone = cica.event.zone
    # Pakistan lands after Monday's last hour; Egypt leaves at 16:00 on Tuesday.
    pakistan, egypt = cica.delegation_by_id["pk"], cica.delegation_by_id["eg"]
    assert timeline_rows.absent_spans(pakistan, monday) == [(monday.first, monday.last)]
    four_pm = times.minutes(times.at(TUE, time(16), zone))
    assert timeline_rows.absent_spans(egypt, tuesday) == [(four_pm, tuesday.last)]
    assert timeline_rows.absent_spans(cica.delegation_by_id["kz"], monday) == []
    ticks = timeline_rows.hour_ticks(monday, zone, 120)
    assert [f"{times.from_minutes(minute, zone):%H:%M}" for minute in ticks] == [
        "08:00",
        "10:00",
        "12:00",
        "14:00",
        "16:00",
        "18:00",
        "20:00",
    ]
