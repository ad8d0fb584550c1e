"""A plan file written whole under a temporary name, then put in place of the old one.

Save a Copy As… (:meth:`planner.services.plans.PlanService.save_copy`) and a
new plan written over an existing file both go through
:func:`replace_plan_file`, so the file that was at the target survives any
failure and the plan that is open is never overwritten.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from planner.errors import ConflictError, StorageError
from planner.files import is_same_file, journal_name_problem
from planner.storage import companion_files


def replace_plan_file(
    target: str | os.PathLike[str],
    write: Callable[[Path], None],
    *,
    open_plan: Path | None = None,
) -> Path:
    """Have ``write`` make a plan file beside ``target``, then put it at ``target``.

    ``write`` is given the temporary path; a file already at ``target`` is
    replaced whole once the new one is complete.

    Raises:
        ConflictError: ``target`` is the plan file that is open (``open_plan``).
        StorageError: the folder is missing or cannot be written.
    """
    path = Path(target)
    if is_same_file(path, open_plan):
        raise ConflictError(f"{path}: is the plan that is open; choose another name")
    if path.is_dir():
        raise StorageError(f"{path}: is a folder")
    problem = journal_name_problem(path)
    if problem is not None:
        raise StorageError(problem)
    if not path.parent.is_dir():
        raise StorageError(f"{path}: the folder {path.parent} does not exist")
    partial = path.with_name(f".{path.name}.copy")
    try:
        for leftover in companion_files(partial):
            leftover.unlink(missing_ok=True)
        write(partial)
        for stale in companion_files(path)[1:]:
            stale.unlink(missing_ok=True)  # a journal of the old file must not meet the new one
        os.replace(partial, path)
    except (OSError, sqlite3.Error) as error:
        raise StorageError(f"{path}: cannot be written ({error})") from None
    finally:
        for leftover in companion_files(partial):
            leftover.unlink(missing_ok=True)
    return path
