"""People in and out of spreadsheets: the roster export and the accreditation import.

The import matches each row of an accreditation list to a delegation (by id,
ISO 3166 code or English name) and to a person already in the plan (same
delegation and name, or same e-mail), so that a list sent twice updates
people instead of doubling them. Every problem is reported with its row and
column; nothing is written while any row is bad, unless the officer asks to
skip bad rows. What is written is written in one transaction.
"""

from __future__ import annotations

import difflib
import hashlib
import os
import unicodedata
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from planner.domain.edits import Changes, Edit
from planner.domain.model import Delegation, Person, Plan, Rank, Role
from planner.domain.names import known_names
from planner.domain.operations import Operation
from planner.domain.precedence import name_key
from planner.errors import ExportError, Problem, ValidationError
from planner.export.roster_sheet import roster_csv, roster_rows, roster_xlsx
from planner.files import read_input, write_atomically
from planner.interchange.people_sheet import (
    MAX_BYTES,
    Field,
    PeopleSheet,
    PersonEntry,
    parse_rank,
    read_people_sheet,
)
from planner.services.plans import PlanService

ROSTER_SUFFIXES = (".csv", ".xlsx")

DEFAULT_RANK = Rank.OFFICIAL
"""Rank of a new person whose row gives none (and whose position names none)."""
DEFAULT_ROLE = Role.MEMBER
"""Role of a new person whose row gives none."""

COUNTRY_ALIASES: Mapping[str, tuple[str, ...]] = {
    "AE": ("UAE", "Emirates"),
    "BY": ("Republic of Belarus",),
    "CN": ("People's Republic of China", "PRC"),
    "GB": ("United Kingdom", "UK", "Great Britain"),
    "IR": ("Iran, Islamic Republic of", "Islamic Republic of Iran"),
    "KG": ("Kyrgyz Republic",),
    "KR": ("Korea, Republic of", "South Korea", "Korea (Republic of)", "Korea"),
    "KZ": ("Republic of Kazakhstan", "Qazaqstan"),
    "LA": ("Lao PDR", "Lao People's Democratic Republic", "Lao"),
    "MD": ("Moldova, Republic of",),
    "PS": ("State of Palestine", "Palestine, State of"),
    "RU": ("Russian Federation",),
    "SY": ("Syrian Arab Republic",),
    "TR": ("Türkiye", "Turkiye"),
    "US": ("United States of America", "USA", "U.S.A."),
    "UZ": ("Republic of Uzbekistan",),
    "VN": ("Vietnam", "Viet Nam"),
}
"""Other names accreditation lists use for a country, by ISO 3166 code."""


@dataclass(frozen=True)
class PeopleImport:
    """What an import did, or would have done.

    Attributes:
        source: the sheet.
        added: ids of people added to the plan, in sheet order.
        updated: ids of people whose details changed.
        unchanged: how many rows matched a person and changed nothing.
        problems: every problem found, by row and column.
        skipped_rows: rows left out (only with ``skip_invalid``).
        ignored_columns: headers the import does not use.
        applied: whether the plan was written (False when rows were bad).
        changes: what changed in the plan.
        rows_checked: whether the rows were checked one by one (not when the
            sheet as a whole was unusable, e.g. a missing column).
    """

    source: Path
    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    unchanged: int = 0
    problems: tuple[Problem, ...] = ()
    skipped_rows: tuple[int, ...] = ()
    ignored_columns: tuple[str, ...] = ()
    applied: bool = False
    changes: Changes = field(default_factory=Changes)
    rows_checked: bool = False

    def summary(self) -> str:
        """One line for the officer: what was added, updated, skipped."""
        if not self.applied:
            return (
                f"nothing was imported from {self.source.name}: "
                f"{_count(len(self.problems), 'problem')} in the sheet"
            )
        parts = [
            f"{_count(len(self.added), 'person', 'people')} added",
            f"{len(self.updated)} updated",
            f"{self.unchanged} unchanged",
        ]
        if self.skipped_rows:
            parts.append(f"{_count(len(self.skipped_rows), 'bad row')} skipped")
        return f"imported {self.source.name}: " + ", ".join(parts)


