"""Building a report of a plan: the one entry point, and what it is asked for."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from planner.domain import zones
from planner.domain.model import Delegation, Plan
from planner.domain.names import delegation_name_in, known_names
from planner.domain.precedence import name_key
from planner.errors import NotFoundError, ValidationError
from planner.export.reports import roster, schedules
from planner.export.reports.model import REPORT_KINDS, REPORT_TITLES, Report
from planner.export.reports.wording import format_date, format_dates
from planner.messages import ENGLISH, base_language, document_language
from planner.messages import document_tr as tr


def _event_days(plan: Plan, day: date | None) -> tuple[date, ...]:
    event = plan.event
    if day is None:
        return event.days
    if day not in event.days:
        with document_language(ENGLISH):
            dates = format_dates(event.start_date, event.end_date)
        raise ValidationError(f"{day.isoformat()} is not a day of the event ({dates})")
    return (day,)


def find_delegation(plan: Plan, wanted: str) -> Delegation:
    """The delegation with id ``wanted`` (or, failing that, a name it goes by).

    Raises:
        NotFoundError: no delegation has that id or name.
    """
    found = plan.delegation_by_id.get(wanted)
    if found is not None:
        return found
    key = name_key(wanted.strip())
    for delegation in plan.delegations:
        if any(name_key(name) == key for name in known_names(delegation, plan.delegation_name)):
            return delegation
    raise NotFoundError(
        f"unknown delegation {wanted!r}: no delegation in the plan has that id or name",
        ids=(wanted,),
    )


def report_languages(text: str | None) -> tuple[str, ...]:
    """``ru`` -> ``("ru",)``; ``en,ru`` -> both, side by side; nothing -> English.

    Raises:
        ValidationError: more than two languages, a language twice, or an empty one.
    """
    if text is None or not text.strip():
        return (ENGLISH,)
    tags = tuple(part.strip() for part in text.split(","))
    if any(not tag for tag in tags) or len(tags) > 2:
        raise ValidationError(f"{text!r}: give one language (ru) or two side by side (en,ru)")
    if len(tags) == 2 and base_language(tags[0]) == base_language(tags[1]):
        raise ValidationError(f"{text!r}: two different languages are needed side by side")
    return tags


def build_report(
    plan: Plan,
    what: str,
    *,
    delegation: str | None = None,
    day: date | None = None,
    languages: Sequence[str] = (ENGLISH,),
) -> Report:
    """The report ``what`` (one of REPORT_KINDS) of ``plan``.

    Args:
        plan: the plan to print.
        what: ``roster``, ``programme``, ``daily`` or ``venues``.
        delegation: keep to this delegation (id or English name).
        day: keep to this day of the event (not for the roster).
        languages: the language to write it in (a tag such as ``ru``), or two
            for a roster in both side by side.

    Raises:
        ValidationError: an unknown report, a day outside the event, a day
            given for the roster, or two languages for anything but the roster.
        NotFoundError: an unknown delegation.
    """
    if not languages or len(languages) > 2:
        raise ValidationError("a report is written in one language, or a roster in two")
    if len(languages) == 2:
        if what != "roster":
            raise ValidationError(
                f"only the roster prints in two languages side by side, not the {what}"
            )
        with document_language(languages[0]) as one:
            first = _build_report(plan, "roster", delegation, day, one)
        with document_language(languages[1]) as other:
            second = _build_report(plan, "roster", delegation, day, other)
        return roster.side_by_side(first, second)
    with document_language(languages[0]) as language:
        return _build_report(plan, what, delegation, day, language)


def _build_report(
    plan: Plan, what: str, delegation: str | None, day: date | None, language: str
) -> Report:
    if what not in REPORT_KINDS:
        raise ValidationError(f"unknown report {what!r}: choose one of {', '.join(REPORT_KINDS)}")
    chosen = find_delegation(plan, delegation) if delegation is not None else None
    if what == "roster":
        if day is not None:
            raise ValidationError("a roster lists delegations, not a day: leave out the day")
        sections = roster.roster(plan, chosen, language)
    else:
        covered = schedules.Selection(plan, chosen, _event_days(plan, day), language)
        if what == "programme":
            sections = schedules.programmes(covered)
        elif what == "daily":
            sections = schedules.daily(covered)
        else:
            sections = schedules.door_sheets(covered)
    event = plan.event
    title = tr(REPORT_TITLES[what])
    if chosen is not None and what != "programme":
        title = f"{title}: {delegation_name_in(plan, chosen.id, language)}"
    return Report(
        what=what,
        title=title,
        event=event.name,
        place=event.city,
        dates=format_dates(event.start_date, event.end_date),
        sections=tuple(sections),
        notes=_notes(plan, what),
        languages=(language,),
    )


def _notes(plan: Plan, what: str) -> tuple[str, ...]:
    if what == "roster":
        return ()
    event = plan.event
    opens, _closes = event.day_bounds(event.start_date)
    return (
        tr("Times are local to {city} ({zone}, {offset} on {day}).").format(
            city=event.city,
            zone=event.timezone,
            offset=zones.offset_label(opens),
            day=format_date(event.start_date),
        ),
    )
