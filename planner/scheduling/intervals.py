"""An interval model of the free items: the whole plan in one CP-SAT model, when it is small.

The time-indexed model of :mod:`planner.scheduling.model` is exact and its
relaxation tight, but it has a Boolean per start and pool, which leaves
plans with a few hundred items and many starts (the sample, a CICA-size
summit) to neighbourhoods of a day: a session that should move to the other
day, taking the requests around it along, is out of their reach. Here each
free item has one optional interval per pool it may use, with its start a
variable over that pool's starts, so the model stays small over the whole
event and CP-SAT's own neighbourhoods move sessions and requests together.

Rules, as :mod:`planner.scheduling.model` has them: a pool holds at most its
rooms at once (what held items take of it is fixed), a delegation and a
person one item at a time (rules 1–3); a delegation changing buildings
between two of its items needs the changeover between them (rule 9); a
session starts once the sessions it follows have ended (rule 10). Options
that break a rule against the held items are struck out first, as
:meth:`~planner.scheduling.problem.Occupancy.fits` says. A session for all
takes one of its starts, which decides who attends and how many are absent.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from planner.domain.rules import ABSENCE_COST
from planner.scheduling.model import SubResult, new_solver, run_until
from planner.scheduling.problem import ItemSpec, Occupancy, Option, Problem

if TYPE_CHECKING:
    from ortools.sat.python.cp_model import CpModel, IntervalVar, IntVar


@dataclass
class _Placed:
    """One free item in the model: its start, where it may go and who attends."""

    item: ItemSpec
    start: IntVar
    end: IntVar
    placed: IntVar
    interval: IntervalVar
    pools: dict[int, tuple[IntVar, IntVar]] = field(default_factory=dict)
    """Pool -> (chosen, start in that pool)."""
    at: dict[int, IntVar] = field(default_factory=dict)
    """Sessions for all: start -> chosen."""
    attending: dict[int, IntVar] = field(default_factory=dict)
    """Delegation -> the literal "it attends this item"."""
    earliest: int = 0
    latest_end: int = 0


def _fixed_busy(problem: Problem, occupancy: Occupancy, pool: int) -> list[tuple[int, int, int]]:
    """``(start, end, rooms)`` runs of grid points where held items take rooms of ``pool``."""
    runs: list[tuple[int, int, int]] = []
    busy = occupancy.pool_busy[pool]
    grid, slot = problem.grid, problem.slot
    for point, taken in enumerate(busy):
        if not taken:
            continue
        start = grid[point]
        if runs and runs[-1][1] == start and runs[-1][2] == taken:
            runs[-1] = (runs[-1][0], start + slot, taken)
        else:
            runs.append((start, start + slot, taken))
    return runs


def solve_intervals(
    problem: Problem,
    occupancy: Occupancy,
    free: list[ItemSpec],
    *,
    hint: dict[int, Option],
    deadline: float,
    time_limit: float | None = None,
    workers: int,
    seed: int,
    cancel: threading.Event | None,
    found: Callable[[dict[int, Option]], None] | None = None,
) -> SubResult:
    """Best placement of ``free`` items around what ``occupancy`` holds (see the module).

    Every session in ``hint`` stays placed (somewhere); other sessions weigh
    more than every request together, as in
    :func:`planner.scheduling.model.solve_free`. ``found`` hears of each
    better placement as the solver finds it (from the solver's thread).
    """
    from ortools.sat.python import cp_model

    model = cp_model.CpModel()
    entries: list[_Placed] = []
    values: list[tuple[IntVar, int]] = []
    for item in free:
        entry = _add_item(model, problem, occupancy, item, values)
        if entry is not None:
            entries.append(entry)
    big = sum(abs(value) for _var, value in values) + 1
    sessions = [entry for entry in entries if entry.item.is_session]
    for entry in sessions:
        if entry.item.index in hint:
            model.add(entry.placed == 1)
    _add_resources(model, problem, occupancy, entries)
    _add_changeover(model, problem, entries)
    _add_order(model, entries)
    model.maximize(
        cp_model.LinearExpr.weighted_sum(
            [var for var, _value in values] + [entry.placed for entry in sessions],
            [value for _var, value in values] + [big] * len(sessions),
        )
    )
    _add_hint(model, entries, hint)
    solver = new_solver()
    solver.parameters.num_workers = max(1, workers)
    solver.parameters.random_seed = seed
    listener = None
    if found is not None:
        hear = found

        class Listener(cp_model.CpSolverSolutionCallback):
            def on_solution_callback(self) -> None:
                hear(_chosen(self, entries))

        listener = Listener()
    status = run_until(solver, model, deadline, time_limit, cancel, listener)
    name = solver.status_name(status).lower()
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return SubResult(name, {}, 0.0, 0.0, big, len(sessions), False)
    return SubResult(
        name,
        _chosen(solver, entries),
        solver.objective_value,
        solver.best_objective_bound,
        big,
        len(sessions),
        True,
    )


class _Values(Protocol):
    """A solution's values: the solver's last, or one the solver reports while it runs."""

    def boolean_value(self, literal: IntVar) -> bool: ...

    def value(self, expression: IntVar) -> int: ...


def _chosen(values: _Values, entries: list[_Placed]) -> dict[int, Option]:
    """The option each placed item takes in a solution."""
    chosen: dict[int, Option] = {}
    for entry in entries:
        if not values.boolean_value(entry.placed):
            continue
        item = entry.item
        for pool, (literal, start) in entry.pools.items():
            if values.boolean_value(literal):
                at = values.value(start)
                if item.for_all:
                    involved, absences = item.involved_at[at]
                    chosen[item.index] = Option(at, pool, involved, absences)
                else:
                    chosen[item.index] = Option(at, pool, item.delegations)
                break
    return chosen


def _add_item(
    model: CpModel,
    problem: Problem,
    occupancy: Occupancy,
    item: ItemSpec,
    values: list[tuple[IntVar, int]],
) -> _Placed | None:
    """The item's start, pools and (sessions for all) starts; ``None`` when nothing fits."""
    from ortools.sat.python import cp_model

    by_pool: dict[int, list[int]] = defaultdict(list)
    for option in item.options(problem):
        if occupancy.fits(item, option):
            by_pool[option.pool].append(option.start)
    if not by_pool:
        return None
    starts = sorted({start for pool_starts in by_pool.values() for start in pool_starts})
    start = model.new_int_var_from_domain(cp_model.Domain.from_values(starts), "")
    end = model.new_int_var_from_domain(
        cp_model.Domain.from_values([s + item.duration for s in starts]), ""
    )
    placed = model.new_bool_var("")
    interval = model.new_optional_interval_var(start, item.duration, end, placed, "")
    entry = _Placed(
        item,
        start,
        end,
        placed,
        interval,
        earliest=starts[0],
        latest_end=starts[-1] + item.duration,
    )
    chosen = []
    for pool, pool_starts in by_pool.items():
        literal = model.new_bool_var("")
        pool_start = model.new_int_var_from_domain(cp_model.Domain.from_values(pool_starts), "")
        model.add(pool_start == start).only_enforce_if(literal)
        entry.pools[pool] = (literal, pool_start)
        chosen.append(literal)
    model.add(cp_model.LinearExpr.sum(chosen) == placed)
    if item.for_all:
        for at in starts:
            literal = model.new_bool_var("")
            model.add(start == at).only_enforce_if(literal)
            entry.at[at] = literal
            absences = item.involved_at[at][1]
            if absences:
                values.append((literal, -ABSENCE_COST * absences))
        model.add(cp_model.LinearExpr.sum(list(entry.at.values())) == placed)
    elif item.weight:
        values.append((placed, item.weight))
    entry.attending = _attending(model, entry)
    return entry


def _attending(model: CpModel, entry: _Placed) -> dict[int, IntVar]:
    """Per delegation: the literal "it attends this item"."""
    from ortools.sat.python import cp_model

    item = entry.item
    if not item.for_all:
        return dict.fromkeys(item.delegations, entry.placed)
    by_delegation: dict[int, list[IntVar]] = defaultdict(list)
    for at, literal in entry.at.items():
        for delegation in item.involved_at[at][0]:
            by_delegation[delegation].append(literal)
    attending = {}
    for delegation, literals in by_delegation.items():
        if len(literals) == len(entry.at):
            attending[delegation] = entry.placed
        else:
            there = model.new_bool_var("")
            model.add(cp_model.LinearExpr.sum(literals) == there)
            attending[delegation] = there
    return attending


def _interval_of(model: CpModel, entry: _Placed, literal: IntVar) -> IntervalVar:
    if literal is entry.placed:
        return entry.interval
    return model.new_optional_interval_var(entry.start, entry.item.duration, entry.end, literal, "")


def _add_resources(
    model: CpModel, problem: Problem, occupancy: Occupancy, entries: list[_Placed]
) -> None:
    """Rules 1–3: rooms of a pool, and each delegation and person, one item at a time."""
    by_pool: dict[int, list[IntervalVar]] = defaultdict(list)
    by_delegation: dict[int, list[IntervalVar]] = defaultdict(list)
    by_person: dict[int, list[IntervalVar]] = defaultdict(list)
    for entry in entries:
        for pool, (literal, start) in entry.pools.items():
            by_pool[pool].append(
                model.new_optional_fixed_size_interval_var(start, entry.item.duration, literal, "")
            )
        for delegation, literal in entry.attending.items():
            by_delegation[delegation].append(_interval_of(model, entry, literal))
        for person in entry.item.people:
            by_person[person].append(entry.interval)
    for pool, intervals in by_pool.items():
        size = problem.pools[pool].size
        fixed = _fixed_busy(problem, occupancy, pool)
        if size == 1:
            blocks = [model.new_fixed_size_interval_var(a, b - a, "") for a, b, _n in fixed]
            if len(intervals) + len(blocks) > 1:
                model.add_no_overlap(intervals + blocks)
            continue
        blocks = [model.new_fixed_size_interval_var(a, b - a, "") for a, b, _n in fixed]
        if len(intervals) > size or fixed:
            model.add_cumulative(
                intervals + blocks, [1] * len(intervals) + [n for _a, _b, n in fixed], size
            )
    for group in (by_delegation, by_person):
        for intervals in group.values():
            if len(intervals) > 1:
                model.add_no_overlap(intervals)


def _add_changeover(model: CpModel, problem: Problem, entries: list[_Placed]) -> None:
    """Rule 9: two items of a delegation in different buildings are the changeover apart."""
    from ortools.sat.python import cp_model

    gap = problem.changeover
    if gap <= 0 or len(problem.building_index) <= 1:
        return
    buildings: list[dict[int, IntVar | bool]] = []
    for entry in entries:
        literals: dict[int, list[IntVar]] = defaultdict(list)
        for pool, (literal, _start) in entry.pools.items():
            literals[problem.pools[pool].building].append(literal)
        if len(literals) == 1:
            buildings.append(dict.fromkeys(literals, True))
            continue
        where: dict[int, IntVar | bool] = {}
        for building, chosen in literals.items():
            if len(chosen) == 1:
                where[building] = chosen[0]
            else:
                here = model.new_bool_var("")
                model.add(cp_model.LinearExpr.sum(chosen) == here)
                where[building] = here
        buildings.append(where)
    by_delegation: dict[int, list[tuple[int, IntVar]]] = defaultdict(list)
    for number, entry in enumerate(entries):
        for delegation, literal in entry.attending.items():
            by_delegation[delegation].append((number, literal))
    # Two sessions for all that every delegation attends meet in every
    # delegation's list with the same literals: they are kept apart once.
    seen: set[tuple[int, int, int, int]] = set()
    for attending in by_delegation.values():
        for position, (first, there_first) in enumerate(attending):
            a, where_a = entries[first], buildings[first]
            for second, there_second in attending[position + 1 :]:
                b, where_b = entries[second], buildings[second]
                if a.latest_end + gap <= b.earliest or b.latest_end + gap <= a.earliest:
                    continue
                if len(where_a) == 1 and where_a.keys() == where_b.keys():
                    continue
                key = (first, second, there_first.index, there_second.index)
                if key in seen:
                    continue
                seen.add(key)
                _apart(model, a, b, where_a, where_b, (there_first, there_second), gap)


def _apart(
    model: CpModel,
    a: _Placed,
    b: _Placed,
    where_a: dict[int, IntVar | bool],
    where_b: dict[int, IntVar | bool],
    attending: tuple[IntVar, IntVar],
    gap: int,
) -> None:
    """``a`` and ``b`` in different buildings: one ends the changeover before the other starts."""
    apart = model.new_bool_var("")
    for building, in_a in where_a.items():
        in_b = where_b.get(building, False)
        if in_b is True:
            continue
        clause = [] if in_a is True else [~in_a]
        if in_b is not False:
            clause.append(in_b)
        model.add_bool_or([*clause, ~attending[0], ~attending[1], apart])
    first = model.new_bool_var("")
    model.add(a.end + gap <= b.start).only_enforce_if([apart, first, *attending])
    model.add(b.end + gap <= a.start).only_enforce_if([apart, ~first, *attending])


def _add_order(model: CpModel, entries: list[_Placed]) -> None:
    """Rule 10 between free sessions (held ones already struck out the options that break it)."""
    by_index = {entry.item.index: entry for entry in entries}
    for later in entries:
        for index in later.item.after:
            earlier = by_index.get(index)
            if earlier is not None:
                model.add(later.start >= earlier.end).only_enforce_if(
                    [later.placed, earlier.placed]
                )


def _add_hint(model: CpModel, entries: list[_Placed], hint: dict[int, Option]) -> None:
    for entry in entries:
        wanted = hint.get(entry.item.index)
        model.add_hint(entry.placed, wanted is not None)
        if wanted is None:
            for literal, _start in entry.pools.values():
                model.add_hint(literal, False)
            continue
        model.add_hint(entry.start, wanted.start)
        model.add_hint(entry.end, wanted.start + entry.item.duration)
        for pool, (literal, start) in entry.pools.items():
            model.add_hint(literal, pool == wanted.pool)
            if pool == wanted.pool:
                model.add_hint(start, wanted.start)
        for at, literal in entry.at.items():
            model.add_hint(literal, at == wanted.start)
