"""The summit-plan JSON exchange format, version 1 (read and write)."""

from planner.interchange.plan_document import (
    FORMAT_NAME,
    FORMAT_VERSION,
    dump_plan,
    plan_to_document,
)
from planner.interchange.summit_plan import ImportResult, parse_plan

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "ImportResult",
    "dump_plan",
    "parse_plan",
    "plan_to_document",
]
