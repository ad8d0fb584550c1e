"""schedule: build the schedule automatically and say what cannot be placed and why."""

from __future__ import annotations

import argparse
import math
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from planner.cli.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    CommandFailed,
    Subparsers,
    add_command,
    plan_file_argument,
)
from planner.domain import times
from planner.domain.model import Placement, Plan
from planner.services import PlanService

if TYPE_CHECKING:
    from planner.services.schedule import Progress, ScheduleResult

MAX_TIME_LIMIT = 24 * 3600.0


def register(commands: Subparsers) -> None:
    """Add ``schedule``."""
    parser = add_command(
        commands,
        "schedule",
        run_schedule,
        "place sessions and bilateral meetings automatically (exit 1 if a session "
        "cannot be placed)",
        "Place every session and as many bilateral requests as the rules allow, by "
        "priority, keeping locked and fixed placements. Writes the schedule in one "
        "transaction and prints what it achieved and what it could not place and why. "
        "With --replan, keeps every placement that still fits and moves as few items as "
        "possible, items whose invitations went out last of all.",
    )
    plan_file_argument(parser)
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

    service = PlanService.open(arguments.plan)
    try:
        plan = service.plan
        if not arguments.dry_run:
            service.store.check_writable()
        protected = schedule.published_items(service) if arguments.replan else frozenset()
        options = schedule.SolveOptions(
            time_limit=arguments.time_limit, replan=arguments.replan, protected=protected
        )
        cancel = threading.Event()
        try:
            with _progress_display(arguments.time_limit) as show:
                result = schedule.compute_schedule(plan, options, show, cancel)
        except KeyboardInterrupt:
            raise CommandFailed("interrupted; nothing was changed", 130) from None
        _print_result(plan, result, arguments.replan)
        if arguments.dry_run:
            print("dry run: the plan file was not changed")
        else:
            changes = schedule.apply_schedule(service, result)
            count = len(changes.items)
            print(f"wrote the schedule to {arguments.plan} ({count} items changed)")
    finally:
        service.close()
    return EXIT_OK if result.complete else EXIT_PROBLEMS


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
    print(f"status: {r.status}, {r.elapsed:.1f} s")
    print(f"sessions placed: {r.sessions_placed} of {r.sessions_total}")
    print(f"requests granted: {r.requests_granted} of {r.requests_total}")
    print(f"weight: {r.weight}")
    print(f"absences: {r.absences}")
    print(f"score: {r.score}")
    print(f"bound: {r.bound}")
    print(f"gap: {r.gap:.1%}")
    for explanation in r.unplaced:
        print(f"not placed: {plan.item_title(explanation.item)}: {explanation.message}")
    if replan:
        moved = [m for m in r.moves if m.before is not None and m.after is not None]
        print(f"moved: {len(moved)}")
        for move in moved:
            assert move.before is not None and move.after is not None
            print(
                f"  {plan.item_title(move.item)}: {_when(plan, move.before)} -> "
                f"{_when(plan, move.after)}"
            )
        for item in r.requests_lost:
            print(f"request lost: {plan.item_title(item)}")
        for item in r.requests_gained:
            print(f"request gained: {plan.item_title(item)}")
