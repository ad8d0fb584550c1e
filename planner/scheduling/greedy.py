"""Greedy placement: fast, always valid, and the baseline the solver must beat.

:func:`greedy_schedule` places sessions first (locked, fixed, for all, then
the most constrained, each only after the sessions it comes after), then
bilateral requests by priority, each at the first start and venue that keeps
rules 1–10. :func:`first_fit` is the plain
baseline: items in the plan's order, sessions then requests by priority.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable
from typing import Any

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
        0 if item.held is not None else 1,
        fixed,
        0 if item.for_all else 1,
        len(item.starts) * len(item.pools),
    )


def programme_order(items: Iterable[ItemSpec], key: Callable[[ItemSpec], Any]) -> list[ItemSpec]:
    """``items`` by ``key``, except that a session never comes before one it comes after.

    Placing in this order lets each session take the first start after its
    earlier sessions end; a cycle (refused on import) would leave the rest in
    ``key`` order.
    """
    chosen = list(items)
    members = {item.index for item in chosen}
    waiting = {item.index: sum(1 for e in item.after if e in members) for item in chosen}
    by_index = {item.index: item for item in chosen}
    ready = [(key(item), item.index) for item in chosen if not waiting[item.index]]
    heapq.heapify(ready)
    ordered: list[ItemSpec] = []
    while ready:
        _key, index = heapq.heappop(ready)
        item = by_index[index]
        ordered.append(item)
        for later in item.before:
            if later in waiting:
                waiting[later] -= 1
                if waiting[later] == 0:
                    heapq.heappush(ready, (key(by_index[later]), later))
    if len(ordered) < len(chosen):
        placed = {item.index for item in ordered}
        ordered.extend(sorted((i for i in chosen if i.index not in placed), key=key))
    return ordered


def greedy(
    problem: Problem, occupancy: Occupancy | None = None, items: list[ItemSpec] | None = None
) -> Occupancy:
    """Place ``items`` (all, by default) into ``occupancy`` where they fit."""
    occupancy = occupancy or Occupancy(problem)
    chosen = items if items is not None else problem.items
    sessions = programme_order(
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
            occupancy.add(item, option, item.held.venue if item.held else None)
    for item in requests:
        if item.index in occupancy.booked:
            continue
        option = occupancy.first_fit(item)
        if option is not None:
            occupancy.add(item, option, item.held.venue if item.held else None)
    return occupancy
