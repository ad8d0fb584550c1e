"""Reading accreditation lists: encodings, delimiters, headers, workbooks, and bad files."""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from collections.abc import Callable, Sequence

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.domain.model import Rank, Role
from planner.errors import ValidationError
from planner.interchange.people_sheet import (
    Field,
    normalise_honorific,
    parse_rank,
    parse_role,
    read_people_sheet,
)

HEADER = ["Country", "Title", "First name", "Surname", "Function", "Role", "Email"]
ROW = ["Egypt", "H.E.", "Sameh", "Shoukry", "Minister", "Head of delegation", "eg@example.org"]


def csv_bytes(rows: Sequence[Sequence[str]], delimiter: str = ",") -> bytes:
    return "\r\n".join(delimiter.join(row) for row in rows).encode("utf-8")


def xlsx_bytes(rows: Sequence[Sequence[object]], title: str = "Sheet1") -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = title
    for row in rows:
        sheet.append(list(row))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def refused(data: bytes, name: str) -> str:
    with pytest.raises(ValidationError) as caught:
        read_people_sheet(data, name)
    return str(caught.value)


# Headers --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Country", Field.DELEGATION),
        ("DELEGATION", Field.DELEGATION),
        ("Country/Delegation", Field.DELEGATION),
        ("Délégation", Field.DELEGATION),
        ("Страна", Field.DELEGATION),
        ("ISO code", Field.ISO_CODE),
        ("Surname", Field.FAMILY_NAME),
        ("last_name", Field.FAMILY_NAME),
        ("Family Name", Field.FAMILY_NAME),
        ("Фамилия", Field.FAMILY_NAME),
        ("First Name", Field.GIVEN_NAME),
        ("given name", Field.GIVEN_NAME),
        ("Prénom", Field.GIVEN_NAME),
        ("Title", Field.HONORIFIC),
        ("Honorific", Field.HONORIFIC),
        ("Position", Field.POSITION),
        ("FUNCTION", Field.POSITION),
        ("Role", Field.ROLE),
        ("Rank", Field.RANK),
        ("E-mail", Field.EMAIL),
        ("e_mail", Field.EMAIL),
        ("Email address", Field.EMAIL),
    ],
)
def test_headers_are_matched_with_synonyms_ignoring_case_and_accents(
    header: str, field: Field
) -> None:
    other = "Surname" if field is not Field.FAMILY_NAME else "Country"
    sheet = read_people_sheet(csv_bytes([[header, other, "Country"], ["x", "y", "z"]]), "a.csv")
    assert sheet.headers.get(field) == header


def test_unknown_and_unused_columns_are_listed_not_imported() -> None:
    sheet = read_people_sheet(
        csv_bytes([[*HEADER, "Passport", "Arrival"], [*ROW, "X123", "2021-10-11 07:00"]]), "a.csv"
    )
    assert sheet.ignored == ("Passport", "Arrival")
    assert not sheet.problems


def test_a_title_row_above_the_header_is_skipped_and_rows_keep_their_numbers() -> None:
    rows = [
        ["Accreditation list, CICA 2021"],
        [],
        HEADER,
        ROW,
        [],
        [*ROW[:3], "Ismail", "", "", ""],
    ]
    sheet = read_people_sheet(csv_bytes([list(r) for r in rows]), "a.csv")
    assert [entry.row for entry in sheet.entries] == [4, 6]
    assert sheet.entries[1].family_name == "Ismail"


def test_a_missing_name_or_delegation_column_is_reported_against_the_header_row() -> None:
    sheet = read_people_sheet(csv_bytes([["Name", "Position"], ["A B", "Minister"]]), "a.csv")
    text = " / ".join(map(str, sheet.problems))
    assert "row 1" in text and "delegation" in text and "Surname" in text
    assert sheet.entries == ()


def test_two_columns_meaning_the_same_are_reported() -> None:
    sheet = read_people_sheet(
        csv_bytes([["Country", "Surname", "Last name"], ["Egypt", "A", "B"]]), "a.csv"
    )
    assert [str(p) for p in sheet.problems] == [
        "row 1, column Last name: says the same as column Surname (family name); keep one of them"
    ]


def test_a_header_without_rows_is_reported() -> None:
    sheet = read_people_sheet(csv_bytes([HEADER]), "a.csv")
    assert "no rows of people" in str(sheet.problems[0])


# Cells ----------------------------------------------------------------------------


