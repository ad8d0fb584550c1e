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
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
import warnings
import zipfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import PurePath
from typing import Any

from planner.domain.integrity import looks_like_email
from planner.domain.model import Rank, Role
from planner.errors import Problem, ValidationError

MAX_BYTES = 20 * 1024 * 1024
"""Largest sheet accepted; accreditation lists are a few hundred rows."""
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
"""Largest total size of an XLSX archive's parts once unpacked (zip bombs)."""
MAX_ROWS = 100_000
"""Most people in one list (rows below the header)."""
MAX_COLUMNS = 200
"""Columns read from each row; a people list has a dozen, and cells further right are ignored."""
MAX_NAME_LENGTH = 200
MAX_TEXT_LENGTH = 1000

CSV_SUFFIXES = frozenset({".csv", ".tsv", ".txt"})
XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm"})
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_HEADER_SEARCH_ROWS = 10
_MAX_SHEET_ROWS = MAX_ROWS + _HEADER_SEARCH_ROWS  # the people and the rows above them
_SHEET_NAMES = ("people", "accreditation", "participants", "delegates", "roster", "persons")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


class Field(StrEnum):
    """What a column of an accreditation list holds."""

    DELEGATION = "delegation"
    ISO_CODE = "iso_code"
    HONORIFIC = "honorific"
    GIVEN_NAME = "given_name"
    FAMILY_NAME = "family_name"
    POSITION = "position"
    RANK = "rank"
    ROLE = "role"
    EMAIL = "email"
    ARRIVAL = "arrival"
    DEPARTURE = "departure"


HEADER_SYNONYMS: Mapping[Field, tuple[str, ...]] = {
    Field.DELEGATION: (
        "Delegation",
        "Country",
        "Country/Delegation",
        "Delegation/Country",
        "Country or organisation",
        "Country/Organisation",
        "Country/Organization",
        "Organisation",
        "Organization",
        "Member State",
        "State",
        "Nation",
        "Délégation",
        "Pays",
        "Делегация",
        "Страна",
    ),
    Field.ISO_CODE: (
        "ISO code",
        "ISO",
        "ISO 3166",
        "ISO2",
        "Alpha-2",
        "Country code",
        "Code",
        "Код страны",
    ),
    Field.HONORIFIC: ("Title", "Honorific", "Salutation", "Prefix", "Civilité", "Обращение"),
    Field.GIVEN_NAME: (
        "Given name",
        "Given names",
        "First name",
        "First names",
        "Forename",
        "Forenames",
        "Firstname",
        "Prénom",
        "Имя",
    ),
    Field.FAMILY_NAME: (
        "Family name",
        "Surname",
        "Last name",
        "Lastname",
        "Nom",
        "Nom de famille",
        "Фамилия",
    ),
    Field.POSITION: (
        "Position",
        "Function",
        "Job title",
        "Designation",
        "Post",
        "Office",
        "Fonction",
        "Должность",
    ),
    Field.RANK: ("Rank", "Protocol rank", "Level", "Rang", "Ранг"),
    Field.ROLE: ("Role", "Role in delegation", "Delegation role", "Rôle", "Роль"),
    Field.EMAIL: (
        "E-mail",
        "Email",
        "E-mail address",
        "Email address",
        "Mail",
        "Courriel",
        "Электронная почта",
        "Эл. почта",
    ),
    Field.ARRIVAL: ("Arrival", "Arrives", "Arrival date", "Прибытие"),
    Field.DEPARTURE: ("Departure", "Departs", "Departure date", "Отъезд", "Убытие"),
}
"""Headers each field is recognised by (compared without case, accents or punctuation)."""

USED_FIELDS = frozenset(Field) - {Field.ARRIVAL, Field.DEPARTURE}
"""Fields that reach the plan. Arrival and departure belong to the delegation: read, not used."""


