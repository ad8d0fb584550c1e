"""Subcommands of this area are registered here."""

from __future__ import annotations

from planner.cli.common import Subparsers


def register(commands: Subparsers) -> None:
    """Add this area's subcommands (none yet)."""