def _count(number: int, singular: str, plural: str | None = None) -> str:
    return f"{number} {singular if number == 1 else plural or singular + 's'}"


# Export -----------------------------------------------------------------------


def export_roster(
    service: PlanService, path: str | os.PathLike[str], *, now: datetime | None = None
) -> int:
    """Write the roster to ``path`` as CSV or XLSX (by its extension); returns the rows.

    Args:
        service: the open plan.
        path: ``.csv`` or ``.xlsx``.
        now: the creation time recorded in an XLSX workbook (none when ``None``).

    Raises:
        ExportError: the extension is neither, or the file cannot be written.
    """
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in ROSTER_SUFFIXES:
        raise ExportError(
            f"{target}: choose the format by the extension: .csv or .xlsx "
            f"(not {suffix or 'no extension'})"
        )
    plan = service.plan
    rows = roster_rows(plan)
    if suffix == ".csv":
        data = roster_csv(rows)
    else:
        data = roster_xlsx(rows, title=plan.event.name, timezone=plan.event.timezone, now=now)
    write_atomically(target, data)
    return len(rows)


# Import -----------------------------------------------------------------------


def import_people(
    service: PlanService, path: str | os.PathLike[str], *, skip_invalid: bool = False
) -> PeopleImport:
    """Add or update the people of an accreditation list (CSV or XLSX), in one transaction.

    A row matches a person already in the plan when the delegation and the
    given and family names match (ignoring case and accents), or the e-mail
    matches; that person is updated, and empty cells leave their details as
    they are. Other rows add people. People the sheet does not list stay.

    Args:
        service: the open plan.
        path: the sheet.
        skip_invalid: import the good rows even if some are bad (and report those).

    Returns:
        The report. When a row is bad and ``skip_invalid`` is false, nothing is
        written and ``applied`` is false.

    Raises:
        ValidationError: the file cannot be read as a spreadsheet.
        PlannerError: the file is missing or unreadable.
    """
    source = Path(path)
    sheet = read_people_file(source)
    if sheet.problems:
        return PeopleImport(source, problems=sheet.problems, ignored_columns=sheet.ignored)
    operation = ImportPeople(source, sheet, skip_invalid)
    return operation.report(service.apply(operation).changes)


def read_people_file(source: Path) -> PeopleSheet:
    """Read an accreditation list; what is wrong with its rows is in ``problems``.

    Raises:
        ValidationError: the file is too big or cannot be read as a spreadsheet.
        PlannerError: the file is missing or unreadable.
    """
    if source.is_file() and source.stat().st_size > MAX_BYTES:
        raise ValidationError(
            f"{source.name}: is {source.stat().st_size // (1024 * 1024)} MB; "
            f"an accreditation list is at most {MAX_BYTES // (1024 * 1024)} MB"
        )
    return read_people_sheet(read_input(source, "spreadsheet"), source.name)


@dataclass
class ImportPeople(Operation):
    """Add or update the people a sheet lists, matched against the plan as it is now.

    When a row is bad (and bad rows are not to be skipped) it changes nothing;
    either way :attr:`matcher` tells what each row matched and what was wrong.
    """

    source: Path
    sheet: PeopleSheet
    skip_invalid: bool
    matcher: _Matcher | None = None
    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    unchanged: int = 0

    def edit(self, plan: Plan) -> Edit:
        self.matcher = _Matcher(plan, self.sheet).run()
        if self.matcher.problems and not self.skip_invalid:
            return Edit()
        updated_plan, self.added, self.updated, self.unchanged = self.matcher.apply()
        return Edit.between(plan, updated_plan)

    def report(self, changes: Changes) -> PeopleImport:
        """What the run did, row by row (call after it ran)."""
        outcome = self.matcher
        assert outcome is not None, "the operation ran"
        bad_rows = tuple(sorted({int(row) for row in outcome.bad_rows}))
        report = PeopleImport(
            self.source,
            problems=outcome.problems,
            ignored_columns=self.sheet.ignored,
            skipped_rows=bad_rows if self.skip_invalid else (),
            rows_checked=True,
        )
        if outcome.problems and not self.skip_invalid:
            return report
        return replace(
            report,
            added=self.added,
            updated=self.updated,
            unchanged=self.unchanged,
            applied=True,
            changes=changes,
        )


