"""Sessions first: short time limits and cancellations still give every session a place."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest

from planner.domain import rules
from planner.domain.model import Plan
from planner.scheduling import Progress, SolveOptions, greedy_schedule, solve
from planner.services import sample_plan


def cleared_sample() -> Plan:
    """The sample unplaced and without its order: the quick start then misses a session."""
    plan = sample_plan()
    return replace(plan, schedule=(), sessions=tuple(replace(s, after=()) for s in plan.sessions))


def sessions_in(plan: Plan, placements: tuple[object, ...]) -> int:
    return sum(1 for p in placements if getattr(p, "item", None) in plan.session_by_id)


def test_the_greedy_start_leaves_a_session_out_of_the_sample() -> None:
    # The cases below only mean something when the quick start is incomplete.
    plan = cleared_sample()
    assert sessions_in(plan, greedy_schedule(plan)) < len(plan.sessions)


@pytest.mark.parametrize("limit", [1.0, 0.2])
def test_a_short_time_limit_still_places_every_session(limit: float) -> None:
    plan = cleared_sample()
    result = solve(plan, SolveOptions(time_limit=limit))
    scheduled = replace(plan, schedule=result.placements)
    assert rules.check(scheduled) == []
    assert result.sessions_placed == result.sessions_total == len(plan.sessions)
    assert result.unplaced == ()
    # A complete schedule, however far the search got in the time.
    assert result.status in ("feasible", "time limit", "optimal")


def test_a_cancel_at_the_first_report_still_places_every_session() -> None:
    plan = cleared_sample()
    cancel = threading.Event()
    seen: list[Progress] = []

    def on_progress(progress: Progress) -> None:
        seen.append(progress)
        cancel.set()

    result = solve(plan, SolveOptions(time_limit=30), on_progress, cancel)
    assert result.cancelled
    assert result.status == "cancelled"
    assert seen
    assert result.sessions_placed == result.sessions_total
    assert rules.check(replace(plan, schedule=result.placements)) == []
    assert result.elapsed < 5


@pytest.mark.parametrize("after", [0.0, 0.05, 0.4])
def test_a_cancel_at_any_moment_keeps_every_session(after: float) -> None:
    plan = cleared_sample()
    cancel = threading.Event()
    timer = threading.Timer(after, cancel.set)
    timer.start()
    try:
        result = solve(plan, SolveOptions(time_limit=30), None, cancel)
    finally:
        timer.cancel()
    assert result.cancelled
    assert result.sessions_placed == result.sessions_total
    assert rules.check(replace(plan, schedule=result.placements)) == []
