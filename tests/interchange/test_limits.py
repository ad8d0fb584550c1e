"""Absurd sizes are refused with a stated limit, or read in time that follows the real content."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest

from planner.app import main
from planner.domain import integrity
from planner.interchange import parse_plan
from planner.interchange.people_sheet import MAX_COLUMNS, MAX_ROWS, read_people_sheet
from planner.services.people import new_person_id


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def exported(plan_path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    out = plan_path.with_suffix(".json")
    assert run(capsys, "export", plan_path, out)[0] == 0
    document: dict[str, Any] = json.loads(out.read_text())
    out.unlink()
    return document


@pytest.mark.parametrize(
    ("change", "where", "message"),
    [
        (
            lambda d: d["event"].update(end_date="9999-12-31"),
            "event.end_date",
            f"days; at most {integrity.MAX_EVENT_DAYS} are planned",
        ),
        (
            lambda d: d["delegations"][0].update(arrival="0001-01-01T00:00:00+06:00"),
            "delegations[0].arrival",
            "'0001-01-01T00:00:00+06:00' is not a real date and time",
        ),
        (
            lambda d: d["schedule"][0].update(start="1066-10-14T09:00:00+06:00"),
            "schedule[0].start",
            f"1066-10-14 is more than {integrity.MAX_DAYS_AROUND_EVENT} days from the event",
        ),
        (
            lambda d: d["sessions"][0].update(title="x" * 5_000_000),
            "sessions[0].title",
            f"5,000,000 characters long; at most {integrity.MAX_TEXT_LENGTH} are kept",
        ),
        (
            lambda d: d["people"][0].update(position="y" * 501),
            "people[0].position",
            "501 characters long; at most 500 are kept",
        ),
    ],
)
def test_an_absurd_document_is_refused_with_its_limit(
    plan_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    change: Any,
    where: str,
    message: str,
) -> None:
    document = exported(plan_path, capsys)
    change(document)
    source = tmp_path / "absurd.json"
    source.write_text(json.dumps(document))
    before = digest(plan_path)
    started = time.monotonic()
    code, _out, err = run(capsys, "import", source, plan_path, "--replace")
    assert time.monotonic() - started < 20
    assert code == 2
    assert f"  {where}: " in err and message in err
    assert "unexpected error" not in err
    assert digest(plan_path) == before


@pytest.mark.parametrize(
    ("statement", "named"),
    [
        ("UPDATE event SET end_date = '9999-12-31'", "table event, field end_date: the event"),
        (
            "UPDATE delegation SET arrival = '0001-01-01T00:00:00+06:00' WHERE id = 'kz'",
            "table delegation, id 'kz', field arrival",
        ),
        (
            "UPDATE session SET title = printf('%.*c', 600000, 'x') WHERE sort_order = 0",
            "field title: a session's title is 600,000 characters long",
        ),
    ],
)
def test_an_absurd_stored_value_is_refused_before_any_work(
    qapp: object, plan_path: Path, capsys: pytest.CaptureFixture[str], statement: str, named: str
) -> None:
    connection = sqlite3.connect(plan_path)
    connection.execute(statement)
    connection.commit()
    connection.close()
    before = digest(plan_path)
    for command in (
        ["schedule", plan_path, "--time-limit", "2"],
        ["print", plan_path, plan_path.with_suffix(".pdf"), "--what", "programme"],
    ):
        started = time.monotonic()
        code, _out, err = run(capsys, *command)
        assert time.monotonic() - started < 10
        assert code == 2 and named in err and "unexpected error" not in err
    assert digest(plan_path) == before


def test_schedule_honours_its_time_limit_on_the_largest_event_accepted(
    plan_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = exported(plan_path, capsys)
    event = document["event"]
    event.update(end_date="2021-12-09", slot_minutes=5, day_start="00:00", day_end="23:55")
    for delegation in document["delegations"]:
        delegation["departure"] = "2021-12-09T23:00:00+06:00"
    assert parse_plan(json.dumps(document)).plan.event.end_date.isoformat() == "2021-12-09"
    source = tmp_path / "sixty.json"
    source.write_text(json.dumps(document))
    target = tmp_path / "sixty.summit"
    assert run(capsys, "import", source, target)[0] == 0
    started = time.monotonic()
    code, out, err = run(capsys, "schedule", target, "--time-limit", "2")
    assert code in (0, 1), err
    assert time.monotonic() - started < 2 + 8  # the limit, and reading and writing the plan
    assert "status:" in out


def _sheet(rows: int) -> bytes:
    text = io.StringIO()
    writer = csv.writer(text)
    writer.writerow(["Delegation", "Given name", "Family name"])
    for number in range(rows):
        writer.writerow(["kz", f"Given{number}", f"Family{number}"])
    return text.getvalue().encode()


def test_exactly_the_most_people_is_read_and_one_more_is_refused() -> None:
    sheet = read_people_sheet(_sheet(MAX_ROWS), "people.csv")
    assert len(sheet.entries) == MAX_ROWS
    with pytest.raises(Exception, match=f"people.csv: has more than {MAX_ROWS} people rows"):
        read_people_sheet(_sheet(MAX_ROWS + 1), "people.csv")


class _CountingSet(set[str]):
    copies = 0

    def __iter__(self) -> Any:
        type(self).copies += 1
        return super().__iter__()


def test_a_new_person_id_looks_the_taken_ids_up_without_copying_them() -> None:
    taken = _CountingSet(f"kz-given{n}-family{n}" for n in range(10_000))
    _CountingSet.copies = 0
    for number in range(1_000):
        taken.add(new_person_id("kz", f"Given{number}", f"Family{number}", taken))
    assert _CountingSet.copies == 0
    assert "kz-given0-family0-2" in taken


def test_a_workbook_whose_rows_reach_column_xfd_reads_in_time() -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "People"
    sheet.append(["Delegation", "Given name", "Family name"])
    for number in range(3000):
        sheet.append(["kz", f"Given{number}", f"Family{number}"])
        sheet.cell(row=number + 2, column=16384, value="far right")
    data = io.BytesIO()
    workbook.save(data)
    started = time.monotonic()
    read = read_people_sheet(data.getvalue(), "people.xlsx")
    assert time.monotonic() - started < 10  # 35 s and 851 MB when every column was read
    assert len(read.entries) == 3000
    assert MAX_COLUMNS < 16384