@dataclass
class _Row:
    entry: PersonEntry
    delegation: Delegation | None = None
    existing: Person | None = None
    problems: list[Problem] = field(default_factory=list)

    @property
    def good(self) -> bool:
        return not self.problems

    @property
    def target(self) -> str:
        """The person the row is about: an existing id or the new row's own key."""
        return self.existing.id if self.existing else f"row {self.entry.row}"

    def role(self) -> Role | None:
        if self.entry.role is not None:
            return self.entry.role
        return self.existing.role if self.existing else DEFAULT_ROLE


def _person_key(given: str, family: str) -> str:
    return name_key(" ".join(given.split())) + "\x1f" + name_key(" ".join(family.split()))


class _Matcher:
    """Matches sheet rows to delegations and people, and finds what is wrong."""

    def __init__(self, plan: Plan, sheet: PeopleSheet) -> None:
        self.plan = plan
        self.sheet = sheet
        self.rows = [_Row(entry, problems=list(entry.problems)) for entry in sheet.entries]
        self.problems: tuple[Problem, ...] = ()
        self.bad_rows: tuple[int, ...] = ()
        self._delegations = _DelegationIndex(plan)
        self._by_name = {
            (p.delegation, _person_key(p.given_name, p.family_name)): p for p in plan.people
        }
        emails: dict[str, list[Person]] = {}
        for person in plan.people:
            if person.email:
                emails.setdefault(person.email.casefold(), []).append(person)
        self._by_email = {key: found[0] for key, found in emails.items() if len(found) == 1}

    def where(self, row: _Row, column: Field) -> str:
        return self.sheet.where(row.entry.row, column)

    def run(self) -> _Matcher:
        claimed: dict[str, PersonEntry] = {}
        emails: dict[str, int] = {}
        for row in self.rows:
            self._match(row)
            if row.delegation is None or not (row.entry.given_name or row.entry.family_name):
                continue
            entry = row.entry
            key = row.target
            if row.existing is None:
                key = (
                    f"new {row.delegation.id}\x1f{_person_key(entry.given_name, entry.family_name)}"
                )
            if key in claimed:
                row.problems.append(
                    Problem(
                        self.where(row, Field.FAMILY_NAME),
                        f"a duplicate: row {claimed[key].row} already lists "
                        f"{self._name(claimed[key])} of "
                        f"{self.plan.delegation_name(row.delegation.id)}",
                    )
                )
            elif entry.email and entry.email.casefold() in emails:
                row.problems.append(
                    Problem(
                        self.where(row, Field.EMAIL),
                        f"a duplicate: row {emails[entry.email.casefold()]} already has "
                        f"the e-mail ‘{entry.email}’",
                    )
                )
            else:
                claimed[key] = entry
                if entry.email:
                    emails[entry.email.casefold()] = entry.row
        self._check_heads()
        self.problems = tuple(problem for row in self.rows for problem in row.problems)
        self.bad_rows = tuple(row.entry.row for row in self.rows if not row.good)
        return self

    @staticmethod
    def _name(entry: PersonEntry) -> str:
        return " ".join(part for part in (entry.given_name, entry.family_name) if part)

    def _match(self, row: _Row) -> None:
        entry = row.entry
        delegation, problem = self._delegations.find(entry, self.sheet)
        if problem is not None:
            row.problems.append(problem)
        if delegation is None:
            return
        row.delegation = delegation
        by_name = self._by_name.get(
            (delegation.id, _person_key(entry.given_name, entry.family_name))
        )
        by_email = self._by_email.get(entry.email.casefold()) if entry.email else None
        if by_email is not None and by_email.delegation != delegation.id:
            row.problems.append(
                Problem(
                    self.where(row, Field.EMAIL),
                    f"‘{entry.email}’ is the e-mail of {by_email.formal_name} "
                    f"({by_email.id}) of {self.plan.delegation_name(by_email.delegation)}, "
                    f"not of {self.plan.delegation_name(delegation.id)}",
                )
            )
            return
        if by_email is not None and by_name is not None and by_email.id != by_name.id:
            row.problems.append(
                Problem(
                    self.where(row, Field.EMAIL),
                    f"the name is that of {by_name.formal_name} ({by_name.id}) but "
                    f"‘{entry.email}’ is the e-mail of {by_email.formal_name} ({by_email.id})",
                )
            )
            return
        row.existing = by_name or by_email

    def _check_heads(self) -> None:
        """At most one head per delegation once the good rows are applied."""
        demoted: set[str] = set()
        for row in self.rows:
            role = row.entry.role
            if row.good and row.existing and role is not None and role is not Role.HEAD:
                demoted.add(row.existing.id)
        named: dict[str, _Row] = {}
        for row in self.rows:
            if not row.good or row.delegation is None or row.role() is not Role.HEAD:
                continue
            delegation = row.delegation
            called = self.plan.delegation_name(delegation.id)
            current = self.plan.head_of(delegation.id)
            earlier = named.get(delegation.id)
            if current is not None and current.id not in demoted and current.id != row.target:
                row.problems.append(
                    Problem(
                        self.where(row, Field.ROLE),
                        f"a second head for {called}: the plan has "
                        f"{current.formal_name} ({current.id}) as head of delegation; "
                        "if this row is that person, write the name as the plan does (or "
                        "give their e-mail); otherwise give the row another role, or list "
                        "the head with a new role",
                    )
                )
            elif earlier is not None and earlier.target != row.target:
                row.problems.append(
                    Problem(
                        self.where(row, Field.ROLE),
                        f"a second head for {called}: row {earlier.entry.row} "
                        f"already names {self._name(earlier.entry)} as head of delegation",
                    )
                )
            else:
                named.setdefault(delegation.id, row)

    def apply(self) -> tuple[Plan, tuple[str, ...], tuple[str, ...], int]:
        """The plan with the good rows applied; ids added and updated; rows unchanged."""
        changed: dict[str, Person] = {}
        added: list[Person] = []
        unchanged = 0
        taken = set(self.plan.person_by_id)
        for row in self.rows:
            if not row.good or row.delegation is None:
                continue
            if row.existing is not None:
                person = _updated(row.existing, row.entry)
                if person == row.existing:
                    unchanged += 1
                else:
                    changed[person.id] = person
                continue
            person = _new_person(row.entry, row.delegation.id, taken)
            taken.add(person.id)
            added.append(person)
        people = tuple(changed.get(p.id, p) for p in self.plan.people) + tuple(added)
        return (
            replace(self.plan, people=people),
            tuple(p.id for p in added),
            tuple(changed),
            unchanged,
        )


