"""schedule: build the schedule automatically and say what cannot be placed and why."""

from __future__ import annotations

import argparse
import logging
import math
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from planner.cli.common import CommandFailed, ExitCode, Subparsers, add_plan_command, opened_plan
from planner.domain import times
from planner.domain.model import Placement, Plan
from planner.errors import PlanChangedError
from planner.messages import tr

if TYPE_CHECKING:
    from planner.services.schedule import Progress, ScheduleResult

log = logging.getLogger(__name__)

MAX_TIME_LIMIT = 24 * 3600.0


def register(commands: Subparsers) -> None:
    """Add ``schedule``."""
    parser = add_plan_command(
        commands,
        "schedule",
        run_schedule,
        tr(
            "place sessions and bilateral meetings automatically (exit 1 if a session "
            "cannot be placed)"
        ),
        "Place every unplaced session and as many bilateral requests as the rules allow, "
        "by priority, keeping locked and fixed placements and every session already "
        "placed (unless --rearrange). Writes the schedule in one "
        "transaction and prints what it achieved and what it could not place and why. "
        "With --replan, keeps every placement that still fits and moves as few items as "
        "possible, items whose invitations went out last of all.",
    )
    parser.add_argument(
        "--time-limit",
        metavar="SECONDS",
        type=_seconds,
        default=30.0,
        help="stop searching after this many seconds and keep the best schedule (default 30)",
    )
    parser.add_argument(
        "--replan",
        action="store_true",
        help="keep the current schedule where it still fits; move as little as possible",
    )
    parser.add_argument(
        "--rearrange",
        action="store_true",
        help="let placed sessions move too (locks, fixed starts and venues, windows and "
        "the order of sessions still hold)",
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="print the result but change nothing"
    )


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not math.isfinite(value) or value <= 0 or value > MAX_TIME_LIMIT:
        raise argparse.ArgumentTypeError(
            f"{text!r}: give a time limit from 0 to {int(MAX_TIME_LIMIT)} seconds"
        )
    return value


def run_schedule(arguments: argparse.Namespace) -> int:
    from planner.services import schedule

    with opened_plan(arguments.plan) as service:
        plan, revision = service.plan, service.revision
        if not arguments.dry_run:
            service.ensure_writable()  # before the time limit is spent, not after
        protected = schedule.published_items(service) if arguments.replan else frozenset()
        options = schedule.SolveOptions(
            time_limit=arguments.time_limit,
            replan=arguments.replan,
            protected=protected,
            rearrange=arguments.rearrange,
        )
        with _progress_display(arguments.time_limit) as show:
            result = _solve_interruptibly(
                lambda cancel: schedule.compute_schedule(plan, options, show, cancel)
            )
        _print_result(plan, result, arguments.replan)
        if arguments.dry_run:
            print(tr("dry run: the plan file was not changed"))
        else:
            try:
                changes = schedule.apply_schedule(service, result, revision)
            except PlanChangedError as error:
                raise CommandFailed(str(error), ExitCode.PROBLEMS) from None
            count = len(changes.items)
            print(
                tr("wrote the schedule to {path} ({count} items changed)").format(
                    path=arguments.plan, count=count
                )
            )
    return ExitCode.OK if result.complete else ExitCode.PROBLEMS


def _solve_interruptibly(solve: Callable[[threading.Event], ScheduleResult]) -> ScheduleResult:
    """Run ``solve`` in a worker thread, so that Ctrl-C reaches this one at once.

    Ctrl-C stops the search and the command writes nothing: a partial result
    must not look like a finished run.
    """
    cancel = threading.Event()
    finished = threading.Event()
    outcome: list[ScheduleResult] = []
    failure: list[BaseException] = []

    def work() -> None:
        # Ctrl-C is for the main thread alone: the solver's own threads, which
        # inherit this mask, must not be interrupted in the middle of a wait.
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            outcome.append(solve(cancel))
        except BaseException as error:  # handed to the main thread, raised there
            failure.append(error)
        finally:
            finished.set()

    threading.Thread(target=work, name="scheduler", daemon=True).start()
    # An Event, not Thread.join: a join that Ctrl-C interrupts may report a
    # thread that still runs as ended, and the process would exit under it.
    try:
        while not finished.wait(0.1):
            pass
    except KeyboardInterrupt:
        cancel.set()
        started = time.monotonic()
        finished.wait()  # the search stops within a moment of being cancelled
        log.debug("the search stopped %.2f s after Ctrl-C", time.monotonic() - started)
        raise CommandFailed(
            tr("interrupted: nothing was written to the plan"), ExitCode.INTERRUPTED
        ) from None
    if failure:
        raise failure[0]
    return outcome[0]


