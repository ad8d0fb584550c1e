"""Moving requests out of the way of unplaced ones (the step between greedy and the search).

The phase is tested alone, through its public names: within :func:`solve` the
CP-SAT search that follows would hide what it did.
"""

from __future__ import annotations

import time
from dataclasses import replace

import pytest

from planner.domain import rules, times
from planner.domain.model import Window
from planner.scheduling.greedy import greedy
from planner.scheduling.improve import eject
from planner.scheduling.problem import Problem, assign_rooms, objective
from planner.scheduling.search import Search, SolveOptions
from tests.scheduling.test_solver import at, request, tiny
from tests.synthetic import generate_plan


def after_greedy(problem: Problem) -> Search:
    """A search holding the greedy schedule, with no bound to stop it early."""
    search = Search.begin(problem, SolveOptions(time_limit=30), time.monotonic())
    greedy(problem, search.occupancy)
    search.bound = 10**9
    return search


def test_a_request_in_the_way_moves_so_that_the_blocked_one_is_granted() -> None:
    # a–b is heavier, so the greedy puts it first, at 09:00, the one hour a–c fits.
    heavy = request("ab", "a", "b", 1)
    blocked = request("ac", "a", "c", 2, window=Window(at(9), at(10)))
    problem = Problem(tiny(requests=(heavy, blocked)))
    search = after_greedy(problem)
    assert [problem.items[i].id for i in search.occupancy.booked] == ["ab"]
    eject(search, time.monotonic() + 10)
    starts = {
        problem.items[i].id: booked.option.start for i, booked in search.occupancy.booked.items()
    }
    assert starts == {"ac": times.minutes(at(9)), "ab": times.minutes(at(10))}


@pytest.mark.parametrize(("size", "gains"), [("small", False), ("cica", False), ("asean", True)])
def test_ejection_keeps_every_session_and_rule_and_never_loses_weight(
    size: str, gains: bool
) -> None:
    problem = Problem(generate_plan(size))
    search = after_greedy(problem)
    before = objective(problem, search.occupancy.booked.values())
    sessions = {i.index for i in problem.sessions if i.index in search.occupancy.booked}
    eject(search, time.monotonic() + 20)
    after = objective(problem, search.occupancy.booked.values())
    assert after[0] >= before[0]
    assert after[1] == before[1]
    if gains:
        assert after[0] > before[0]
    assert sessions <= set(search.occupancy.booked)
    placements = assign_rooms(problem, list(search.occupancy.booked.values()))
    assert rules.check(replace(problem.plan, schedule=tuple(placements))) == []


def test_ejection_stops_at_its_time() -> None:
    search = after_greedy(Problem(generate_plan("asean")))
    before = dict(search.occupancy.booked)
    eject(search, time.monotonic() - 1)
    assert search.occupancy.booked == before