def _updated(person: Person, entry: PersonEntry) -> Person:
    """``person`` with what the row says; empty cells keep the plan's value.

    Names matched ignoring case and accents keep the plan's spelling (lists
    often write family names in capitals); a person found by e-mail takes the
    sheet's names, as a correction.
    """
    same_name = _person_key(person.given_name, person.family_name) == _person_key(
        entry.given_name, entry.family_name
    )
    return replace(
        person,
        given_name=person.given_name if same_name else entry.given_name,
        family_name=person.family_name if same_name else entry.family_name,
        honorific=entry.honorific or person.honorific,
        position=entry.position or person.position,
        rank=entry.rank or person.rank,
        role=entry.role or person.role,
        email=entry.email or person.email,
    )


def _new_person(entry: PersonEntry, delegation: str, taken: set[str]) -> Person:
    rank = entry.rank or (parse_rank(entry.position) if entry.position else None)
    return Person(
        id=new_person_id(delegation, entry.given_name, entry.family_name, taken),
        delegation=delegation,
        given_name=entry.given_name,
        family_name=entry.family_name,
        rank=rank or DEFAULT_RANK,
        role=entry.role or DEFAULT_ROLE,
        honorific=entry.honorific or None,
        position=entry.position or None,
        email=entry.email,
    )


