"""The summit-plan JSON exchange format, version 1 (read and write)."""

from planner.interchange.summit_plan import (
    FORMAT_NAME,
    FORMAT_VERSION,
    ImportResult,
    dump_plan,
    parse_plan,
    plan_to_document,
)

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "ImportResult",
    "dump_plan",
    "parse_plan",
    "plan_to_document",
]