def test_a_good_row_becomes_an_entry() -> None:
    sheet = read_people_sheet(csv_bytes([HEADER, ROW]), "a.csv")
    (entry,) = sheet.entries
    assert entry.row == 2
    assert (entry.delegation, entry.honorific, entry.given_name, entry.family_name) == (
        "Egypt",
        "H.E.",
        "Sameh",
        "Shoukry",
    )
    assert entry.role is Role.HEAD and entry.rank is None
    assert entry.email == "eg@example.org" and entry.problems == ()


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        ("Email", "not-an-address", "row 2, column Email: ‘not-an-address’ is not an e-mail"),
        ("Email", "a@b", "row 2, column Email: ‘a@b’ is not an e-mail"),
        ("Role", "Chauffeur", "row 2, column Role: unknown role ‘Chauffeur’"),
        ("Surname", "Bell\x07", "row 2, column Surname: holds a control character"),
        ("Surname", "x" * 201, "row 2, column Surname: is longer than 200 characters"),
        ("Country", "", "row 2, column Country: no delegation given"),
    ],
)
def test_bad_cells_are_reported_by_row_and_column(column: str, value: str, message: str) -> None:
    row = list(ROW)
    row[HEADER.index(column)] = value
    (entry,) = read_people_sheet(csv_bytes([HEADER, row]), "a.csv").entries
    assert any(str(problem).startswith(message) for problem in entry.problems), entry.problems


def test_a_row_without_any_name_is_reported() -> None:
    row = [ROW[0], "H.E.", "", "", "Minister", "", ""]
    (entry,) = read_people_sheet(csv_bytes([HEADER, row]), "a.csv").entries
    assert [str(p) for p in entry.problems] == ["row 2, column Surname: the person has no name"]


def test_an_unknown_rank_lists_the_ranks() -> None:
    data = csv_bytes([["Country", "Surname", "Rank"], ["Egypt", "Shoukry", "Grand Vizier"]])
    (entry,) = read_people_sheet(data, "a.csv").entries
    assert "unknown rank ‘Grand Vizier’; use one of: head of state," in str(entry.problems[0])


def test_a_line_break_in_a_cell_becomes_a_space_and_keeps_row_numbers() -> None:
    data = b'Country,Surname,Function\r\nEgypt,Shoukry,"Minister of\nForeign Affairs"\r\nIndia,Rao,\r\n'
    sheet = read_people_sheet(data, "a.csv")
    assert [(e.row, e.position) for e in sheet.entries] == [
        (2, "Minister of Foreign Affairs"),
        (3, ""),
    ]


def test_a_quote_that_neutralised_a_formula_is_dropped() -> None:
    data = csv_bytes([["Country", "Surname", "First name"], ["Egypt", "'=HYPERLINK(1)", "'+1"]])
    (entry,) = read_people_sheet(data, "a.csv").entries
    assert (entry.family_name, entry.given_name) == ("=HYPERLINK(1)", "+1")


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        ("Minister", Rank.MINISTER),
        ("MINISTER OF FOREIGN AFFAIRS", Rank.MINISTER),
        ("Deputy Minister", Rank.DEPUTY_MINISTER),
        ("Vice-Minister", Rank.DEPUTY_MINISTER),
        ("deputy_minister", Rank.DEPUTY_MINISTER),
        ("Head of State", Rank.HEAD_OF_STATE),
        ("Prime Minister", Rank.HEAD_OF_GOVERNMENT),
        ("Vice-president", Rank.VICE_PRESIDENT),
        ("Ambassador", Rank.AMBASSADOR),
        ("Chargé d'affaires", Rank.AMBASSADOR),
        ("Senior official", Rank.SENIOR_OFFICIAL),
        ("staff", Rank.STAFF),
        ("Grand Vizier", None),
    ],
)
def test_rank_words_are_read_leniently(text: str, rank: Rank | None) -> None:
    assert parse_rank(text) is rank


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Head of Delegation", Role.HEAD),
        ("HoD", Role.HEAD),
        ("head", Role.HEAD),
        ("Deputy Head", Role.DEPUTY),
        ("Advisor", Role.ADVISER),
        ("Interpreter", Role.INTERPRETER),
        ("Translator", Role.INTERPRETER),
        ("Liaison Officer", Role.LIAISON),
        ("Press", Role.PRESS),
        ("Security", Role.SECURITY),
        ("Member", Role.MEMBER),
        ("Minister", None),
    ],
)
def test_role_words_are_read_leniently(text: str, role: Role | None) -> None:
    assert parse_role(text) is role


