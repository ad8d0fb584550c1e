"""Live conflict marks for the order of sessions (rule 10) and people in person (rule 4)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

from pytestqt.qtbot import QtBot

from planner.domain import rules, times
from planner.domain.model import Plan
from planner.gui.views.timetable import TimetableView

TUE = date(2021, 10, 12)


def test_a_closing_before_the_debate_marks_both_blocks_with_rule_10(
    qtbot: QtBot, cica: Plan
) -> None:
    view = TimetableView()
    qtbot.addWidget(view)
    view.resize(1300, 900)
    view.show()
    early = times.at(TUE, time(14, 45), cica.event.zone)
    debate_late = times.at(TUE, time(15, 15), cica.event.zone)
    moved = replace(
        cica,
        schedule=tuple(
            replace(p, start=early)
            if p.item == "s-closing"
            else replace(p, start=debate_late)
            if p.item == "s-debate"
            else p
            for p in cica.schedule
        ),
    )
    view.set_plan(moved, rules.check(moved))
    view.set_day(TUE)
    for item in ("s-closing", "s-debate"):
        state = view.block_state(item)
        assert state is not None and 10 in state.rules, item
        assert "Rule 10 (Order)" in state.tooltip


def test_a_speaker_whose_delegation_has_left_marks_the_session_with_rule_4(
    qtbot: QtBot, cica: Plan
) -> None:
    view = TimetableView()
    qtbot.addWidget(view)
    turkey = cica.head_of("tr")
    assert turkey is not None
    press = cica.session_by_id["s-press"]
    speaking = replace(
        cica,
        sessions=tuple(
            replace(s, people=(*s.people, turkey.id)) if s.id == press.id else s
            for s in cica.sessions
        ),
    )
    view.set_plan(speaking, rules.check(speaking))
    view.set_day(TUE)
    state = view.block_state("s-press")
    assert state is not None and state.rules == (4,)
    assert "Turkey departs" in state.tooltip
