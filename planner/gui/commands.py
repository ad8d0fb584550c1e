"""One undoable command per user action; each runs one operation of the core.

The first run records the edit the operation made; undo applies its inverse
and redo the edit again, each onto the plan as the file holds it then, so an
undo takes back the officer's own change and nothing that another list,
window or program changed meanwhile. When something it would take back was
changed by someone else, the core refuses, and nothing is written.
"""

from __future__ import annotations

from datetime import datetime

from planner.domain import times
from planner.domain.edits import Changes
from planner.domain.model import Placement
from planner.domain.operations import (
    ApplyEdit,
    ApplySchedule,
    Operation,
    Place,
    SetLocked,
    Unplace,
)
from planner.errors import NotFoundError
from planner.gui.document import Document, PlanCommand
from planner.gui.translation import tr


class OperationCommand(PlanCommand):
    """Run one operation (a cell edit, a removal, an import, a scheduler run) as one step."""

    def __init__(self, document: Document, operation: Operation, text: str) -> None:
        super().__init__(document, text)
        self.operation = operation

    def apply(self) -> Changes:
        applied = self.document.service.apply(self.operation)
        self.edit = applied.edit
        return applied.changes

    def reapply(self) -> Changes:
        applied = self.document.service.apply(ApplyEdit(self.edit))
        self.edit = applied.edit
        return applied.changes

    def revert(self) -> Changes:
        applied = self.document.service.apply(ApplyEdit(self.edit.inverse()))
        self.edit = applied.edit.inverse()
        return applied.changes


def move_command(document: Document, item: str, start: datetime, venue: str) -> OperationCommand:
    """Place an item at a start and venue, or move it there."""
    plan = document.plan
    if plan.item(item) is None:
        raise NotFoundError(tr("no session or bilateral request {item!r}").format(item=item))
    title = plan.item_title(item)
    when = times.short_when(start.astimezone(plan.event.zone))
    venue_name = plan.venue_by_id[venue].name if venue in plan.venue_by_id else venue
    verb = tr("Move") if item in plan.placement_by_item else tr("Place")
    return OperationCommand(
        document, Place(item, start, venue), f"{verb} {title} to {when}, {venue_name}"
    )


def unplace_command(document: Document, item: str) -> OperationCommand:
    """Take an item off the schedule."""
    title = document.plan.item_title(item)
    if item not in document.plan.placement_by_item:
        raise NotFoundError(tr("{title} is not placed").format(title=title), ids=[item])
    return OperationCommand(document, Unplace(item), tr("Unplace {title}").format(title=title))


def lock_command(document: Document, item: str, locked: bool) -> OperationCommand:
    """Lock a placement (the scheduler keeps it) or unlock it."""
    title = document.plan.item_title(item)
    text = tr("Lock {title}") if locked else tr("Unlock {title}")
    return OperationCommand(document, SetLocked(item, locked), text.format(title=title))


def schedule_command(
    document: Document, schedule: tuple[Placement, ...], revision: int, text: str
) -> OperationCommand:
    """A whole scheduler run, built on the plan at ``revision``, as one undoable step."""
    return OperationCommand(document, ApplySchedule(schedule, revision), text)