@pytest.mark.parametrize(
    ("text", "honorific"),
    [
        ("HE", "H.E."),
        ("H.E", "H.E."),
        ("His Excellency", "H.E."),
        ("Mr", "Mr."),
        ("Sheikh", "Sheikh"),
    ],
)
def test_honorifics_are_written_the_usual_way(text: str, honorific: str) -> None:
    assert normalise_honorific(text) == honorific


# Encodings and delimiters ---------------------------------------------------------


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_the_delimiter_is_found_from_the_header(delimiter: str) -> None:
    row = [*ROW[:4], "Minister, Foreign Affairs" if delimiter != "," else "Minister", *ROW[5:]]
    sheet = read_people_sheet(csv_bytes([HEADER, row], delimiter), "a.csv")
    assert sheet.entries[0].family_name == "Shoukry"
    assert sheet.entries[0].email == "eg@example.org"


def test_a_title_line_does_not_hide_the_delimiter() -> None:
    data = b"Accreditation list, CICA 2021\r\n\r\nCountry;Surname;Function\r\nEgypt;Hafez;A, B\r\n"
    (entry,) = read_people_sheet(data, "a.csv").entries
    assert (entry.row, entry.family_name, entry.position) == (4, "Hafez", "A, B")


def test_an_excel_sep_line_sets_the_delimiter() -> None:
    data = b"sep=;\r\nCountry;Surname\r\nEgypt;Shoukry, Sameh\r\n"
    (entry,) = read_people_sheet(data, "a.csv").entries
    assert entry.family_name == "Shoukry, Sameh"


@pytest.mark.parametrize(
    "encode",
    [
        lambda text: text.encode("utf-8"),
        lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),
        lambda text: codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
        lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le", "utf-16-be"],
)
def test_utf8_and_excel_unicode_text_are_read(encode: Callable[[str], bytes]) -> None:
    text = "Страна\tФамилия\tИмя\r\nKazakhstan\tТілеуберді\tМұхтар\r\n"
    sheet = read_people_sheet(encode(text), "list.txt")
    (entry,) = sheet.entries
    assert (entry.family_name, entry.given_name) == ("Тілеуберді", "Мұхтар")
    assert sheet.headers[Field.DELEGATION] == "Страна"


def test_a_legacy_code_page_is_refused_with_a_way_out() -> None:
    data = "Country,Surname\r\nKazakhstan,Токаев\r\n".encode("cp1251")
    message = refused(data, "list.csv")
    assert "list.csv: is not UTF-8 text" in message and "line 2" in message
    assert "CSV UTF-8" in message


@pytest.mark.parametrize(
    ("data", "name", "expected"),
    [
        (b"", "a.csv", "a.csv: is empty"),
        (b"  \r\n \r\n", "a.csv", "a.csv: is empty"),
        (b",,,\r\n,,\r\n", "a.csv", "a.csv: holds no rows"),
        (bytes(range(256)) * 4, "a.csv", "a.csv: is not UTF-8 text"),
        (b"\x00\x01\x02binary\x00", "a.csv", "a.csv: holds binary data"),
        (b"Country,Surname\r\nEgypt,Shoukry\r\n", "a.xlsx", "holds CSV text); name it .csv"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a.xlsx", "a.xlsx: is not an Excel workbook"),
        (b"", "a.xlsx", "a.xlsx: is empty"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "a.xlsx", "old Excel 97"),
        (b"whatever", "a.ods", "a.ods: the file kind .ods is not a spreadsheet"),
        (b"whatever", "people", "the file kind (none)"),
    ],
)
def test_files_that_are_not_sheets_are_refused_clearly(
    data: bytes, name: str, expected: str
) -> None:
    assert expected in refused(data, name)


def test_a_workbook_named_csv_is_refused_with_the_fix() -> None:
    assert "name it .xlsx" in refused(xlsx_bytes([HEADER, ROW]), "list.csv")


@pytest.mark.parametrize("keep", [0.3, 0.6, 0.95])
def test_a_truncated_workbook_is_refused(keep: float) -> None:
    data = xlsx_bytes([HEADER, ROW] * 50)
    message = refused(data[: int(len(data) * keep)], "list.xlsx")
    assert message.startswith("list.xlsx: is damaged")


def test_a_zip_that_is_not_a_workbook_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    assert refused(buffer.getvalue(), "list.xlsx").startswith("list.xlsx: is damaged")


def test_a_workbook_with_a_corrupt_sheet_is_refused() -> None:
    source = zipfile.ZipFile(io.BytesIO(xlsx_bytes([HEADER, ROW])))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for entry in source.infolist():
            data = source.read(entry)
            if entry.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]
            target.writestr(entry, data)
    assert refused(buffer.getvalue(), "list.xlsx").startswith("list.xlsx: is damaged")


