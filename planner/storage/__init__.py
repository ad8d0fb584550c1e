"""The plan file: one SQLite database per plan (the only user of sqlite_utils)."""

import sys


def _import_sqlite_utils() -> None:
    """Import sqlite-utils without its optional pandas and numpy support.

    sqlite-utils imports pandas and numpy whenever they are installed (the
    solver brings them) only to map their column types, which plan files never
    use; that costs one to two seconds on every start of the window and of each
    command. They are imported normally later, by the code that needs them.
    """
    skipped = [name for name in ("pandas", "numpy") if name not in sys.modules]
    for name in skipped:
        sys.modules[name] = None  # type: ignore[assignment]
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in skipped:
            if name in sys.modules and sys.modules[name] is None:
                del sys.modules[name]


_import_sqlite_utils()

from planner.storage.database import (  # noqa: E402
    APPLICATION_ID,
    SCHEMA_VERSION,
    companion_files,
    copy_plan_file,
    create_plan_file,
    open_plan_file,
    refuse_taken_name,
)
from planner.storage.repositories import PlanStore  # noqa: E402

__all__ = [
    "APPLICATION_ID",
    "SCHEMA_VERSION",
    "PlanStore",
    "companion_files",
    "copy_plan_file",
    "create_plan_file",
    "open_plan_file",
    "refuse_taken_name",
]
