"""Greedy placement: fast, always valid, and the baseline the solver must beat.

:func:`greedy_schedule` places sessions first (locked, fixed, for all, then
the most constrained), then bilateral requests by priority, each at the first
start and venue that keeps rules 1–9. :func:`first_fit` is the plain
baseline: items in the plan's order, sessions then requests by priority.
"""

from __future__ import annotations

from planner.domain.model import Placement, Plan
from planner.scheduling.problem import ItemSpec, Occupancy, Problem, assign_rooms


def greedy_schedule(plan: Plan) -> tuple[Placement, ...]:
    """A valid schedule in a second or so, even for thousands of requests."""
    problem = Problem(plan)
    occupancy = greedy(problem)
    return tuple(assign_rooms(problem, list(occupancy.booked.values())))


def first_fit(plan: Plan) -> tuple[Placement, ...]:
    """The plain baseline: each item at its first free start and venue, in priority order."""
    problem = Problem(plan)
    occupancy = Occupancy(problem)
    requests = sorted(problem.requests, key=lambda item: item.priority)
    for item in [*problem.sessions, *requests]:
        option = occupancy.first_fit(item)
        if option is not None:
            occupancy.add(item, option)
    return tuple(assign_rooms(problem, list(occupancy.booked.values())))


def session_order(problem: Problem, item: ItemSpec) -> tuple[int, int, int, int]:
    fixed = 1 if len(item.starts) > 1 else 0
    return (
        0 if item.locked is not None else 1,
        fixed,
        0 if item.for_all else 1,
        len(item.starts) * len(item.pools),
    )


def greedy(
    problem: Problem, occupancy: Occupancy | None = None, items: list[ItemSpec] | None = None
) -> Occupancy:
    """Place ``items`` (all, by default) into ``occupancy`` where they fit."""
    occupancy = occupancy or Occupancy(problem)
    chosen = items if items is not None else problem.items
    sessions = sorted(
        (item for item in chosen if item.is_session),
        key=lambda item: session_order(problem, item),
    )
    requests = sorted(
        (item for item in chosen if not item.is_session),
        key=lambda item: (-item.weight, len(item.starts), item.id),
    )
    for item in sessions:
        if item.index in occupancy.booked:
            continue
        starts = list(item.starts)
        if item.for_all:
            starts.sort(key=lambda start: (item.involved_at[start][1], start))
        option = occupancy.first_fit(item, starts)
        if option is not None:
            occupancy.add(item, option, item.locked.venue if item.locked else None)
    for item in requests:
        if item.index in occupancy.booked:
            continue
        option = occupancy.first_fit(item)
        if option is not None:
            occupancy.add(item, option, item.locked.venue if item.locked else None)
    return occupancy
