"""What every subcommand shares: exit codes, argument helpers, output."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import IntEnum
from pathlib import Path
from typing import Any

from planner.domain.model import Plan
from planner.errors import Problem
from planner.messages import tr
from planner.services import PlanService


class ExitCode(IntEnum):
    """What a command's exit status says."""

    OK = 0
    PROBLEMS = 1  # the plan has problems (broken rules, bad rows, unplaced sessions)
    USAGE = 2  # bad usage or unreadable input
    INTERRUPTED = 130  # as a shell reports a command that Ctrl-C stopped


Handler = Callable[[argparse.Namespace], int]
Subparsers = Any  # argparse's _SubParsersAction is private


class CommandFailed(Exception):
    """Stop a command with a message and an exit code."""

    def __init__(self, message: str, exit_code: int = ExitCode.USAGE) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def add_command(
    commands: Subparsers, name: str, handler: Handler, help_text: str, description: str = ""
) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = commands.add_parser(
        name, help=help_text, description=description or help_text
    )
    parser.set_defaults(handler=handler)
    return parser


def add_plan_command(
    commands: Subparsers,
    name: str,
    handler: Handler,
    help_text: str,
    description: str = "",
    *,
    output: str | None = None,
    output_help: str | None = None,
) -> argparse.ArgumentParser:
    """A command on a plan file (its first argument), and on an ``output`` path if named."""
    parser = add_command(commands, name, handler, help_text, description)
    parser.add_argument("plan", metavar="FILE.summit", type=Path, help=tr("the plan file"))
    if output is not None:
        parser.add_argument("output", metavar=output, type=Path, help=output_help)
    return parser


@contextmanager
def opened_plan(path: Path) -> Iterator[PlanService]:
    """The plan file open for the command, and closed when it is done, however it ends."""
    service = PlanService.open(path)
    try:
        yield service
    finally:
        service.close()


def read_plan(path: Path) -> Plan:
    """The plan the file holds; the file is closed again at once."""
    with opened_plan(path) as service:
        return service.plan


def print_problems(problems: tuple[Problem, ...] | list[Problem], prefix: str = "") -> None:
    for problem in problems:
        print(f"{prefix}{problem}", file=sys.stderr)