def _fold(text: str) -> str:
    """Text without accents and case, with punctuation and spacing as single spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()
    return " ".join("".join(char if char.isalnum() else " " for char in bare).split())


def header_key(text: str) -> str:
    """How a header is compared: ``E-mail``, ``email`` and ``E MAIL`` are one."""
    return _fold(text).replace(" ", "")


_HEADER_INDEX: Mapping[str, Field] = {
    header_key(synonym): name for name, synonyms in HEADER_SYNONYMS.items() for synonym in synonyms
}

_RANK_WORDS: Mapping[Rank, tuple[str, ...]] = {
    Rank.HEAD_OF_STATE: ("head of state", "hos", "president", "king", "queen", "emir", "sultan"),
    Rank.HEAD_OF_GOVERNMENT: (
        "head of government",
        "hog",
        "prime minister",
        "premier",
        "chancellor",
    ),
    Rank.VICE_PRESIDENT: ("vice president", "vp"),
    Rank.MINISTER: (
        "minister",
        "foreign minister",
        "minister of foreign affairs",
        "cabinet minister",
        "secretary of state",
        "mfa",
    ),
    Rank.DEPUTY_MINISTER: (
        "deputy minister",
        "vice minister",
        "deputy foreign minister",
        "minister of state",
        "state secretary",
    ),
    Rank.AMBASSADOR: (
        "ambassador",
        "amb",
        "ambassador extraordinary and plenipotentiary",
        "permanent representative",
        "charge d affaires",
    ),
    Rank.SENIOR_OFFICIAL: ("senior official", "som", "senior officer", "director general"),
    Rank.OFFICIAL: ("official", "officer", "diplomat", "delegate"),
    Rank.STAFF: ("staff", "support staff", "support", "assistant"),
}

_ROLE_WORDS: Mapping[Role, tuple[str, ...]] = {
    Role.HEAD: (
        "head",
        "head of delegation",
        "head of the delegation",
        "hod",
        "delegation head",
        "chief of delegation",
        "leader",
    ),
    Role.DEPUTY: (
        "deputy",
        "deputy head",
        "deputy head of delegation",
        "deputy hod",
        "alternate",
        "alternate head",
    ),
    Role.MEMBER: ("member", "delegation member", "member of delegation", "delegate"),
    Role.ADVISER: ("adviser", "advisor", "expert", "consultant"),
    Role.INTERPRETER: ("interpreter", "translator"),
    Role.SECURITY: ("security", "security officer", "close protection", "bodyguard"),
    Role.PRESS: ("press", "press officer", "media", "journalist", "photographer"),
    Role.LIAISON: ("liaison", "liaison officer", "lo"),
}


def _word_index(
    table: Mapping[Rank, tuple[str, ...]] | Mapping[Role, tuple[str, ...]],
) -> dict[str, str]:
    index: dict[str, str] = {}
    for value, words in table.items():
        index[_fold(value.value)] = value.value
        for word in words:
            index[_fold(word)] = value.value
    return index


_RANK_INDEX = _word_index(_RANK_WORDS)
_ROLE_INDEX = _word_index(_ROLE_WORDS)

_HONORIFICS = {
    "he": "H.E.",
    "h e": "H.E.",
    "his excellency": "H.E.",
    "her excellency": "H.E.",
    "excellency": "H.E.",
    "mr": "Mr.",
    "mister": "Mr.",
    "ms": "Ms.",
    "mrs": "Mrs.",
    "miss": "Miss",
    "dr": "Dr.",
    "prof": "Prof.",
}


def parse_rank(text: str) -> Rank | None:
    """A rank from the words officers write ("Minister", "Deputy Minister", "HoS")."""
    value = _RANK_INDEX.get(_fold(text))
    return Rank(value) if value else None


def parse_role(text: str) -> Role | None:
    """A role from the words officers write ("Head of Delegation", "HoD", "Advisor")."""
    value = _ROLE_INDEX.get(_fold(text))
    return Role(value) if value else None


def normalise_honorific(text: str) -> str:
    """``HE``, ``His Excellency`` -> ``H.E.``; ``Mr`` -> ``Mr.``; others kept as written."""
    return _HONORIFICS.get(_fold(text), text)


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
        return f"row {row}, column {self.headers.get(column, _DEFAULT_HEADERS[column])}"


_DEFAULT_HEADERS: Mapping[Field, str] = {name: HEADER_SYNONYMS[name][0] for name in Field}


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
        rows = _xlsx_rows(data, name)
    elif suffix in CSV_SUFFIXES:
        rows = _csv_rows(data, name)
    else:
        raise ValidationError(
            f"{name}: the file kind {suffix or '(none)'} is not a spreadsheet; "
            "give a .csv or an .xlsx file"
        )
    return _people(rows, name)


# Reading cells -------------------------------------------------------------------


def _csv_rows(data: bytes, name: str) -> list[tuple[int, list[str]]]:
    text = _decode(data, name)
    lines = text.splitlines()
    first_row = 1
    delimiter = None
    if lines and re.fullmatch(r"sep=(.)", lines[0].strip()):
        delimiter = lines[0].strip()[4]
        text = text.split("\n", 1)[1] if "\n" in text else ""
    if delimiter is None:
        delimiter = _delimiter([line for line in lines[:50] if line.strip()][:_HEADER_SEARCH_ROWS])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    rows = []
    try:
        for number, cells in enumerate(reader, start=first_row):
            if number > _MAX_SHEET_ROWS:
                raise ValidationError(f"{name}: has more than {MAX_ROWS} people rows")
            rows.append((number, cells[:MAX_COLUMNS]))
    except csv.Error as error:
        raise ValidationError(
            f"{name}: row {len(rows) + 1} cannot be read as CSV ({error})"
        ) from None
    return rows


def _decode(data: bytes, name: str) -> str:
    if not data.strip():
        raise ValidationError(f"{name}: is empty; expected a header row and one row per person")
    if data.startswith(b"PK\x03\x04"):
        raise ValidationError(
            f"{name}: is an Excel workbook (XLSX), not CSV text; name it .xlsx to import it"
        )
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ValidationError(
            f"{name}: is an old Excel 97–2003 workbook or a password-protected one; "
            "save it as .xlsx (without a password) or as CSV UTF-8"
        )
    if data.startswith(codecs.BOM_UTF8):
        encoding, body = "utf-8", data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding, body = "utf-16", data
    else:
        encoding, body = "utf-8", data
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as error:
        line = body[: error.start].count(b"\n") + 1
        raise ValidationError(
            f"{name}: is not UTF-8 text (byte 0x{body[error.start]:02x} on line {line}); "
            "in Excel use Save As › 'CSV UTF-8 (Comma delimited)' or save an .xlsx workbook"
        ) from None
    if "\x00" in text:
        raise ValidationError(f"{name}: holds binary data (NUL bytes), not CSV text")
    return text


def _delimiter(first_lines: Sequence[str]) -> str:
    """The delimiter that splits one of the first lines most (comma when none does).

    Several lines are looked at because a title line ("Accreditation list")
    may stand above the header.
    """
    counts = {
        delimiter: max((line.count(delimiter) for line in first_lines), default=0)
        for delimiter in (",", ";", "\t")
    }
    best = max(counts, key=lambda delimiter: counts[delimiter])
    return best if counts[best] else ","


def _xlsx_rows(data: bytes, name: str) -> list[tuple[int, list[str]]]:
    if not data.strip():
        raise ValidationError(f"{name}: is empty; expected an Excel workbook")
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ValidationError(
            f"{name}: is an old Excel 97–2003 workbook or a password-protected one; "
            "save it as .xlsx without a password"
        )
    if not data.startswith(b"PK"):
        looks_like = "CSV text" if _is_text(data) else "binary data"
        raise ValidationError(
            f"{name}: is not an Excel workbook (it holds {looks_like}); "
            + ("name it .csv to import it" if looks_like == "CSV text" else "save it as .xlsx")
        )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(entry.file_size for entry in archive.infolist())
    except Exception:  # a damaged archive fails in many ways (even NotImplementedError)
        raise ValidationError(
            f"{name}: is damaged or truncated and cannot be opened as a workbook"
        ) from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise ValidationError(f"{name}: unpacks to more than 200 MB; it is not a people list")
    values = _sheet_values(data, name, saved=True)
    if _has_formulas(data):
        # Formulas come with the value the spreadsheet program saved; one never
        # calculated (a workbook written by a script) has none, and would be read
        # as an empty cell.
        _refuse_unsaved_formulas(values, _sheet_values(data, name, saved=False), name)
    return [(number, [_cell_text(value) for value in row]) for number, row in enumerate(values, 1)]


def _sheet_values(data: bytes, name: str, *, saved: bool) -> list[tuple[object, ...]]:
    """The people sheet's rows: the saved values, or with ``saved=False`` the formulas."""
    from openpyxl import load_workbook

    rows: list[tuple[object, ...]] = []
    try:
        with warnings.catch_warnings():
            # openpyxl warns about styles and extensions it does not keep; we read values only.
            warnings.simplefilter("ignore")
            workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=saved)
            try:
                sheet = _pick_sheet(workbook.worksheets)
                if sheet is None:
                    raise ValidationError(f"{name}: the workbook holds no worksheet")
                sheet.reset_dimensions()
                # Bounded columns: a row whose cells reach column XFD is read in the
                # time of its first MAX_COLUMNS cells.
                cells = sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS)
                for number, values in enumerate(cells, start=1):
                    if number > _MAX_SHEET_ROWS:
                        raise ValidationError(f"{name}: has more than {MAX_ROWS} people rows")
                    filled = len(values)
                    while filled and values[filled - 1] is None:
                        filled -= 1
                    rows.append(tuple(values[:filled]))
            finally:
                workbook.close()
    except ValidationError:
        raise
    except Exception as error:  # any parser failure on a hostile file is the file's fault
        raise ValidationError(
            f"{name}: is damaged and cannot be read as a workbook ({type(error).__name__})"
        ) from None
    return rows


