"""export-roster and import-people: spreadsheets for transport, hotels and accreditation."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path

from planner.cli.common import CommandFailed, ExitCode, Subparsers, add_plan_command, opened_plan
from planner.messages import tr
from planner.services.people import ROSTER_SUFFIXES, export_roster, import_people

IMPORT_EXIT_CODES = (
    "Exit codes: 0 imported (also when --skip-invalid left bad rows out; they are listed); "
    "1 the sheet has bad rows or columns, and nothing was imported; "
    "2 the sheet or the plan file cannot be read."
)


def register(commands: Subparsers) -> None:
    """Add ``export-roster`` and ``import-people``."""
    add_plan_command(
        commands,
        "export-roster",
        run_export_roster,
        tr("write the roster as a CSV or XLSX spreadsheet, one row per person"),
        "Columns: Delegation, Honorific, Given name, Family name, Position, Rank, Role, "
        "E-mail, Arrival, Departure. Delegations in the order of precedence, head first; "
        "arrival and departure in the event's local time. The format follows the extension "
        "(.csv: UTF-8 with BOM, comma-separated; .xlsx: Excel workbook). Cells that a "
        "spreadsheet would run as a formula get a leading single quote.",
        output="OUT.csv|OUT.xlsx",
    )

    importing = add_plan_command(
        commands,
        "import-people",
        run_import_people,
        tr("add or update people from an accreditation list (CSV or XLSX)"),
        "Columns are found by their headers, in any order and with common synonyms: "
        "Country/Delegation, ISO code, Title/Honorific, First name/Given name, "
        "Surname/Family name/Last name, Position/Function, Rank, Role, E-mail/Email. "
        "Delegations are matched by id, ISO 3166 code or English name. A row matching a "
        "person of the plan (same delegation and name, or same e-mail) updates them; "
        "empty cells change nothing. Every bad row is reported with its row number and "
        "column, and nothing is imported while any row is bad, unless --skip-invalid.",
    )
    importing.add_argument("sheet", metavar="SHEET.csv|SHEET.xlsx", type=Path)
    importing.add_argument(
        "--skip-invalid",
        action="store_true",
        help="import the good rows and leave the bad ones out (they are still listed)",
    )
    importing.epilog = IMPORT_EXIT_CODES


def run_export_roster(arguments: argparse.Namespace) -> int:
    output: Path = arguments.output
    if output.suffix.lower() not in ROSTER_SUFFIXES:
        raise CommandFailed(
            f"{output}: the extension chooses the format; use .csv or .xlsx "
            f"(not {output.suffix or 'no extension'})"
        )
    with opened_plan(arguments.plan) as service:
        count = export_roster(service, output, now=datetime.now(UTC))
    print(tr("wrote {count} people to {path}").format(count=count, path=output))
    return ExitCode.OK


def run_import_people(arguments: argparse.Namespace) -> int:
    with opened_plan(arguments.plan) as service:
        report = import_people(service, arguments.sheet, skip_invalid=arguments.skip_invalid)
    name = arguments.sheet.name
    for problem in report.problems:
        print(f"{name}: {problem}", file=sys.stderr)
    if report.ignored_columns:
        left_out = ", ".join(report.ignored_columns)
        print(tr("{name}: columns left out: {columns}").format(name=name, columns=left_out))
    if not report.applied:
        advice = (
            tr("fix the rows above, or use --skip-invalid to import the good rows")
            if report.rows_checked
            else tr("fix the header row")
        )
        print(f"{report.summary()}; {advice}", file=sys.stderr)
        return ExitCode.PROBLEMS
    print(report.summary())
    return ExitCode.OK
