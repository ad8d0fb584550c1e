"""Build a schedule: greedy start, CP-SAT over the whole plan or over neighbourhoods.

:func:`solve` first keeps every session the officer placed (unless told to
rearrange them) and every lock, places what it can greedily (or, when
re-planning, keeps every placement that still fits) and repairs sessions the
greedy left out with a sessions-only CP-SAT model
(:mod:`planner.scheduling.start`). It then places more requests by moving
the few requests in their way elsewhere, and improves the schedule with
CP-SAT (:mod:`planner.scheduling.improve`): over the whole plan when it is
small or has a few hundred items, and by large-neighbourhood search over
windows of a day, each sub-model warm-started from the current schedule. The best schedule so
far is kept at every step (:class:`planner.scheduling.search.Search`), so a
time limit or a cancellation returns it.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from typing import Any

from planner.domain import rules, times
from planner.domain.model import Placement, Plan
from planner.domain.rules import gap_of
from planner.scheduling.bound import first_bound, priced_bound
from planner.scheduling.explain import Explanation, precheck
from planner.scheduling.improve import EJECT_SHARE, eject, improve
from planner.scheduling.problem import Booked, Problem, assign_rooms
from planner.scheduling.search import Progress, Search, SolveOptions
from planner.scheduling.start import hold, repair_sessions, start

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Move:
    """An item whose placement changed (``None``: not placed on that side)."""

    item: str
    before: Placement | None
    after: Placement | None


@dataclass(frozen=True)
class ScheduleResult:
    placements: tuple[Placement, ...]
    unplaced: tuple[Explanation, ...]
    moves: tuple[Move, ...]
    requests_gained: tuple[str, ...]
    requests_lost: tuple[str, ...]
    score: int
    bound: int
    gap: float
    weight: int
    absences: int
    sessions_placed: int
    sessions_total: int
    requests_granted: int
    requests_total: int
    status: str
    cancelled: bool
    elapsed: float
    granted_by_priority: tuple[tuple[int, int, int], ...] = ()
    """``(priority, granted, requested)``, as :class:`planner.domain.rules.Score` has it."""

    @property
    def figures(self) -> rules.Score:
        """The schedule's score, granted requests and absences, as ``rules.score`` gives them."""
        return rules.Score(**_figures_of(self))

    @property
    def complete(self) -> bool:
        """Whether every session is placed."""
        return self.sessions_placed == self.sessions_total


def _figures_of(source: rules.Score | ScheduleResult) -> dict[str, Any]:
    """The fields of :class:`rules.Score`, which a :class:`ScheduleResult` carries too."""
    return {figure.name: getattr(source, figure.name) for figure in fields(rules.Score)}


def solve(
    plan: Plan,
    options: SolveOptions | None = None,
    progress: Callable[[Progress], None] | None = None,
    cancel: threading.Event | None = None,
) -> ScheduleResult:
    """A schedule for ``plan`` keeping rules 1–10, as good as the time allows."""
    options = options or SolveOptions()
    started = time.monotonic()
    problem = Problem(plan, keep_sessions=not options.rearrange)
    search = Search.begin(problem, options, started, progress, cancel)
    hold(search)
    # After the held placements are settled: a kept session released from its
    # place widens what the bound must allow for.
    search.bound = first_bound(problem, options.time_limit)
    explanations: dict[str, Explanation] = {}
    hopeless = set()
    for item in problem.sessions:
        found = precheck(problem, item)
        if found is not None:
            explanations[item.id] = found
            hopeless.add(item.index)
    start(search)
    search.keep_if_complete(hopeless)
    search.report()
    repair_sessions(search, hopeless, explanations)
    search.keep_if_complete(hopeless)
    priced = priced_bound(problem, options.time_limit, cancel)
    if priced is not None:
        search.bound = min(search.bound, priced)
    search.report()
    if not search.stopped() and not options.replan:
        eject(search, started + EJECT_SHARE * options.time_limit)
        search.report()
    if not search.stopped():
        improve(search)
    search.restore_complete(hopeless)
    search.stopped()
    return _result(search, explanations, started)


def _result(search: Search, explanations: dict[str, Explanation], started: float) -> ScheduleResult:
    problem, occupancy = search.problem, search.occupancy
    plan = problem.plan
    prefer = {p.item: p.venue for p in plan.schedule}
    booked = list(occupancy.booked.values())
    placements = assign_rooms(problem, booked, prefer)
    placements = _safe(plan, placements)
    placed = {p.item for p in placements}
    unplaced = []
    for item in problem.sessions:
        if item.id not in placed:
            unplaced.append(
                explanations.get(item.id)
                or Explanation(
                    item.id, 0, f"‘{item.title}’ could not be placed within the time limit"
                )
            )
    checked = rules.score(replace(plan, schedule=tuple(placements)))
    before = plan.placement_by_item
    after = {p.item: p for p in placements}
    moves = []
    for item_id in sorted(set(before) | set(after)):
        old, new = before.get(item_id), after.get(item_id)
        if (
            old is not None
            and new is not None
            and times.minutes(old.start) == times.minutes(new.start)
            and old.venue == new.venue
        ):
            continue
        moves.append(Move(item_id, old, new))
    requests = plan.request_by_id
    gained = tuple(sorted(i for i in after if i in requests and i not in before))
    lost = tuple(sorted(i for i in before if i in requests and i not in after))
    cancelled = search.cancelled()
    bound = max(search.bound, checked.score)
    status = search.status
    if cancelled:
        status = "cancelled"
    elif checked.sessions_placed < checked.sessions_total:
        status = "incomplete"
    elif not search.proven and time.monotonic() >= search.deadline - 0.05:
        status = "time limit"
    return ScheduleResult(
        placements=tuple(placements),
        unplaced=tuple(unplaced),
        moves=tuple(moves),
        requests_gained=gained,
        requests_lost=lost,
        score=checked.score,
        bound=bound,
        gap=gap_of(checked.score, bound),
        status=status,
        cancelled=cancelled,
        elapsed=time.monotonic() - started,
        **_figures_of(checked),
    )


def _safe(plan: Plan, placements: list[Placement]) -> list[Placement]:
    """Drop any request the rule checker objects to (a safety net; it should never act).

    When it does act, the solver has a bug: the dropped requests and the rules
    they broke are logged, so that the schedule is still safe to apply.
    """
    locked = {p.item for p in plan.schedule if p.locked}
    for _round in range(3):
        violations = rules.check(replace(plan, schedule=tuple(placements)))
        broken: dict[str, set[int]] = {}
        for violation in violations:
            for item in violation.items:
                if item in plan.request_by_id and item not in locked:
                    broken.setdefault(item, set()).add(violation.rule)
        if not broken:
            break
        named = (
            f"{item} (rule {', '.join(str(rule) for rule in sorted(broken[item]))})"
            for item in sorted(broken)
        )
        log.warning("the schedule breaks a rule; dropped requests: %s", ", ".join(named))
        placements = [p for p in placements if p.item not in broken]
    return placements


__all__ = ["Booked", "Move", "Progress", "ScheduleResult", "SolveOptions", "solve"]
