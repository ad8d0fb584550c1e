"""The interval model over the whole plan: every rule kept without the rule checker's net."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest

from planner.domain import rules, times
from planner.domain.model import ALL, Feature, Plan, Session, SessionKind, Venue
from planner.scheduling import SolveOptions, first_fit
from planner.scheduling.problem import Problem, assign_rooms, objective
from planner.scheduling.search import Progress, Search
from planner.scheduling.start import hold, start
from tests.scheduling.test_solver import THREE, at, request, tiny
from tests.synthetic import generate_plan


def _started(
    plan: Plan, *, keep_sessions: bool = False, progress: list[Progress] | None = None
) -> Search:
    problem = Problem(plan, keep_sessions=keep_sessions)
    search = Search.begin(
        problem,
        SolveOptions(time_limit=60),
        started=time.monotonic(),
        progress=None if progress is None else progress.append,
    )
    search.bound = 10**9
    hold(search)
    start(search)
    return search


def _improved(search: Search, seconds: float) -> tuple[int, int, Plan]:
    """The score before and after the interval model, and the plan it schedules."""
    problem = search.problem
    before = objective(problem, search.occupancy.booked.values())[2]
    free = [item for item in problem.items if item.held is None]
    search.run_intervals(free, seconds)
    after = objective(problem, search.occupancy.booked.values())[2]
    placements = assign_rooms(problem, list(search.occupancy.booked.values()))
    return before, after, replace(problem.plan, schedule=tuple(placements))


@pytest.mark.parametrize("seed", [0, 1])
def test_generated_plans_keep_every_rule_and_gain(seed: int) -> None:
    # Two buildings with a changeover, sessions in an `after` chain, sessions for all.
    plan = generate_plan("cica", seed)
    assert len({v.building for v in plan.venues}) > 1
    assert any(s.after for s in plan.sessions)
    search = _started(plan)
    before, after, scheduled = _improved(search, 4.0)
    assert rules.check(scheduled) == []
    assert after > before
    assert rules.score(scheduled).score == after
    assert all(item.index in search.occupancy.booked for item in search.problem.sessions)


def test_each_better_schedule_is_reported_while_the_solver_runs() -> None:
    seen: list[Progress] = []
    search = _started(generate_plan("cica"), progress=seen)
    before, after, _scheduled = _improved(search, 4.0)
    # Nothing else reports during the call: these came from the solver as it went.
    assert seen
    scores = [progress.score for progress in seen]
    assert scores == sorted(set(scores))
    assert before < scores[0] and scores[-1] == after
    assert all(progress.bound >= progress.score for progress in seen)


def test_sessions_the_officer_placed_stay_and_hold_their_rooms() -> None:
    plan = generate_plan("cica", 3)
    placed = replace(plan, schedule=first_fit(plan))
    sessions = {p.item: p for p in placed.schedule if p.item in plan.session_by_id}
    kept = replace(plan, schedule=tuple(sessions.values()))
    search = _started(kept, keep_sessions=True)
    _before, _after, scheduled = _improved(search, 3.0)
    assert rules.check(scheduled) == []
    for placement in scheduled.schedule:
        if placement.item in sessions:
            wanted = sessions[placement.item]
            assert times.minutes(placement.start) == times.minutes(wanted.start)
            assert placement.venue == wanted.venue


def test_changing_buildings_takes_the_changeover() -> None:
    # Austria meets Belgium in Main and Chile in the Annex; 09:00-11:00 holds both
    # only back to back, which rule 9 forbids (15 minutes to change buildings).
    venues = (
        Venue("main", "Main room", "Main", 10, (Feature.FLAGS,)),
        Venue("annex", "Annex room", "Annex", 10, (Feature.PRESS,)),
    )
    ab = request("ab", "a", "b", 1, needs=(Feature.FLAGS,))
    ac = request("ac", "a", "c", 2, needs=(Feature.PRESS,))
    plan = tiny(requests=(ab, ac), venues=venues)
    search = _started(plan)
    for item in search.problem.requests:
        if item.index in search.occupancy.booked:
            search.occupancy.remove(item)
    _before, after, scheduled = _improved(search, 5.0)
    assert rules.check(scheduled) == []
    assert [p.item for p in scheduled.schedule] == ["ab"]
    assert after == 16


def test_a_session_after_another_starts_once_it_has_ended() -> None:
    opening = Session("open", "Opening", SessionKind.PLENARY, 60, ALL)
    closing = Session("close", "Closing", SessionKind.PLENARY, 30, ALL, after=("open",))
    plan = tiny(sessions=(closing, opening), requests=THREE[:1])
    search = _started(plan)
    for item in list(search.problem.items):
        if item.index in search.occupancy.booked:
            search.occupancy.remove(item)
    _before, _after, scheduled = _improved(search, 5.0)
    assert rules.check(scheduled) == []
    placed = {p.item: p for p in scheduled.schedule}
    assert times.minutes(placed["close"].start) >= times.minutes(at(10))
    assert set(placed) == {"open", "close"}
