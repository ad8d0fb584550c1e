"""The priced bound: never below the relaxation's optimum, never below a schedule's score."""

from __future__ import annotations

import threading
import time

import pytest

from planner.domain.rules import ABSENCE_COST
from planner.scheduling import SolveOptions, solve
from planner.scheduling import bound as bounds
from planner.scheduling.lagrangian import columns_of, lagrangian_bound
from planner.scheduling.problem import Problem
from tests.scheduling.test_solver import THREE, tiny
from tests.synthetic import generate_plan


def _relaxation_optimum(problem: Problem) -> float:
    """The same relaxation solved exactly: items once at most, sessions once, rows of one."""
    from ortools.linear_solver import pywraplp

    columns = columns_of(problem)
    assert columns is not None
    lp = pywraplp.Solver.CreateSolver("GLOP")
    variables = [lp.NumVar(0.0, 1.0, "") for _value in columns.value]
    objective = lp.Objective()
    for var, value in zip(variables, columns.value.tolist(), strict=True):
        objective.SetCoefficient(var, value)
    objective.SetMaximization()
    for segment, length, mandatory in zip(
        columns.segments.tolist(), columns.lengths.tolist(), columns.mandatory.tolist(), strict=True
    ):
        row = lp.Constraint(1.0 if mandatory else 0.0, 1.0)
        for column in range(segment, segment + length):
            row.SetCoefficient(variables[column], 1.0)
    rows: dict[tuple[int, int], object] = {}
    for column, resource in zip(columns.entries.tolist(), columns.resources.tolist(), strict=True):
        for point in range(int(columns.first[column]), int(columns.last[column])):
            row = rows.get((resource, point))
            if row is None:
                row = rows[(resource, point)] = lp.Constraint(0.0, 1.0)
            row.SetCoefficient(variables[column], 1.0)  # type: ignore[attr-defined]
    assert lp.Solve() == pywraplp.Solver.OPTIMAL
    return float(objective.Value())


@pytest.mark.parametrize("size", ["small", "cica"])
def test_the_bound_reaches_the_relaxation_and_never_goes_below_it(size: str) -> None:
    problem = Problem(generate_plan(size))
    optimum = _relaxation_optimum(problem)
    bound = lagrangian_bound(problem, seconds=3.0)
    assert bound is not None
    assert bound >= int(optimum + 1e-6)
    assert bound <= optimum + 1.0


def test_the_bound_is_tighter_than_counting_every_request() -> None:
    problem = Problem(generate_plan("cica"))
    everything = sum(item.weight for item in problem.requests if item.starts and item.pools)
    fewest_absences = sum(
        min(item.involved_at[s][1] for s in item.starts)
        for item in problem.sessions
        if item.for_all and item.starts
    )
    bound = lagrangian_bound(problem, seconds=2.0)
    assert bound is not None
    assert bound < everything - ABSENCE_COST * fewest_absences


def test_no_schedule_scores_more_than_the_bound() -> None:
    # One room, two hours: the best is a-b and a-c (24). Without the room the
    # relaxation may take each of the three meetings half (28 in all).
    plan = tiny(requests=THREE)
    bound = lagrangian_bound(Problem(plan), seconds=1.0)
    assert bound is not None and 24 <= bound <= 28
    assert bound == int(_relaxation_optimum(Problem(plan)) + 1e-6)
    plan = generate_plan("cica", 1)
    result = solve(plan, SolveOptions(time_limit=5))
    bound = lagrangian_bound(Problem(plan), seconds=1.0)
    assert bound is not None and bound >= result.score


def test_a_cancel_stops_pricing_with_a_bound_proven() -> None:
    problem = Problem(generate_plan("cica"))
    cancel = threading.Event()
    cancel.set()
    began = time.monotonic()
    bound = lagrangian_bound(problem, seconds=30.0, cancel=cancel)
    assert time.monotonic() - began < 5.0
    assert bound is not None
    assert bound >= lagrangian_bound(problem, seconds=2.0)  # type: ignore[operator]


def test_plans_too_big_for_the_lp_are_priced(monkeypatch: pytest.MonkeyPatch) -> None:
    problem = Problem(generate_plan("cica"))
    assert bounds.priced_bound(problem, 30.0) is None
    solved = bounds.first_bound(problem, 30.0)
    monkeypatch.setattr(bounds, "LP_OPTIONS", 0)
    priced = bounds.priced_bound(problem, 30.0)
    # The relaxation with rooms and changeovers is the tighter one when it can be solved.
    assert priced is not None
    assert solved <= priced < bounds.first_bound(problem, 30.0)
    monkeypatch.setattr(bounds, "LAGRANGIAN_STARTS", 0)
    assert bounds.priced_bound(problem, 30.0) is None
