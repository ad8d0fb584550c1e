"""The command line of the plan file: demo, import, export, check, info."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from planner.app import main, wants_window
from planner.resource_files import SAMPLE_PLAN, resource_path


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_demo_writes_a_fresh_sample_and_leaves_the_shipped_file_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shipped = resource_path(*SAMPLE_PLAN)
    before = shipped.read_bytes()
    code, out, _err = run(capsys, "demo", tmp_path / "cica.summit")
    assert code == 0 and "cica.summit" in out
    assert shipped.read_bytes() == before
    code, _out, err = run(capsys, "demo", tmp_path / "cica.summit")
    assert code == 2 and "already exists" in err


def test_import_export_round_trip_is_byte_identical(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "demo", tmp_path / "a.summit")[0] == 0
    assert run(capsys, "export", tmp_path / "a.summit", tmp_path / "a.json")[0] == 0
    assert run(capsys, "import", tmp_path / "a.json", tmp_path / "b.summit")[0] == 0
    assert run(capsys, "export", tmp_path / "b.summit", tmp_path / "b.json")[0] == 0
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()


def test_import_refuses_to_overwrite_without_replace(
    tmp_path: Path, document: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "plan.json"
    source.write_text(json.dumps(document))
    assert run(capsys, "import", source, tmp_path / "p.summit")[0] == 0
    code, _out, err = run(capsys, "import", source, tmp_path / "p.summit")
    assert code == 2 and "--replace" in err


def test_import_replace_updates_in_place_and_keeps_locks(
    tmp_path: Path, document: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    from planner.services import PlanService

    source = tmp_path / "plan.json"
    source.write_text(json.dumps(document))
    target = tmp_path / "p.summit"
    assert run(capsys, "import", source, target)[0] == 0
    service = PlanService.open(target)
    service.set_locked("plenary", True)
    service.close()

    document["venues"][0]["name"] = "Grand Hall"
    source.write_text(json.dumps(document))
    code, out, _err = run(capsys, "import", source, target, "--replace")
    assert code == 0 and "updated" in out

    service = PlanService.open(target)
    assert service.plan.venue_by_id["hall"].name == "Grand Hall"
    assert service.plan.placement_by_item["plenary"].locked
    service.close()


def test_invalid_document_imports_nothing_and_lists_every_problem(
    tmp_path: Path, document: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    document["people"][0]["delegation"] = "atlantis"
    document["schedule"][0]["venue"] = "attic"
    source = tmp_path / "bad.json"
    source.write_text(json.dumps(document))
    code, _out, err = run(capsys, "import", source, tmp_path / "p.summit")
    assert code == 2
    assert "people[0].delegation: unknown delegation 'atlantis'" in err
    assert "schedule[0].venue: unknown venue 'attic'" in err
    assert str(source) in err
    assert list(tmp_path.iterdir()) == [source]


def test_replace_with_an_invalid_document_changes_nothing(
    tmp_path: Path, document: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "plan.json"
    source.write_text(json.dumps(document))
    target = tmp_path / "p.summit"
    assert run(capsys, "import", source, target)[0] == 0
    assert run(capsys, "export", target, tmp_path / "before.json")[0] == 0
    document["delegations"][1]["id"] = "kz"
    source.write_text(json.dumps(document))
    assert run(capsys, "import", source, target, "--replace")[0] == 2
    assert run(capsys, "export", target, tmp_path / "after.json")[0] == 0
    assert (tmp_path / "before.json").read_bytes() == (tmp_path / "after.json").read_bytes()


def test_check_exits_1_and_names_the_broken_rule(
    tmp_path: Path, document: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    document["schedule"].append(
        {"item": "eg-in", "start": "2021-10-11T10:30:00+06:00", "venue": "room-a"}
    )
    source = tmp_path / "plan.json"
    source.write_text(json.dumps(document))
    assert run(capsys, "import", source, tmp_path / "p.summit")[0] == 0
    code, out, _err = run(capsys, "check", tmp_path / "p.summit")
    assert code == 1
    assert (
        "Rule 2: Egypt is in ‘Opening plenary’ and ‘Bilateral Egypt–India’ at 10:30–11:00 on 11 Oct"
        in out
    )


def test_check_on_the_sample_is_clean(plan_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "check", plan_path)
    assert code == 0 and "no broken rules" in out


def test_info_prints_the_event_and_counts(
    plan_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _err = run(capsys, "info", plan_path)
    assert code == 0
    assert "Sixth Meeting of the CICA Ministers of Foreign Affairs" in out
    assert "Asia/Almaty (UTC+06:00" in out
    assert "Delegations:  45" in out


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "the file is empty"),
        (b"\x00\x01garbage", "not a Summit Planner plan"),
    ],
)
@pytest.mark.parametrize("command", ["info", "check", "export"])
def test_unreadable_plan_files_exit_2_with_one_line(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    command: str,
    content: bytes,
    expected: str,
) -> None:
    path = tmp_path / "bad.summit"
    path.write_bytes(content)
    extra = [tmp_path / "out.json"] if command == "export" else []
    code, _out, err = run(capsys, command, path, *extra)
    assert code == 2
    assert expected in err and str(path) in err
    assert len(err.strip().splitlines()) == 1
    assert not (tmp_path / "out.json").exists()


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["import"])
    assert caught.value.code == 2
    assert "usage:" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "window"),
    [([], True), (["plan.summit"], True), (["info", "x"], False), (["--help"], False)],
)
def test_window_or_command(argv: list[str], window: bool) -> None:
    assert wants_window(argv) is window


def test_console_script_prints_a_message_not_a_traceback(tmp_path: Path) -> None:
    script = shutil.which("summit-planner", path=str(Path(sys.executable).parent))
    assert script, "the package is not installed with its console script"
    missing = tmp_path / "absent.summit"
    result = subprocess.run(
        [script, "check", str(missing)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2
    assert result.stderr.strip() == f"summit-planner check: {missing}: no such file"
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "argv",
    [
        ["export", "{plan}", "{plan}"],
        ["export", "{plan}", "{other}"],
        ["print", "{plan}", "{other}", "--what", "roster"],
        ["export-roster", "{plan}", "{other_csv}"],
    ],
    ids=["json-onto-itself", "json-onto-another-plan", "pdf-onto-a-plan", "csv-onto-a-plan"],
)
def test_an_output_never_overwrites_a_plan_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    plan, other, other_csv = tmp_path / "p.summit", tmp_path / "o.summit", tmp_path / "o.csv"
    assert run(capsys, "demo", plan)[0] == 0
    assert run(capsys, "demo", other)[0] == 0
    shutil.copyfile(other, other_csv)
    before = {p.name: p.read_bytes() for p in (other, other_csv)}
    words = [w.format(plan=plan, other=other, other_csv=other_csv) for w in argv]
    # In a process of its own: printing starts a Qt application, which must not outlive the test.
    script = shutil.which("summit-planner", path=str(Path(sys.executable).parent))
    assert script
    done = subprocess.run([script, *words], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert "is a plan file; choose another name for the output" in done.stderr
    assert {p.name: p.read_bytes() for p in (other, other_csv)} == before
    assert run(capsys, "check", plan)[0] == 0
