"""A new plan written over an existing plan file, replacing it whole."""

from __future__ import annotations

import os
from pathlib import Path

from planner.domain.model import Plan
from planner.errors import ConflictError, StorageError
from planner.services.plans import PlanService
from planner.storage import companion_files


def save_copy(plan: Plan, target: str | os.PathLike[str], *, current: Path | None = None) -> Path:
    """Write ``plan`` to a new plan file at ``target`` (an existing file there is replaced).

    The copy is made under a temporary name and renamed when complete, so the
    old file at ``target`` survives any failure.

    Raises:
        ConflictError: ``target`` is the plan file that is open (``current``).
        StorageError: the folder is missing or cannot be written.
    """
    path = Path(target)
    if current is not None and path.exists() and path.resolve() == current.resolve():
        raise ConflictError(f"{path}: is the plan that is open; choose another name")
    if path.is_dir():
        raise StorageError(f"{path}: is a folder")
    partial = path.with_name(f".{path.name}.copy")
    for leftover in companion_files(partial):
        leftover.unlink(missing_ok=True)
    try:
        PlanService.create(partial, plan).close()
        for stale in companion_files(path)[1:]:
            stale.unlink(missing_ok=True)  # a journal of the old file must not meet the new one
        os.replace(partial, path)
    except OSError as error:
        raise StorageError(f"{path}: cannot be written ({error.strerror})") from None
    finally:
        for leftover in companion_files(partial):
            leftover.unlink(missing_ok=True)
    return path
