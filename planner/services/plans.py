"""Use cases on one plan file: each is one operation in one transaction, reporting what changed."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from planner.domain import integrity, rules, times
from planner.domain.edits import Changes, Edit, Kind
from planner.domain.model import Event, Plan
from planner.domain.operations import Operation, Place, ReplacePlan, SetLocked, Unplace
from planner.errors import (
    PlanChangedError,
    PlannerError,
    Problem,
    StorageError,
    ValidationError,
)
from planner.files import read_input, write_atomically
from planner.interchange import dump_plan, parse_plan
from planner.resource_files import SAMPLE_PLAN, resource_path
from planner.services.copies import replace_plan_file
from planner.storage import (
    PlanStore,
    companion_files,
    copy_plan_file,
    create_plan_file,
    open_plan_file,
    refuse_taken_name,
)
from planner.storage.damage import DamagedPlanError, stored_place
from planner.storage.database import StoredPlan
from planner.storage.rows import stored_edit

log = logging.getLogger(__name__)

@dataclass(frozen=True)
class Applied:
    """What an operation did: the edit as it was written, and the revision it made."""

    edit: Edit
    revision: int

    @property
    def changes(self) -> Changes:
        return Changes.of(self.edit)


@dataclass(frozen=True)
class External:
    """A change another program (or another window) committed to the plan file."""

    changes: Changes
    revision: int


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


def validate(plan: Plan, scope: Edit | None = None) -> tuple[Problem, ...]:
    """Raise ValidationError if ``plan`` cannot be stored; return its warnings.

    With ``scope``, only what that edit touched is checked (the rest was
    checked when it was written), unless the edit can break references.
    """
    errors, warnings = integrity.check_plan(plan, None if scope is None else _scope(scope))
    if errors:
        raise ValidationError("the change was not saved", errors)
    return tuple(warnings)


def _scope(edit: Edit) -> frozenset[tuple[str, str]] | None:
    if edit.structural or any(change.kind is Kind.EVENT for change in edit.changes):
        return None  # references may break anywhere: check everything
    return frozenset((kind.list_name, key) for kind, key in edit.keys)


class PlanService:
    """One open plan file and the operations on it.

    :attr:`plan` is the plan as of the last revision this service read or
    wrote. :meth:`apply` always works on the plan as the file holds it at that
    moment, inside the write transaction, and :meth:`poll` notices a change
    that another program committed.
    """

    def __init__(self, store: PlanStore, path: Path | None = None) -> None:
        self.store = store
        self.path = path
        self._current: tuple[int, Plan] | None = None
        self._seen_data_version: int | None = None
        self._found: list[Changes] = []
        self.listeners: list[Callable[[External], None]] = []
        """Called with every change of another program this service comes across."""

    # Opening and creating ---------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, read_only: bool = False) -> PlanService:
        """Open an existing plan file (never modifying a file it refuses).

        The plan is read and checked as a summit-plan import would check it
        before the file is opened for writing. ``read_only`` (or a file that
        cannot be written here) opens it for reading only; any edit then says so.
        """
        file = Path(path)
        accepted: list[tuple[int, Plan]] = []

        def accept(db: StoredPlan) -> None:
            store = PlanStore(db, file)
            accepted.append((store.revision(), _load_checked(store, file)))

        store = PlanStore(open_plan_file(file, accept, read_only=read_only), file)
        service = cls(store, file)
        service._current = accepted[0]  # its revision, as read when the file was accepted
        return service

    @classmethod
    def create(cls, path: str | os.PathLike[str], plan: Plan) -> PlanService:
        """Write ``plan`` to a new plan file at ``path``, all or nothing.

        The file is written under a temporary name and renamed when complete,
        so an interrupted run leaves no half-written plan behind.
        """
        target = Path(path)
        refuse_taken_name(target)
        validate(plan)
        if not target.parent.is_dir():
            raise StorageError(f"{target}: the folder {target.parent} does not exist")
        partial = target.with_name(f".{target.name}.partial")
        for leftover in companion_files(partial):
            leftover.unlink(missing_ok=True)
        try:
            store = PlanStore(create_plan_file(partial), target)
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

    # Reading -------------------------------------------------------------------

    @property
    def plan(self) -> Plan:
        """The plan as of :attr:`revision` (read from the file the first time)."""
        return self._read()[1]

    @property
    def revision(self) -> int:
        """The revision :attr:`plan` is at."""
        return self._read()[0]

    def _read(self) -> tuple[int, Plan]:
        if self._current is None:
            self._seen_data_version = self.store.data_version()
            self._current = self.store.read()
        return self._current

    def poll(self) -> External | None:
        """Notice a change committed by another program since this service last looked.

        Cheap when nothing changed (one pragma); otherwise the plan is read
        again, and what changed is reported (and told to :attr:`listeners`).
        """
        version = self.store.data_version()
        if self._current is None or version == self._seen_data_version:
            return None
        self._seen_data_version = version
        revision = self.store.revision()
        if revision != self._current[0]:
            self._take(self.store.read())
        return self._report_found()

    def _take(self, current: tuple[int, Plan]) -> None:
        """Make ``current`` (read from the file) the plan, noting what others changed."""
        if self._current is not None and current[0] != self._current[0]:
            self._found.append(Changes.between(self._current[1], current[1]))
        self._current = current

    def _report_found(self) -> External | None:
        if not self._found or self._current is None:
            return None
        changes = self._found[0]
        for more in self._found[1:]:
            changes = changes | more
        self._found.clear()
        external = External(changes, self._current[0])
        for listener in list(self.listeners):
            listener(external)
        return external

    # Writing -------------------------------------------------------------------

    def apply(self, operation: Operation) -> Applied:
        """Run ``operation`` on the plan as the file holds it now, in one transaction.

        Raises:
            PlanChangedError: the operation was computed from a revision that
                is no longer the plan's; nothing was written.
            PlannerError: the operation does not fit the plan, or its result
                breaks the plan's integrity; nothing was written.
            PlanBusyError: another program is writing the plan.
        """
        try:
            with self.store.transaction():
                revision, plan = self._current_in_transaction()
                expected = operation.expected_revision
                if expected is not None and expected != revision:
                    raise PlanChangedError(
                        "the plan changed while the schedule was being built: nothing was "
                        "written; run it again"
                    )
                edit = operation.edit(plan)
                if edit.empty:
                    return Applied(edit, revision)
                new_event = next(
                    (c.after for c in edit.changes if c.kind is Kind.EVENT), plan.event
                )
                assert isinstance(new_event, Event)
                zone = _zone_of(new_event, plan)
                edit = stored_edit(edit, zone)
                after = edit.apply_to(plan)
                validate(after, edit)
                self.store.write_edit(edit, zone)
                revision = self.store.revision()
                if new_event.timezone != plan.event.timezone:
                    after = self.store.load()  # every stored time now reads in the new zone
            self._current = (revision, after)
            self._seen_data_version = self.store.data_version()
            return Applied(edit, revision)
        finally:
            self._report_found()

    def _current_in_transaction(self) -> tuple[int, Plan]:
        revision = self.store.revision()
        if self._current is None or self._current[0] != revision:
            self._take((revision, self.store.load()))
        assert self._current is not None
        return self._current

    def ensure_writable(self) -> None:
        """Raise now what a change would meet (the plan busy, …), changing nothing."""
        self.store.check_writable()

    def replace_from_document(self, plan: Plan) -> Changes:
        """Make the plan the document's, keeping what the file knows beyond it (and locks)."""
        return self.apply(ReplacePlan(plan)).changes

    def move(self, item: str, start: datetime, venue: str) -> Changes:
        """Place or move one item."""
        return self.apply(Place(item, start, venue)).changes

    def unplace(self, item: str) -> Changes:
        return self.apply(Unplace(item)).changes

    def set_locked(self, item: str, locked: bool) -> Changes:
        return self.apply(SetLocked(item, locked)).changes

    def save_copy(self, target: str | os.PathLike[str]) -> Path:
        """Copy the whole plan file, with everything it knows, to ``target`` (replaced whole).

        Raises:
            ConflictError: ``target`` is this plan's own file.
            StorageError: the folder is missing or cannot be written.
        """
        return replace_plan_file(
            target, lambda partial: copy_plan_file(self.store.db, partial), open_plan=self.path
        )

    # Questions -----------------------------------------------------------------

    def check(self) -> list[rules.Violation]:
        return rules.check(self.plan)

    def export_json(self, path: str | os.PathLike[str]) -> None:
        write_atomically(path, dump_plan(self.plan).encode("utf-8"))


def _zone_of(event: Event, plan: Plan) -> ZoneInfo:
    """The zone of an edited event; an unknown one is refused with its field named."""
    if not times.is_known_zone(event.timezone):
        validate(replace(plan, event=event))
    return event.zone


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

