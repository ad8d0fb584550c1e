"""ics and invites: calendar files and invitations for delegations, people and venues."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from typing import TypedDict

from planner.cli.common import ExitCode, Subparsers, add_plan_command, opened_plan
from planner.messages import tr
from planner.services.calendar import export_calendar, write_invitations


def register(commands: Subparsers) -> None:
    """Add ``ics`` and ``invites``."""
    ics = add_plan_command(
        commands,
        "ics",
        run_ics,
        tr("write an iCalendar file of the placed items"),
        "Write one calendar (METHOD:PUBLISH) of the placed items, of the whole event or "
        "of one delegation, person or venue. Run it again after changes: items keep their "
        "UIDs, changed ones get a higher SEQUENCE, and items taken off are listed as "
        "cancelled so that calendar programs remove them.",
        output="OUT.ics",
    )
    _filters(ics, venue=True)

    invites = add_plan_command(
        commands,
        "invites",
        run_invites,
        tr("write an invitation file per item, only for what changed since the last run"),
        "Write one invitation (METHOD:REQUEST, one event per file) per item that is new "
        "or changed since the invitations last written for the same audience, and a "
        "cancellation (METHOD:CANCEL) for each item sent before and now taken off. The "
        "plan file records what was written.",
        output="OUTDIR",
        output_help="folder for the files",
    )
    _filters(invites, venue=False)
    invites.add_argument(
        "--all",
        dest="resend_all",
        action="store_true",
        help="write every invitation again, changed or not",
    )
    invites.add_argument(
        "--eml",
        action="store_true",
        help="also write an e-mail draft per file, with the invitation attached",
    )


def _filters(parser: argparse.ArgumentParser, *, venue: bool) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--delegation", metavar="ID", help="only this delegation's items")
    group.add_argument("--person", metavar="ID", help="only the items this person attends")
    if venue:
        group.add_argument("--venue", metavar="ID", help="only the items held in this venue")


class Audience(TypedDict):
    """What both calendar writers are told: whose items, and the time of writing."""

    delegation: str | None
    person: str | None
    now: datetime


def _audience(arguments: argparse.Namespace) -> Audience:
    return Audience(delegation=arguments.delegation, person=arguments.person, now=datetime.now(UTC))


def run_ics(arguments: argparse.Namespace) -> int:
    with opened_plan(arguments.plan) as service:
        report = export_calendar(
            service, arguments.output, venue=arguments.venue, **_audience(arguments)
        )
    cancelled = tr(", {count} cancelled").format(count=report.cancelled) if report.cancelled else ""
    print(
        tr(
            "wrote {path}: {events} event(s) for {scope}{cancelled}; "
            "{changed} new or changed since the last export"
        ).format(
            path=report.path,
            events=report.events,
            scope=report.scope,
            cancelled=cancelled,
            changed=len(report.changed),
        )
    )
    if report.not_recorded is not None:
        print(f"not recorded as sent: {report.not_recorded}")
    return ExitCode.OK


def run_invites(arguments: argparse.Namespace) -> int:
    with opened_plan(arguments.plan) as service:
        report = write_invitations(
            service,
            arguments.output,
            resend_all=arguments.resend_all,
            eml=arguments.eml,
            **_audience(arguments),
        )
    for written in report.files:
        print(f"wrote {written.path} ({written.method.value}, sequence {written.sequence})")
    for reason in report.skipped:
        print(tr("skipped {reason}").format(reason=reason))
    print(
        tr(
            "{requests} invitation(s) and {cancellations} cancellation(s) for "
            "{scope} in {folder}; {unchanged} unchanged since the last run"
        ).format(
            requests=report.requests,
            cancellations=report.cancellations,
            scope=report.scope,
            folder=report.folder,
            unchanged=report.unchanged,
        )
    )
    return ExitCode.OK
