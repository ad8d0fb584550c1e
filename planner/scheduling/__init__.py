"""Automatic scheduling: the problem snapshot, a greedy placer and the CP-SAT solver.

OR-Tools is imported only when a solver runs, so importing this package is cheap.

The modules, from the ground up:

- ``problem``: the immutable snapshot the solver works on, and who is busy when;
- ``greedy``: the quick first placement and the first-fit baseline;
- ``model``: the time-indexed CP-SAT model over a set of free items;
- ``intervals``: the interval model over every free item of a plan of a few hundred;
- ``explain``: why a session cannot be placed;
- ``bound``: proven upper bounds on the score (``relaxation`` solves the
  time-indexed relaxation, ``lagrangian`` prices it on plans too big for that);
- ``search``: the state the phases share (the schedule so far, the bound, the clock);
- ``start``: held placements, the greedy start and session repair;
- ``improve``: moving requests out of the way, then CP-SAT over the plan or neighbourhoods;
- ``solver``: :func:`solve`, the phases in order, and its result.
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
