"""Accreditation lists (CSV or XLSX) read into people entries with per-row problems.

Lists arrive from foreign ministries in every shape, so reading is lenient
where a guess is safe and strict where it is not:

* CSV as UTF-8 with or without a byte order mark, or UTF-16 with a mark (what
  Excel saves as "Unicode text"); the delimiter (comma, semicolon or tab) is
  found from the header line, and an Excel ``sep=`` line is honoured. Anything
  else (a legacy code page, a binary file) is refused with a message that says
  how to save the list instead.
* XLSX: the sheet named like "People", "Accreditation", "Participants" or
  "Roster", else the first. Cached values of formulas are read, never run.
* The header row may sit below a title row. Headers are matched case- and
  accent-insensitively against common synonyms (English, French and Russian),
  so "Surname", "LAST NAME" and "Фамилия" all mean the family name.
* Cells are trimmed; a leading single quote before a formula character (how
  the roster export neutralises formulas) is dropped, so an exported roster
  reads back as it was.

Rows are numbered as a spreadsheet program numbers them (the header row of a
plain list is row 1), and every problem names its row and the column as the
sheet heads it: ``row 7, column Email``. Matching rows to delegations and to
people already in the plan is the service's job.

Reading a file's cells is :mod:`planner.interchange.sheet_cells`; the words
of headers, ranks, roles and honorifics, :mod:`planner.interchange.sheet_words`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import PurePath

from planner.domain.integrity import looks_like_email
from planner.domain.model import Rank, Role
from planner.errors import Problem, ValidationError
from planner.interchange.sheet_cells import (
    CSV_SUFFIXES,
    HEADER_SEARCH_ROWS,
    MAX_BYTES,
    MAX_COLUMNS,
    MAX_ROWS,
    MAX_UNPACKED_BYTES,
    XLSX_SUFFIXES,
    csv_rows,
    xlsx_rows,
)
from planner.interchange.sheet_words import (
    DEFAULT_HEADERS,
    HEADER_INDEX,
    HEADER_SYNONYMS,
    USED_FIELDS,
    Field,
    header_key,
    normalise_honorific,
    parse_rank,
    parse_role,
)

__all__ = [
    "CSV_SUFFIXES",
    "HEADER_SYNONYMS",
    "MAX_BYTES",
    "MAX_COLUMNS",
    "MAX_NAME_LENGTH",
    "MAX_ROWS",
    "MAX_TEXT_LENGTH",
    "MAX_UNPACKED_BYTES",
    "USED_FIELDS",
    "XLSX_SUFFIXES",
    "Field",
    "PeopleSheet",
    "PersonEntry",
    "header_key",
    "normalise_honorific",
    "parse_rank",
    "parse_role",
    "read_people_sheet",
]

MAX_NAME_LENGTH = 200
MAX_TEXT_LENGTH = 1000
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class PersonEntry:
    """One data row of the sheet, read but not yet matched to the plan.

    Empty cells are ``""`` (text) or ``None`` (rank, role, e-mail): the service
    leaves the plan's value where the sheet says nothing.
    """

    row: int
    delegation: str
    iso_code: str
    honorific: str
    given_name: str
    family_name: str
    position: str
    rank: Rank | None
    role: Role | None
    email: str | None
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class PeopleSheet:
    """What a sheet holds.

    Attributes:
        source: the file name, for messages.
        headers: each recognised field with the header as the sheet writes it.
        ignored: headers the import does not use (unknown, or arrival/departure).
        entries: the data rows, blank rows left out.
        problems: what is wrong with the sheet as a whole (missing columns, no rows).
    """

    source: str
    headers: Mapping[Field, str]
    ignored: tuple[str, ...]
    entries: tuple[PersonEntry, ...]
    problems: tuple[Problem, ...] = field(default=())

    def where(self, row: int, column: Field) -> str:
        """``row 7, column Email``: a position the officer can find in the sheet."""
        return f"row {row}, column {self.headers.get(column, DEFAULT_HEADERS[column])}"


def read_people_sheet(data: bytes, name: str) -> PeopleSheet:
    """Read an accreditation list; the file kind comes from the name's extension.

    Raises:
        ValidationError: the file cannot be read as a spreadsheet at all (wrong
            kind, empty, binary, not UTF-8/UTF-16, a damaged workbook). Problems
            with the content are in :attr:`PeopleSheet.problems` and the entries.
    """
    suffix = PurePath(name).suffix.lower()
    if len(data) > MAX_BYTES:
        raise ValidationError(
            f"{name}: is {len(data) // (1024 * 1024)} MB; an accreditation list is at most "
            f"{MAX_BYTES // (1024 * 1024)} MB"
        )
    if suffix in XLSX_SUFFIXES:
        rows = xlsx_rows(data, name)
    elif suffix in CSV_SUFFIXES:
        rows = csv_rows(data, name)
    else:
        raise ValidationError(
            f"{name}: the file kind {suffix or '(none)'} is not a spreadsheet; "
            "give a .csv or an .xlsx file"
        )
    return _people(rows, name)


# Rows into entries ----------------------------------------------------------------


def _people(rows: list[tuple[int, list[str]]], name: str) -> PeopleSheet:
    cleaned = [(number, [_clean_cell(cell) for cell in cells]) for number, cells in rows]
    filled = [(number, cells) for number, cells in cleaned if any(cells)]
    if not filled:
        raise ValidationError(f"{name}: holds no rows; expected a header row and one per person")
    header_at = _header_index(filled)
    header_row, header = filled[header_at]
    headers: dict[Field, str] = {}
    columns: dict[Field, int] = {}
    ignored: list[str] = []
    problems: list[Problem] = []
    for index, text in enumerate(header):
        if not text:
            continue
        found = HEADER_INDEX.get(header_key(text))
        if found is None or found not in USED_FIELDS:
            ignored.append(text)
        elif found in columns:
            problems.append(
                Problem(
                    f"row {header_row}, column {text}",
                    f"says the same as column {headers[found]} ({found.value.replace('_', ' ')}); "
                    "keep one of them",
                )
            )
        else:
            headers[found] = text
            columns[found] = index
    problems.extend(_missing_columns(columns, header_row))
    body = filled[header_at + 1 :]
    if len(body) > MAX_ROWS:
        raise ValidationError(f"{name}: has more than {MAX_ROWS} people rows")
    if not body and not problems:
        problems.append(
            Problem(f"row {header_row}", "the sheet has a header but no rows of people under it")
        )
    sheet = PeopleSheet(name, headers, tuple(ignored), (), tuple(problems))
    if problems:
        return sheet
    entries = tuple(_entry(sheet, columns, number, cells) for number, cells in body)
    return PeopleSheet(name, headers, tuple(ignored), entries, ())


def _clean_cell(text: str) -> str:
    """A cell trimmed, and without the quote that neutralised a formula on export."""
    if text.startswith("'") and text.lstrip("'").startswith(_FORMULA_STARTS):
        text = text[1:]
    return text.strip()


def _header_index(rows: Sequence[tuple[int, list[str]]]) -> int:
    """The row that heads the list: the first with two known headers (title rows skipped)."""
    for index, (_number, cells) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        if sum(1 for cell in cells if header_key(cell) in HEADER_INDEX) >= 2:
            return index
    return 0


def _missing_columns(columns: Mapping[Field, int], header_row: int) -> Iterator[Problem]:
    where = f"row {header_row}"
    if Field.DELEGATION not in columns and Field.ISO_CODE not in columns:
        names = HEADER_SYNONYMS[Field.DELEGATION][:3] + HEADER_SYNONYMS[Field.ISO_CODE][:1]
        yield Problem(where, f"no column names the delegation; head one {_choices(names)}")
    if Field.FAMILY_NAME not in columns and Field.GIVEN_NAME not in columns:
        yield Problem(
            where,
            "no column for names; head them "
            f"{_choices(HEADER_SYNONYMS[Field.FAMILY_NAME][:3])} and "
            f"{_choices(HEADER_SYNONYMS[Field.GIVEN_NAME][:3])}",
        )


def _choices(words: Iterable[str]) -> str:
    quoted = [f"‘{word}’" for word in words]
    return ", ".join(quoted[:-1]) + f" or {quoted[-1]}" if len(quoted) > 1 else quoted[0]


def _entry(
    sheet: PeopleSheet, columns: Mapping[Field, int], number: int, cells: Sequence[str]
) -> PersonEntry:
    problems: list[Problem] = []

    def cell(column: Field) -> str:
        index = columns.get(column)
        return cells[index] if index is not None and index < len(cells) else ""

    def text(column: Field, limit: int = MAX_TEXT_LENGTH) -> str:
        value = cell(column)
        if _CONTROL.search(value):
            problems.append(
                Problem(sheet.where(number, column), "holds a control character; retype the text")
            )
            return ""
        value = " ".join(value.split())  # line breaks inside a cell become spaces
        if len(value) > limit:
            problems.append(
                Problem(sheet.where(number, column), f"is longer than {limit} characters")
            )
            return ""
        return value

    given = text(Field.GIVEN_NAME, MAX_NAME_LENGTH)
    family = text(Field.FAMILY_NAME, MAX_NAME_LENGTH)
    delegation = text(Field.DELEGATION)
    iso_code = text(Field.ISO_CODE)
    if not (given or family) and not problems:
        column = Field.FAMILY_NAME if Field.FAMILY_NAME in columns else Field.GIVEN_NAME
        problems.append(Problem(sheet.where(number, column), "the person has no name"))
    if not (delegation or iso_code):
        column = Field.DELEGATION if Field.DELEGATION in columns else Field.ISO_CODE
        problems.append(Problem(sheet.where(number, column), "no delegation given"))

    rank_text = text(Field.RANK)
    rank = parse_rank(rank_text) if rank_text else None
    if rank_text and rank is None:
        problems.append(
            Problem(
                sheet.where(number, Field.RANK),
                f"unknown rank ‘{rank_text}’; use one of: " + ", ".join(r.label for r in Rank),
            )
        )
    role_text = text(Field.ROLE)
    role = parse_role(role_text) if role_text else None
    if role_text and role is None:
        problems.append(
            Problem(
                sheet.where(number, Field.ROLE),
                f"unknown role ‘{role_text}’; use one of: "
                + ", ".join(r.value for r in Role)
                + " (or ‘Head of delegation’, ‘Deputy head’)",
            )
        )
    email_text = text(Field.EMAIL)
    if email_text.casefold().startswith("mailto:"):
        email_text = email_text[len("mailto:") :].strip()
    if email_text and not looks_like_email(email_text):
        problems.append(
            Problem(
                sheet.where(number, Field.EMAIL),
                f"‘{email_text}’ is not an e-mail address (expected name@domain.org)",
            )
        )
    honorific = text(Field.HONORIFIC)
    return PersonEntry(
        row=number,
        delegation=delegation,
        iso_code=iso_code,
        honorific=normalise_honorific(honorific) if honorific else "",
        given_name=given,
        family_name=family,
        position=text(Field.POSITION),
        rank=rank,
        role=role,
        email=email_text or None,
        problems=tuple(problems),
    )
