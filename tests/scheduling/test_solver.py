"""The scheduler: optimum on a tiny plan, locks, absences, explanations, re-planning, cancel."""

from __future__ import annotations

import logging
import threading
import time as clock
from dataclasses import replace
from datetime import date, datetime, time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.domain import rules, times
from planner.domain.model import (
    ALL,
    BilateralRequest,
    Delegation,
    DelegationKind,
    Event,
    Feature,
    Fixed,
    Person,
    Placement,
    Plan,
    Rank,
    RequestStatus,
    Role,
    Session,
    SessionKind,
    Venue,
    Window,
)
from planner.scheduling import Progress, SolveOptions, first_fit, greedy_schedule, solve
from tests.synthetic import generate_plan

TZ = "Europe/Vienna"
DAY = date(2021, 10, 30)


def at(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    return times.at(day, time(hour, minute), times.zone(TZ))


def tiny(
    *,
    requests: tuple[BilateralRequest, ...] = (),
    sessions: tuple[Session, ...] = (),
    venues: tuple[Venue, ...] | None = None,
    departures: dict[str, datetime] | None = None,
    arrivals: dict[str, datetime] | None = None,
    schedule: tuple[Placement, ...] = (),
) -> Plan:
    """One day 09:00–11:00 on a 30-minute grid; delegations a, b, c; one room unless given."""
    event = Event(
        id="e",
        name="Tiny meeting",
        city="Vienna",
        timezone=TZ,
        start_date=DAY,
        end_date=DAY,
        day_start=time(9, 0),
        day_end=time(11, 0),
        slot_minutes=30,
        changeover_minutes=15,
    )
    departures = departures or {}
    arrivals = arrivals or {}
    delegations = tuple(
        Delegation(
            id=key,
            name=name,
            kind=DelegationKind.MEMBER_STATE,
            arrival=arrivals.get(key, at(7)),
            departure=departures.get(key, at(20)),
        )
        for key, name in (("a", "Austria"), ("b", "Belgium"), ("c", "Chile"))
    )
    people = tuple(
        Person(f"p-{d.id}", d.id, "Given", d.name, Rank.MINISTER, Role.HEAD) for d in delegations
    )
    if venues is None:
        venues = (Venue("room", "Room One", "Main", 10, (Feature.FLAGS,)),)
    return Plan(
        event=event,
        venues=venues,
        delegations=delegations,
        people=people,
        sessions=sessions,
        requests=requests,
        schedule=schedule,
    )


def request(rid: str, first: str, second: str, priority: int, **extra: object) -> BilateralRequest:
    return BilateralRequest(rid, first, second, 60, priority, **extra)  # type: ignore[arg-type]


def valid(plan: Plan, placements: tuple[Placement, ...]) -> Plan:
    scheduled = replace(plan, schedule=placements)
    assert rules.check(scheduled) == []
    return scheduled


THREE = (request("ab", "a", "b", 1), request("ac", "a", "c", 2), request("bc", "b", "c", 3))


def test_small_plan_reaches_its_known_optimum() -> None:
    # One room, two hours: two meetings fit; the best pair is a–b (16) and a–c (8).
    plan = tiny(requests=THREE)
    result = solve(plan, SolveOptions(time_limit=10))
    valid(plan, result.placements)
    assert {p.item for p in result.placements} == {"ab", "ac"}
    assert (result.score, result.weight, result.absences) == (24, 24, 0)
    assert result.bound == 24
    assert result.gap == 0
    assert result.status == "optimal"


def test_declined_requests_are_never_placed() -> None:
    declined = request("ab", "a", "b", 1, status=RequestStatus.DECLINED)
    plan = tiny(requests=(declined, THREE[1]))
    result = solve(plan, SolveOptions(time_limit=5))
    assert [p.item for p in result.placements] == ["ac"]
    assert result.requests_total == 1


def test_locked_placement_stays_where_it_is() -> None:
    locked = Placement("bc", at(9), "room", locked=True)
    plan = tiny(requests=THREE, schedule=(locked,))
    result = solve(plan, SolveOptions(time_limit=5))
    valid(plan, result.placements)
    placed = {p.item: p for p in result.placements}
    assert placed["bc"] == locked
    assert {p.item for p in result.placements} == {"bc", "ab"}
    assert result.score == 20


def test_session_for_all_avoids_absences() -> None:
    # Chile leaves at 10:00, so the reception at 10:00 would cost an absence (16).
    reception = Session("s", "Reception", SessionKind.MEAL, 60, ALL, seats_per_delegation=2)
    plan = tiny(sessions=(reception,), departures={"c": at(10)}, requests=(THREE[0],))
    result = solve(plan, SolveOptions(time_limit=5))
    placed = {p.item: p for p in result.placements}
    assert times.minutes(placed["s"].start) == times.minutes(at(9))
    assert result.absences == 0
    assert result.score == 16


def test_capacity_explanation_names_the_largest_suitable_venue() -> None:
    plenary = Session(
        "plenary",
        "Opening plenary",
        SessionKind.PLENARY,
        60,
        ALL,
        seats_per_delegation=60,
        needs=(Feature.INTERPRETATION,),
    )
    venues = (
        Venue("main", "Main Conference Hall", "Main", 120, (Feature.INTERPRETATION,)),
        Venue("big", "Banquet Hall", "Main", 500, ()),
    )
    plan = tiny(sessions=(plenary,), venues=venues)
    result = solve(plan, SolveOptions(time_limit=5))
    assert not result.complete
    (explanation,) = result.unplaced
    assert explanation.rule == 5
    assert explanation.message == (
        "‘Opening plenary’ needs 180 seats with interpretation; the largest such venue, "
        "Main Conference Hall, has 120 (rule 5)"
    )


def test_fixed_session_before_arrival_is_explained() -> None:
    meeting = Session(
        "m",
        "Opening meeting",
        SessionKind.MINISTERIAL,
        60,
        ("a", "b"),
        fixed=Fixed(start=at(9)),
    )
    plan = tiny(sessions=(meeting,), arrivals={"b": at(10)})
    result = solve(plan, SolveOptions(time_limit=5))
    (explanation,) = result.unplaced
    assert explanation.rule == 4
    assert explanation.message == (
        "Belgium arrives at 10:00 on 30 Oct but ‘Opening meeting’ is fixed at 09:00 on 30 Oct "
        "(rule 4)"
    )


@pytest.mark.parametrize(
    ("session", "rule", "words"),
    [
        (
            Session("x", "Press point", SessionKind.PRESS, 60, ("a",), needs=(Feature.PRESS,)),
            6,
            "needs press; no venue has it all (rule 6)",
        ),
        (
            Session("x", "Long talks", SessionKind.OTHER, 180, ("a",)),
            8,
            "lasts 180 min, longer than a working day (09:00–11:00) (rule 8)",
        ),
        (
            Session(
                "x",
                "Breakfast",
                SessionKind.MEAL,
                60,
                ("a",),
                window=Window(at(8), at(9, 30)),
            ),
            7,
            "does not fit its window",
        ),
        (
            Session("x", "Late start", SessionKind.OTHER, 60, ("a",), fixed=Fixed(start=at(9, 15))),
            8,
            "off the 30-minute grid counted from 09:00 (rule 8)",
        ),
    ],
)
def test_prechecks_name_the_rule(session: Session, rule: int, words: str) -> None:
    result = solve(tiny(sessions=(session,)), SolveOptions(time_limit=5))
    (explanation,) = result.unplaced
    assert explanation.rule == rule
    assert words in explanation.message


def test_sessions_that_cannot_all_be_placed_name_each_other() -> None:
    # Two sessions of Austria, each only at 09:00: one of them cannot be placed.
    first = Session("s1", "Working breakfast", SessionKind.MEAL, 60, ("a", "b"), fixed=Fixed(at(9)))
    second = Session("s2", "Press briefing", SessionKind.PRESS, 60, ("a", "c"), fixed=Fixed(at(9)))
    venues = (
        Venue("r1", "Room One", "Main", 10, ()),
        Venue("r2", "Room Two", "Main", 10, ()),
    )
    result = solve(tiny(sessions=(first, second), venues=venues), SolveOptions(time_limit=10))
    assert result.sessions_placed == 1
    (explanation,) = result.unplaced
    other = "Press briefing" if explanation.item == "s1" else "Working breakfast"
    assert other in explanation.message
    assert "Austria" in explanation.message


def test_every_session_is_placed_where_first_fit_misses_one() -> None:
    plan = generate_plan("cica")
    baseline = rules.score(replace(plan, schedule=first_fit(plan)))
    result = solve(plan, SolveOptions(time_limit=4))
    valid(plan, result.placements)
    assert baseline.sessions_placed < baseline.sessions_total
    assert result.sessions_placed == result.sessions_total
    assert result.score > baseline.score


def test_replan_after_a_late_arrival_moves_only_what_it_must() -> None:
    plan = generate_plan("small", seed=3)
    scheduled = valid(plan, greedy_schedule(plan))
    assert rules.score(scheduled).sessions_placed == len(plan.sessions)
    # The delegation with the most meetings on the first morning now arrives at noon.
    noon = at(12, 0, plan.event.start_date)
    mornings: dict[str, set[str]] = {}
    for placement in scheduled.schedule:
        bilateral = plan.request_by_id.get(placement.item)
        if bilateral is not None and times.minutes(placement.start) < times.minutes(noon):
            for delegation in bilateral.delegations:
                mornings.setdefault(delegation, set()).add(placement.item)
    late = max(sorted(mornings), key=lambda key: len(mornings[key]))
    delegations = tuple(
        replace(d, arrival=noon) if d.id == late else d for d in scheduled.delegations
    )
    edited = replace(scheduled, delegations=delegations)
    broken = {i for v in rules.check(edited) for i in v.items}
    # Its morning meetings, and nothing else, now break a rule: no session does.
    assert broken == mornings[late]
    result = solve(edited, SolveOptions(time_limit=4, replan=True))
    valid(edited, result.placements)
    assert result.sessions_placed == result.sessions_total
    # Moving a placement costs more than any request gains, so only the broken ones move.
    assert {move.item for move in result.moves if move.before is not None} == broken
    assert set(result.requests_lost) <= broken


def test_a_request_the_rule_checker_rejects_is_dropped_and_logged(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    plan = tiny(requests=THREE)
    with caplog.at_level(logging.WARNING, logger="planner.scheduling"):
        assert "ab" in {p.item for p in solve(plan, SolveOptions(time_limit=5)).placements}
    assert caplog.records == []
    checker = rules.check

    def rejects_ab(checked: Plan) -> list[rules.Violation]:
        found = checker(checked)
        if any(p.item == "ab" for p in checked.schedule):
            found.append(rules.Violation(2, "a stand-in for a solver bug", items=("ab",)))
        return found

    monkeypatch.setattr(rules, "check", rejects_ab)
    with caplog.at_level(logging.WARNING, logger="planner.scheduling"):
        result = solve(plan, SolveOptions(time_limit=5))
    assert "ab" not in {p.item for p in result.placements}
    assert result.requests_granted == len(result.placements) == 1
    (record,) = caplog.records
    assert record.levelno == logging.WARNING
    assert "ab (rule 2)" in record.getMessage()


def test_replan_of_a_valid_schedule_moves_nothing() -> None:
    plan = generate_plan("small", seed=1)
    scheduled = valid(plan, greedy_schedule(plan))
    assert rules.score(scheduled).sessions_placed == len(plan.sessions)
    again = solve(scheduled, SolveOptions(time_limit=3, replan=True))
    valid(plan, again.placements)
    assert [move for move in again.moves if move.before is not None] == []
    assert again.requests_lost == ()
    assert again.score >= rules.score(scheduled).score


def test_cancel_returns_the_best_schedule_so_far() -> None:
    plan = generate_plan("cica")
    cancel = threading.Event()
    seen: list[Progress] = []
    timer = threading.Timer(1.0, cancel.set)
    started = clock.monotonic()
    timer.start()
    try:
        result = solve(plan, SolveOptions(time_limit=60), seen.append, cancel)
    finally:
        timer.cancel()
    assert clock.monotonic() - started < 15
    assert result.cancelled
    assert result.status == "cancelled"
    valid(plan, result.placements)
    assert result.sessions_placed == result.sessions_total
    assert seen
    assert all(p.bound >= p.score for p in seen)


def test_greedy_schedule_is_valid_at_every_small_size() -> None:
    for size in ("small", "cica", "asean"):
        plan = generate_plan(size)
        valid(plan, greedy_schedule(plan))
        valid(plan, first_fit(plan))


@settings(
    max_examples=4,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(seed=st.integers(min_value=0, max_value=10_000))
def test_any_generated_plan_gets_a_schedule_without_violations(seed: int) -> None:
    plan = generate_plan("small", seed)
    result = solve(plan, SolveOptions(time_limit=2, seed=seed))
    scheduled = valid(plan, result.placements)
    declined = {r.id for r in plan.requests if r.status is RequestStatus.DECLINED}
    assert not declined & {p.item for p in scheduled.schedule}
    assert result.sessions_placed == result.sessions_total
    assert result.score == rules.score(scheduled).score
