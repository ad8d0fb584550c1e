"""The plan file: one SQLite database per plan (the only user of sqlite_utils)."""

from planner.storage.database import (
    APPLICATION_ID,
    PLAN_SUFFIX,
    SCHEMA_VERSION,
    create_plan_file,
    open_plan_file,
)
from planner.storage.repositories import PlanStore

__all__ = [
    "APPLICATION_ID",
    "PLAN_SUFFIX",
    "SCHEMA_VERSION",
    "PlanStore",
    "create_plan_file",
    "open_plan_file",
]
