"""A time-indexed relaxation that counts changing buildings: a tight, proven bound.

One column per item, start and building that keeps rules 4–8 for the item
alone; every session takes exactly one column and every request at most one. At each grid point the
items that can only use rooms of a set of pools never need more than the set
has (rule 1), and a delegation or a person is in at most one column (rules 2
and 3).

Rule 9 is what leaves the plain time-indexed relaxation weak: without it a
delegation may leave a room in one building and start in another at once,
and every free grid point looks usable. Here it is a clique per delegation,
building ``b`` and end time ``e``, with a start ``t`` less than the changeover
after ``e``: the columns in ``b`` ending at ``e`` (they all hold the grid point
just before ``e``) and the columns in other buildings starting at ``t`` (all
hold ``t``). Two of them are at the same time (rule 2) or a change of building
too soon (rule 9). Rule 10 is, for each session ``B`` after ``A`` and each end
time ``e`` of ``A``, "``A`` ends at ``e`` or later" and "``B`` starts before
``e``" in one clique. Every row holds for every schedule that keeps the
rules, so the optimum of the linear relaxation bounds their score.
"""

from __future__ import annotations

import math
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from planner.domain.rules import ABSENCE_COST
from planner.scheduling.problem import ItemSpec, Option, Problem


@dataclass(frozen=True)
class Column:
    """One way to place an item: a start, the rooms it may take then, and its value."""

    item: int
    start: int
    end: int
    pools: frozenset[int]
    building: int
    """The building of every pool in ``pools`` (``-1`` when they may be in several)."""
    delegations: tuple[int, ...]
    value: int


@dataclass
class Formulation:
    """Columns and the rows over them: at most ``limit`` of the columns in each row."""

    columns: list[Column] = field(default_factory=list)
    rows: list[tuple[list[int], int]] = field(default_factory=list)
    sessions: list[list[int]] = field(default_factory=list)
    """Per session that can be placed: its columns (exactly one is taken)."""
    requests: list[list[int]] = field(default_factory=list)
    """Per request that can be placed: its columns (at most one is taken)."""

    def ranges(self) -> list[tuple[list[int], float, float]]:
        """Every row as ``(columns, low, high)``: ``low <= sum of the columns <= high``."""
        rows = [(indexes, 1.0, 1.0) for indexes in self.sessions]
        rows += [(indexes, 0.0, 1.0) for indexes in self.requests]
        rows += [(indexes, 0.0, float(limit)) for indexes, limit in self.rows]
        return rows


def formulate(problem: Problem, items: Iterable[ItemSpec], *, changeover: bool) -> Formulation:
    """The relaxation of ``items``; with ``changeover``, one column per start and building.

    Without it the pools an item may take at a start share one column and
    rule 9 is left out: fewer columns, a weaker bound.
    """
    form = Formulation()
    by_item: dict[int, list[int]] = {}
    for item in items:
        grouped: dict[tuple[int, int], tuple[Option, set[int]]] = {}
        for option in item.options(problem):
            building = problem.pools[option.pool].building if changeover else -1
            grouped.setdefault((option.start, building), (option, set()))[1].add(option.pool)
        indexes = []
        for (start, building), (option, pools) in grouped.items():
            indexes.append(len(form.columns))
            form.columns.append(
                Column(
                    item=item.index,
                    start=start,
                    end=start + item.duration,
                    pools=frozenset(pools),
                    building=building,
                    delegations=option.delegations,
                    value=item.weight - ABSENCE_COST * option.absences,
                )
            )
        if indexes:
            by_item[item.index] = indexes
            (form.sessions if item.is_session else form.requests).append(indexes)
    _resource_rows(problem, form, changeover)
    _order_rows(problem, form, by_item)
    return form


def _resource_rows(problem: Problem, form: Formulation, changeover: bool) -> None:
    """Rooms (rule 1), delegations and people (rules 2, 3) and changeovers (rule 9)."""
    rooms_at: dict[int, dict[frozenset[int], list[int]]] = defaultdict(lambda: defaultdict(list))
    holders: dict[tuple[int, int, int], list[int]] = defaultdict(list)
    for index, column in enumerate(form.columns):
        people = problem.items[column.item].people
        for point in problem.points(column.start, column.end):
            rooms_at[point][column.pools].append(index)
            for delegation in column.delegations:
                holders[(1, delegation, point)].append(index)
            for person in people:
                holders[(2, person, point)].append(index)
    for groups in rooms_at.values():
        for usable in groups:
            inside = [i for pools, columns in groups.items() if pools <= usable for i in columns]
            rooms = sum(problem.pools[pool].size for pool in usable)
            if len(inside) > rooms:
                form.rows.append((inside, rooms))
    seen: set[tuple[int, ...]] = set()

    def clique(columns: list[int]) -> None:
        key = tuple(sorted(columns))
        if len(key) > 1 and key not in seen:
            seen.add(key)
            form.rows.append((list(key), 1))

    for columns in holders.values():
        clique(columns)
    if changeover and problem.changeover > 0 and len(problem.building_index) > 1:
        _changeover_rows(problem, form, clique)


