"""The proven bound: tighter where sessions are sure to take a delegation's time, never below a schedule."""

from __future__ import annotations

import pytest

from planner.domain.model import ALL, Fixed, Session, SessionKind, Window
from planner.scheduling import SolveOptions, solve
from planner.scheduling.bound import compulsory_parts, request_starts, upper_bound
from planner.scheduling.bound import time_budget_bound as quick_bound
from planner.scheduling.problem import Problem
from tests.scheduling.test_solver import at, request, tiny
from tests.synthetic import generate_plan


def test_a_request_inside_a_fixed_session_of_its_delegation_counts_for_nothing() -> None:
    talks = Session("talks", "Talks", SessionKind.OTHER, 60, ("a", "c"), fixed=Fixed(start=at(9)))
    only_then = request("ab", "a", "b", 1, window=Window(at(9), at(10)))
    plan = tiny(requests=(only_then,), sessions=(talks,))
    problem = Problem(plan)
    assert quick_bound(problem) == 16
    assert request_starts(problem, compulsory_parts(problem)) == {}
    assert upper_bound(problem) == 0


def test_two_requests_that_need_the_same_hour_count_once() -> None:
    # a–b and a–c both only fit 09:00–10:00: a can hold one of them.
    window = Window(at(9), at(10))
    plan = tiny(
        requests=(
            request("ab", "a", "b", 1, window=window),
            request("ac", "a", "c", 1, window=window),
        )
    )
    assert upper_bound(Problem(plan)) == 16


def test_sessions_for_all_that_compete_for_the_best_hour_pay_absences_together() -> None:
    # c leaves at 10:00: one of the two sessions for all must be without it.
    sessions = tuple(Session(s, s, SessionKind.PLENARY, 60, ALL) for s in ("one", "two"))
    plan = tiny(sessions=sessions, departures={"c": at(10)})
    problem = Problem(plan)
    assert quick_bound(problem) == 0
    assert upper_bound(problem) == -16


@pytest.mark.parametrize("size", ["small", "cica"])
def test_the_bound_is_never_below_a_schedule(size: str) -> None:
    plan = generate_plan(size)
    result = solve(plan, SolveOptions(time_limit=3))
    assert upper_bound(Problem(plan)) >= result.score


@pytest.mark.parametrize("size", ["small", "cica"])
def test_the_time_indexed_relaxation_bounds_every_schedule(size: str) -> None:
    from planner.scheduling.bound import time_indexed_bound

    plan = generate_plan(size)
    problem = Problem(plan)
    relaxed = time_indexed_bound(problem, seconds=30)
    assert relaxed is not None
    result = solve(plan, SolveOptions(time_limit=3))
    assert result.score <= relaxed <= upper_bound(Problem(plan))


def test_the_time_indexed_relaxation_counts_absences_against_requests() -> None:
    # c leaves at 10:00: the session for all costs c's absence unless it takes 09:00, which
    # is the only hour a–c fits; the relaxation sees that both cannot be had.
    window = Window(at(9), at(10))
    plenary = Session("plenary", "Plenary", SessionKind.PLENARY, 60, ALL)
    plan = tiny(
        sessions=(plenary,),
        requests=(request("ac", "a", "c", 1, window=window),),
        departures={"c": at(10)},
    )
    from planner.scheduling.bound import time_indexed_bound

    problem = Problem(plan)
    assert upper_bound(problem) == 16  # the request's weight, the plenary's best hour alone
    assert time_indexed_bound(problem, seconds=10) == 0
    assert solve(plan, SolveOptions(time_limit=3)).score == 0
