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
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal

from planner.domain.model import Plan
from planner.errors import PlannerError

if TYPE_CHECKING:
    from planner.services.schedule import Progress, ScheduleResult

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BuildChoice:
    """What the officer asked of a build."""

    time_limit: int
    replan: bool = False
    rearrange: bool = False
    """Placed sessions may move (locks, fixed, windows and the order still hold)."""


ProgressSink = Callable[["Progress"], None]
Compute = Callable[[Plan, BuildChoice, ProgressSink, threading.Event], "ScheduleResult"]


def run_scheduler(
    plan: Plan,
    choice: BuildChoice,
    report: ProgressSink,
    cancel: threading.Event,
    *,
    protected: frozenset[str] = frozenset(),
) -> ScheduleResult:
    """Run the planner's scheduler on ``plan`` (the default :data:`Compute`).

    ``protected``: items whose invitations went out; re-planning avoids moving them.
    """
    # The solver is loaded when a build starts, not with the window: it adds to start-up.
    from planner.services.schedule import SolveOptions, compute_schedule

    options = SolveOptions(
        time_limit=float(choice.time_limit),
        replan=choice.replan,
        protected=protected,
        rearrange=choice.rearrange,
    )
    return compute_schedule(plan, options, report, cancel)


def unplaced_reasons(result: ScheduleResult) -> dict[str, str]:
    """Why each item stayed unplaced, by item, with the rule it would break when there is one."""
    return {
        explanation.item: (
            f"rule {explanation.rule}: {explanation.message}"
            if explanation.rule
            else explanation.message
        )
        for explanation in result.unplaced
    }


class SolverTask(QThread):
    """Runs a :data:`Compute` on a plan snapshot in its own thread.

    Signals:
        progressed(Progress): the search improved or reported its bound.
        succeeded(ScheduleResult): the search ended (finished, timed out or cancelled).
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
