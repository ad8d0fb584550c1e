"""Reading a plan file afresh, as another program would, to see what it holds."""

from __future__ import annotations

from pathlib import Path

from planner.domain.model import Plan
from planner.services import PlanService


def fresh(path: Path) -> Plan:
    """The plan the file at ``path`` holds now, read through a connection of its own."""
    reader = PlanService.open(path)
    try:
        return reader.plan
    finally:
        reader.close()


def revision_of(path: Path) -> int:
    reader = PlanService.open(path)
    try:
        return reader.revision
    finally:
        reader.close()
