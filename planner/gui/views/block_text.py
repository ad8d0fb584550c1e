"""What the timetable says about a placed item, worked out without Qt.

The words of a block (title, time, delegations), of its tooltip and of the
search that finds it. Words an officer reads go through the ``tr`` the caller
passes: the window hands in its translator, a test may pass ``str`` to read
English.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from planner.domain import times
from planner.domain.model import BilateralRequest, Plan, Session
from planner.domain.rules import RULE_NAMES
from planner.gui.views.geometry import Block, PlanIndex, names, span_text

Translate = Callable[[str], str]
"""Turns an English message into the officer's language."""

MOST_NAMES = 12
"""Delegation names a tooltip lists before "and N more"."""

_MINOR_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "de", "des", "du", "la", "le"})


def short_name(plan: Plan, delegation_id: str) -> str:
    """A delegation in a few letters: its country code, else the initials of a long name.

    ``KZ``; ``Commonwealth of Independent States`` -> ``CIS``; a one-word
    name stays whole.
    """
    delegation = plan.delegation_by_id.get(delegation_id)
    if delegation is not None and delegation.country:
        return delegation.country
    name = plan.delegation_name(delegation_id)
    words = [word for word in name.split() if word.casefold() not in _MINOR_WORDS]
    if len(words) < 2:
        return name
    return "".join(word[0].upper() for word in words if word[0].isalnum())


def bilateral_titles(plan: Plan, request: BilateralRequest) -> tuple[str, ...]:
    """Who meets whom, longest first: ``Kyrgyzstan – Kazakhstan``, then ``KG – KZ``."""
    parties = (request.from_delegation, request.to_delegation)
    full = " – ".join(plan.delegation_name(d) for d in parties)
    brief = " – ".join(short_name(plan, d) for d in parties)
    return (full, brief) if brief != full else (full,)


def delegations_text(plan: Plan, item: str, tr: Translate, *, limit: int | None = None) -> str:
    """Every delegation of ``item`` by name ("" for an unknown item).

    With ``limit``, the first ``limit`` names and how many more there are.
    """
    found = plan.item(item)
    if isinstance(found, Session):
        if found.for_all:
            return tr("All delegations present")
        ids: Sequence[str] = tuple(found.delegations)
    elif found is not None:
        ids = found.delegations
    else:
        return ""
    shown = names(plan, ids)
    if limit is not None and len(shown) > limit:
        rest = len(shown) - limit
        return ", ".join(shown[:limit]) + tr(" and {count} more").format(count=rest)
    return ", ".join(shown)


def block_lines(
    plan: Plan, block: Block, span: str, delegations: str, tr: Translate
) -> list[tuple[str, ...]]:
    """Each line of a block's text, as the ways to say it from longest to shortest.

    Args:
        plan: The plan shown.
        block: The block.
        span: Its time, as :func:`~planner.gui.views.geometry.span_text` gives it.
        delegations: Its delegations, as :func:`delegations_text` gives them.
        tr: The translator.
    """
    request = plan.request_by_id.get(block.item)
    if request is not None:
        return [bilateral_titles(plan, request), (span,), (tr("Bilateral"),)]
    lines: list[tuple[str, ...]] = [(block.title,), (span,)]
    if delegations:
        lines.append((delegations,))
    return lines


def tooltip_text(index: PlanIndex, item: str, tr: Translate) -> str:
    """Title, time, venue, delegations and broken rules of a placed item, one a line."""
    plan = index.plan
    placement = plan.placement_by_item.get(item)
    if placement is None:
        return plan.item_title(item)
    venue = plan.venue_by_id.get(placement.venue)
    where = f"{venue.name} ({venue.building})" if venue else placement.venue
    start = times.minutes(placement.start)
    end = times.minutes(plan.end_of(placement))
    lines = [
        plan.item_title(item),
        f"{placement.start.astimezone(plan.event.zone):%a %d %b}, "
        f"{span_text(start, end, plan)}, {where}",
    ]
    delegations = delegations_text(plan, item, tr, limit=MOST_NAMES)
    if delegations:
        lines.append(tr("Delegations: {names}").format(names=delegations))
    if placement.locked:
        lines.append(tr("Locked: the scheduler leaves it here"))
    for violation in index.violations_of(item):
        lines.append(
            tr("Rule {rule} ({name}): {message}").format(
                rule=violation.rule,
                name=RULE_NAMES.get(violation.rule, ""),
                message=violation.message,
            )
        )
    return "\n".join(lines)


def tooltip_html(text: str, rules: int, conflict_colour: str) -> str:
    """:func:`tooltip_text` as rich text: the title bold, the last ``rules`` lines in red."""
    lines = text.split("\n")
    parts = [f"<b>{html.escape(lines[0])}</b>"]
    for number, line in enumerate(lines[1:], start=1):
        if number >= len(lines) - rules:
            parts.append(f'<span style="color:{conflict_colour}">{html.escape(line)}</span>')
        else:
            parts.append(html.escape(line))
    return "<qt>" + "<br>".join(parts) + "</qt>"


def matches(plan: Plan, text: str, tr: Translate) -> list[str]:
    """Placed items whose title, delegations or id hold ``text``, in time order."""
    needle = text.strip().casefold()
    if not needle:
        return []
    found = []
    for placement in sorted(plan.schedule, key=lambda p: (times.minutes(p.start), p.venue)):
        item = placement.item
        words = [item, plan.item_title(item), delegations_text(plan, item, tr)]
        if any(needle in word.casefold() for word in words):
            found.append(item)
    return found
