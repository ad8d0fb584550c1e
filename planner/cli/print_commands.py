"""print: rosters, programmes, daily programmes and venue door sheets as PDF."""

from __future__ import annotations

import argparse
import os
import re
from datetime import UTC, date, datetime

from planner.cli.common import ExitCode, Subparsers, add_plan_command, read_plan
from planner.errors import PlannerError, ValidationError
from planner.messages import ENGLISH, tr

WHAT_CHOICES = ("roster", "programme", "daily", "venues")
PAPER_CHOICES = ("a4", "letter")


def register(commands: Subparsers) -> None:
    printing = add_plan_command(
        commands,
        "print",
        run_print,
        tr("print a roster, programmes, a daily programme or venue door sheets to PDF"),
        "Write a PDF through the same pages the window's print preview shows. "
        "roster: delegations in the order of precedence, head first, members by role; "
        "programme: one delegation's items (or every delegation's, one per page) with "
        "venue, building, time and home time; daily: one day (or each day, one per page) "
        "by time and venue; venues: door sheets, one page per venue per day. "
        "The footer's print date is today's, or the date SOURCE_DATE_EPOCH gives.",
        output="OUT.pdf",
        output_help="the PDF to write",
    )
    printing.add_argument(
        "--what", required=True, choices=WHAT_CHOICES, help="which printout to make"
    )
    printing.add_argument(
        "--delegation",
        metavar="ID",
        help="only this delegation (its id, or its English name)",
    )
    printing.add_argument(
        "--day",
        metavar="YYYY-MM-DD",
        type=_day,
        help="only this day of the event (programme, daily, venues)",
    )
    printing.add_argument(
        "--paper", choices=PAPER_CHOICES, default="a4", help="paper size (default: a4)"
    )
    printing.add_argument(
        "--language",
        metavar="LANG",
        type=_languages,
        default=(ENGLISH,),
        help="the language to print in, e.g. ru, kk, id (default: en); two separated by a "
        "comma print the roster in both side by side, e.g. en,ru",
    )


def _languages(text: str) -> tuple[str, ...]:
    from planner.printing import report_languages

    try:
        return report_languages(text)
    except ValidationError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _day(text: str) -> date:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise argparse.ArgumentTypeError(f"{text!r} is not a date as YYYY-MM-DD")
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a real date") from None


def printed_on() -> date:
    """Today on this computer, or the day SOURCE_DATE_EPOCH names (reproducible output)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        try:
            return datetime.fromtimestamp(int(epoch), tz=UTC).date()
        except (ValueError, OverflowError, OSError):
            raise PlannerError(
                f"SOURCE_DATE_EPOCH={epoch!r} is not a number of seconds since 1970"
            ) from None
    return datetime.now().astimezone().date()


def run_print(arguments: argparse.Namespace) -> int:
    day_printed = printed_on()
    plan = read_plan(arguments.plan)
    # Qt only on this path, so the other commands start fast and need no screen.
    from planner.printing import ensure_application, write_pdf

    application = ensure_application()
    pages = write_pdf(
        plan,
        arguments.output,
        arguments.what,
        delegation=arguments.delegation,
        day=arguments.day,
        paper=arguments.paper,
        languages=arguments.language,
        printed_on=day_printed,
    )
    del application
    wrote = tr("wrote {path} (1 page)") if pages == 1 else tr("wrote {path} ({count} pages)")
    print(wrote.format(path=arguments.output, count=pages))
    return ExitCode.OK
