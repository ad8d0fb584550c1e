"""Use cases on one plan file: each is one transaction and reports what changed."""

from __future__ import annotations

import bisect
import logging
import os
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from planner.domain import integrity, rules
from planner.domain.model import Placement, Plan
from planner.errors import (
    ConflictError,
    NotFoundError,
    PlannerError,
    Problem,
    StorageError,
    ValidationError,
)
from planner.files import journal_name_problem, read_input, write_atomically
from planner.interchange import dump_plan, parse_plan
from planner.resource_files import SAMPLE_PLAN, resource_path
from planner.storage import (
    PLAN_SUFFIX,
    PlanStore,
    companion_files,
    copy_plan_file,
    create_plan_file,
    open_plan_file,
)
from planner.storage.database import StoredPlan
from planner.storage.repositories import (
    DamagedPlanError,
    placement_from_row,
    placement_row,
    stored_place,
)

log = logging.getLogger(__name__)

PlanWriter = Callable[[PlanStore], None]
"""Writes to the store inside a transaction."""


@dataclass(frozen=True)
class Changes:
    """What a use case changed, so that views can decide whether to reload."""

    event: bool = False
    venues: bool = False
    delegations: bool = False
    people: bool = False
    sessions: bool = False
    requests: bool = False
    schedule: bool = False
    items: tuple[str, ...] = ()

    @classmethod
    def everything(cls) -> Changes:
        return cls(True, True, True, True, True, True, True)

    @classmethod
    def between(cls, before: Plan, after: Plan) -> Changes:
        moved = {p.item for p in before.schedule} ^ {p.item for p in after.schedule} | {
            p.item for p in after.schedule if before.placement_by_item.get(p.item) != p
        }
        return cls(
            event=before.event != after.event,
            venues=before.venues != after.venues,
            delegations=before.delegations != after.delegations,
            people=before.people != after.people,
            sessions=before.sessions != after.sessions,
            requests=before.requests != after.requests,
            schedule=before.schedule != after.schedule,
            items=tuple(sorted(moved)),
        )

    @property
    def any(self) -> bool:
        return any(
            (
                self.event,
                self.venues,
                self.delegations,
                self.people,
                self.sessions,
                self.requests,
                self.schedule,
            )
        )


def _load_checked(store: PlanStore, file: Path) -> Plan:
    """The plan in ``store``, checked as a summit-plan import checks a document.

    What the file holds must be something export can write and import read
    back; every problem is named by table, id and field.
    """
    try:
        if not store.has_event():
            raise StorageError("the plan file holds no event")
        plan = store.load()
    except StorageError as error:
        raise StorageError(f"{file}: {error}") from None
    try:
        parse_plan(dump_plan(plan))
    except ValidationError as error:
        stored = (Problem(stored_place(plan, p.where), p.message) for p in error.problems)
        raise StorageError(f"{file}: {DamagedPlanError(stored)}") from None
    return plan


def validate(plan: Plan) -> tuple[Problem, ...]:
    """Raise ValidationError if ``plan`` cannot be stored; return its warnings."""
    errors, warnings = integrity.check_plan(plan)
    if errors:
        raise ValidationError("the change was not saved", errors)
    return tuple(warnings)


