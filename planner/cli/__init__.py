"""The ``summit-planner`` subcommands, for batch work and IT staff (no GUI import).

Exit codes: 0 fine, 1 the plan has problems, 2 bad usage or unreadable input.
Errors are one clear message on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from planner import __version__
from planner.cli import (
    calendar_commands,
    plan_commands,
    print_commands,
    schedule_command,
    sheet_commands,
)
from planner.cli.common import CommandFailed, ExitCode, Subparsers
from planner.errors import PlannerError
from planner.messages import tr

log = logging.getLogger(__name__)

_MODULES = (plan_commands, schedule_command, calendar_commands, print_commands, sheet_commands)


def build_parser() -> argparse.ArgumentParser:
    return _build()[0]


def _build() -> tuple[argparse.ArgumentParser, Subparsers]:
    parser = argparse.ArgumentParser(
        prog="summit-planner",
        description=tr(
            "Plan, schedule and print summits and ministerial meetings. "
            "Without a command, opens the window on the last plan used (or on FILE.summit)."
        ),
        epilog=tr("Exit codes: 0 fine, 1 the plan has problems, 2 bad usage or unreadable input."),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in _MODULES:
        module.register(commands)
    return parser, commands


def command_names() -> frozenset[str]:
    """Names of the subcommands (for telling a command from a file to open)."""
    parser = build_parser()
    for action in parser._subparsers._group_actions if parser._subparsers else ():
        if isinstance(action, argparse._SubParsersAction):
            return frozenset(action.choices)
    return frozenset()


def main(argv: Sequence[str] | None = None) -> int:
    """Run one subcommand; returns the exit code."""
    parser = build_parser()
    arguments = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    try:
        code: int = arguments.handler(arguments)
        sys.stdout.flush()  # a reader that went away is learned of here, not at exit
    except BrokenPipeError:
        # The reader of our output stopped (`check | head -1`): as any filter, stop quietly.
        _silence_stdout()
        return ExitCode.OK
    except CommandFailed as failure:
        print(f"summit-planner {arguments.command}: {failure}", file=sys.stderr)
        return failure.exit_code
    except PlannerError as error:
        print(f"summit-planner {arguments.command}: {error}", file=sys.stderr)
        return ExitCode.USAGE
    except KeyboardInterrupt:
        print(f"summit-planner {arguments.command}: {tr('interrupted')}", file=sys.stderr)
        return ExitCode.INTERRUPTED
    except Exception as error:
        log.debug("unexpected error", exc_info=True)
        explanation = tr(
            "unexpected error ({error}). Nothing was changed by the failed step; "
            "please report this with the input that caused it."
        ).format(error=f"{type(error).__name__}: {error}")
        print(f"summit-planner {arguments.command}: {explanation}", file=sys.stderr)
        return ExitCode.USAGE
    return code if code is not None else ExitCode.OK


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so that flushing it at exit finds no broken pipe."""
    descriptor = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(descriptor, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    finally:
        os.close(descriptor)
