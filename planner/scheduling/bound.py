"""A proven upper bound on the score, from a relaxation that is quick to solve.

Every session is mandatory, so the part of a session that every one of its
possible starts covers (its *compulsory part*) is busy time for each
delegation sure to attend it; a request start overlapping such a part can be
struck out. Then, for each delegation and each span between two of its
requests' earliest starts and latest ends, the requests that must lie within
the span need no more grid points than the span has free. Granting a request
takes its weight; the absences are at least what the sessions for all cost
at their best starts, placed together (they exclude each other). The integer
program is solved by CP-SAT when small, its linear relaxation otherwise.

On plans of moderate size :func:`time_indexed_bound` is tighter: the linear
relaxation of a time-indexed model, where every session is placed once, each
request at most once, each room, delegation and person holds one thing at
each grid point and changing buildings takes the changeover; absences and
request weights then trade against each other in one program.
"""

from __future__ import annotations

import bisect
import threading
import time
from collections import defaultdict

from planner.domain.rules import ABSENCE_COST
from planner.scheduling.lagrangian import lagrangian_bound
from planner.scheduling.model import new_solver
from planner.scheduling.problem import ItemSpec, Problem

LP_OPTIONS = 50_000
"""Up to this many item starts the time-indexed relaxation is tried (a few seconds)."""
EXACT_REQUESTS = 1_500
"""Up to this many requests the bound's integer program goes to CP-SAT."""
SPANS_PER_DELEGATION = 24
"""Span end points considered per delegation (the widest spans are kept)."""


def compulsory_parts(problem: Problem) -> dict[int, list[tuple[int, int]]]:
    """Per delegation, the time its mandatory sessions are sure to take."""
    busy: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for item in problem.sessions:
        if not item.starts or not item.pools:
            continue
        first, last = item.starts[0], item.starts[-1]
        if last >= first + item.duration:
            continue
        if problem.day_of(first) != problem.day_of(last):
            continue
        if item.for_all:
            sure = set(item.involved_at[first][0])
            for start in item.starts[1:]:
                sure &= set(item.involved_at[start][0])
            delegations: tuple[int, ...] = tuple(sorted(sure))
        else:
            delegations = item.delegations
        for delegation in delegations:
            busy[delegation].append((last, first + item.duration))
    return busy


def request_starts(
    problem: Problem, busy: dict[int, list[tuple[int, int]]]
) -> dict[int, list[int]]:
    """Starts of each placeable request that miss its delegations' compulsory parts."""
    result: dict[int, list[int]] = {}
    for item in problem.requests:
        if not item.pools:
            continue
        blocked = [span for d in item.delegations for span in busy.get(d, ())]
        starts = [
            s for s in item.starts if not any(a < s + item.duration and s < b for a, b in blocked)
        ]
        if starts:
            result[item.index] = starts
    return result


def _fewest_absences(problem: Problem, deadline: float) -> int:
    """The fewest absences the sessions for all can have together (a lower bound)."""
    alone = sum(
        min((item.involved_at[s][1] for s in item.starts), default=0)
        for item in problem.sessions
        if item.for_all
    )
    sessions = [item for item in problem.sessions if item.for_all and item.starts]
    if len(sessions) < 2 or not any(i.involved_at[s][1] for i in sessions for s in i.starts):
        return alone
    # Two sessions for all exclude each other only through a delegation in
    # both: one in town for the whole event is in every such session.
    opens, closes = problem.days[0][0], problem.days[-1][1]
    if not any(arrival <= opens and closes <= departure for arrival, departure in problem.stays):
        return alone
    from ortools.sat.python import cp_model

    model = cp_model.CpModel()
    intervals = []
    costs = []
    for item in sessions:
        literals = []
        for start in item.starts:
            literal = model.new_bool_var("")
            literals.append(literal)
            intervals.append(
                model.new_optional_fixed_size_interval_var(start, item.duration, literal, "")
            )
            costs.append((literal, item.involved_at[start][1]))
        model.add_exactly_one(literals)
    model.add_no_overlap(intervals)
    model.minimize(sum(cost * literal for literal, cost in costs if cost))
    solver = new_solver()
    solver.parameters.max_time_in_seconds = max(0.05, deadline - time.monotonic())
    solver.parameters.num_workers = 2
    status = solver.solve(model)
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return max(alone, int(solver.best_objective_bound + 1e-6))
    return alone


