"""The scheduler off the GUI thread.

The worker gets a :class:`~planner.domain.model.Plan` (frozen dataclasses, a
snapshot) and never the plan file: SQLite connections belong to the thread
that opened them. Progress and the result come back by signal; the officer
cancels through a :class:`threading.Event`, and the solver then returns the
best schedule found so far.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal

from planner.domain.model import Placement, Plan
from planner.domain.rules import Score
from planner.errors import PlannerError

if TYPE_CHECKING:
    from planner.services.schedule import ScheduleResult

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SolverProgress:
    """A report from the running search: its score so far and the bound on any score."""

    elapsed: float
    score: int
    bound: int | None = None
    gap: float | None = None
    absences: int = 0
    requests_granted: int = 0


@dataclass(frozen=True)
class SolverOutcome:
    """What the search found: the schedule, why items stayed unplaced, and its figures.

    ``score`` is the schedule's score as :func:`planner.domain.rules.score`
    gives it (what ``schedule`` prints), ``bound`` the proven bound on any
    schedule's score and ``gap`` how far below it the score may be.
    """

    schedule: tuple[Placement, ...]
    reasons: Mapping[str, str] = field(default_factory=dict)
    stopped: bool = False
    status: str = ""
    score: Score | None = None
    bound: int | None = None
    gap: float | None = None


@dataclass(frozen=True)
class BuildChoice:
    """What the officer asked of a build."""

    time_limit: int
    replan: bool = False
    rearrange: bool = False
    """Placed sessions may move (locks, fixed, windows and the order still hold)."""


ProgressSink = Callable[[SolverProgress], None]
Compute = Callable[[Plan, BuildChoice, ProgressSink, threading.Event], SolverOutcome]


def run_scheduler(
    plan: Plan,
    choice: BuildChoice,
    report: ProgressSink,
    cancel: threading.Event,
    *,
    protected: frozenset[str] = frozenset(),
) -> SolverOutcome:
    """Run the planner's scheduler on ``plan`` (the default :data:`Compute`).

    ``protected``: items whose invitations went out; re-planning avoids moving them.
    """
    from planner.services.schedule import Progress, SolveOptions, compute_schedule

    options = SolveOptions(
        time_limit=float(choice.time_limit),
        replan=choice.replan,
        protected=protected,
        rearrange=choice.rearrange,
    )

    def on_progress(progress: Progress) -> None:
        report(
            SolverProgress(
                elapsed=progress.elapsed,
                score=progress.score,
                bound=progress.bound,
                gap=progress.gap,
                absences=progress.absences,
                requests_granted=progress.requests_granted,
            )
        )

    return outcome_of(compute_schedule(plan, options, on_progress, cancel))


def outcome_of(result: ScheduleResult) -> SolverOutcome:
    """The window's form of a scheduler result: the same figures ``schedule`` prints."""
    reasons = {
        explanation.item: (
            f"rule {explanation.rule}: {explanation.message}"
            if explanation.rule
            else explanation.message
        )
        for explanation in result.unplaced
    }
    return SolverOutcome(
        schedule=tuple(result.placements),
        reasons=reasons,
        stopped=result.cancelled,
        status=result.status,
        score=result.figures,
        bound=result.bound,
        gap=result.gap,
    )


class SolverTask(QThread):
    """Runs a :data:`Compute` on a plan snapshot in its own thread.

    Signals:
        progressed(SolverProgress): the search improved or reported its bound.
        succeeded(SolverOutcome): the search ended (finished, timed out or cancelled).
        failed(str): the search could not run; the message says why.
    """

    progressed = Signal(object)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        plan: Plan,
        choice: BuildChoice,
        compute: Compute = run_scheduler,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self.choice = choice
        self.compute = compute
        self.cancel_event = threading.Event()

    def cancel(self) -> None:
        """Ask the search to stop; it delivers the best schedule found so far."""
        self.cancel_event.set()

    def run(self) -> None:
        try:
            outcome = self.compute(self.plan, self.choice, self.progressed.emit, self.cancel_event)
        except PlannerError as error:
            self.failed.emit(str(error))
            return
        except Exception as error:  # a bug in the solver must not kill the window
            log.exception("the scheduler failed")
            self.failed.emit(f"{type(error).__name__}: {error}")
            return
        self.succeeded.emit(outcome)
