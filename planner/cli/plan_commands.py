"""demo, import, export, check, info."""

from __future__ import annotations

import argparse
from pathlib import Path

from planner.cli.common import (
    CommandFailed,
    ExitCode,
    Subparsers,
    add_command,
    add_plan_command,
    opened_plan,
    print_problems,
    read_plan,
)
from planner.domain import rules, times, zones
from planner.messages import tr
from planner.services import create_demo, import_document


def register(commands: Subparsers) -> None:
    demo = add_command(commands, "demo", run_demo, tr("write a fresh copy of the sample plan"))
    demo.add_argument("output", metavar="OUT.summit", type=Path)

    importing = add_command(
        commands,
        "import",
        run_import,
        tr("create a plan file from a summit-plan JSON document"),
        "Validate the whole document first and import nothing if anything is wrong. "
        "Refuses to overwrite an existing plan file unless --replace is given.",
    )
    importing.add_argument("document", metavar="PLAN.json", type=Path)
    importing.add_argument("output", metavar="OUT.summit", type=Path)
    importing.add_argument(
        "--replace",
        action="store_true",
        help="update an existing plan file in place to match the document, in one "
        "transaction, keeping what the file knows beyond the format",
    )

    add_plan_command(
        commands,
        "export",
        run_export,
        tr("write the plan as summit-plan JSON"),
        output="OUT.json",
    )
    add_plan_command(
        commands, "check", run_check, tr("list every broken scheduling rule (exit 1 if any)")
    )
    add_plan_command(commands, "info", run_info, tr("print the event and what the plan holds"))


def run_demo(arguments: argparse.Namespace) -> int:
    path = create_demo(arguments.output)
    print(tr("wrote the sample plan to {path}").format(path=path))
    return ExitCode.OK


def run_import(arguments: argparse.Namespace) -> int:
    report = import_document(
        arguments.document, arguments.output, replace_existing=arguments.replace
    )
    print_problems(report.warnings, prefix="warning: ")
    updated = arguments.replace and report.changes != report.changes.everything()
    print((tr("updated {path}") if updated else tr("wrote {path}")).format(path=report.path))
    return ExitCode.OK


def run_export(arguments: argparse.Namespace) -> int:
    with opened_plan(arguments.plan) as service:
        service.export_json(arguments.output)
    print(tr("wrote {path}").format(path=arguments.output))
    return ExitCode.OK


def run_check(arguments: argparse.Namespace) -> int:
    with opened_plan(arguments.plan) as service:
        violations = service.check()
        plan = service.plan
    for violation in violations:
        print(violation)
    placed = len(plan.schedule)
    if violations:
        print(
            tr("{count} broken rule(s) in {placed} placement(s)").format(
                count=len(violations), placed=placed
            )
        )
        return ExitCode.PROBLEMS
    print(tr("no broken rules in {placed} placement(s)").format(placed=placed))
    return ExitCode.OK


def run_info(arguments: argparse.Namespace) -> int:
    plan = read_plan(arguments.plan)
    event = plan.event
    opens, _closes = event.day_bounds(event.start_date)
    score = rules.score(plan)
    buildings = len({v.building for v in plan.venues})
    facts = [
        (tr("Event:"), f"{event.name} ({event.id})"),
        (tr("Place:"), event.city),
        (
            tr("Dates:"),
            f"{event.start_date:%d %b %Y} – {event.end_date:%d %b %Y}, "
            f"{times.format_clock(event.day_start)}–{times.format_clock(event.day_end)}",
        ),
        (
            tr("Time zone:"),
            tr("{zone} ({offset} on the first day; tz database {version})").format(
                zone=event.timezone,
                offset=zones.offset_label(opens),
                version=times.tz_database_version(),
            ),
        ),
        (
            tr("Grid:"),
            tr("{slot} min slots, {changeover} min changeover").format(
                slot=event.slot_minutes, changeover=event.changeover_minutes
            ),
        ),
        (
            tr("Venues:"),
            tr("{count} in {buildings} building(s)").format(
                count=len(plan.venues), buildings=buildings
            ),
        ),
        (tr("Delegations:"), str(len(plan.delegations))),
        (tr("People:"), str(len(plan.people))),
        (
            tr("Sessions:"),
            tr("{count} ({placed} placed)").format(
                count=len(plan.sessions), placed=score.sessions_placed
            ),
        ),
        (
            tr("Requests:"),
            tr("{count} ({granted} granted of {total} not declined)").format(
                count=len(plan.requests),
                granted=score.requests_granted,
                total=score.requests_total,
            ),
        ),
        (tr("Placements:"), str(len(plan.schedule))),
        (
            tr("Score:"),
            tr("{score} (weight {weight}, {absences} absence(s))").format(
                score=score.score, weight=score.weight, absences=score.absences
            ),
        ),
    ]
    width = max(len(label) for label, _value in facts) + 2
    lines = [f"{label:<{width}}{value}" for label, value in facts]
    print("\n".join(lines))
    return ExitCode.OK


__all__ = ["CommandFailed", "register"]