class PlanService:
    """One open plan file and the use cases on it.

    The current plan is read once and kept until a change is written, so
    callers may ask for :attr:`plan` as often as they like.
    """

    def __init__(self, store: PlanStore, path: Path | None = None) -> None:
        self.store = store
        self.path = path
        self._plan: Plan | None = None

    # Opening and creating ---------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, read_only: bool = False) -> PlanService:
        """Open an existing plan file (never modifying a file it refuses).

        The plan is read and checked as a summit-plan import would check it
        before the file is opened for writing. ``read_only`` (or a file that
        cannot be written here) opens it for reading only; any edit then says so.
        """
        file = Path(path)
        accepted: list[Plan] = []

        def accept(db: StoredPlan) -> None:
            accepted.append(_load_checked(PlanStore(db), file))

        store = PlanStore(open_plan_file(file, accept, read_only=read_only))
        service = cls(store, file)
        service._plan = accepted[0]
        return service

    @classmethod
    def create(cls, path: str | os.PathLike[str], plan: Plan) -> PlanService:
        """Write ``plan`` to a new plan file at ``path``, all or nothing.

        The file is written under a temporary name and renamed when complete,
        so an interrupted run leaves no half-written plan behind.
        """
        target = Path(path)
        if target.exists():
            raise StorageError(f"{target}: already exists")
        problem = journal_name_problem(target)
        if problem is not None:
            raise StorageError(problem)
        validate(plan)
        if not target.parent.is_dir():
            raise StorageError(f"{target}: the folder {target.parent} does not exist")
        partial = target.with_name(f".{target.name}.partial")
        for leftover in companion_files(partial):
            leftover.unlink(missing_ok=True)
        try:
            store = PlanStore(create_plan_file(partial))
            with store.transaction():
                store.write_plan(plan)
            store.close()
            os.replace(partial, target)
        except BaseException:
            for leftover in companion_files(partial):
                leftover.unlink(missing_ok=True)
            raise
        return cls.open(target)

    def close(self) -> None:
        self.store.close()

    @property
    def plan(self) -> Plan:
        if self._plan is None:
            self._plan = self.store.load()
        return self._plan

    def _commit(self, before: Plan, write: PlanWriter, after: Plan | None = None) -> Changes:
        """Run ``write`` in one transaction and report what changed.

        ``after``, when given, is exactly the plan the file holds once ``write``
        succeeds (a one-placement edit); it is kept instead of reading the whole
        file back, which on a big plan takes longer than a drag may.
        """
        try:
            with self.store.transaction():
                write(self.store)
        except BaseException:
            self._plan = None
            raise
        self._plan = after
        return Changes.between(before, self.plan)

    # Whole-plan changes ------------------------------------------------------

    def update(self, plan: Plan) -> Changes:
        """Make the file hold ``plan`` (any edit, an undo, an import), in one transaction."""
        validate(plan)
        return self._commit(self.plan, lambda store: store.write_plan(plan))

    def replace_from_document(self, plan: Plan) -> Changes:
        """Replace the plan with an imported one, keeping what the file knows beyond it.

        Locks on placements of items that the document still places are kept.
        """
        locked = {p.item for p in self.plan.schedule if p.locked}
        schedule = tuple(replace(p, locked=p.item in locked) for p in plan.schedule)
        return self.update(replace(plan, schedule=schedule))

    # Schedule edits ----------------------------------------------------------

    def move(self, item: str, start: datetime, venue: str) -> Changes:
        """Place or move one item."""
        plan = self.plan
        if plan.item(item) is None:
            raise NotFoundError(f"no session or bilateral request {item!r}", ids=[item])
        if venue not in plan.venue_by_id:
            raise NotFoundError(f"no venue {venue!r}", ids=[venue])
        current = plan.placement_by_item.get(item)
        placement = Placement(item, start, venue, current.locked if current else False)
        return self._commit(
            plan,
            lambda store: store.put_placement(placement, plan.event.zone),
            _placed(plan, item, placement),
        )

    def unplace(self, item: str) -> Changes:
        plan = self.plan
        return self._commit(
            plan, lambda store: store.remove_placement(item), _placed(plan, item, None)
        )

    def set_locked(self, item: str, locked: bool) -> Changes:
        plan = self.plan
        current = plan.placement_by_item.get(item)
        if current is None:
            raise NotFoundError(f"{plan.item_title(item)} is not placed", ids=[item])
        placement = replace(current, locked=locked)
        return self._commit(
            plan,
            lambda store: store.put_placement(placement, plan.event.zone),
            _placed(plan, item, placement),
        )

    def set_schedule(self, placements: Iterable[Placement]) -> Changes:
        """Replace the whole schedule (a scheduler run), in one transaction."""
        return self.update(replace(self.plan, schedule=tuple(placements)))

    def save_copy(self, target: str | os.PathLike[str]) -> Path:
        """Copy the whole plan file, with everything it knows, to ``target`` (replaced whole).

        Raises:
            ConflictError: ``target`` is this plan's own file.
            StorageError: the folder is missing or cannot be written.
        """
        path = Path(target)
        if self.path is not None and path.exists() and path.resolve() == self.path.resolve():
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
            copy_plan_file(self.store.db, partial)
            for stale in companion_files(path)[1:]:
                stale.unlink(missing_ok=True)  # a journal of the old file must not meet the new one
            os.replace(partial, path)
        except (OSError, sqlite3.Error) as error:
            raise StorageError(f"{path}: cannot be written ({error})") from None
        finally:
            for leftover in companion_files(partial):
                leftover.unlink(missing_ok=True)
        return path

    # Questions -----------------------------------------------------------------

    def check(self) -> list[rules.Violation]:
        return rules.check(self.plan)

    def export_json(self, path: str | os.PathLike[str]) -> None:
        write_atomically(path, dump_plan(self.plan).encode("utf-8"))


