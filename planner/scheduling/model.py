"""The CP-SAT model over a set of free items, the others held in an occupancy.

The model is time-indexed: one Boolean per option (start and pool) of a free
item, and at each grid point a resource (a pool of rooms, a delegation, a
person) holds at most what it has left. Because every start is a grid point,
this is exact for rules 1–3; rule 9 adds, per delegation, building and grid
point, an indicator "a placement in this building ended less than the
changeover ago" that excludes starts in other buildings then. Rule 10 is, for
each session B after A and each end time t of A, "A ends at t or later" and
"B starts before t" exclude each other. The linear relaxation of a
time-indexed model is tight, which keeps the proven bound close to the best
schedule.
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from planner.domain.rules import ABSENCE_COST
from planner.scheduling.problem import ItemSpec, Occupancy, Option, Problem

if TYPE_CHECKING:
    from ortools.sat.python.cp_model import (
        CpModel,
        CpSolver,
        CpSolverSolutionCallback,
        CpSolverStatus,
        IntVar,
    )

Penalty = Callable[[ItemSpec, Option], int]


@dataclass
class SubResult:
    status: str
    chosen: dict[int, Option]
    objective: float
    bound: float
    big: int
    sessions: int
    feasible: bool


def _add_order(
    model: CpModel, free: list[ItemSpec], per_item: Mapping[int, list[tuple[Option, IntVar]]]
) -> None:
    """Rule 10 between free sessions (held ones already cut the options that break it)."""
    free_index = {item.index: item for item in free}
    for later in free:
        later_options = per_item.get(later.index)
        if not later_options:
            continue
        for index in later.after:
            earlier = free_index.get(index)
            earlier_options = per_item.get(index)
            if earlier is None or not earlier_options:
                continue
            seen: set[tuple[tuple[int, ...], tuple[int, ...]]] = set()
            for end in sorted({option.start + earlier.duration for option, _ in earlier_options}):
                ending = [v for o, v in earlier_options if o.start + earlier.duration >= end]
                starting = [v for o, v in later_options if o.start < end]
                if not starting:
                    continue
                key = (tuple(v.index for v in ending), tuple(v.index for v in starting))
                if key not in seen:
                    seen.add(key)
                    model.add_at_most_one([*ending, *starting])


def count_options(problem: Problem, items: list[ItemSpec]) -> int:
    return sum(len(item.starts) * len(item.pools) for item in items)


def solve_free(
    problem: Problem,
    occupancy: Occupancy,
    free: list[ItemSpec],
    *,
    allowed_starts: Mapping[int, tuple[int, int]] | None = None,
    hint: Mapping[int, Option] | None = None,
    penalty: Penalty | None = None,
    deadline: float,
    time_limit: float | None = None,
    workers: int,
    seed: int,
    cancel: threading.Event | None,
    assume_sessions: bool = False,
) -> SubResult:
    """Best placement of ``free`` items around what ``occupancy`` holds.

    ``allowed_starts`` limits an item to starts within ``(first, last)`` minutes
    (the item must end by ``last``). Sessions weigh more than every request
    together, so a schedule that places more sessions always wins. With
    ``assume_sessions`` every session must be placed, under an assumption
    literal, so an infeasible model names a small set of sessions that
    cannot all be placed (status ``infeasible``, ``chosen`` empty, and the
    session indexes in ``SubResult.chosen`` keys via :func:`core_of`).
    """
    from ortools.sat.python import cp_model

    model = cp_model.CpModel()
    per_item: dict[int, list[tuple[Option, IntVar]]] = defaultdict(list)
    pool_terms: dict[tuple[int, int], list[IntVar]] = defaultdict(list)
    delegation_terms: dict[tuple[int, int], list[IntVar]] = defaultdict(list)
    person_terms: dict[tuple[int, int], list[IntVar]] = defaultdict(list)
    ends: dict[tuple[int, int, int], list[IntVar]] = defaultdict(list)
    starts_at: dict[tuple[int, int], list[tuple[int, IntVar]]] = defaultdict(list)
    objective_terms: list[tuple[IntVar, int]] = []
    grid = problem.grid
    changeover = problem.changeover
    multi_building = len(problem.building_index) > 1
    for item in free:
        window = allowed_starts.get(item.index) if allowed_starts else None
        for option in item.options(problem, window):
            end = option.start + item.duration
            if not occupancy.fits(item, option):
                continue
            var = model.new_bool_var("")
            per_item[item.index].append((option, var))
            points = problem.points(option.start, end)
            for point in points:
                pool_terms[(option.pool, point)].append(var)
                for delegation in option.delegations:
                    delegation_terms[(delegation, point)].append(var)
                for person in item.people:
                    person_terms[(person, point)].append(var)
            if multi_building and changeover > 0:
                building = problem.pools[option.pool].building
                after = problem.points(end, end + changeover)
                for delegation in option.delegations:
                    starts_at[(delegation, option.start)].append((building, var))
                    for point in after:
                        ends[(delegation, building, grid[point])].append(var)
            value = item.weight - ABSENCE_COST * option.absences
            if penalty is not None:
                value -= penalty(item, option)
            objective_terms.append((var, value))
    # One option per item; sessions weigh more than everything else together.
    big = sum(abs(value) for _var, value in objective_terms) + 1
    session_vars: list[IntVar] = []
    placed_of: dict[int, IntVar] = {}
    indicators: list[tuple[IntVar, list[IntVar]]] = []
    assumptions: dict[int, IntVar] = {}
    for item in free:
        options = per_item.get(item.index, [])
        variables = [var for _option, var in options]
        if not variables:
            continue
        model.add(cp_model.LinearExpr.sum(variables) <= 1)
        if item.is_session:
            placed = model.new_bool_var("")
            model.add(cp_model.LinearExpr.sum(variables) == placed)
            session_vars.append(placed)
            placed_of[item.index] = placed
            if assume_sessions:
                assumptions[item.index] = placed
    _add_order(model, free, per_item)
    for (pool, point), variables in pool_terms.items():
        room = problem.pools[pool].size - occupancy.pool_busy[pool][point]
        if len(variables) > room:
            model.add(cp_model.LinearExpr.sum(variables) <= room)
    # Sessions for all put the same options in every delegation's constraint:
    # add each distinct set once.
    seen: set[tuple[int, ...]] = set()
    for group in (delegation_terms, person_terms):
        for variables in group.values():
            if len(variables) > 1:
                key = tuple(sorted(var.index for var in variables))
                if key not in seen:
                    seen.add(key)
                    model.add_at_most_one(variables)
    for (delegation, start), starting in starts_at.items():
        for building in {b for b, _var in starting}.union(problem.building_index.values()):
            ended = ends.get((delegation, building, start))
            if not ended:
                continue
            others = [var for b, var in starting if b != building]
            if not others:
                continue
            if len(ended) == 1:
                model.add_at_most_one([ended[0], *others])
            else:
                recent = model.new_bool_var("")
                for var in ended:
                    model.add_implication(var, recent)
                model.add_at_most_one([recent, *others])
                indicators.append((recent, ended))
    model.maximize(
        cp_model.LinearExpr.weighted_sum(
            [var for var, _value in objective_terms] + session_vars,
            [value for _var, value in objective_terms] + [big] * len(session_vars),
        )
    )
    if hint:
        hinted: set[int] = set()
        for index, options in per_item.items():
            wanted = hint.get(index)
            for option, var in options:
                chosen_here = option == wanted
                model.add_hint(var, chosen_here)
                if chosen_here:
                    hinted.add(var.index)
        for index, var in placed_of.items():
            model.add_hint(var, index in hint)
        for recent, ended in indicators:
            model.add_hint(recent, any(var.index in hinted for var in ended))
    if assumptions:
        model.add_assumptions(list(assumptions.values()))
    solver = new_solver()
    # Probing and repeated presolve stall on the many small clauses of rule 9;
    # the linear relaxation needs neither to give a tight bound.
    solver.parameters.cp_model_probing_level = 0
    solver.parameters.max_presolve_iterations = 1
    solver.parameters.num_workers = max(1, workers)
    solver.parameters.random_seed = seed
    status = run_until(solver, model, deadline, time_limit, cancel)
    name = solver.status_name(status).lower()
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        core: dict[int, Option] = {}
        if status == cp_model.INFEASIBLE and assumptions:
            literals = {var.index: index for index, var in assumptions.items()}
            for literal in solver.sufficient_assumptions_for_infeasibility():
                found = literals.get(literal)
                if found is not None:
                    core[found] = Option(0, 0, ())
        return SubResult(name, core, 0.0, 0.0, big, len(session_vars), False)
    chosen: dict[int, Option] = {}
    for index, options in per_item.items():
        for option, var in options:
            if solver.boolean_value(var):
                chosen[index] = option
                break
    return SubResult(
        name,
        chosen,
        solver.objective_value,
        solver.best_objective_bound,
        big,
        len(session_vars),
        True,
    )


def run_until(
    solver: CpSolver,
    model: CpModel,
    deadline: float,
    time_limit: float | None,
    cancel: threading.Event | None,
    listener: CpSolverSolutionCallback | None = None,
) -> CpSolverStatus:
    """Solve until ``deadline`` (and at most ``time_limit`` seconds), stopping on ``cancel``.

    ``listener`` is called on every better solution.
    """
    left = deadline - time.monotonic()
    if time_limit is not None:
        left = min(left, time_limit)
    solver.parameters.max_time_in_seconds = max(0.05, left)
    done = threading.Event()
    watcher = None
    if cancel is not None:

        def watch() -> None:
            while not done.wait(0.05):
                if cancel.is_set():
                    solver.stop_search()
                    return

        watcher = threading.Thread(target=watch, daemon=True)
        watcher.start()
    try:
        return solver.solve(model, listener)
    finally:
        done.set()
        if watcher is not None:
            watcher.join()


def new_solver() -> CpSolver:
    """A CP-SAT solver that leaves Ctrl-C to the program.

    CP-SAT otherwise catches SIGINT itself and ends the search early, so that
    an interrupted run would look like one that reached its time limit.
    """
    from ortools.sat.python import cp_model

    solver = cp_model.CpSolver()
    solver.parameters.catch_sigint_signal = False
    return solver
