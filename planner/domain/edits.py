"""Changes to a plan as data: which entities an edit touches, before and after.

An :class:`Edit` is what an operation decided to write: for each touched
entity (the event, a venue, a person, a placement, …) its value before and
after. It is small (a cell edit touches one entity), it can be inverted (undo)
and it can be *rebased* onto a plan that has changed since it was made:
rebasing checks that every field the edit changes still holds the value the
edit started from, keeps every other field as it now is, and refuses with a
:class:`~planner.errors.ConflictError` otherwise. So an undo restores the
officer's own change and never writes over someone else's.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from enum import StrEnum
from typing import Any, cast

from planner.domain import times
from planner.domain.model import (
    BilateralRequest,
    Delegation,
    Event,
    Person,
    Placement,
    Plan,
    Session,
    Venue,
)
from planner.errors import ConflictError

Entity = Event | Venue | Delegation | Person | Session | BilateralRequest | Placement


class Kind(StrEnum):
    """What an entity is; the value names it in messages."""

    EVENT = "event"
    VENUE = "venue"
    DELEGATION = "delegation"
    PERSON = "person"
    SESSION = "session"
    REQUEST = "bilateral request"
    PLACEMENT = "placement"

    @property
    def list_name(self) -> str:
        """The :class:`Plan` attribute that holds entities of this kind."""
        return _LISTS[self]


_LISTS = {
    Kind.EVENT: "event",
    Kind.VENUE: "venues",
    Kind.DELEGATION: "delegations",
    Kind.PERSON: "people",
    Kind.SESSION: "sessions",
    Kind.REQUEST: "requests",
    Kind.PLACEMENT: "schedule",
}
LIST_KINDS = (Kind.VENUE, Kind.DELEGATION, Kind.PERSON, Kind.SESSION, Kind.REQUEST)
"""The kinds whose lists keep the officer's order."""

EVENT_KEY = "event"

Key = tuple[Kind, str]


def key_of(kind: Kind, entity: Entity) -> str:
    if kind is Kind.EVENT:
        return EVENT_KEY
    if kind is Kind.PLACEMENT:
        return cast(Placement, entity).item
    return str(getattr(entity, "id"))  # noqa: B009 (every listed entity has an id)


def entities(plan: Plan, kind: Kind) -> Sequence[Entity]:
    if kind is Kind.EVENT:
        return (plan.event,)
    return cast(Sequence[Entity], getattr(plan, kind.list_name))


def find(plan: Plan, kind: Kind, key: str) -> Entity | None:
    """The entity of ``kind`` with ``key`` in ``plan``, if any."""
    lookup: Mapping[str, Entity]
    if kind is Kind.EVENT:
        return plan.event
    if kind is Kind.VENUE:
        lookup = plan.venue_by_id
    elif kind is Kind.DELEGATION:
        lookup = plan.delegation_by_id
    elif kind is Kind.PERSON:
        lookup = plan.person_by_id
    elif kind is Kind.SESSION:
        lookup = plan.session_by_id
    elif kind is Kind.REQUEST:
        lookup = plan.request_by_id
    else:
        lookup = plan.placement_by_item
    return lookup.get(key)


def describe(plan: Plan, kind: Kind, key: str) -> str:
    """How an officer names an entity in a sentence: “the venue ‘Hall of Peace’”."""
    entity = find(plan, kind, key)
    if kind is Kind.EVENT:
        return "the event's settings"
    if kind is Kind.PLACEMENT:
        return f"the placement of ‘{plan.item_title(key)}’"
    if kind is Kind.REQUEST:
        return f"‘{plan.item_title(key)}’"
    name = key
    if isinstance(entity, Venue | Delegation):
        name = entity.name
    elif isinstance(entity, Person):
        name = entity.formal_name
    elif isinstance(entity, Session):
        name = entity.title
    return f"the {kind.value} ‘{name}’"


def changed_fields(before: Entity, after: Entity) -> tuple[str, ...]:
    """The names of the fields in which ``after`` differs from ``before``."""
    return tuple(
        f.name for f in fields(before) if getattr(before, f.name) != getattr(after, f.name)
    )


@dataclass(frozen=True)
class EntityChange:
    """One entity's value before and after (None: it did not exist, or no longer does).

    ``position`` is where a created entity stands in its list (None: at the
    end), and where a removed one stood, so that undoing a removal puts it
    back in its place.
    """

    kind: Kind
    key: str
    before: Entity | None
    after: Entity | None
    position: int | None = None

    def inverse(self) -> EntityChange:
        return EntityChange(self.kind, self.key, self.after, self.before, self.position)