# Workbooks ------------------------------------------------------------------------


def test_a_workbook_is_read_from_its_first_sheet() -> None:
    sheet = read_people_sheet(xlsx_bytes([HEADER, ROW]), "list.xlsx")
    (entry,) = sheet.entries
    assert (entry.row, entry.family_name, entry.role) == (2, "Shoukry", Role.HEAD)


def test_the_sheet_named_like_accreditation_is_preferred() -> None:
    workbook = openpyxl.Workbook()
    workbook.active.title = "Notes"
    workbook.active.append(["This workbook lists the delegates"])
    people = workbook.create_sheet("Accreditation list")
    people.append(HEADER)
    people.append(ROW)
    buffer = io.BytesIO()
    workbook.save(buffer)
    (entry,) = read_people_sheet(buffer.getvalue(), "list.xlsx").entries
    assert entry.family_name == "Shoukry"


def test_workbook_cells_of_any_type_become_text() -> None:
    from datetime import datetime

    rows = [
        ["Country", "Surname", "Position", "Arrival"],
        ["Egypt", 1234.0, True, datetime(2021, 10, 11, 7)],
    ]
    (entry,) = read_people_sheet(xlsx_bytes(rows), "list.xlsx").entries
    assert (entry.family_name, entry.position) == ("1234", "TRUE")


def test_a_formula_with_no_saved_value_is_reported_never_run_or_read_as_empty() -> None:
    rows = [["Country", "Surname", "Function"], ["Egypt", "Shoukry", '=HYPERLINK("http://x","y")']]
    with pytest.raises(ValidationError) as caught:
        read_people_sheet(xlsx_bytes(rows), "list.xlsx")
    assert str(caught.value).startswith("list.xlsx: holds formulas whose results were never saved")
    assert [str(p) for p in caught.value.problems] == [
        'row 2, column C: the formula =HYPERLINK("http://x","y") has no saved value'
    ]


def test_an_oversized_file_is_refused_before_parsing() -> None:
    data = b"Country,Surname\r\n" + b"Egypt,Shoukry\r\n" * (21 * 1024 * 1024 // 15)
    assert "MB; an accreditation list is at most 20 MB" in refused(data, "list.csv")


# Hostile bytes --------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(data=st.binary(max_size=600), suffix=st.sampled_from([".csv", ".txt", ".xlsx"]))
def test_any_bytes_give_a_sheet_or_a_validation_error(data: bytes, suffix: str) -> None:
    try:
        read_people_sheet(data, "list" + suffix)
    except ValidationError as error:
        assert str(error).startswith("list" + suffix + ": ")


_WORKBOOK = xlsx_bytes([HEADER, ROW, ROW])


@settings(max_examples=60, deadline=None)
@given(
    flips=st.lists(
        st.tuples(st.integers(0, len(_WORKBOOK) - 1), st.integers(0, 255)), min_size=1, max_size=8
    )
)
def test_a_damaged_workbook_gives_a_sheet_or_a_validation_error(
    flips: list[tuple[int, int]],
) -> None:
    data = bytearray(_WORKBOOK)
    for position, value in flips:
        data[position] = value
    try:
        read_people_sheet(bytes(data), "list.xlsx")
    except ValidationError as error:
        assert str(error).startswith("list.xlsx: ")


CELLS = st.sampled_from(
    ["", "Egypt", "IN", "=1+1", "'=x", "HoD", "a@b.org", "bad@", "\x07", "Ωμέγα", '"', ",", "\n"]
) | st.text(max_size=12)


@settings(max_examples=80, deadline=None)
@given(rows=st.lists(st.lists(CELLS, max_size=9), max_size=6), delimiter=st.sampled_from(",;\t"))
def test_any_csv_text_gives_a_sheet_or_a_validation_error(
    rows: list[list[str]], delimiter: str
) -> None:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter).writerows([HEADER, *rows])
    try:
        sheet = read_people_sheet(buffer.getvalue().encode("utf-8", "replace"), "list.csv")
    except ValidationError:
        return
    for entry in sheet.entries:
        assert all(problem.where.startswith(f"row {entry.row}") for problem in entry.problems)
