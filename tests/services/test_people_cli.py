"""export-roster and import-people on the command line: outputs, reports and exit codes."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
import pytest

from planner.app import main

HEADER = "Country,Title,First name,Surname,Function,Role,Email"


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def roster(capsys: pytest.CaptureFixture[str], plan: Path, folder: Path) -> bytes:
    out = folder / "check.csv"
    assert run(capsys, "export-roster", plan, out)[0] == 0
    return out.read_bytes()


def test_export_roster_writes_csv_and_xlsx(
    plan_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "export-roster", plan_path, tmp_path / "r.csv")
    assert (code, err) == (0, "")
    assert "150 people" in out
    table = list(csv.reader(io.StringIO((tmp_path / "r.csv").read_text("utf-8-sig"))))
    assert table[0][:4] == ["Delegation", "Honorific", "Given name", "Family name"]
    assert table[1][0] == "Kazakhstan" and table[1][6] == "Head of delegation"
    assert run(capsys, "export-roster", plan_path, tmp_path / "R.XLSX")[0] == 0
    sheet = openpyxl.load_workbook(tmp_path / "R.XLSX").active
    assert [cell.value for cell in sheet[2]][:4] == [row for row in table[1][:4]]


@pytest.mark.parametrize("name", ["roster.ods", "roster", "roster.csv.txt"])
def test_export_roster_refuses_other_extensions(
    plan_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    code, _out, err = run(capsys, "export-roster", plan_path, tmp_path / name)
    assert code == 2
    assert "use .csv or .xlsx" in err and len(err.splitlines()) == 1
    assert not (tmp_path / name).exists()


def test_export_roster_into_a_missing_folder_is_a_clear_error(
    plan_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run(capsys, "export-roster", plan_path, tmp_path / "nowhere" / "r.csv")
    assert code == 2 and "does not exist" in err and "Traceback" not in err


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_exported_roster_imports_back_with_nothing_changed(
    plan_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    before = roster(capsys, plan_path, tmp_path)
    assert run(capsys, "export-roster", plan_path, tmp_path / f"r{suffix}")[0] == 0
    code, out, err = run(capsys, "import-people", plan_path, tmp_path / f"r{suffix}")
    assert (code, err) == (0, "")
    assert f"imported r{suffix}: 0 people added, 0 updated, 150 unchanged" in out
    assert "columns left out: Arrival, Departure" in out
    assert roster(capsys, plan_path, tmp_path) == before


def test_a_list_with_bad_rows_is_reported_and_nothing_is_imported(
    plan_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = roster(capsys, plan_path, tmp_path)
    sheet = tmp_path / "accreditation.csv"
    sheet.write_text(
        "\r\n".join(
            [
                HEADER,
                "Egypt,Mr,Ahmed,Hafez,Spokesman,Press,press@eg.example",
                "Atlantis,,Nemo,Captain,,,",
                "Egypt,,Mona,Said,,,mona@",
                "Kazakhstan,,Ivan,Ivanov,,Head of delegation,",
                "EG,Mr.,AHMED,HAFEZ,,,",
            ]
        ),
        encoding="utf-8",
    )
    code, out, err = run(capsys, "import-people", plan_path, sheet)
    assert code == 1
    lines = err.splitlines()
    assert lines[0] == "accreditation.csv: row 3, column Country: unknown delegation ‘Atlantis’"
    assert lines[1].startswith("accreditation.csv: row 4, column Email: ‘mona@’ is not")
    assert lines[2].startswith(
        "accreditation.csv: row 5, column Role: a second head for Kazakhstan: the plan has "
        "H.E. Ақан Рахметуллин (p-kz-1)"
    )
    assert lines[3] == (
        "accreditation.csv: row 6, column Surname: a duplicate: row 2 already lists "
        "Ahmed Hafez of Egypt"
    )
    assert "nothing was imported from accreditation.csv: 4 problems" in lines[4]
    assert "--skip-invalid" in lines[4]
    assert out == ""
    assert roster(capsys, plan_path, tmp_path) == before

    code, out, err = run(capsys, "import-people", plan_path, sheet, "--skip-invalid")
    assert code == 0
    assert "1 person added, 0 updated, 0 unchanged, 4 bad rows skipped" in out
    assert len(err.splitlines()) == 4
    assert b"Hafez" in roster(capsys, plan_path, tmp_path)


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("empty.csv", b"", "empty.csv: is empty"),
        ("garbage.csv", bytes(range(256)) * 16, "garbage.csv: is not UTF-8 text"),
        ("nul.csv", b"Country,Surname\x00\x00\x00\r\n", "nul.csv: holds binary data"),
        ("text.xlsx", HEADER.encode() + b"\r\nEgypt,,A,B,,,\r\n", "name it .csv"),
        ("cut.xlsx", b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "cut.xlsx: is damaged"),
        ("list.pdf", b"%PDF-1.7", "list.pdf: the file kind .pdf is not a spreadsheet"),
    ],
)
def test_an_unreadable_sheet_is_exit_2_with_one_clear_message(
    plan_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    content: bytes,
    expected: str,
) -> None:
    before = roster(capsys, plan_path, tmp_path)
    (tmp_path / name).write_bytes(content)
    code, out, err = run(capsys, "import-people", plan_path, tmp_path / name)
    assert code == 2 and out == ""
    assert expected in err and "Traceback" not in err and "unexpected" not in err
    assert roster(capsys, plan_path, tmp_path) == before


def test_a_truncated_workbook_is_exit_2(
    plan_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "export-roster", plan_path, tmp_path / "full.xlsx")[0] == 0
    data = (tmp_path / "full.xlsx").read_bytes()
    (tmp_path / "cut.xlsx").write_bytes(data[: len(data) * 2 // 3])
    code, _out, err = run(capsys, "import-people", plan_path, tmp_path / "cut.xlsx")
    assert code == 2 and "cut.xlsx: is damaged" in err


def test_a_missing_sheet_is_exit_2(
    plan_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run(capsys, "import-people", plan_path, tmp_path / "nope.csv")
    assert code == 2 and "no such spreadsheet" in err


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("Country,Position\r\nEgypt,Minister\r\n", "list.csv: row 1: no column for names"),
        ("Surname,Position\r\nHafez,Minister\r\n", "list.csv: row 1: no column names the deleg"),
        (HEADER + "\r\n", "list.csv: row 1: the sheet has a header but no rows of people"),
    ],
)
def test_a_sheet_missing_columns_or_rows_is_exit_1(
    plan_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: str,
    expected: str,
) -> None:
    before = roster(capsys, plan_path, tmp_path)
    (tmp_path / "list.csv").write_text(content, encoding="utf-8")
    code, _out, err = run(capsys, "import-people", plan_path, tmp_path / "list.csv")
    assert code == 1
    assert expected in err and "nothing was imported" in err and "fix the header row" in err
    assert roster(capsys, plan_path, tmp_path) == before


def test_import_help_states_the_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["import-people", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "0 imported (also when --skip-invalid left bad rows out" in text
    assert "1 the sheet has bad rows or columns, and nothing was imported" in text
    assert "2 the sheet or the plan file cannot be read" in text