@contextmanager
def _progress_display(limit: float) -> Iterator[Callable[[Progress], None]]:
    """A progress bar on a terminal, plain lines otherwise."""
    if sys.stderr.isatty():
        from rich.progress import BarColumn, TextColumn, TimeElapsedColumn
        from rich.progress import Progress as Bar

        bar = Bar(
            TextColumn("scheduling"),
            BarColumn(),
            TimeElapsedColumn(),
            TextColumn("{task.fields[status]}"),
            transient=True,
            console=None,
        )
        task = bar.add_task("schedule", total=limit, status="")

        def show_bar(progress: Progress) -> None:
            bar.update(
                task,
                completed=min(limit, progress.elapsed),
                status=_progress_words(progress),
            )

        with bar:
            yield show_bar
        return

    last = [-1.0]

    def show_lines(progress: Progress) -> None:
        elapsed = progress.elapsed
        if elapsed - last[0] >= 1.0:
            last[0] = elapsed
            print(f"  {elapsed:6.1f} s  {_progress_words(progress)}", file=sys.stderr, flush=True)

    yield show_lines


def _progress_words(progress: Progress) -> str:
    return f"score {progress.score}, bound {progress.bound}, gap {progress.gap:.1%}"


def _when(plan: Plan, placement: Placement) -> str:
    venue = plan.venue_by_id.get(placement.venue)
    name = venue.name if venue else placement.venue
    return f"{times.short_when(placement.start.astimezone(plan.event.zone))} in {name}"


def _print_result(plan: Plan, r: ScheduleResult, replan: bool) -> None:
    print(tr("status: {status}, {seconds} s").format(status=r.status, seconds=f"{r.elapsed:.1f}"))
    print(
        tr("sessions placed: {placed} of {total}").format(
            placed=r.sessions_placed, total=r.sessions_total
        )
    )
    print(
        tr("requests granted: {granted} of {total}").format(
            granted=r.requests_granted, total=r.requests_total
        )
    )
    if r.granted_by_priority:
        print(
            tr("by priority: {counts}").format(
                counts=", ".join(
                    tr("{priority}: {granted} of {wanted}").format(
                        priority=p, granted=granted, wanted=wanted
                    )
                    for p, granted, wanted in r.granted_by_priority
                )
            )
        )
    print(tr("weight: {weight}").format(weight=r.weight))
    print(tr("absences: {count}").format(count=r.absences))
    print(tr("score: {score}").format(score=r.score))
    print(tr("bound: {bound}").format(bound=r.bound))
    print(tr("gap: {gap}").format(gap=f"{r.gap:.1%}"))
    for explanation in r.unplaced:
        print(
            tr("not placed: {item}: {reason}").format(
                item=plan.item_title(explanation.item), reason=explanation.message
            )
        )
    if not replan:
        # Placed sessions stay unless rearranging, or unless their place broke a rule.
        for move in r.moves:
            if move.item in plan.session_by_id and move.before and move.after:
                print(
                    tr("session moved: {item}: {before} -> {after}").format(
                        item=plan.item_title(move.item),
                        before=_when(plan, move.before),
                        after=_when(plan, move.after),
                    )
                )
    if replan:
        moved = [m for m in r.moves if m.before is not None and m.after is not None]
        print(tr("moved: {count}").format(count=len(moved)))
        for move in moved:
            assert move.before is not None and move.after is not None
            print(
                f"  {plan.item_title(move.item)}: {_when(plan, move.before)} -> "
                f"{_when(plan, move.after)}"
            )
        for item in r.requests_lost:
            print(tr("request lost: {item}").format(item=plan.item_title(item)))
        for item in r.requests_gained:
            print(tr("request gained: {item}").format(item=plan.item_title(item)))
