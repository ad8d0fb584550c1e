"""The programme keeps its shape: placed sessions stay, the order and in-person people hold."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.domain import rules, times
from planner.domain.model import ALL, Placement, Plan, Session, SessionKind, Window
from planner.scheduling import SolveOptions, solve
from planner.services import sample_plan
from tests.scheduling.test_solver import at, request, tiny, valid
from tests.synthetic import generate_plan


def _starts(plan: Plan, placements: tuple[Placement, ...]) -> dict[str, int]:
    return {p.item: times.minutes(p.start) for p in placements if p.item in plan.session_by_id}


def _in_programme_order(plan: Plan, placements: tuple[Placement, ...]) -> bool:
    starts = _starts(plan, placements)
    return all(
        starts[earlier] + plan.session_by_id[earlier].duration_minutes <= starts[session.id]
        for session in plan.sessions
        for earlier in session.after
        if session.id in starts and earlier in starts
    )


def test_the_solver_keeps_the_order_where_the_best_score_would_break_it() -> None:
    # Alone, the talks would go first and the opening at 10:00 (both fit either way);
    # the order puts the opening first.
    opening = Session("opening", "Opening", SessionKind.PLENARY, 60, ("a", "b"))
    talks = Session(
        "talks", "Talks", SessionKind.OTHER, 60, ("a",), after=("opening",), window=None
    )
    plan = tiny(sessions=(talks, opening))
    result = solve(plan, SolveOptions(time_limit=5))
    scheduled = valid(plan, result.placements)
    starts = _starts(plan, scheduled.schedule)
    assert starts["opening"] == times.minutes(at(9)) and starts["talks"] == times.minutes(at(10))


def test_the_order_costs_a_request_when_it_must() -> None:
    # a–b wants 09:00; the closing must follow the opening, which takes 09:00–10:00, so the
    # closing takes 10:00–11:00 and a–b cannot be held at all.
    window = Window(at(9), at(11))
    opening = Session("opening", "Opening", SessionKind.PLENARY, 60, ALL, window=window)
    closing = Session("closing", "Closing", SessionKind.PLENARY, 60, ALL, after=("opening",))
    plan = tiny(sessions=(closing, opening), requests=(request("ab", "a", "b", 1),))
    result = solve(plan, SolveOptions(time_limit=5))
    scheduled = valid(plan, result.placements)
    assert result.sessions_placed == 2 and result.requests_granted == 0
    assert _in_programme_order(plan, scheduled.schedule)


def test_a_session_waits_for_its_speaker_to_arrive() -> None:
    # Chile's head must attend the briefing of a and b in person; Chile arrives at 10:00.
    briefing = Session("briefing", "Briefing", SessionKind.PRESS, 60, ("a", "b"), people=("p-c",))
    plan = tiny(sessions=(briefing,), arrivals={"c": at(10)})
    result = solve(plan, SolveOptions(time_limit=5))
    scheduled = valid(plan, result.placements)
    assert _starts(plan, scheduled.schedule) == {"briefing": times.minutes(at(10))}


def test_a_speaker_who_never_comes_is_explained_as_rule_4() -> None:
    briefing = Session("briefing", "Briefing", SessionKind.PRESS, 60, ("a", "b"), people=("p-c",))
    plan = tiny(sessions=(briefing,), arrivals={"c": at(18)})
    result = solve(plan, SolveOptions(time_limit=5))
    (explanation,) = result.unplaced
    assert explanation.rule == 4
    assert "Chile" in explanation.message


def _hand_placed_sample() -> Plan:
    """The sample with its sessions placed by hand, away from where a scheduler would put them."""
    plan = sample_plan()
    moved = {
        "s-som": ("2021-10-11T10:30:00", "v-hod"),
        "s-briefing": ("2021-10-11T16:30:00", "v-hod"),
        "s-video": ("2021-10-12T15:00:00", "v-main"),
        "s-press": ("2021-10-12T18:15:00", "v-sec-press"),
    }
    schedule = []
    for placement in plan.schedule:
        if placement.item in moved:
            start, venue = moved[placement.item]
            placement = replace(
                placement, start=times.parse_datetime(start, plan.event.zone), venue=venue
            )
        schedule.append(placement)
    return replace(plan, schedule=tuple(schedule))


def test_a_build_leaves_every_session_placed_by_hand_where_it_was() -> None:
    plan = _hand_placed_sample()
    assert rules.check(plan) == []
    result = solve(plan, SolveOptions(time_limit=4))
    scheduled = replace(plan, schedule=result.placements)
    assert rules.check(scheduled) == []
    before = {p.item: (times.minutes(p.start), p.venue) for p in plan.schedule}
    after = {p.item: (times.minutes(p.start), p.venue) for p in result.placements}
    for session in plan.sessions:
        assert after[session.id] == before[session.id], session.id
    assert result.requests_granted > 0
    assert not any(m.item in plan.session_by_id for m in result.moves)


def test_a_session_placed_against_the_rules_is_moved_and_said_so() -> None:
    plan = sample_plan()
    # The closing put before the debate it must follow (rule 10), and nothing else wrong.
    shifted = {"s-closing": "2021-10-12T15:00:00", "s-debate": "2021-10-12T15:30:00"}
    plan = replace(
        plan,
        schedule=tuple(
            replace(p, start=times.parse_datetime(shifted[p.item], plan.event.zone))
            if p.item in shifted
            else p
            for p in plan.schedule
        ),
    )
    assert {v.rule for v in rules.check(plan)} == {10}
    result = solve(plan, SolveOptions(time_limit=4))
    scheduled = valid(plan, result.placements)
    moved = {m.item for m in result.moves if m.item in plan.session_by_id}
    assert moved == {"s-closing"}
    assert _in_programme_order(plan, scheduled.schedule)


def test_rearrange_moves_sessions_but_keeps_the_sample_in_its_order() -> None:
    plan = _hand_placed_sample()
    locked = replace(plan.placement_by_item["s-briefing"], locked=True)
    plan = replace(
        plan, schedule=tuple(locked if p.item == "s-briefing" else p for p in plan.schedule)
    )
    result = solve(plan, SolveOptions(time_limit=6, rearrange=True))
    scheduled = valid(plan, result.placements)
    starts = _starts(plan, scheduled.schedule)
    assert _in_programme_order(plan, scheduled.schedule)
    assert scheduled.placement_by_item["s-briefing"] == locked
    assert starts["s-president"] == times.minutes(
        times.parse_datetime("2021-10-12T09:30:00", plan.event.zone)
    )
    day_two = [s for s in starts if s not in ("s-som", "s-briefing", "s-dinner")]
    assert min(day_two, key=starts.__getitem__) == "s-president"
    assert starts["s-som"] < starts["s-president"]
    latest_plenary = max(("s-plenary", "s-video", "s-debate"), key=starts.__getitem__)
    assert starts["s-closing"] >= starts[latest_plenary]
    lunch = times.from_minutes(starts["s-lunch"], plan.event.zone)
    assert 12 <= lunch.hour < 15
    assert starts["s-photo"] < starts["s-lunch"]
    som = plan.venue_by_id[scheduled.placement_by_item["s-som"].venue]
    assert som.building == "Palace of Independence"
    assert result.score >= solve(_hand_placed_sample(), SolveOptions(time_limit=4)).score - 64


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(min_value=0, max_value=10_000))
def test_generated_plans_keep_the_order_and_the_people_in_person(seed: int) -> None:
    plan = generate_plan("small", seed)
    result = solve(plan, SolveOptions(time_limit=2, seed=seed))
    scheduled = valid(plan, result.placements)
    assert result.sessions_placed == result.sessions_total
    assert _in_programme_order(plan, scheduled.schedule)
    present = {d.id: d for d in plan.delegations}
    for placement in scheduled.schedule:
        session = plan.session_by_id.get(placement.item)
        if session is None:
            continue
        end = plan.end_of(placement)
        for person in session.people:
            assert present[plan.person_by_id[person].delegation].present(placement.start, end)


@pytest.mark.parametrize("size", ["small", "cica", "asean"])
def test_generated_plans_have_an_order_and_speakers_from_other_delegations(size: str) -> None:
    plan = generate_plan(size)
    assert sum(1 for s in plan.sessions if s.after) >= 3
    assert any(s.id == "s-closing" and "s-opening" in s.after for s in plan.sessions)
    speakers = [
        s
        for s in plan.sessions
        if not s.for_all
        and any(plan.person_by_id[p].delegation not in s.delegations for p in s.people)
    ]
    assert speakers
