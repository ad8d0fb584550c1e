"""The roster: delegations in the order of precedence, each with its head first."""

from __future__ import annotations

from collections.abc import Sequence

from planner.domain.model import Delegation, Person, Plan, Role
from planner.domain.names import delegation_name_in
from planner.domain.precedence import members_in_order, order_of_precedence
from planner.export.reports import model
from planner.export.reports.model import Report, Row, Section, Table, display_name
from planner.export.reports.wording import people_count
from planner.messages import document_tr as tr


def roster(plan: Plan, only: Delegation | None, language: str) -> list[Section]:
    """A section per delegation (or only ``only``'s), numbered in the order of precedence."""
    sections = []
    for place, delegation in enumerate(order_of_precedence(plan), start=1):
        if only is not None and delegation.id != only.id:
            continue
        members = members_in_order(plan, delegation.id)
        rows = _roster_rows(members)
        subtitle = f"{tr(model.KIND_LABELS[delegation.kind])} · {people_count(len(members))}"
        table = Table(
            columns=(tr("Role"), tr("Name", "a person's name"), tr("Position"), tr("Rank")),
            widths=(17, 30, 33, 20),
            rows=tuple(rows),
        )
        sections.append(
            Section(
                heading=f"{place}. {delegation_name_in(plan, delegation.id, language)}",
                subtitle=subtitle,
                tables=(table,) if rows else (),
                note="" if rows else tr("No members are listed yet."),
                keep_together=True,
            )
        )
    return sections


def side_by_side(first: Report, second: Report) -> Report:
    """The roster in two languages side by side: each heading, label and column in both.

    ``first`` and ``second`` are the same roster built in each language. Names
    of people, positions as the plan gives them and the order of precedence
    (the first language's) are shared.
    """
    sections = tuple(
        _sections_side_by_side(left, right)
        for left, right in zip(first.sections, second.sections, strict=True)
    )
    return Report(
        what="roster",
        title=f"{first.title} / {second.title}",
        event=first.event,
        place=first.place,
        dates=f"{first.dates} / {second.dates}",
        sections=sections,
        languages=(*first.languages, *second.languages),
    )


def _both(left: str, right: str) -> str:
    return left if left == right or not right else f"{left} / {right}"


def _sections_side_by_side(left: Section, right: Section) -> Section:
    """One delegation of the bilingual roster: role and rank each in two columns.

    The name, the people's names and their positions are written once; the
    second language's name joins the heading where it differs.
    """
    place, _, name = left.heading.partition(". ")
    other_name = right.heading.partition(". ")[2]
    tables = []
    for ours, theirs in zip(left.tables, right.tables, strict=True):
        rows = tuple(
            Row(
                cells=(
                    mine.cells[0],
                    yours.cells[0],
                    mine.cells[1],
                    mine.cells[2],
                    mine.cells[3],
                    yours.cells[3],
                ),
                emphasis=mine.emphasis,
            )
            for mine, yours in zip(ours.rows, theirs.rows, strict=True)
        )
        tables.append(
            Table(
                columns=(
                    ours.columns[0],
                    theirs.columns[0],
                    _both(ours.columns[1], theirs.columns[1]),
                    _both(ours.columns[2], theirs.columns[2]),
                    ours.columns[3],
                    theirs.columns[3],
                ),
                widths=(13, 16, 18, 22, 13, 18),
                rows=rows,
            )
        )
    return Section(
        heading=f"{place}. {_both(name, other_name)}",
        subtitle=_both(left.subtitle, right.subtitle),
        tables=tuple(tables),
        note=_both(left.note, right.note),
        keep_together=True,
    )


def _roster_rows(members: Sequence[Person]) -> list[Row]:
    """Head first, then one group per role in the roles' order, each by precedence."""
    by_role: dict[Role, list[Person]] = {}
    for person in members:
        by_role.setdefault(person.role, []).append(person)
    rows = []
    for role in Role:
        for index, person in enumerate(by_role.get(role, ())):
            label = tr(model.ROLE_LABELS[role]) if index == 0 else ""
            if person.remote:
                label = f"{label} · {tr('by video link')}" if label else tr("By video link")
            rows.append(
                Row(
                    cells=(
                        label,
                        display_name(person),
                        person.position or "",
                        tr(model.RANK_LABELS[person.rank]),
                    ),
                    emphasis=role is Role.HEAD,
                )
            )
    return rows
