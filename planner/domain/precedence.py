"""The order of precedence, as the summit-plan format defines it.

Delegations stand by status group (host, member states, observer states,
observer organisations, partner organisations, guests), then by the English
name in force on the event's first day; the alphabet starts at the name drawn
by lot and wraps round from Z to A, as at the United Nations. With ``order:
rank`` the rank of the head of delegation comes first. A delegation pinned at
place N stands at place N; the others fill the remaining places. Within a
delegation: head, deputy, then rank, then family name.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from planner.domain.integrity import looks_like_email
from planner.domain.model import (
    Delegation,
    DelegationKind,
    Person,
    Plan,
    PrecedenceOrder,
    Rank,
    Role,
)

_GROUPS = tuple(DelegationKind)
_NO_HEAD_RANK = len(Rank)


def name_key(name: str) -> str:
    """Sort key for a name: accents and case ignored (Côte d'Ivoire under C)."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


@dataclass(frozen=True)
class Standing:
    """Where a delegation stands and why."""

    place: int
    delegation: Delegation
    reason: str


def order_of_precedence(plan: Plan) -> list[Delegation]:
    """The plan's delegations, first place first."""
    return [standing.delegation for standing in standings(plan)]


def standings(plan: Plan) -> list[Standing]:
    """Every delegation with its place and the reason for it, in order."""
    rule = plan.event.precedence
    lot = plan.delegation_by_id.get(rule.first) if rule.first else None
    lot_key = name_key(plan.delegation_name(lot.id)) if lot else ""

    def head_rank(delegation: Delegation) -> int:
        head = plan.head_of(delegation.id)
        return head.rank.order if head else _NO_HEAD_RANK

    def computed_key(delegation: Delegation) -> tuple[int, int, int, str, str]:
        key = name_key(plan.delegation_name(delegation.id))
        rank = head_rank(delegation) if rule.order is PrecedenceOrder.RANK else 0
        wrapped = 0 if key >= lot_key else 1
        return (rank, _GROUPS.index(delegation.kind), wrapped, key, delegation.id)

    computed = sorted(plan.delegations, key=computed_key)
    pinned = sorted(
        (d for d in computed if d.precedence is not None),
        key=lambda d: d.precedence or 0,
    )
    ordered = [d for d in computed if d.precedence is None]
    for delegation in pinned:
        place = max(delegation.precedence or 1, 1)
        ordered.insert(min(place - 1, len(ordered)), delegation)

    total = len(ordered)
    group_sizes = {kind: sum(1 for d in ordered if d.kind is kind) for kind in _GROUPS}
    result = []
    for index, delegation in enumerate(ordered, start=1):
        if delegation.precedence is not None:
            reason = f"pinned at place {delegation.precedence} by the officer"
        else:
            reason = _computed_reason(plan, delegation, lot, group_sizes, head_rank(delegation))
        result.append(Standing(index, delegation, f"Place {index} of {total}: {reason}."))
    return result


def _computed_reason(
    plan: Plan,
    delegation: Delegation,
    lot: Delegation | None,
    group_sizes: dict[DelegationKind, int],
    rank_order: int,
) -> str:
    group_number = _GROUPS.index(delegation.kind) + 1
    size = group_sizes[delegation.kind]
    parts = []
    if plan.event.precedence.order is PrecedenceOrder.RANK:
        if rank_order == _NO_HEAD_RANK:
            parts.append("no head of delegation, so after every ranked head")
        else:
            rank = list(Rank)[rank_order]
            parts.append(f"head of delegation ranks as {rank.label} (rank {rank_order + 1} of 9)")
    parts.append(
        f"{delegation.kind.label} (status group {group_number} of {len(_GROUPS)}, "
        f"{size} in the group)"
    )
    if lot is not None:
        lot_name = plan.delegation_name(lot.id)
        parts.append(f"by English name, the alphabet starting at ‘{lot_name}’ drawn by lot")
    else:
        parts.append("by English name from A to Z")
    return "; ".join(parts)


_ROLE_ORDER = {Role.HEAD: 0, Role.DEPUTY: 1}


def person_key(person: Person) -> tuple[int, int, str, str, str]:
    """Order within a delegation: head, deputy, then rank, then family name."""
    return (
        _ROLE_ORDER.get(person.role, 2),
        person.rank.order,
        name_key(person.family_name),
        name_key(person.given_name),
        person.id,
    )


def members_in_order(plan: Plan, delegation_id: str) -> list[Person]:
    return sorted(plan.people_by_delegation.get(delegation_id, ()), key=person_key)


def usable_email(person: Person) -> bool:
    return bool(person.email and looks_like_email(person.email))


def invitation_contact(plan: Plan, delegation_id: str) -> Person | None:
    """Who receives a delegation's invitations when its head has no address.

    Ministers rarely give theirs; the delegation's deputy, liaison officer or
    other member does, in the delegation's own order.
    """
    for person in members_in_order(plan, delegation_id):
        if usable_email(person) and not person.remote:
            return person
    return None
