"""Moving requests out of the way of unplaced ones (the step between greedy and the search)."""

from __future__ import annotations

import random
import time
from dataclasses import replace

import pytest

from planner.domain import rules
from planner.scheduling.greedy import greedy
from planner.scheduling.problem import Occupancy, Problem, assign_rooms, objective
from planner.scheduling.solver import SolveOptions, _eject, _Search
from tests.synthetic import generate_plan


def _greedy_search(size: str) -> _Search:
    problem = Problem(generate_plan(size))
    started = time.monotonic()
    return _Search(
        problem=problem,
        options=SolveOptions(time_limit=30),
        progress=None,
        cancel=None,
        started=started,
        deadline=started + 30,
        occupancy=greedy(problem, Occupancy(problem)),
        bound=10**9,
        rng=random.Random(0),
    )


@pytest.mark.parametrize(("size", "gains"), [("small", False), ("cica", False), ("asean", True)])
def test_ejection_keeps_every_session_and_rule_and_never_loses_weight(
    size: str, gains: bool
) -> None:
    search = _greedy_search(size)
    problem = search.problem
    before = objective(problem, search.occupancy.booked.values())
    sessions = {i.index for i in problem.sessions if i.index in search.occupancy.booked}
    _eject(search, time.monotonic() + 20)
    after = objective(problem, search.occupancy.booked.values())
    assert after[0] >= before[0]
    assert after[1] == before[1]
    if gains:
        assert after[0] > before[0]
    assert sessions <= set(search.occupancy.booked)
    placements = assign_rooms(problem, list(search.occupancy.booked.values()))
    assert rules.check(replace(problem.plan, schedule=tuple(placements))) == []


def test_ejection_stops_at_its_time() -> None:
    search = _greedy_search("asean")
    before = dict(search.occupancy.booked)
    _eject(search, time.monotonic() - 1)
    assert search.occupancy.booked == before
