"""An independent CP-SAT model of rules 1–10 and the score: the benchmark's yardstick.

This is deliberately a plain interval formulation, written from the format's
rules and not from the planner's scheduling code (it shares only the domain
model and the time helpers): one optional interval per item and allowed venue
with its start on the slot grid, NoOverlap per venue, delegation and person,
presence (of the delegations and of the delegations of people who must
attend in person), capacity, features, windows, unavailability, fixed and
locked placements, changeover between buildings, the order of sessions
(``after``), absences from sessions for all as
the format counts them; every session is mandatory and requests are optional,
weighted ``2 ** (5 - priority)``. The planner must reach its score at the
same time limit. Benchmark-only: nothing in the application imports it.
"""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from planner.domain import times
from planner.domain.model import BILATERAL_SEATS, Placement, Plan, RequestStatus, Venue
from planner.domain.rules import ABSENCE_COST, in_town_on


@dataclass(frozen=True)
class ReferenceResult:
    placements: tuple[Placement, ...]
    status: str
    objective: int | None
    bound: int | None
    wall: float


@dataclass
class _Item:
    id: str
    duration: int
    weight: int
    session: bool
    for_all: bool
    delegations: tuple[str, ...]
    people: tuple[str, ...]
    in_town: tuple[str, ...]
    """Delegations that must be in town: those involved and those of in-person people."""
    after: tuple[str, ...]
    seats: int
    spd: int
    needs: frozenset[str]
    earliest: int | None
    latest: int | None
    fixed_start: int | None
    fixed_venue: str | None


def _seats(extra: int, per_delegation: int, delegations: object) -> int:
    """Seats a session needs before counting who is present (rule 5)."""
    if isinstance(delegations, tuple):
        return extra + per_delegation * len(delegations)
    return extra


def _items(plan: Plan) -> list[_Item]:
    items = []
    for session in plan.sessions:
        window = session.window
        items.append(
            _Item(
                id=session.id,
                duration=session.duration_minutes,
                weight=0,
                session=True,
                for_all=session.for_all,
                delegations=() if session.for_all else tuple(session.delegations),
                people=tuple(dict.fromkeys((*session.people, *session.remote))),
                in_town=tuple(
                    dict.fromkeys(
                        (
                            *(() if session.for_all else session.delegations),
                            *(plan.person_by_id[p].delegation for p in session.people),
                        )
                    )
                ),
                after=session.after,
                seats=_seats(
                    session.extra_seats, session.seats_per_delegation, session.delegations
                ),
                spd=session.seats_per_delegation,
                needs=frozenset(str(f) for f in session.required_features),
                earliest=times.minutes(window.earliest) if window and window.earliest else None,
                latest=times.minutes(window.latest) if window and window.latest else None,
                fixed_start=times.minutes(session.fixed.start)
                if session.fixed and session.fixed.start
                else None,
                fixed_venue=session.fixed.venue if session.fixed else None,
            )
        )
    for request in plan.requests:
        if request.status is RequestStatus.DECLINED:
            continue
        window = request.window
        items.append(
            _Item(
                id=request.id,
                duration=request.duration_minutes,
                weight=request.weight,
                session=False,
                for_all=False,
                delegations=tuple(request.delegations),
                people=(),
                in_town=tuple(request.delegations),
                after=(),
                seats=BILATERAL_SEATS,
                spd=0,
                needs=frozenset(str(f) for f in request.needs),
                earliest=times.minutes(window.earliest) if window and window.earliest else None,
                latest=times.minutes(window.latest) if window and window.latest else None,
                fixed_start=None,
                fixed_venue=None,
            )
        )
    return items