def _placed(plan: Plan, item: str, placement: Placement | None) -> Plan:
    """``plan`` with ``item`` at ``placement`` (None: unplaced), as the file reads it back.

    The placement goes through the file's own row format, and the schedule
    keeps the order the file reads it in (start as stored, venue, item), so
    the result equals a fresh read.
    """
    tz = plan.event.zone

    def order(entry: Placement) -> tuple[str, str, str]:
        return (placement_row(entry, tz, False)["start"], entry.venue, entry.item)

    schedule = [p for p in plan.schedule if p.item != item]
    if placement is not None:
        stored = placement_from_row(placement_row(placement, tz, False), tz)
        bisect.insort(schedule, stored, key=order)
    return replace(plan, schedule=tuple(schedule))


@dataclass(frozen=True)
class ImportReport:
    path: Path
    warnings: tuple[Problem, ...]
    changes: Changes


def load_document(path: str | os.PathLike[str]) -> tuple[Plan, tuple[Problem, ...]]:
    """Read and validate a summit-plan JSON file; errors name the file."""
    data = read_input(path, "plan document")
    try:
        result = parse_plan(data)
    except ValidationError as error:
        raise ValidationError(f"{path}: {error.message}", error.problems) from None
    return result.plan, result.warnings


def import_document(
    source: str | os.PathLike[str], target: str | os.PathLike[str], *, replace_existing: bool
) -> ImportReport:
    """Create (or with ``replace_existing`` update) a plan file from a JSON document."""
    plan, warnings = load_document(source)
    target_path = Path(target)
    if target_path.exists():
        if not replace_existing:
            raise PlannerError(
                f"{target_path}: already exists; use --replace to update it from the document"
            )
        service = PlanService.open(target_path)
        try:
            changes = service.replace_from_document(plan)
        finally:
            service.close()
        return ImportReport(target_path, warnings, changes)
    PlanService.create(target_path, plan).close()
    return ImportReport(target_path, warnings, Changes.everything())


def sample_plan() -> Plan:
    """The shipped sample plan (CICA ministerial meeting, Nur-Sultan 2021)."""
    plan, _warnings = load_document(resource_path(*SAMPLE_PLAN))
    return plan


def create_demo(target: str | os.PathLike[str]) -> Path:
    """Write a fresh copy of the sample plan; the shipped file is only read."""
    path = Path(target)
    PlanService.create(path, sample_plan()).close()
    return path


def has_plan_suffix(path: str | os.PathLike[str]) -> bool:
    return Path(path).suffix.lower() == PLAN_SUFFIX
