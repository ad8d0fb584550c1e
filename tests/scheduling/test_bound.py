"""The proven bound: tighter where sessions are sure to take a delegation's time, never below a schedule."""

from __future__ import annotations

import importlib.util
import sys
from dataclasses import replace
from pathlib import Path
from types import ModuleType

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


def test_a_request_too_soon_after_a_session_in_another_building_counts_for_nothing() -> None:
    # a leaves the talks in the north building at 10:00; a–c needs the press room in the
    # south building and fits only 10:00–11:00: no time to change buildings (rule 9).
    from planner.domain.model import Feature, Venue
    from planner.scheduling.bound import time_indexed_bound
    from planner.scheduling.relaxation import relaxation_bound

    venues = (
        Venue("north", "North Hall", "North", 10, (Feature.FLAGS,)),
        Venue("south", "South Room", "South", 10, (Feature.FLAGS, Feature.PRESS)),
    )
    talks = Session(
        "talks", "Talks", SessionKind.OTHER, 60, ("a", "b"), fixed=Fixed(start=at(9), venue="north")
    )
    late = request("ac", "a", "c", 1, window=Window(at(10), at(11)), needs=(Feature.PRESS,))
    plan = tiny(requests=(late,), sessions=(talks,), venues=venues)
    problem = Problem(plan)
    assert relaxation_bound(problem, seconds=10, changeover=False) == 16
    assert relaxation_bound(problem, seconds=10) == 0
    assert time_indexed_bound(problem, seconds=10) == 0
    assert solve(plan, SolveOptions(time_limit=3)).score == 0


@pytest.mark.parametrize(("size", "seed"), [("small", 0), ("small", 1), ("small", 2), ("cica", 0)])
def test_the_relaxation_bounds_the_best_known_schedules(size: str, seed: int) -> None:
    # The planner's and the independent reference model's schedules are both below it.
    from planner.domain import rules
    from planner.scheduling.bound import time_indexed_bound
    from planner.scheduling.relaxation import relaxation_bound

    plan = generate_plan(size, seed)
    problem = Problem(plan)
    tight = relaxation_bound(problem, seconds=120)
    assert tight is not None
    planned = solve(plan, SolveOptions(time_limit=5))
    reference = _reference_model().solve_reference(plan, 5)
    referenced = replace(plan, schedule=reference.placements)
    scored = rules.score(referenced)
    assert rules.check(referenced) == []
    # A schedule that leaves a session out is outside the bound's promise.
    assert planned.complete and scored.sessions_placed == scored.sessions_total
    relaxed = time_indexed_bound(problem, seconds=120)
    assert relaxed is not None
    for bound in (tight, relaxed):
        assert planned.score <= bound
        assert scored.score <= bound


def _reference_model() -> ModuleType:
    """The benchmark's independent CP-SAT model (``bench`` is not an installed package)."""
    path = Path(__file__).resolve().parents[2] / "bench" / "reference_model.py"
    spec = importlib.util.spec_from_file_location("reference_model", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # Its dataclasses look their module up while being made.
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_any_dual_values_give_a_bound_above_every_schedule(seed: int) -> None:
    # Weak duality holds for every choice of multipliers, however far from optimal.
    import random

    from planner.scheduling.relaxation import dual_bound, formulate

    plan = generate_plan("small", seed)
    problem = Problem(plan)
    items = [item for item in problem.items if item.starts and item.pools]
    form = formulate(problem, items, changeover=True)
    rows = form.ranges()
    values = [float(column.value) for column in form.columns]
    best = solve(plan, SolveOptions(time_limit=3)).score
    draw = random.Random(seed)
    for scale in (0.0, 1.0, 10.0):
        duals = [draw.uniform(-scale, scale) for _row in rows]
        assert dual_bound(rows, values, duals) >= best
