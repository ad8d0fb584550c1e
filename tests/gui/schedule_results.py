"""Stand-in scheduler results for the build dialog, scored as the rules score them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from planner.domain import rules
from planner.domain.model import Placement, Plan
from planner.scheduling import Explanation, ScheduleResult


def result_of(
    plan: Plan,
    placements: tuple[Placement, ...],
    reasons: Mapping[str, str] | None = None,
    *,
    cancelled: bool = False,
) -> ScheduleResult:
    """What a search that found ``placements`` would return (``reasons``: why items stayed out)."""
    figures = rules.score(replace(plan, schedule=placements))
    return ScheduleResult(
        placements=placements,
        unplaced=tuple(Explanation(item, 0, why) for item, why in (reasons or {}).items()),
        moves=(),
        requests_gained=(),
        requests_lost=(),
        score=figures.score,
        bound=figures.score,
        gap=0.0,
        weight=figures.weight,
        absences=figures.absences,
        sessions_placed=figures.sessions_placed,
        sessions_total=figures.sessions_total,
        requests_granted=figures.requests_granted,
        requests_total=figures.requests_total,
        status="cancelled" if cancelled else "optimal",
        cancelled=cancelled,
        elapsed=0.0,
        granted_by_priority=figures.granted_by_priority,
    )