def new_person_id(delegation: str, given: str, family: str, taken: Collection[str] = ()) -> str:
    """A stable id from the delegation and the name: ``kz-aigerim-nurlanqyzy`` style.

    Names without Latin letters get a short digest of the name instead
    (``kz-p3f2a9c1b``), so the same person always gets the same id; a clash
    with an id in ``taken`` adds ``-2``, ``-3``…
    """
    ascii_name = (
        unicodedata.normalize("NFKD", f"{given} {family}").encode("ascii", "ignore").decode()
    )
    slug = "-".join("".join(c if c.isalnum() else " " for c in ascii_name.lower()).split())[:40]
    slug = slug.strip("-")
    if len(slug) < 2:
        digest = hashlib.sha256(_person_key(given, family).encode("utf-8")).hexdigest()
        slug = "p" + digest[:8]
    base = f"{delegation}-{slug}"
    candidate, number = base, 1
    while candidate in taken:  # a set, looked up, never copied: an import stays linear
        number += 1
        candidate = f"{base}-{number}"
    return candidate


class _DelegationIndex:
    """Finds a delegation by id, ISO 3166 code or (alternative) English name."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        delegations = plan.delegations
        self.delegations = delegations
        self.by_id = {d.id.casefold(): d for d in delegations}
        codes: dict[str, list[Delegation]] = {}
        for delegation in delegations:
            if delegation.country:
                codes.setdefault(delegation.country.upper(), []).append(delegation)
        self.by_code = {code: found[0] for code, found in codes.items() if len(found) == 1}
        names: dict[str, list[Delegation]] = {}
        for delegation in delegations:
            # A sheet may name a delegation as it was called, or in another language.
            for name in dict.fromkeys(
                _name_key(text) for text in known_names(delegation, plan.delegation_name)
            ):
                names.setdefault(name, []).append(delegation)
        for code, aliases in COUNTRY_ALIASES.items():
            if code in self.by_code:
                for alias in aliases:
                    key = _name_key(alias)
                    if key not in names:
                        names[key] = [self.by_code[code]]
        self.by_name = names

    def _lookup(self, text: str) -> list[Delegation]:
        named = self.by_name.get(_name_key(text))
        if named:
            return named
        found = self.by_id.get(text.casefold()) or self.by_code.get(text.upper())
        return [found] if found else []

    def find(
        self, entry: PersonEntry, sheet: PeopleSheet
    ) -> tuple[Delegation | None, Problem | None]:
        if not (entry.delegation or entry.iso_code):
            return None, None  # the sheet reader has reported the empty cell
        by_text = self._lookup(entry.delegation) if entry.delegation else []
        by_code = self._lookup(entry.iso_code) if entry.iso_code else []
        if entry.delegation and not by_text:
            return None, Problem(
                sheet.where(entry.row, Field.DELEGATION),
                f"unknown delegation ‘{entry.delegation}’{self._hint(entry.delegation)}",
            )
        if entry.iso_code and not by_code:
            return None, Problem(
                sheet.where(entry.row, Field.ISO_CODE),
                f"no delegation has the ISO code ‘{entry.iso_code}’",
            )
        for found, text, column in (
            (by_text, entry.delegation, Field.DELEGATION),
            (by_code, entry.iso_code, Field.ISO_CODE),
        ):
            if len(found) > 1:
                ids = ", ".join(d.id for d in found)
                return None, Problem(
                    sheet.where(entry.row, column),
                    f"‘{text}’ names more than one delegation ({ids}); give the ISO code or id",
                )
        if by_text and by_code and by_text[0].id != by_code[0].id:
            return None, Problem(
                sheet.where(entry.row, Field.ISO_CODE),
                f"‘{entry.iso_code}’ is {self.plan.delegation_name(by_code[0].id)}, but the "
                f"row's delegation is {self.plan.delegation_name(by_text[0].id)}",
            )
        return (by_text or by_code)[0], None

    def _hint(self, text: str) -> str:
        names = {
            _name_key(self.plan.delegation_name(d.id)): self.plan.delegation_name(d.id)
            for d in self.delegations
        }
        close = difflib.get_close_matches(_name_key(text), list(names), n=1, cutoff=0.75)
        return f" (did you mean ‘{names[close[0]]}’?)" if close else ""


def _name_key(text: str) -> str:
    folded = name_key(text)
    return " ".join("".join(c if c.isalnum() else " " for c in folded).split())
