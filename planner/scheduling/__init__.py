"""Automatic scheduling: the problem snapshot, a greedy placer and the CP-SAT solver.

OR-Tools is imported only when a solver runs, so importing this package is cheap.
"""

from planner.scheduling.explain import Explanation
from planner.scheduling.greedy import first_fit, greedy_schedule
from planner.scheduling.solver import (
    Move,
    Progress,
    ScheduleResult,
    SolveOptions,
    solve,
)

__all__ = [
    "Explanation",
    "Move",
    "Progress",
    "ScheduleResult",
    "SolveOptions",
    "first_fit",
    "greedy_schedule",
    "solve",
]
