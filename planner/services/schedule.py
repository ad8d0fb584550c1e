"""Scheduling use cases: compute a schedule off the GUI thread, then apply it at once.

:func:`compute_schedule` is pure: it reads a plan snapshot and touches no
database, so the GUI may run it in a worker thread. :func:`apply_schedule`
writes the result in one transaction.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from planner.domain.edits import Changes
from planner.domain.model import Plan
from planner.domain.operations import ApplySchedule
from planner.scheduling import Progress, ScheduleResult, SolveOptions, solve
from planner.services.plans import PlanService
from planner.storage.sent import SentStore

# The GUI reaches the solver's types through this module (it never imports scheduling).
__all__ = [
    "Progress",
    "ScheduleResult",
    "SolveOptions",
    "apply_schedule",
    "compute_schedule",
    "published_items",
]


def compute_schedule(
    plan: Plan,
    options: SolveOptions | None = None,
    progress: Callable[[Progress], None] | None = None,
    cancel: threading.Event | None = None,
) -> ScheduleResult:
    """A schedule for ``plan`` (thread-safe; the plan is an immutable snapshot)."""
    return solve(plan, options or SolveOptions(), progress, cancel)


def apply_schedule(service: PlanService, result: ScheduleResult, revision: int) -> Changes:
    """Make the plan file hold ``result``'s schedule, in one transaction.

    ``revision`` is the revision of the plan the run started from: a plan
    changed since is refused with PlanChangedError, and nothing is written.
    """
    return service.apply(ApplySchedule(result.placements, revision)).changes


def published_items(service: PlanService) -> frozenset[str]:
    """Items whose invitations or calendar entries went out (and were not cancelled).

    Re-planning prefers not to move them: the officer would have to send updates.
    """
    plan = service.plan
    known = {*plan.session_by_id, *plan.request_by_id}
    records = SentStore(service.store.db).items()
    return frozenset(
        item for item, record in records.items() if not record.cancelled and item in known
    )