def solve_reference(
    plan: Plan,
    time_limit: float,
    workers: int = 2,
    hint: tuple[Placement, ...] = (),
) -> ReferenceResult:
    """Solve ``plan`` with the plain model; the placements are empty when none was found.

    ``hint``: placements to warm-start from (a solution hint, not a constraint).
    """
    from ortools.sat.python import cp_model

    started = time.monotonic()
    event = plan.event
    slot = event.slot_minutes
    changeover = event.changeover_minutes
    days = [(times.minutes(a), times.minutes(b)) for a, b in map(event.day_bounds, event.days)]
    stays = {d.id: (times.minutes(d.arrival), times.minutes(d.departure)) for d in plan.delegations}
    in_town = [{d.id for d in plan.delegations if in_town_on(d, day, plan)} for day in event.days]
    venues = list(plan.venues)
    blocked = {
        v.id: [(times.minutes(s.start), times.minutes(s.end)) for s in v.unavailable]
        for v in venues
    }
    locked = {p.item: p for p in plan.schedule if p.locked}
    model = cp_model.CpModel()
    horizon = max(close for _o, close in days) + changeover + 1
    low = min(opens for opens, _c in days)

    venue_intervals: dict[str, list[Any]] = defaultdict(list)
    delegation_intervals: dict[str, list[Any]] = defaultdict(list)
    person_intervals: dict[str, list[Any]] = defaultdict(list)
    # Per delegation: (start, end, literal "this delegation is in it", building literals, item)
    attendance: dict[str, list[tuple[Any, Any, Any, dict[int, Any], int, int, int]]] = defaultdict(
        list
    )
    buildings = sorted({v.building for v in venues})
    building_of = {v.id: buildings.index(v.building) for v in venues}
    objective: list[Any] = []
    chosen_vars: list[tuple[_Item, list[tuple[Venue, Any, Any]]]] = []
    spans: dict[str, tuple[Any, Any]] = {}
    hinted = {p.item: (times.minutes(p.start), p.venue) for p in hint}

    for number, item in enumerate(_items(plan)):
        pin = locked.get(item.id)
        starts: list[int] = []
        for opens, closes in days:
            for start in range(opens, closes - item.duration + 1, slot):
                end = start + item.duration
                if pin is not None:
                    if start != times.minutes(pin.start):
                        continue
                else:
                    if item.fixed_start is not None and start != item.fixed_start:
                        continue
                    if item.earliest is not None and start < item.earliest:
                        continue
                    if item.latest is not None and end > item.latest:
                        continue
                if not all(stays[d][0] <= start and end <= stays[d][1] for d in item.in_town):
                    continue
                starts.append(start)
        present_at: dict[int, tuple[str, ...]] = {}
        absent_at: dict[int, int] = {}
        if item.for_all:
            for start in starts:
                end = start + item.duration
                here = tuple(d for d, (a, b) in stays.items() if a <= start and end <= b)
                present_at[start] = here
                day = next(i for i, (o, c) in enumerate(days) if o <= start < c)
                absent_at[start] = len(in_town[day] - set(here))
        options: list[tuple[Venue, Any, Any]] = []
        item_start = model.new_int_var(low, horizon, "")
        item_end = model.new_int_var(low, horizon, "")
        model.add(item_end == item_start + item.duration)
        spans[item.id] = (item_start, item_end)
        start_literals: dict[int, Any] = {}
        if item.for_all:
            start_literals = {start: model.new_bool_var("") for start in starts}
        for venue in venues:
            wanted = pin.venue if pin is not None else item.fixed_venue
            if wanted is not None and venue.id != wanted:
                continue
            if not item.needs <= {str(f) for f in venue.features}:
                continue
            allowed = []
            for start in starts:
                end = start + item.duration
                if any(a < end and start < b for a, b in blocked[venue.id]):
                    continue
                seats = item.seats + (item.spd * len(present_at[start]) if item.for_all else 0)
                if venue.capacity < seats:
                    continue
                allowed.append(start)
            if not allowed:
                continue
            present = model.new_bool_var("")
            start_var = model.new_int_var_from_domain(cp_model.Domain.from_values(allowed), "")
            interval = model.new_optional_fixed_size_interval_var(
                start_var, item.duration, present, ""
            )
            model.add(start_var == item_start).only_enforce_if(present)
            venue_intervals[venue.id].append(interval)
            if item.for_all:
                for start in starts:
                    if start not in allowed:
                        model.add_bool_or([~present, ~start_literals[start]])
            options.append((venue, present, start_var))
            wanted_here = hinted.get(item.id)
            if hint:
                model.add_hint(present, wanted_here is not None and wanted_here[1] == venue.id)
                if wanted_here is not None and wanted_here[1] == venue.id:
                    model.add_hint(start_var, wanted_here[0])
        placed = model.new_bool_var("")
        model.add(sum(present for _v, present, _s in options) == placed)
        if item.session:
            model.add(placed == 1)
        elif item.weight:
            objective.append(item.weight * placed)
        interval = model.new_optional_fixed_size_interval_var(item_start, item.duration, placed, "")
        for person in item.people:
            person_intervals[person].append(interval)
        building_literals: dict[int, Any] = {}
        for index in range(len(buildings)):
            literal = model.new_bool_var("")
            model.add(literal == sum(p for v, p, _s in options if building_of[v.id] == index))
            building_literals[index] = literal
        involvement: list[tuple[str, Any]] = []
        if item.for_all:
            model.add(sum(start_literals.values()) == placed)
            model.add(
                item_start == sum(start * literal for start, literal in start_literals.items())
            ).only_enforce_if(placed)
            for start, literal in start_literals.items():
                if absent_at[start]:
                    objective.append(-ABSENCE_COST * absent_at[start] * literal)
            for delegation in stays:
                literals = [lit for s, lit in start_literals.items() if delegation in present_at[s]]
                if not literals:
                    continue
                there = model.new_bool_var("")
                model.add(there == sum(literals))
                involvement.append((delegation, there))
        else:
            involvement = [(d, placed) for d in item.delegations]
        first = min(starts, default=low)
        last = max(starts, default=low) + item.duration
        for delegation, there in involvement:
            if item.for_all:
                delegation_intervals[delegation].append(
                    model.new_optional_fixed_size_interval_var(item_start, item.duration, there, "")
                )
            else:
                delegation_intervals[delegation].append(interval)
            attendance[delegation].append(
                (item_start, item_end, there, building_literals, first, last, number)
            )
        chosen_vars.append((item, options))

    # Rule 10: every session is mandatory here, so the order holds outright.
    for item, _options in chosen_vars:
        for earlier in item.after:
            if earlier in spans and earlier != item.id:
                model.add(spans[item.id][0] >= spans[earlier][1])
    for group in (venue_intervals, delegation_intervals, person_intervals):
        for intervals in group.values():
            if len(intervals) > 1:
                model.add_no_overlap(intervals)
    if changeover > 0 and len(buildings) > 1:
        for entries in attendance.values():
            for i, a in enumerate(entries):
                for b in entries[i + 1 :]:
                    if a[5] + changeover <= b[4] or b[5] + changeover <= a[4]:
                        continue
                    same = model.new_bool_var("")
                    for index in range(len(buildings)):
                        model.add_bool_or([~same, ~a[3][index], b[3][index], ~b[2]])
                        model.add_bool_or([~same, ~b[3][index], a[3][index], ~a[2]])
                    before = model.new_bool_var("")
                    gap = changeover * (1 - same)
                    model.add(a[1] + gap <= b[0]).only_enforce_if([before, a[2], b[2]])
                    model.add(b[1] + gap <= a[0]).only_enforce_if([~before, a[2], b[2]])
    model.maximize(sum(objective))
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = max(0.1, time_limit - (time.monotonic() - started))
    solver.parameters.num_workers = workers
    status = solver.solve(model)
    name = solver.status_name(status).lower()
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return ReferenceResult((), name, None, None, time.monotonic() - started)
    placements = []
    for item, options in chosen_vars:
        for venue, present, start_var in options:
            if solver.boolean_value(present):
                start = solver.value(start_var)
                placements.append(
                    Placement(
                        item.id,
                        times.from_minutes(start, event.zone),
                        venue.id,
                        item.id in locked,
                    )
                )
    return ReferenceResult(
        tuple(placements),
        name,
        round(solver.objective_value),
        round(solver.best_objective_bound),
        time.monotonic() - started,
    )
