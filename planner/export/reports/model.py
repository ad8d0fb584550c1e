"""The report model: what goes on paper, not how it looks.

Plain strings (never markup: writers escape) in rows, tables and sections,
with hints where a new page should start; and the labels every report uses.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.domain.model import DelegationKind, Person, Rank, Role
from planner.messages import ENGLISH, QT_TR_NOOP

REPORT_KINDS = ("roster", "programme", "daily", "venues")
"""The reports there are, as the command line names them."""

REPORT_TITLES = {
    "roster": QT_TR_NOOP("Roster of delegations"),
    "programme": QT_TR_NOOP("Programme"),
    "daily": QT_TR_NOOP("Daily programme"),
    "venues": QT_TR_NOOP("Venue door sheets"),
}
"""The reports' titles in English; ``tr()`` gives them in the document's language."""


ROLE_LABELS = {
    Role.HEAD: QT_TR_NOOP("Head of delegation"),
    Role.DEPUTY: QT_TR_NOOP("Deputy head"),
    Role.MEMBER: QT_TR_NOOP("Member"),
    Role.ADVISER: QT_TR_NOOP("Adviser"),
    Role.INTERPRETER: QT_TR_NOOP("Interpreter"),
    Role.SECURITY: QT_TR_NOOP("Security"),
    Role.PRESS: QT_TR_NOOP("Press"),
    Role.LIAISON: QT_TR_NOOP("Liaison officer"),
}

RANK_LABELS = {
    Rank.HEAD_OF_STATE: QT_TR_NOOP("head of state"),
    Rank.HEAD_OF_GOVERNMENT: QT_TR_NOOP("head of government"),
    Rank.VICE_PRESIDENT: QT_TR_NOOP("vice president"),
    Rank.MINISTER: QT_TR_NOOP("minister"),
    Rank.DEPUTY_MINISTER: QT_TR_NOOP("deputy minister"),
    Rank.AMBASSADOR: QT_TR_NOOP("ambassador"),
    Rank.SENIOR_OFFICIAL: QT_TR_NOOP("senior official"),
    Rank.OFFICIAL: QT_TR_NOOP("official"),
    Rank.STAFF: QT_TR_NOOP("staff"),
}

KIND_LABELS = {
    DelegationKind.HOST: QT_TR_NOOP("Host"),
    DelegationKind.MEMBER_STATE: QT_TR_NOOP("Member state"),
    DelegationKind.OBSERVER_STATE: QT_TR_NOOP("Observer state"),
    DelegationKind.OBSERVER_ORG: QT_TR_NOOP("Observer organisation"),
    DelegationKind.PARTNER_ORG: QT_TR_NOOP("Partner organisation"),
    DelegationKind.GUEST: QT_TR_NOOP("Guest"),
}


@dataclass(frozen=True)
class Row:
    """One line of a table; ``emphasis`` marks the head of a delegation."""

    cells: tuple[str, ...]
    emphasis: bool = False


@dataclass(frozen=True)
class Table:
    """Rows under column headings; ``widths`` are percentages of the line."""

    columns: tuple[str, ...]
    widths: tuple[int, ...]
    rows: tuple[Row, ...]
    caption: str = ""


@dataclass(frozen=True)
class Section:
    """A heading with what belongs under it.

    Attributes:
        heading: the delegation, day or venue the section is about.
        subtitle: one line under the heading.
        lines: short paragraphs before the tables.
        tables: the content.
        note: said instead of the tables when there is nothing to list.
        new_page: start the section on a fresh page (page-break hint).
        keep_together: better not split across pages (hint; writers may ignore it).
        prominent: a heading to read from across a corridor (door sheets).
    """

    heading: str
    subtitle: str = ""
    lines: tuple[str, ...] = ()
    tables: tuple[Table, ...] = ()
    note: str = ""
    new_page: bool = False
    keep_together: bool = False
    prominent: bool = False


@dataclass(frozen=True)
class Report:
    """A whole printout: what it is, the event it belongs to, and its sections."""

    what: str
    title: str
    event: str
    place: str
    dates: str
    sections: tuple[Section, ...]
    notes: tuple[str, ...] = ()
    languages: tuple[str, ...] = (ENGLISH,)
    """The languages it is written in: one, or two side by side (the bilingual roster)."""

    @property
    def heading_line(self) -> str:
        """``Roster of delegations · Nur-Sultan · 11–12 October 2021``."""
        return " · ".join(part for part in (self.title, self.place, self.dates) if part)


def display_name(person: Person) -> str:
    """Honorific and name as printed: ``H.E. 王毅``, ``H.E. Sergey Lavrov``.

    Chinese, Japanese and Korean names print family name first with no space
    between, as their bearers write them (:attr:`Person.full_name`).
    """
    return person.formal_name
