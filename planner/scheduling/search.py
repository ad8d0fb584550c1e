"""The state every phase of :func:`planner.scheduling.solver.solve` works on.

A :class:`Search` holds the problem, the current schedule (an
:class:`~planner.scheduling.problem.Occupancy`), the proven bound and the
clock. The phases (:mod:`planner.scheduling.start`,
:mod:`planner.scheduling.improve`) change its schedule only through it, and
:meth:`Search.run_free` keeps a CP-SAT result only when it is no worse.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from planner.domain.rules import ABSENCE_COST, gap_of
from planner.scheduling.intervals import solve_intervals
from planner.scheduling.model import SubResult, solve_free
from planner.scheduling.problem import Booked, ItemSpec, Occupancy, Option, Problem, objective

MOVE_COST = 100
"""What moving an already placed item costs when re-planning (more than any request)."""
PROTECTED_MOVE_COST = 1_000
"""Moving an item whose invitations were sent costs this much more."""


@dataclass(frozen=True)
class SolveOptions:
    """How to solve: time limit (s), CP-SAT workers, re-plan with fewest moves, seed.

    ``protected``: items whose invitations were already sent; re-planning
    prefers not to move them. ``rearrange``: placed sessions may move too
    (by default each stays where the officer put it, unless that breaks a
    rule); locks, fixed starts and venues, windows and the order always hold.
    """

    time_limit: float = 30.0
    workers: int = 2
    replan: bool = False
    protected: frozenset[str] = frozenset()
    seed: int = 0
    rearrange: bool = False


@dataclass(frozen=True)
class Progress:
    score: int
    bound: int
    gap: float
    elapsed: float
    granted_weight: int
    absences: int
    requests_granted: int = 0


def finishing_time(time_limit: float) -> float:
    """Time kept back for naming rooms and checking the result (about 0.6 s on 10,000 items)."""
    return min(0.2 + 0.01 * time_limit, 3.0)


@dataclass
class Search:
    """The schedule found so far, the proven bound and the time left."""

    problem: Problem
    options: SolveOptions
    progress: Callable[[Progress], None] | None
    cancel: threading.Event | None
    started: float
    deadline: float
    occupancy: Occupancy
    bound: int
    proven: bool = False
    status: str = "feasible"
    rng: random.Random = field(default_factory=random.Random)
    iterations: int = 0
    complete_snapshot: list[Booked] | None = None
    """The latest schedule that placed every session placeable, kept for any stop."""

    @classmethod
    def begin(
        cls,
        problem: Problem,
        options: SolveOptions,
        started: float,
        progress: Callable[[Progress], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> Search:
        """An empty schedule, its time limit counted from ``started``; the bound is set later."""
        return cls(
            problem=problem,
            options=options,
            progress=progress,
            cancel=cancel,
            started=started,
            deadline=started + max(0.1, options.time_limit - finishing_time(options.time_limit)),
            occupancy=Occupancy(problem),
            bound=0,
            rng=random.Random(options.seed),
        )

    def left(self) -> float:
        return self.deadline - time.monotonic()

    def stopped(self) -> bool:
        if self.cancelled():
            return True
        if self.left() <= 0.05:
            return True
        if not self.options.replan:
            _weight, _absences, score = objective(self.problem, self.occupancy.booked.values())
            if score >= self.bound and self.complete():
                self.proven = True
                self.status = "optimal"
                return True
        return False

    def complete(self) -> bool:
        return all(item.index in self.occupancy.booked for item in self.problem.sessions)

    def cancelled(self) -> bool:
        return self.cancel is not None and self.cancel.is_set()

    def keep_if_complete(self, hopeless: set[int]) -> None:
        """Remember the schedule when it places every session that can be placed."""
        booked = self.occupancy.booked
        if all(i.index in booked for i in self.problem.sessions if i.index not in hopeless):
            self.complete_snapshot = list(booked.values())

    def restore_complete(self, hopeless: set[int]) -> None:
        """Go back to the last session-complete schedule if the current one lost a session."""
        booked = self.occupancy.booked
        if self.complete_snapshot is None or all(
            i.index in booked for i in self.problem.sessions if i.index not in hopeless
        ):
            return
        occupancy = Occupancy(self.problem)
        for entry in self.complete_snapshot:
            occupancy.add(self.problem.items[entry.item], entry.option, entry.venue)
        self.occupancy = occupancy

    def report(self, booked: dict[int, Booked] | None = None) -> None:
        """Report the schedule's figures (or those of ``booked``, a schedule being found)."""
        if self.progress is None:
            return
        if booked is None:
            booked = self.occupancy.booked
        weight, absences, score = objective(self.problem, booked.values())
        self.progress(
            Progress(
                score=score,
                bound=max(self.bound, score),
                gap=gap_of(score, self.bound),
                elapsed=time.monotonic() - self.started,
                granted_weight=weight,
                absences=absences,
                requests_granted=sum(1 for i in booked if not self.problem.items[i].is_session),
            )
        )

    def penalty(self, item: ItemSpec, option: Option) -> int:
        """Re-planning: staying where it was earns what a move (or a drop) would cost."""
        if not self.options.replan or item.current is None:
            return 0
        current = self.problem.option_of(item.current)
        if current is None or current.start != option.start or current.pool != option.pool:
            return 0
        bonus = MOVE_COST
        if item.id in self.options.protected:
            bonus += PROTECTED_MOVE_COST
        return -bonus

    def value(self) -> int:
        total = 0
        for booked in self.occupancy.booked.values():
            item = self.problem.items[booked.item]
            total += item.weight - ABSENCE_COST * booked.option.absences
            total -= self.penalty(item, booked.option)
            if item.is_session:
                total += 10**9
        return total

    def run_free(
        self,
        free: list[ItemSpec],
        limit: float,
        allowed: dict[int, tuple[int, int]] | None = None,
        deadline: float | None = None,
    ) -> tuple[bool, SubResult]:
        """Re-place ``free`` items with the time-indexed model; keep the result if no worse."""

        def solve(occupancy: Occupancy, hint: dict[int, Option]) -> SubResult:
            return solve_free(
                self.problem,
                occupancy,
                free,
                allowed_starts=allowed,
                hint=hint,
                penalty=self.penalty if self.options.replan else None,
                deadline=self.deadline if deadline is None else deadline,
                time_limit=limit,
                workers=self.options.workers,
                seed=self.rng.randrange(1 << 30),
                cancel=self.cancel,
            )

        return self._replace(free, solve)

    def run_intervals(self, free: list[ItemSpec], limit: float) -> tuple[bool, SubResult]:
        """Re-place ``free`` items with the interval model; keep the result if no worse.

        The interval model knows no cost of moving, so re-planning never uses
        it. It may run for the rest of the time limit, so each better
        schedule it finds is reported as found.
        """
        problem = self.problem
        reported = objective(problem, self.occupancy.booked.values())[2]

        def solve(occupancy: Occupancy, hint: dict[int, Option]) -> SubResult:
            around = dict(occupancy.booked)

            def found(chosen: dict[int, Option]) -> None:
                nonlocal reported
                booked = around | {index: Booked(index, option) for index, option in chosen.items()}
                score = objective(problem, booked.values())[2]
                if score > reported:
                    reported = score
                    self.report(booked)

            return solve_intervals(
                problem,
                occupancy,
                free,
                hint=hint,
                deadline=self.deadline,
                time_limit=limit,
                workers=self.options.workers,
                seed=self.rng.randrange(1 << 30),
                cancel=self.cancel,
                found=found if self.progress is not None else None,
            )

        return self._replace(free, solve)

    def _replace(
        self, free: list[ItemSpec], solve: Callable[[Occupancy, dict[int, Option]], SubResult]
    ) -> tuple[bool, SubResult]:
        """Take ``free`` out, let ``solve`` place them again (hinted where they were)."""
        occupancy = self.occupancy
        before = {i.index: occupancy.booked[i.index] for i in free if i.index in occupancy.booked}
        old_value = self.value()
        for index in before:
            occupancy.remove(self.problem.items[index])
        result = solve(occupancy, {index: booked.option for index, booked in before.items()})
        if result.feasible:
            for index, option in result.chosen.items():
                item = self.problem.items[index]
                occupancy.add(item, option, item.held.venue if item.held else None)
            if self.value() >= old_value:
                return True, result
            for index in result.chosen:
                occupancy.remove(self.problem.items[index])
        for index, booked in before.items():
            occupancy.add(self.problem.items[index], booked.option, booked.venue)
        return False, result
