"""The people import and the roster export as use cases on a plan file."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from zoneinfo import ZoneInfo

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.domain.edits import Edit
from planner.domain.model import Person, Plan, Rank, Role
from planner.errors import ExportError, ValidationError
from planner.export.roster_sheet import RANK_LABELS, ROLE_LABELS
from planner.interchange import dump_plan
from planner.interchange.people_sheet import parse_rank, parse_role
from planner.services import PlanService
from planner.services.people import export_roster, import_people, new_person_id
from planner.storage import PlanStore

HEADER = ["Country", "Title", "First name", "Surname", "Function", "Rank", "Role", "Email"]


def write_csv(path: Path, rows: Sequence[Sequence[str]]) -> Path:
    path.write_text("\r\n".join(",".join(row) for row in [HEADER, *rows]), encoding="utf-8")
    return path


def snapshot(service: PlanService) -> str:
    return dump_plan(service.plan)


@pytest.fixture
def small(tmp_path: Path, small_plan: Plan) -> Iterator[PlanService]:
    service = PlanService.create(tmp_path / "small.summit", small_plan)
    yield service
    service.close()


# Round trips ----------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_exported_roster_imports_back_unchanged(
    service: PlanService, tmp_path: Path, suffix: str
) -> None:
    before = snapshot(service)
    sheet = tmp_path / f"roster{suffix}"
    assert export_roster(service, sheet) == len(service.plan.people)
    report = import_people(service, sheet)
    assert report.applied and report.problems == ()
    assert (report.added, report.updated, report.unchanged) == ((), (), len(service.plan.people))
    assert not report.changes.any
    assert snapshot(service) == before


def test_hostile_names_survive_the_round_trip(small: PlanService, tmp_path: Path) -> None:
    hostile = ['=HYPERLINK("http://evil.example","x")', "+1", "-1", "@SUM(A1)", "'=quoted"]
    people = list(small.plan.people)
    for index, text in enumerate(hostile[:4]):
        people[index] = replace(people[index], family_name=text, position=hostile[4])
    small.replace_from_document(replace(small.plan, people=tuple(people)))
    before = snapshot(small)
    for suffix in (".csv", ".xlsx"):
        export_roster(small, tmp_path / f"r{suffix}")
        report = import_people(small, tmp_path / f"r{suffix}")
        assert report.applied and report.unchanged == 4 and not report.added
        assert snapshot(small) == before


def test_export_refuses_other_extensions_and_writes_nothing(
    service: PlanService, tmp_path: Path
) -> None:
    with pytest.raises(ExportError, match=r"\.csv or \.xlsx"):
        export_roster(service, tmp_path / "roster.ods")
    assert list(tmp_path.glob("roster*")) == []


def test_export_xlsx_records_the_injected_clock(service: PlanService, tmp_path: Path) -> None:
    from datetime import UTC, datetime

    stamp = datetime(2021, 10, 1, 9, 0, tzinfo=UTC)
    export_roster(service, tmp_path / "a.xlsx", now=stamp)
    export_roster(service, tmp_path / "b.xlsx", now=stamp)
    assert (tmp_path / "a.xlsx").read_bytes() == (tmp_path / "b.xlsx").read_bytes()
    workbook = openpyxl.load_workbook(io.BytesIO((tmp_path / "a.xlsx").read_bytes()))
    assert workbook.properties.created == stamp.replace(tzinfo=None)


# Adding and updating --------------------------------------------------------------


def test_new_people_are_added_with_stable_ids_and_a_second_run_changes_nothing(
    small: PlanService, tmp_path: Path
) -> None:
    sheet = write_csv(
        tmp_path / "list.csv",
        [
            ["Egypt", "Mr", "Ahmed", "Hafez", "Spokesman", "", "Press", "press@eg.example"],
            ["KZ", "", "Айгерім", "Нұрланқызы", "Interpreter", "Staff", "interpreter", ""],
            ["United Nations", "HE", "Ana", "Núñez", "Special Envoy", "Ambassador", "", ""],
        ],
    )
    report = import_people(small, sheet)
    assert report.applied and report.problems == ()
    assert report.added == ("eg-ahmed-hafez", report.added[1], "un-ana-nunez")
    assert report.added[1].startswith("kz-p") and len(report.added[1]) == len("kz-p") + 8
    plan = small.plan
    press = plan.person_by_id["eg-ahmed-hafez"]
    assert (press.honorific, press.role, press.rank, press.email) == (
        "Mr.",
        Role.PRESS,
        Rank.OFFICIAL,
        "press@eg.example",
    )
    envoy = plan.person_by_id["un-ana-nunez"]
    assert (envoy.honorific, envoy.role, envoy.rank) == ("H.E.", Role.MEMBER, Rank.AMBASSADOR)
    assert plan.people[: len(plan.people) - 3] == small_plan_people(small, report.added)
    again = import_people(small, sheet)
    assert (again.added, again.updated, again.unchanged) == ((), (), 3)


def small_plan_people(service: PlanService, added: Sequence[str]) -> tuple[Person, ...]:
    return tuple(p for p in service.plan.people if p.id not in added)


def test_a_listed_person_is_updated_and_keeps_the_plans_spelling(
    small: PlanService, tmp_path: Path
) -> None:
    sheet = write_csv(
        tmp_path / "list.csv",
        [["Egypt", "", "SAMEH", "SHOUKRY", "Minister of Foreign Affairs", "", "", ""]],
    )
    report = import_people(small, sheet)
    assert report.updated == ("eg-head",) and report.added == ()
    person = small.plan.person_by_id["eg-head"]
    assert (person.given_name, person.family_name) == ("Sameh", "Shoukry")
    assert person.position == "Minister of Foreign Affairs"
    assert person.email == "eg@example.org"  # an empty cell erases nothing
    assert person.role is Role.HEAD


def test_a_person_found_by_e_mail_takes_the_corrected_name(
    small: PlanService, tmp_path: Path
) -> None:
    sheet = write_csv(
        tmp_path / "list.csv",
        [["Egypt", "", "Sameh Hassan", "Shoukry", "", "", "", "EG@example.org"]],
    )
    report = import_people(small, sheet)
    assert report.updated == ("eg-head",)
    assert small.plan.person_by_id["eg-head"].given_name == "Sameh Hassan"


def test_delegations_are_found_by_id_iso_code_alias_and_name(
    small: PlanService, tmp_path: Path
) -> None:
    path = tmp_path / "list.csv"
    path.write_text(
        "Delegation,ISO code,Surname\r\n"
        "in,,Rao One\r\n"
        ",IN,Rao Two\r\n"
        "INDIA,,Rao Three\r\n"
        "Republic of Kazakhstan,,Abai\r\n"
        "United Nations,,Guterres\r\n",
        encoding="utf-8",
    )
    report = import_people(small, path)
    assert report.problems == ()
    delegations = [small.plan.person_by_id[person].delegation for person in report.added]
    assert delegations == ["in", "in", "in", "kz", "un"]


def test_the_head_may_change_when_the_sheet_also_demotes_the_old_one(
    small: PlanService, tmp_path: Path
) -> None:
    sheet = write_csv(
        tmp_path / "list.csv",
        [
            ["India", "", "Nirmala", "Iyer", "", "Minister", "Head of delegation", ""],
            ["India", "", "Subrahmanyam", "Jaishankar", "", "", "Deputy head", ""],
        ],
    )
    report = import_people(small, sheet)
    assert report.applied and report.problems == ()
    assert small.plan.head_of("in").family_name == "Iyer"  # type: ignore[union-attr]
    assert small.plan.person_by_id["in-head"].role is Role.DEPUTY


# Bad rows -------------------------------------------------------------------------

BAD_ROWS = [
    (
        ["Egyptt", "", "Ahmed", "Hafez", "", "", "", ""],
        "row 2, column Country: unknown delegation ‘Egyptt’ (did you mean ‘Egypt’?)",
    ),
    (
        ["Atlantis", "", "Ahmed", "Hafez", "", "", "", ""],
        "row 2, column Country: unknown delegation ‘Atlantis’",
    ),
    (
        ["Egypt", "", "Ahmed", "Hafez", "", "", "", "ahmed(at)example.org"],
        "row 2, column Email: ‘ahmed(at)example.org’ is not an e-mail address",
    ),
    (
        ["Egypt", "", "Ahmed", "Hafez", "", "", "HoD", ""],
        "row 2, column Role: a second head for Egypt: the plan has Sameh Shoukry (eg-head)",
    ),
    (
        ["India", "", "Ahmed", "Hafez", "", "", "", "eg@example.org"],
        "row 2, column Email: ‘eg@example.org’ is the e-mail of Sameh Shoukry (eg-head) of Egypt",
    ),
    (
        ["Egypt", "", "Ahmed", "Hafez", "", "Pharaoh", "", ""],
        "row 2, column Rank: unknown rank ‘Pharaoh’",
    ),
]


@pytest.mark.parametrize(("row", "message"), BAD_ROWS)
def test_a_bad_row_is_reported_and_nothing_is_imported(
    small: PlanService, tmp_path: Path, row: list[str], message: str
) -> None:
    before = snapshot(small)
    good = ["India", "", "Asha", "Rao", "Counsellor", "", "", "asha@in.example"]
    sheet = write_csv(tmp_path / "list.csv", [row, good])
    report = import_people(small, sheet)
    assert not report.applied
    assert len(report.problems) == 1, report.problems
    assert str(report.problems[0]).startswith(message), report.problems
    assert report.added == () and report.updated == ()
    assert snapshot(small) == before
    assert report.summary() == "nothing was imported from list.csv: 1 problem in the sheet"


def test_rows_without_delegation_or_name_are_reported_once_each(
    small: PlanService, tmp_path: Path
) -> None:
    sheet = write_csv(
        tmp_path / "list.csv",
        [
            ["", "", "Ahmed", "Hafez", "", "", "", ""],
            ["Egypt", "Mr", "", "", "Spokesman", "", "", ""],
            ["Egypt", "Ms", "", "", "Adviser", "", "", ""],
        ],
    )
    report = import_people(small, sheet)
    assert [str(p) for p in report.problems] == [
        "row 2, column Country: no delegation given",
        "row 3, column Surname: the person has no name",
        "row 4, column Surname: the person has no name",
    ]


def test_duplicates_within_the_sheet_are_bad_rows(small: PlanService, tmp_path: Path) -> None:
    sheet = write_csv(
        tmp_path / "list.csv",
        [
            ["Egypt", "", "Ahmed", "Hafez", "", "", "", "ah@eg.example"],
            ["Egypt", "", "AHMED", "HAFEZ", "", "", "", ""],
            ["India", "", "Asha", "Rao", "", "", "", ""],
            ["IN", "", "Asha", "Rao", "", "", "", ""],
            ["Egypt", "", "Other", "Person", "", "", "", "AH@eg.example"],
        ],
    )
    report = import_people(small, sheet)
    assert [str(p) for p in report.problems] == [
        "row 3, column Surname: a duplicate: row 2 already lists Ahmed Hafez of Egypt",
        "row 5, column Surname: a duplicate: row 4 already lists Asha Rao of India",
        "row 6, column Email: a duplicate: row 2 already has the e-mail ‘AH@eg.example’",
    ]


def test_two_heads_in_the_sheet_name_the_first_row(small: PlanService, tmp_path: Path) -> None:
    sheet = write_csv(
        tmp_path / "list.csv",
        [
            ["United Nations", "", "Ana", "One", "", "", "head", ""],
            ["United Nations", "", "Bea", "Two", "", "", "Head of delegation", ""],
        ],
    )
    (problem,) = import_people(small, sheet).problems
    assert str(problem) == (
        "row 3, column Role: a second head for United Nations: "
        "row 2 already names Ana One as head of delegation"
    )


def test_delegation_and_iso_code_that_disagree_are_a_bad_row(
    small: PlanService, tmp_path: Path
) -> None:
    path = tmp_path / "list.csv"
    path.write_text("Country,ISO,Surname\r\nEgypt,IN,Hafez\r\n", encoding="utf-8")
    (problem,) = import_people(small, path).problems
    assert str(problem) == "row 2, column ISO: ‘IN’ is India, but the row's delegation is Egypt"


def test_skip_invalid_imports_the_good_rows_and_lists_the_bad(
    small: PlanService, tmp_path: Path
) -> None:
    sheet = write_csv(
        tmp_path / "list.csv",
        [
            ["Atlantis", "", "Nemo", "Captain", "", "", "", ""],
            ["India", "", "Asha", "Rao", "Counsellor", "", "", ""],
            ["Egypt", "", "Ahmed", "Hafez", "", "", "", "not-mail"],
            ["Egypt", "", "Mona", "Said", "", "", "", ""],
        ],
    )
    report = import_people(small, sheet, skip_invalid=True)
    assert report.applied and report.skipped_rows == (2, 4)
    assert report.added == ("eg-mona-said",)
    assert report.updated == ("in-adviser",)
    assert small.plan.person_by_id["in-adviser"].position == "Counsellor"
    assert report.summary() == (
        "imported list.csv: 1 person added, 1 updated, 0 unchanged, 2 bad rows skipped"
    )


def test_a_sheet_without_needed_columns_imports_nothing(small: PlanService, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("Name,Position\r\nAhmed Hafez,Spokesman\r\n", encoding="utf-8")
    before = snapshot(small)
    report = import_people(small, path)
    assert not report.applied and len(report.problems) == 2
    assert snapshot(small) == before


@pytest.mark.parametrize(
    ("content", "name", "expected"),
    [
        (b"", "list.csv", "is empty"),
        (b"\x00\xff\xfe\x01garbage\x00" * 50, "list.csv", "not UTF-8"),
        (b"Country,Surname\r\nEgypt,Hafez\r\n", "list.xlsx", "not an Excel workbook"),
        (b"PK\x03\x04truncated", "list.xlsx", "damaged"),
    ],
)
def test_an_unreadable_sheet_raises_and_changes_nothing(
    small: PlanService, tmp_path: Path, content: bytes, name: str, expected: str
) -> None:
    before = snapshot(small)
    (tmp_path / name).write_bytes(content)
    with pytest.raises(ValidationError, match=expected):
        import_people(small, tmp_path / name)
    assert snapshot(small) == before


def test_the_import_is_one_transaction(
    small: PlanService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(small)
    sheet = write_csv(
        tmp_path / "list.csv",
        [
            ["India", "", "Asha", "Rao", "Counsellor", "", "", ""],
            ["Egypt", "", "Mona", "Said", "", "", "", ""],
        ],
    )
    original = PlanStore.write_edit

    def write_then_fail(store: PlanStore, edit: Edit, zone: ZoneInfo) -> None:
        original(store, edit, zone)
        raise OSError("disk full")

    monkeypatch.setattr(PlanStore, "write_edit", write_then_fail)
    with pytest.raises(OSError, match="disk full"):
        import_people(small, sheet)
    monkeypatch.undo()
    reopened = PlanService.open(small.path)  # type: ignore[arg-type]
    try:
        assert snapshot(reopened) == before
    finally:
        reopened.close()


@pytest.mark.parametrize(
    ("given", "family", "expected"),
    [
        ("Ana", "Núñez", "un-ana-nunez"),
        ("", "O'Brien-Smith", "un-o-brien-smith"),
        ("王", "毅", None),
    ],
)
def test_new_person_ids_are_stable_slugs(given: str, family: str, expected: str | None) -> None:
    first = new_person_id("un", given, family)
    assert first == new_person_id("un", given, family)
    if expected is not None:
        assert first == expected
    else:
        assert first.startswith("un-p") and first.isascii()
    assert new_person_id("un", given, family, {first}) == first + "-2"


_CELLS = st.sampled_from(
    [
        "",
        "Egypt",
        "India",
        "IN",
        "un",
        "Atlantis",
        "Sameh",
        "Shoukry",
        "Asha",
        "Rao",
        "HoD",
        "Deputy head",
        "adviser",
        "Minister",
        "eg@example.org",
        "kz@example.org",
        "new@example.org",
        "bad@",
        "=1+1",
        "'=x",
        "Мұхтар",
    ]
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    rows=st.lists(st.lists(_CELLS, min_size=8, max_size=8), min_size=1, max_size=6),
    skip=st.booleans(),
)
def test_any_sheet_is_imported_whole_or_not_at_all(
    small: PlanService, tmp_path: Path, rows: list[list[str]], skip: bool
) -> None:
    before = small.plan
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerows([HEADER, *rows])
    path = tmp_path / "fuzz.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    report = import_people(small, path, skip_invalid=skip)
    after = small.plan
    if not report.applied:
        assert after == before and report.problems
    else:
        assert len(after.people) == len(before.people) + len(report.added)
        heads = [p.delegation for p in after.people if p.role is Role.HEAD]
        assert len(heads) == len(set(heads))
        assert skip or not report.problems


@pytest.mark.parametrize("rank", list(Rank))
def test_every_rank_the_roster_writes_reads_back(rank: Rank) -> None:
    assert parse_rank(RANK_LABELS[rank]) is rank
    assert parse_rank(rank.value) is rank


@pytest.mark.parametrize("role", list(Role))
def test_every_role_the_roster_writes_reads_back(role: Role) -> None:
    assert parse_role(ROLE_LABELS[role]) is role
    assert parse_role(role.value) is role