def upper_bound(problem: Problem, seconds: float = 2.0) -> int:
    """An upper bound on the score of any schedule of ``problem``."""
    deadline = time.monotonic() + seconds
    absences = _fewest_absences(problem, time.monotonic() + seconds / 2)
    busy = compulsory_parts(problem)
    starts = request_starts(problem, busy)
    requests: list[ItemSpec] = [problem.items[index] for index in starts]
    if not requests:
        return -ABSENCE_COST * absences
    grid, slot = problem.grid, problem.slot
    points = {item.index: -(-item.duration // slot) for item in requests}
    spans = {
        item.index: (starts[item.index][0], starts[item.index][-1] + item.duration)
        for item in requests
    }
    by_delegation: dict[int, list[ItemSpec]] = defaultdict(list)
    for item in requests:
        for delegation in item.delegations:
            by_delegation[delegation].append(item)
    constraints: list[tuple[list[int], int]] = []
    for delegation, items in by_delegation.items():
        blocked = busy.get(delegation, [])
        ends = sorted({spans[i.index][0] for i in items} | {spans[i.index][1] for i in items})
        if len(ends) > SPANS_PER_DELEGATION:
            step = len(ends) / SPANS_PER_DELEGATION
            ends = sorted({ends[int(k * step)] for k in range(SPANS_PER_DELEGATION)} | {ends[-1]})
        for i, first in enumerate(ends):
            for last in ends[i + 1 :]:
                inside = [
                    item.index
                    for item in items
                    if first <= spans[item.index][0] and spans[item.index][1] <= last
                ]
                if len(inside) < 2:
                    continue
                free = bisect.bisect_left(grid, last) - bisect.bisect_left(grid, first)
                for a, b in blocked:
                    lo, hi = max(a, first), min(b, last)
                    if lo < hi:
                        free -= bisect.bisect_left(grid, hi) - bisect.bisect_left(grid, lo)
                if sum(points[index] for index in inside) > free:
                    constraints.append((inside, max(0, free)))
    weight = _best_weight(requests, points, constraints, deadline)
    return weight - ABSENCE_COST * absences


def _best_weight(
    requests: list[ItemSpec],
    points: dict[int, int],
    constraints: list[tuple[list[int], int]],
    deadline: float,
) -> int:
    total = sum(item.weight for item in requests)
    if not constraints:
        return total
    weights = {item.index: item.weight for item in requests}
    if len(requests) <= EXACT_REQUESTS:
        from ortools.sat.python import cp_model

        model = cp_model.CpModel()
        chosen = {index: model.new_bool_var("") for index in weights}
        for inside, free in constraints:
            model.add(sum(points[i] * chosen[i] for i in inside) <= free)
        model.maximize(sum(weights[i] * chosen[i] for i in chosen))
        solver = new_solver()
        solver.parameters.max_time_in_seconds = max(0.05, deadline - time.monotonic())
        solver.parameters.num_workers = 2
        status = solver.solve(model)
        if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            return min(total, int(solver.best_objective_bound + 1e-6))
        return total
    from ortools.linear_solver import pywraplp

    lp = pywraplp.Solver.CreateSolver("GLOP")
    if lp is None:
        return total
    variables = {index: lp.NumVar(0.0, 1.0, "") for index in weights}
    for inside, free in constraints:
        row = lp.Constraint(0.0, float(free))
        for index in inside:
            row.SetCoefficient(variables[index], float(points[index]))
    objective = lp.Objective()
    for index, var in variables.items():
        objective.SetCoefficient(var, float(weights[index]))
    objective.SetMaximization()
    if lp.Solve() != pywraplp.Solver.OPTIMAL:
        return total
    return min(total, int(objective.Value() + 1e-6))


def time_indexed_bound(problem: Problem, seconds: float) -> int | None:
    """The time-indexed relaxation's optimum, or ``None`` (too big, too slow, infeasible).

    It bounds the score of every schedule that places every session that can
    be placed at all (held items take only their own place). First one
    variable per item and start, rooms counted per set of pools an item may
    use; then, with the time left, one per item, start and building, where
    changing buildings takes the changeover (see
    :mod:`planner.scheduling.relaxation`): about three times the work for a
    bound that counts rule 9.
    """
    from planner.scheduling.relaxation import relaxation_bound

    items = [item for item in problem.items if item.starts and item.pools]
    if sum(len(item.starts) for item in items) > LP_OPTIONS:
        return None
    deadline = time.monotonic() + seconds
    plain = relaxation_bound(problem, seconds, changeover=False)
    if plain is None:
        return None
    tighter = relaxation_bound(problem, deadline - time.monotonic())
    return plain if tighter is None else min(plain, tighter)


def time_budget_bound(problem: Problem) -> int:
    """A quick upper bound on the score: an LP over each delegation's and each room's time.

    Each granted request takes its duration from both delegations' working
    time in town and from the rooms' time; each session for all costs at least
    its fewest absences. Looser than :func:`upper_bound`, but solved in a
    moment on any plan.
    """
    from ortools.linear_solver import pywraplp

    requests = [item for item in problem.requests if item.starts and item.pools]
    absences = sum(
        min((item.involved_at[s][1] for s in item.starts), default=0)
        for item in problem.sessions
        if item.for_all
    )
    if not requests:
        return -ABSENCE_COST * absences
    lp = pywraplp.Solver.CreateSolver("GLOP")
    if lp is None:
        return sum(item.weight for item in requests) - ABSENCE_COST * absences
    variables = {item.index: lp.NumVar(0.0, 1.0, "") for item in requests}
    usage: dict[int, list[tuple[object, int]]] = {}
    for item in requests:
        for delegation in item.delegations:
            usage.setdefault(delegation, []).append((variables[item.index], item.duration))
    for delegation, terms in usage.items():
        arrival, departure = problem.stays[delegation]
        available = sum(
            max(0, min(closes, departure) - max(opens, arrival)) for opens, closes in problem.days
        )
        busy = sum(
            item.duration
            for item in problem.sessions
            if not item.for_all and delegation in item.delegations
        )
        constraint = lp.Constraint(0.0, float(max(0, available - busy)))
        for var, duration in terms:
            constraint.SetCoefficient(var, float(duration))
    rooms = sum(pool.size for pool in problem.pools) * sum(c - o for o, c in problem.days)
    constraint = lp.Constraint(0.0, float(rooms))
    for item in requests:
        constraint.SetCoefficient(variables[item.index], float(item.duration))
    objective = lp.Objective()
    for item in requests:
        objective.SetCoefficient(variables[item.index], float(item.weight))
    objective.SetMaximization()
    if lp.Solve() != pywraplp.Solver.OPTIMAL:
        return sum(item.weight for item in requests) - ABSENCE_COST * absences
    return int(objective.Value() + 1e-6) - ABSENCE_COST * absences


TIGHT_BOUND_LIMIT = 10.0
"""From this time limit on, :func:`first_bound` also spends a moment on :func:`upper_bound`.

It may take 3 % of the time limit (2 s at most); shorter runs keep their
time for the search and report the quick bound.
"""
LP_BOUND_LIMIT = 20.0
"""From this time limit on, it also tries :func:`time_indexed_bound` (at most a tenth of it).

Where that relaxation is too big to solve (more than :data:`LP_OPTIONS`
starts), :func:`priced_bound` prices the same relaxation, without its rooms,
changeovers and order, instead.
"""
LAGRANGIAN_SHARE = 0.07
LAGRANGIAN_SECONDS = 10.0
"""The share of the time limit, and the seconds at most, that pricing may take.

Fitted on the generated UNGA plan at 90 s: about 6 s bring its bound from
9,351 to about 9,025; 12 s more bring only 10 more.
"""
LAGRANGIAN_STARTS = 1_000_000
"""Plans with more item starts than this are not priced.

Fitted: UNGA (375,000 starts) gains 330 points in 6 s; the stress plan (2.7
million) gained nothing in 10 s (38,585 against the 38,100 it has already).
"""


def first_bound(problem: Problem, time_limit: float) -> int:
    """The proven bound the search starts from: the quick LP, tightened when time allows."""
    quick = time_budget_bound(problem)
    if time_limit < TIGHT_BOUND_LIMIT:
        return quick
    bound = min(quick, upper_bound(problem, seconds=min(2.0, time_limit * 0.03)))
    if time_limit >= LP_BOUND_LIMIT:
        relaxed = time_indexed_bound(problem, seconds=min(6.0, time_limit * 0.1))
        if relaxed is not None:
            bound = min(bound, relaxed)
    return bound


def priced_bound(
    problem: Problem, time_limit: float, cancel: threading.Event | None = None
) -> int | None:
    """The Lagrangian bound, on plans too big for :func:`time_indexed_bound`; else ``None``.

    The search asks for it once every session is placed: it takes seconds that
    placing the sessions must not wait for.
    """
    if time_limit < LP_BOUND_LIMIT:
        return None
    starts = sum(len(item.starts) for item in problem.items if item.starts and item.pools)
    if starts <= LP_OPTIONS or starts > LAGRANGIAN_STARTS:
        return None
    seconds = min(LAGRANGIAN_SECONDS, time_limit * LAGRANGIAN_SHARE)
    return lagrangian_bound(problem, seconds=seconds, cancel=cancel)
