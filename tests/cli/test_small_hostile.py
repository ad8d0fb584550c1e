"""The small ones: closed pipes, killed runs, line breaks in names, surrogates, unsaved formulas."""

from __future__ import annotations

import email
import email.policy
import hashlib
import io
import json
import subprocess
import sys
import zipfile
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from planner.app import main
from planner.errors import ExportError, ValidationError
from planner.interchange.people_sheet import read_people_sheet
from planner.services import PlanService
from planner.services import calendar as calendar_service
from planner.services.calendar import write_invitations

NOW = datetime(2021, 10, 1, 9, 0, tzinfo=UTC)


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_reader_that_stops_reading_ends_the_command_quietly(plan_path: Path) -> None:
    with subprocess.Popen(
        [sys.executable, "-m", "planner", "check", str(plan_path)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as child:
        assert child.stdout is not None and child.stderr is not None
        child.stdout.close()  # as `check | head -0` does
        errors = child.stderr.read()
        assert child.wait(60) == 0
    assert errors == b""


def test_a_partial_file_left_by_a_killed_run_is_removed_next_time(
    service: PlanService, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    leftovers = [folder / ".s-briefing.ics.k3j2h1.part", folder / ".s-briefing.eml.a1b2c3.part"]
    for leftover in leftovers:
        leftover.write_bytes(b"BEGIN:VCALENDAR\r\n")  # cut off mid-write
    unrelated = folder / ".notes.txt"
    unrelated.write_text("mine")
    write_invitations(service, folder, now=NOW)
    assert not any(leftover.exists() for leftover in leftovers)
    assert unrelated.read_text() == "mine"
    assert not list(folder.glob(".*.part"))


def test_a_failed_run_leaves_no_empty_folder(
    service: PlanService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing(path: Any, data: bytes) -> None:
        raise ExportError(f"{path}: cannot be written (No space left on device)")

    monkeypatch.setattr(calendar_service, "write_atomically", failing)
    folder = tmp_path / "new"
    with pytest.raises(ExportError, match="No space left"):
        write_invitations(service, folder, now=NOW)
    assert not folder.exists()
    # A folder that was there before is left, empty or not.
    folder.mkdir()
    with pytest.raises(ExportError):
        write_invitations(service, folder, now=NOW)
    assert folder.is_dir()


def test_line_breaks_in_names_stay_on_their_line_in_the_draft_body(
    service: PlanService, tmp_path: Path
) -> None:
    plan = service.plan
    placed = plan.schedule[0].item
    sessions = tuple(
        replace(s, title="Opening\r\nBcc: someone@example.org\r\n\r\nInjected")
        if s.id == placed
        else s
        for s in plan.sessions
    )
    service.replace_from_document(replace(plan, sessions=sessions))
    write_invitations(service, tmp_path / "out", eml=True, now=NOW)
    drafts = sorted((tmp_path / "out").glob("*.eml"))
    bodies = []
    for draft in drafts:
        message = email.message_from_bytes(draft.read_bytes(), policy=email.policy.default)
        body = message.get_body(("plain",))
        assert body is not None
        bodies.append(body.get_content())
    touched = [body for body in bodies if "Injected" in body]
    assert touched
    for body in touched:
        assert "Opening Bcc: someone@example.org Injected" in body
        assert all(not line.startswith("Bcc:") for line in body.splitlines())


def _document(plan_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Any:
    out = tmp_path / "plan.json"
    assert run(capsys, "export", plan_path, out)[0] == 0
    return json.loads(out.read_text())


def test_an_address_with_a_line_break_is_an_error_on_import(
    plan_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = _document(plan_path, tmp_path, capsys)
    document["people"][0]["email"] = "minister@example.org\r\nBcc: someone@example.org"
    source = tmp_path / "crlf.json"
    source.write_text(json.dumps(document))
    before = digest(plan_path)
    code, _out, err = run(capsys, "import", source, plan_path, "--replace")
    assert code == 2
    assert "people[0].email: an e-mail address must be one line, without control characters" in (
        err
    )
    assert "warning" not in err
    assert digest(plan_path) == before


def test_a_lone_surrogate_in_json_is_an_error_with_its_path(
    plan_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = _document(plan_path, tmp_path, capsys)
    text = json.dumps(document).replace(
        json.dumps(document["venues"][1]["name"]), '"Hall \\ud800"', 1
    )
    source = tmp_path / "surrogate.json"
    source.write_text(text)
    target = tmp_path / "new.summit"
    code, _out, err = run(capsys, "import", source, target)
    assert code == 2
    assert "venues[1].name: holds a lone surrogate escape (such as \\ud800)" in err
    assert "unexpected error" not in err
    assert not target.exists()


def _workbook_with_formula(saved: str | None) -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Country", "Surname", "Given name"])
    sheet.append(["Egypt", '=UPPER("shoukry")', "Sameh"])
    data = io.BytesIO()
    workbook.save(data)
    if saved is None:
        return data.getvalue()
    # As a spreadsheet program saves it: the formula with the value it calculated.
    source = zipfile.ZipFile(io.BytesIO(data.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for entry in source.infolist():
            part = source.read(entry)
            if entry.filename == "xl/worksheets/sheet1.xml":
                part = part.replace(b'<c r="B2"><f>', b'<c r="B2" t="str"><f>').replace(
                    b"<v />", f"<v>{saved}</v>".encode()
                )
            target.writestr(entry, part)
    return out.getvalue()


def test_a_formula_with_no_saved_value_is_reported_not_read_as_an_empty_name() -> None:
    with pytest.raises(ValidationError) as caught:
        read_people_sheet(_workbook_with_formula(None), "list.xlsx")
    assert "holds formulas whose results were never saved" in str(caught.value)
    assert [str(p) for p in caught.value.problems] == [
        'row 2, column B: the formula =UPPER("shoukry") has no saved value'
    ]


def test_a_formula_with_its_saved_value_reads_the_value() -> None:
    (entry,) = read_people_sheet(_workbook_with_formula("SHOUKRY"), "list.xlsx").entries
    assert entry.family_name == "SHOUKRY"
