"""The named changes an officer (or a job) makes to a plan.

An operation does not carry a plan: it is handed the plan *as it is when the
operation runs*, inside the write transaction, and returns the
:class:`~planner.domain.edits.Edit` it makes of it. So an operation decided a
while ago (a cell edit, an undo, a scheduler result) never writes back a copy
of the plan it once saw; it changes only what it is about.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from planner.domain.edits import (
    EVENT_KEY,
    Edit,
    Entity,
    EntityChange,
    Kind,
    describe,
    entities,
    find,
    key_of,
)
from planner.domain.model import Placement, Plan
from planner.errors import NotFoundError, PlannerError


class Operation:
    """A change of the plan, computed from the current plan when it runs.

    ``expected_revision``, when set, is the plan revision the operation was
    computed from; it applies only to that revision (a scheduler run).
    """

    expected_revision: int | None = None

    def edit(self, plan: Plan) -> Edit:
        """The edit this operation makes of ``plan`` (raises PlannerError when it cannot)."""
        raise NotImplementedError


@dataclass
class ChangeEntity(Operation):
    """Change one entity (the event, a venue, a person, …) by a function of its current value.

    ``change`` gets the current plan and entity and returns the entity as it
    should be; only the fields it changes are written.
    """

    kind: Kind
    key: str
    change: Callable[[Plan, Any], Any]

    def edit(self, plan: Plan) -> Edit:
        current = find(plan, self.kind, self.key)
        if current is None:
            raise NotFoundError(f"there is no {self.kind.value} {self.key!r}", ids=[self.key])
        changed = self.change(plan, current)
        assert type(changed) is type(current), "a change keeps the kind of entity"
        if changed == current:
            return Edit()
        return Edit((EntityChange(self.kind, self.key, current, changed),))


def set_fields(kind: Kind, key: str, **values: Any) -> ChangeEntity:
    """Set some fields of one entity: ``set_fields(Kind.VENUE, "v-hall", capacity=82)``."""
    return ChangeEntity(kind, key, lambda plan, entity: replace(entity, **values))


def change_event(change: Callable[[Plan, Any], Any]) -> ChangeEntity:
    return ChangeEntity(Kind.EVENT, EVENT_KEY, change)


@dataclass
class AddEntity(Operation):
    """Add one entity at the end of its list; ``make`` builds it from the current plan."""

    kind: Kind
    make: Callable[[Plan], Entity]

    def edit(self, plan: Plan) -> Edit:
        entity = self.make(plan)
        key = key_of(self.kind, entity)
        if find(plan, self.kind, key) is not None:
            raise PlannerError(f"{describe(plan, self.kind, key)} exists already", ids=[key])
        return Edit((EntityChange(self.kind, key, None, entity),))


@dataclass
class RemoveEntities(Operation):
    """Remove venues, delegations, people, sessions or requests, and what hangs on them.

    A removed session or request takes its placement with it, and a removed
    session its place in the order of the others (``after``); a removed
    person leaves the sessions that list them. Whatever else still refers to
    a removed entity (a person of a removed delegation) is named by the
    plan's integrity check, and nothing is removed.
    """

    kind: Kind
    keys: Collection[str]

    def edit(self, plan: Plan) -> Edit:
        wanted = set(self.keys)
        changes: list[EntityChange] = []
        for position, entity in enumerate(entities(plan, self.kind)):
            key = key_of(self.kind, entity)
            if key in wanted:
                changes.append(EntityChange(self.kind, key, entity, None, position))
                wanted.discard(key)
        if wanted:
            missing = sorted(wanted)
            raise NotFoundError(
                f"there is no {self.kind.value} {', '.join(map(repr, missing))}", ids=missing
            )
        removed = set(self.keys)
        if self.kind is Kind.SESSION:
            changes.extend(
                EntityChange(
                    Kind.SESSION,
                    session.id,
                    session,
                    replace(session, after=tuple(s for s in session.after if s not in removed)),
                )
                for session in plan.sessions
                if session.id not in removed and removed.intersection(session.after)
            )
        if self.kind in (Kind.SESSION, Kind.REQUEST):
            changes.extend(
                EntityChange(Kind.PLACEMENT, p.item, p, None)
                for p in plan.schedule
                if p.item in removed
            )
        if self.kind is Kind.PERSON:
            for session in plan.sessions:
                people = tuple(x for x in session.people if x not in removed)
                remote = tuple(x for x in session.remote if x not in removed)
                if (people, remote) != (session.people, session.remote):
                    changes.append(
                        EntityChange(
                            Kind.SESSION,
                            session.id,
                            session,
                            replace(session, people=people, remote=remote),
                        )
                    )
        return Edit(tuple(changes))


def _placement_change(plan: Plan, placement: Placement | None, item: str) -> Edit:
    current = plan.placement_by_item.get(item)
    if current == placement:
        return Edit()
    return Edit((EntityChange(Kind.PLACEMENT, item, current, placement),))


@dataclass
class Place(Operation):
    """Place an item (a session or a bilateral request) at a start and a venue, or move it."""

    item: str
    start: datetime
    venue: str

    def edit(self, plan: Plan) -> Edit:
        if plan.item(self.item) is None:
            raise NotFoundError(f"no session or bilateral request {self.item!r}", ids=[self.item])
        if self.venue not in plan.venue_by_id:
            raise NotFoundError(f"no venue {self.venue!r}", ids=[self.venue])
        current = plan.placement_by_item.get(self.item)
        locked = current.locked if current else False
        return _placement_change(
            plan, Placement(self.item, self.start, self.venue, locked), self.item
        )


@dataclass
class Unplace(Operation):
    """Take an item off the schedule."""

    item: str

    def edit(self, plan: Plan) -> Edit:
        return _placement_change(plan, None, self.item)  # not placed (any more): nothing to do


@dataclass
class SetLocked(Operation):
    """Lock a placement (the scheduler leaves it where it is) or unlock it."""

    item: str
    locked: bool

    def edit(self, plan: Plan) -> Edit:
        current = plan.placement_by_item.get(self.item)
        if current is None:
            raise NotFoundError(f"{plan.item_title(self.item)} is not placed", ids=[self.item])
        return _placement_change(plan, replace(current, locked=self.locked), self.item)


@dataclass
class ApplySchedule(Operation):
    """Make the schedule the one a scheduler run produced.

    With ``expected_revision``, it applies only to the plan the run started
    from: a run builds on everything in the plan, so a plan changed meanwhile
    needs a new run.
    """

    placements: Iterable[Placement]
    expected_revision: int | None = None

    def edit(self, plan: Plan) -> Edit:
        wanted = {p.item: p for p in self.placements}
        changes = [
            EntityChange(Kind.PLACEMENT, p.item, p, None)
            for p in plan.schedule
            if p.item not in wanted
        ]
        current = plan.placement_by_item
        changes.extend(
            EntityChange(Kind.PLACEMENT, item, current.get(item), placement)
            for item, placement in wanted.items()
            if current.get(item) != placement
        )
        return Edit(tuple(changes))


@dataclass
class ReplacePlan(Operation):
    """Make the plan the one a document holds (import over an existing plan).

    Locks on placements that the document still has are kept, beside the
    locks the document itself carries.
    """

    document: Plan

    def edit(self, plan: Plan) -> Edit:
        locked = {p.item for p in plan.schedule if p.locked}
        schedule = tuple(
            replace(p, locked=p.locked or p.item in locked) for p in self.document.schedule
        )
        return Edit.between(plan, replace(self.document, schedule=schedule))


@dataclass
class ApplyEdit(Operation):
    """An edit made before (undo: its inverse; redo: the edit again), onto the plan as it is now.

    Refused with a ConflictError when anything it changes has been changed
    since by someone else.
    """

    recorded: Edit

    def edit(self, plan: Plan) -> Edit:
        return self.recorded.rebase(plan)

