"""Re-checking the rules after a small schedule edit, in milliseconds on a big plan.

:func:`planner.domain.rules.check` reads the whole schedule: some 0.3 s on
4,000 placements, too slow to run after every drag. When only a few
placements changed since the last check, only the violations that involve
them can change. Those are found by checking a small plan that holds the
changed placements, every placement near them in time and the placements
of the sessions they come before or after: rules 1, 2, 3 and 9 only pair
placements that overlap or lie within the changeover time of each other,
rule 10 pairs a session with those in its order, and rules 4 to 8 look at
one placement alone. The messages come from
:func:`~planner.domain.rules.check` itself, so they are the same words as a
full check, and the result is the same list in the same order.
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from planner.domain import rules, times
from planner.domain.model import Placement, Plan
from planner.domain.rules import Violation

MOST_CHANGES = 40
"""Beyond this many changed placements a full check is as quick."""


def _order(violation: Violation) -> tuple[int, tuple[str, ...], str]:
    return (violation.rule, violation.items, violation.message)


def _same_except_schedule(before: Plan, after: Plan) -> bool:
    return (
        before.event == after.event
        and before.venues == after.venues
        and before.delegations == after.delegations
        and before.sessions == after.sessions
        and before.requests == after.requests
        and before.people == after.people
    )


def changed_items(before: Plan, after: Plan) -> set[str]:
    """Items placed, moved, re-venued or taken off between two schedules.

    A change of lock alone changes no rule, so it does not count.
    """
    old, new = before.placement_by_item, after.placement_by_item
    changed = set()
    for item in old.keys() | new.keys():
        first, second = old.get(item), new.get(item)
        if first == second:
            continue
        if (
            first is None
            or second is None
            or first.venue != second.venue
            or times.minutes(first.start) != times.minutes(second.start)
        ):
            changed.add(item)
    return changed


def _span(plan: Plan, placement: Placement) -> tuple[int, int]:
    item = plan.item(placement.item)
    start = times.minutes(placement.start)
    return start, start + (item.duration_minutes if item is not None else 0)


def recheck(before: Plan, violations: list[Violation], after: Plan) -> list[Violation] | None:
    """The violations of ``after``, given those of ``before``; None when a full check is due.

    A full check is due when anything but the schedule differs, or when many
    placements changed.
    """
    if not _same_except_schedule(before, after):
        return None
    changed = changed_items(before, after)
    if not changed:
        return list(violations)
    if len(changed) > MOST_CHANGES:
        return None
    margin = max(after.event.changeover_minutes, 0)
    windows = [_span(after, p) for p in after.schedule if p.item in changed]
    # A cheap first cut on the datetimes themselves, then the exact test in minutes.
    kept = [v for v in violations if changed.isdisjoint(v.items)]
    if not windows:  # only taken off: their violations go, nothing new comes
        return kept
    longest = max(
        max((session.duration_minutes for session in after.sessions), default=0),
        max((request.duration_minutes for request in after.requests), default=0),
    )
    zone = after.event.zone
    earliest = times.from_minutes(min(start for start, _end in windows) - margin - longest, zone)
    latest = times.from_minutes(max(end for _start, end in windows) + margin, zone)
    ordered = _order_neighbours(after, changed)
    nearby = []
    for placement in after.schedule:
        if placement.item in changed or placement.item in ordered:
            nearby.append(placement)
        elif earliest < placement.start < latest:
            start, end = _span(after, placement)
            if any(start < last + margin and first - margin < end for first, last in windows):
                nearby.append(placement)
    found = rules.check(replace(after, schedule=tuple(nearby)))
    # Both lists are in order already: put the few fresh ones into place.
    for violation in found:
        if not changed.isdisjoint(violation.items):
            bisect.insort(kept, violation, key=_order)
    return kept


def _order_neighbours(plan: Plan, changed: set[str]) -> set[str]:
    """Sessions that come right before or after a changed one (rule 10 pairs them)."""
    related: set[str] = set()
    for session in plan.sessions:
        if session.id in changed:
            related.update(session.after)
        elif not changed.isdisjoint(session.after):
            related.add(session.id)
    return related


class ConflictChecker:
    """Checks each plan once, re-checking only what changed since the last one.

    The window keeps one of these per open plan and asks it after every change
    instead of calling :func:`planner.domain.rules.check` directly.
    """

    def __init__(self) -> None:
        self._last: tuple[Plan, list[Violation]] | None = None

    def check(self, plan: Plan) -> list[Violation]:
        """Every rule ``plan`` breaks, as :func:`planner.domain.rules.check` lists them."""
        last = self._last
        if last is not None and last[0] is plan:
            return last[1]
        result = recheck(last[0], last[1], plan) if last is not None else None
        if result is None:
            result = rules.check(plan)
        self._last = (plan, result)
        return result
