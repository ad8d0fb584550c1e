"""What every subcommand shares: exit codes, argument helpers, output."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from planner.errors import Problem
from planner.messages import tr

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2

Handler = Callable[[argparse.Namespace], int]
Subparsers = Any  # argparse's _SubParsersAction is private


class CommandFailed(Exception):
    """Stop a command with a message and an exit code."""

    def __init__(self, message: str, exit_code: int = EXIT_USAGE) -> None:
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


def plan_file_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("plan", metavar="FILE.summit", type=Path, help=tr("the plan file"))


def print_problems(problems: tuple[Problem, ...] | list[Problem], prefix: str = "") -> None:
    for problem in problems:
        print(f"{prefix}{problem}", file=sys.stderr)
