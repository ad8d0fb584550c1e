"""One undoable command per user action; each calls one service use case.

Old values are recorded when the command is made, so ``revert`` restores
exactly what was there. A whole scheduler run is one command.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from planner.domain import times
from planner.domain.model import Placement, Plan
from planner.errors import NotFoundError
from planner.gui.document import Document, PlanCommand
from planner.services import Changes, PlanService


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # the context lupdate gives module-level tr()


class EditPlanCommand(PlanCommand):
    """Replace the plan with an edited copy (a cell, a dialog, an import, a scheduler run)."""

    def __init__(self, document: Document, after: Plan, text: str) -> None:
        super().__init__(document, text)
        self.before = document.plan
        self.after = after

    def apply(self) -> Changes:
        return self.document.service.update(self.after)

    def revert(self) -> Changes:
        return self.document.service.update(self.before)


class MoveCommand(PlanCommand):
    """Place an item at a start and venue, or move it there."""

    def __init__(self, document: Document, item: str, start: datetime, venue: str) -> None:
        plan = document.plan
        if plan.item(item) is None:
            raise NotFoundError(tr("no session or bilateral request {item!r}").format(item=item))
        self.previous = plan.placement_by_item.get(item)
        title = plan.item_title(item)
        when = times.short_when(start.astimezone(plan.event.zone))
        venue_name = plan.venue_by_id[venue].name if venue in plan.venue_by_id else venue
        verb = tr("Move") if self.previous else tr("Place")
        super().__init__(document, f"{verb} {title} to {when}, {venue_name}")
        self.item = item
        self.start = start
        self.venue = venue

    def apply(self) -> Changes:
        return self.document.service.move(self.item, self.start, self.venue)

    def revert(self) -> Changes:
        return _restore(self.document, self.item, self.previous)


class UnplaceCommand(PlanCommand):
    """Take an item off the schedule."""

    def __init__(self, document: Document, item: str) -> None:
        plan = document.plan
        self.previous = plan.placement_by_item.get(item)
        if self.previous is None:
            raise NotFoundError(
                tr("{title} is not placed").format(title=plan.item_title(item)), ids=[item]
            )
        super().__init__(document, tr("Unplace {title}").format(title=plan.item_title(item)))
        self.item = item

    def apply(self) -> Changes:
        return self.document.service.unplace(self.item)

    def revert(self) -> Changes:
        return _restore(self.document, self.item, self.previous)


class LockCommand(PlanCommand):
    """Lock a placement (the scheduler keeps it) or unlock it."""

    def __init__(self, document: Document, item: str, locked: bool) -> None:
        title = document.plan.item_title(item)
        text = tr("Lock {title}") if locked else tr("Unlock {title}")
        super().__init__(document, text.format(title=title))
        self.item = item
        self.locked = locked
        current = document.plan.placement_by_item.get(item)
        self.was_locked = current.locked if current else False

    def apply(self) -> Changes:
        return self.document.service.set_locked(self.item, self.locked)

    def revert(self) -> Changes:
        return self.document.service.set_locked(self.item, self.was_locked)


class ScheduleCommand(PlanCommand):
    """A whole scheduler run (or re-plan): the new schedule, as one undoable step."""

    def __init__(self, document: Document, schedule: tuple[Placement, ...], text: str) -> None:
        super().__init__(document, text)
        self.before = document.plan
        self.schedule = schedule

    def apply(self) -> Changes:
        return self.document.service.set_schedule(self.schedule)

    def revert(self) -> Changes:
        return self.document.service.update(self.before)


def _restore(document: Document, item: str, previous: Placement | None) -> Changes:
    service = document.service
    if previous is None:
        return service.unplace(item)
    plan = service.plan
    schedule = (*(p for p in plan.schedule if p.item != item), previous)
    return service.update(replace(plan, schedule=schedule))


class RecordedCommand(PlanCommand):
    """A use case that writes through the service itself (an import, a scheduler run).

    The first run calls ``action``; the plan it leaves is recorded, so redo
    writes that plan again and undo writes the plan from before.
    """

    def __init__(
        self, document: Document, text: str, action: Callable[[PlanService], Changes]
    ) -> None:
        super().__init__(document, text)
        self.before = document.plan
        self.after: Plan | None = None
        self.action = action

    def apply(self) -> Changes:
        service = self.document.service
        if self.after is None:
            changes = self.action(service)
            self.after = service.plan
            return changes
        return service.update(self.after)

    def revert(self) -> Changes:
        return self.document.service.update(self.before)