def _changeover_rows(
    problem: Problem, form: Formulation, clique: Callable[[list[int]], None]
) -> None:
    """Rule 9: what ends at ``e`` in one building and what starts elsewhere soon after."""
    ending: dict[tuple[int, int, int], list[int]] = defaultdict(list)
    starting: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    for index, column in enumerate(form.columns):
        for delegation in column.delegations:
            ending[(delegation, column.building, column.end)].append(index)
            starting[(delegation, column.start)].append((column.building, index))
    for (delegation, building, end), ended in ending.items():
        for start in range(end, end + problem.changeover):
            elsewhere = [i for b, i in starting.get((delegation, start), ()) if b != building]
            if elsewhere:
                clique(ended + elsewhere)


def _order_rows(problem: Problem, form: Formulation, by_item: dict[int, list[int]]) -> None:
    """Rule 10: a later session starts only once every earlier one has ended."""
    columns = form.columns
    for later, later_columns in by_item.items():
        for earlier in problem.items[later].after:
            earlier_columns = by_item.get(earlier)
            if not earlier_columns:
                continue
            for end in sorted({columns[i].end for i in earlier_columns}):
                ending = [i for i in earlier_columns if columns[i].end >= end]
                starting = [i for i in later_columns if columns[i].start < end]
                if starting:
                    form.rows.append((ending + starting, 1))


def relaxation_bound(problem: Problem, seconds: float, *, changeover: bool = True) -> int | None:
    """A bound on the linear relaxation's optimum, or ``None`` (too slow, infeasible).

    It bounds the score of every schedule that places every session that can
    be placed at all (held items take only their own place). The relaxation
    is solved approximately by a first-order method within ``seconds``, and
    the bound is computed from its dual values (:func:`dual_bound`), so it
    holds whatever their accuracy.
    """
    from ortools.linear_solver import pywraplp

    deadline = time.monotonic() + seconds
    items = [item for item in problem.items if item.starts and item.pools]
    form = formulate(problem, items, changeover=changeover)
    rows = form.ranges()
    values = [float(column.value) for column in form.columns]
    lp = pywraplp.Solver.CreateSolver(ENGINE)
    if lp is None:
        return None
    variables = [lp.NumVar(0.0, 1.0, "") for _column in form.columns]
    constraints = []
    for indexes, low, high in rows:
        row = lp.Constraint(low, high)
        for i in indexes:
            row.SetCoefficient(variables[i], 1.0)
        constraints.append(row)
    objective = lp.Objective()
    for var, value in zip(variables, values, strict=True):
        objective.SetCoefficient(var, value)
    objective.SetMaximization()
    left = deadline - time.monotonic()
    if left <= 0.1:
        return None
    lp.SetTimeLimit(max(1, int(left * 1000)))
    # Stopped by the time limit, the method has no dual values to offer.
    if lp.Solve() not in (pywraplp.Solver.OPTIMAL, pywraplp.Solver.FEASIBLE):
        return None
    duals = [row.dual_value() for row in constraints]
    bound = min(dual_bound(rows, values, duals), dual_bound(rows, values, [-d for d in duals]))
    if bound == float("inf"):
        return None
    # Scores are whole numbers; the tolerance keeps a rounding error from cutting one off.
    return math.floor(bound + 1e-6)


ENGINE = "PDLP"
"""The first-order method solves these relaxations many times faster than the simplex."""


def dual_bound(
    rows: list[tuple[list[int], float, float]], values: list[float], duals: list[float]
) -> float:
    """Weak duality: an upper bound on ``max values·x`` over ``0 <= x <= 1`` and the rows.

    For any multipliers ``y``, ``values·x = (values - Aᵀy)·x + y·Ax``; the first
    part is at most the sum of the positive reduced values, the second at
    most ``y·high`` where ``y`` is positive and ``y·low`` where it is negative.
    """
    reduced = list(values)
    total = 0.0
    for (indexes, low, high), dual in zip(rows, duals, strict=True):
        if not math.isfinite(dual):
            return float("inf")
        if dual:
            total += dual * (high if dual > 0 else low)
            for i in indexes:
                reduced[i] -= dual
    return total + sum(value for value in reduced if value > 0)