def _has_formulas(data: bytes) -> bool:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for entry in archive.infolist():
            if entry.filename.startswith("xl/worksheets/") and entry.filename.endswith(".xml"):
                with archive.open(entry) as part:
                    while chunk := part.read(1 << 20):
                        if b"<f>" in chunk or b"<f " in chunk or b":f>" in chunk:
                            return True
    return False


def _refuse_unsaved_formulas(
    saved: list[tuple[object, ...]], formulas: list[tuple[object, ...]], name: str
) -> None:
    from openpyxl.utils import get_column_letter

    problems = [
        Problem(
            f"row {number}, column {get_column_letter(column)}",
            f"the formula {str(formula)[:60]} has no saved value",
        )
        for number, (values, row) in enumerate(zip(saved, formulas, strict=False), start=1)
        for column, formula in enumerate(row, start=1)
        if formula is not None
        and (column > len(values) or values[column - 1] is None)
        and (not isinstance(formula, str) or formula.startswith("="))
    ]
    if problems:
        raise ValidationError(
            f"{name}: holds formulas whose results were never saved; open the workbook in "
            "a spreadsheet program and save it again, or save it as CSV",
            problems[:20],
        )


def _is_text(data: bytes) -> bool:
    sample = data[:4096]
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < len(sample) - 4:  # a character cut at the sample's end is fine
            return sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    return b"\x00" not in sample


def _pick_sheet(sheets: Sequence[Any]) -> Any:
    if not sheets:
        return None
    for sheet in sheets:
        title = _fold(str(getattr(sheet, "title", "")))
        if any(word in title for word in _SHEET_NAMES):
            return sheet
    return sheets[0]


def _cell_text(value: object) -> str:
    from datetime import datetime, time

    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, time):
        return value.strftime("%H:%M")
    return str(value)


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
        found = _HEADER_INDEX.get(header_key(text))
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
    for index, (_number, cells) in enumerate(rows[:_HEADER_SEARCH_ROWS]):
        if sum(1 for cell in cells if header_key(cell) in _HEADER_INDEX) >= 2:
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