@dataclass(frozen=True)
class ListOrder:
    """A new order of a whole list (an import that orders the lists its own way)."""

    kind: Kind
    before: tuple[str, ...]
    after: tuple[str, ...]

    def inverse(self) -> ListOrder:
        return ListOrder(self.kind, self.after, self.before)


@dataclass(frozen=True)
class Edit:
    """What one operation changes in a plan."""

    changes: tuple[EntityChange, ...] = ()
    orders: tuple[ListOrder, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.changes and not self.orders

    @property
    def keys(self) -> frozenset[Key]:
        """Every entity the edit touches."""
        touched = {(change.kind, change.key) for change in self.changes}
        touched.update((order.kind, key) for order in self.orders for key in order.after)
        return frozenset(touched)

    @property
    def kinds(self) -> frozenset[Kind]:
        return frozenset(
            {change.kind for change in self.changes} | {order.kind for order in self.orders}
        )

    @property
    def structural(self) -> bool:
        """Whether entities appear, disappear or change places (references may break)."""
        return bool(self.orders) or any(
            change.before is None or change.after is None for change in self.changes
        )

    def inverse(self) -> Edit:
        return Edit(
            tuple(change.inverse() for change in reversed(self.changes)),
            tuple(order.inverse() for order in reversed(self.orders)),
        )

    def rebase(self, plan: Plan) -> Edit:
        """This edit as it applies to ``plan`` now, keeping everything it does not change.

        Raises:
            ConflictError: something the edit changes was changed (or removed,
                or created) since; nothing of it applies.
        """
        rebased: list[EntityChange] = []
        for change in self.changes:
            current = find(plan, change.kind, change.key)
            what = describe(plan, change.kind, change.key)
            if change.before is None:
                if current is not None:
                    raise ConflictError(f"{what} exists already", ids=[change.key])
                rebased.append(change)
                continue
            if current is None:
                raise ConflictError(f"{what} was removed in the meantime", ids=[change.key])
            if change.after is None:
                if current != change.before:
                    raise ConflictError(f"{what} was changed in the meantime", ids=[change.key])
                position = _order(plan, change.kind).index(change.key)
                rebased.append(EntityChange(change.kind, change.key, current, None, position))
                continue
            names = changed_fields(change.before, change.after)
            if any(getattr(current, name) != getattr(change.before, name) for name in names):
                raise ConflictError(f"{what} was changed in the meantime", ids=[change.key])
            merged = replace(current, **{name: getattr(change.after, name) for name in names})
            if merged != current:
                rebased.append(EntityChange(change.kind, change.key, current, merged))
        for order in self.orders:
            if _order(plan, order.kind) != order.before:
                raise ConflictError(
                    f"the order of the {order.kind.list_name} was changed in the meantime"
                )
        return Edit(tuple(rebased), self.orders)

    def apply_to(self, plan: Plan) -> Plan:
        """``plan`` with this edit made (the edit must have been rebased onto it)."""
        if self.empty:
            return plan
        updated: dict[str, Any] = {}  # Plan's own field types, by kind
        by_kind: dict[Kind, list[EntityChange]] = {}
        for change in self.changes:
            by_kind.setdefault(change.kind, []).append(change)
        for kind, kind_changes in by_kind.items():
            if kind is Kind.EVENT:
                after = kind_changes[-1].after
                assert isinstance(after, Event), "the event cannot be removed"
                updated["event"] = after
            elif kind is Kind.PLACEMENT:
                updated["schedule"] = _placed(plan, kind_changes)
            else:
                updated[kind.list_name] = _edited_list(entities(plan, kind), kind, kind_changes)
        result = replace(plan, **updated)
        if self.orders:
            reordered: dict[str, Any] = {
                order.kind.list_name: _reordered(entities(result, order.kind), order)
                for order in self.orders
            }
            result = replace(result, **reordered)
        return result

    @classmethod
    def between(cls, before: Plan, after: Plan) -> Edit:
        """The edit that turns ``before`` into ``after``, entity by entity."""
        changes: list[EntityChange] = []
        if before.event != after.event:
            changes.append(EntityChange(Kind.EVENT, EVENT_KEY, before.event, after.event))
        orders: list[ListOrder] = []
        for kind in (*LIST_KINDS, Kind.PLACEMENT):
            old = {key_of(kind, e): e for e in entities(before, kind)}
            new_list = entities(after, kind)
            new = {key_of(kind, e): e for e in new_list}
            for key, entity in old.items():
                if key not in new:
                    changes.append(EntityChange(kind, key, entity, None))
            for position, entity in enumerate(new_list):
                key = key_of(kind, entity)
                previous = old.get(key)
                if previous is None:
                    changes.append(EntityChange(kind, key, None, entity, position))
                elif previous != entity:
                    changes.append(EntityChange(kind, key, previous, entity))
            if kind is not Kind.PLACEMENT:
                kept = tuple(key for key in old if key in new)
                wanted = tuple(new)
                if tuple(key for key in wanted if key in old) != kept:
                    orders.append(ListOrder(kind, _order(before, kind), wanted))
        return cls(tuple(changes), tuple(orders))

    def __add__(self, other: Edit) -> Edit:
        return Edit(self.changes + other.changes, self.orders + other.orders)


def _order(plan: Plan, kind: Kind) -> tuple[str, ...]:
    return tuple(key_of(kind, entity) for entity in entities(plan, kind))


def _edited_list(
    current: Sequence[Entity], kind: Kind, kind_changes: Iterable[EntityChange]
) -> tuple[Entity, ...]:
    replaced: dict[str, Entity] = {}
    removed: set[str] = set()
    created: list[EntityChange] = []
    for change in kind_changes:
        if change.after is None:
            removed.add(change.key)
        elif change.before is None:
            created.append(change)
        else:
            replaced[change.key] = change.after
    result = [
        replaced.get(key_of(kind, entity), entity)
        for entity in current
        if key_of(kind, entity) not in removed
    ]
    for change in created:
        assert change.after is not None
        position = len(result) if change.position is None else min(change.position, len(result))
        result.insert(position, change.after)
    return tuple(result)


def schedule_order(placement: Placement, plan: Plan) -> tuple[str, str, str]:
    """The order the plan file lists placements in: start as stored, venue, item."""
    start = times.format_datetime(placement.start, plan.event.zone)
    return (start, placement.venue, placement.item)


def _placed(plan: Plan, kind_changes: Iterable[EntityChange]) -> tuple[Placement, ...]:
    touched = {change.key for change in kind_changes}
    schedule = [p for p in plan.schedule if p.item not in touched]
    for change in kind_changes:
        if change.after is not None:
            bisect.insort(
                schedule,
                cast(Placement, change.after),
                key=lambda entry: schedule_order(entry, plan),
            )
    return tuple(schedule)


def _reordered(current: Sequence[Entity], order: ListOrder) -> tuple[Entity, ...]:
    rank = {key: index for index, key in enumerate(order.after)}
    unknown = len(rank)
    return tuple(
        sorted(current, key=lambda entity: rank.get(key_of(order.kind, entity), unknown))
    )


@dataclass(frozen=True)
class Changes:
    """What a change altered, so that views can decide whether to reload."""

    event: bool = False
    venues: bool = False
    delegations: bool = False
    people: bool = False
    sessions: bool = False
    requests: bool = False
    schedule: bool = False
    items: tuple[str, ...] = ()
    """The sessions and requests whose placement changed."""
    keys: frozenset[Key] = field(default=frozenset(), compare=False)
    """Every entity touched; empty on :meth:`everything`."""

    @classmethod
    def everything(cls) -> Changes:
        return cls(True, True, True, True, True, True, True)

    @classmethod
    def of(cls, edit: Edit) -> Changes:
        kinds = edit.kinds
        return cls(
            event=Kind.EVENT in kinds,
            venues=Kind.VENUE in kinds,
            delegations=Kind.DELEGATION in kinds,
            people=Kind.PERSON in kinds,
            sessions=Kind.SESSION in kinds,
            requests=Kind.REQUEST in kinds,
            schedule=Kind.PLACEMENT in kinds,
            items=tuple(sorted(c.key for c in edit.changes if c.kind is Kind.PLACEMENT)),
            keys=edit.keys,
        )

    @classmethod
    def between(cls, before: Plan, after: Plan) -> Changes:
        return cls.of(Edit.between(before, after))

    def __or__(self, other: Changes) -> Changes:
        """What either of two changes altered."""
        return Changes(
            event=self.event or other.event,
            venues=self.venues or other.venues,
            delegations=self.delegations or other.delegations,
            people=self.people or other.people,
            sessions=self.sessions or other.sessions,
            requests=self.requests or other.requests,
            schedule=self.schedule or other.schedule,
            items=tuple(sorted({*self.items, *other.items})),
            keys=self.keys | other.keys,
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
