"""The ``summit-planner`` entry point: a subcommand, or the window.

Start-up order for the window: argv -> logging -> QApplication -> settings ->
plan file -> services -> main window -> event loop. Qt and the window are
imported only on that path, so subcommands start fast and need no screen.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from planner import cli


def wants_window(argv: Sequence[str]) -> bool:
    """No arguments, or just a plan file to open, means the window."""
    if not argv:
        return True
    return len(argv) == 1 and not argv[0].startswith("-") and argv[0] not in cli.command_names()


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if not wants_window(arguments):
        return cli.main(arguments)
    from planner.gui.launch import run_window

    return run_window(arguments[0] if arguments else None)
