"""``summit-planner print``: options, exit codes and messages."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from planner.cli import main
from planner.cli.print_commands import printed_on


@pytest.mark.parametrize("what", ["roster", "programme", "daily", "venues"])
def test_print_writes_each_printout(
    qapp: object, plan_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], what: str
) -> None:
    out = tmp_path / f"{what}.pdf"
    assert main(["print", str(plan_path), str(out), "--what", what]) == 0
    assert out.read_bytes().startswith(b"%PDF-")
    assert capsys.readouterr().out.startswith(f"wrote {out} (")


def test_print_takes_delegation_day_and_paper(
    qapp: object, plan_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "cn.pdf"
    arguments = ["--delegation", "cn", "--day", "2021-10-12", "--paper", "letter"]
    code = main(["print", str(plan_path), str(out), "--what", "programme", *arguments])
    assert code == 0
    assert capsys.readouterr().out == f"wrote {out} (1 page)\n"


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--what", "roster", "--delegation", "atlantis"], "unknown delegation 'atlantis'"),
        (["--what", "daily", "--day", "2021-10-13"], "2021-10-13 is not a day of the event"),
        (["--what", "roster", "--day", "2021-10-11"], "a roster lists delegations, not a day"),
    ],
)
def test_print_refuses_bad_options_with_exit_2_and_writes_nothing(
    qapp: object,
    plan_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    arguments: list[str],
    message: str,
) -> None:
    out = tmp_path / "out.pdf"
    assert main(["print", str(plan_path), str(out), *arguments]) == 2
    error = capsys.readouterr().err
    assert error.startswith("summit-planner print: ") and message in error
    assert "Traceback" not in error
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cica.summit"]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--what", "badges"], "invalid choice: 'badges'"),
        (["--what", "daily", "--day", "11/10/2021"], "is not a date as YYYY-MM-DD"),
        (["--what", "daily", "--day", "2021-02-30"], "is not a real date"),
        (["--what", "daily", "--paper", "a3"], "invalid choice: 'a3'"),
        ([], "the following arguments are required: --what"),
    ],
)
def test_print_usage_errors_exit_2(
    plan_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    arguments: list[str],
    message: str,
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["print", str(plan_path), str(tmp_path / "out.pdf"), *arguments])
    assert stopped.value.code == 2
    assert message in capsys.readouterr().err


def test_print_names_a_missing_plan_or_folder(
    qapp: object, plan_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nowhere.summit"
    assert main(["print", str(missing), str(tmp_path / "o.pdf"), "--what", "roster"]) == 2
    assert str(missing) in capsys.readouterr().err
    no_folder = tmp_path / "no" / "o.pdf"
    assert main(["print", str(plan_path), str(no_folder), "--what", "roster"]) == 2
    assert "the folder" in capsys.readouterr().err and not no_folder.parent.exists()


@pytest.mark.parametrize(
    ("epoch", "expected"),
    [("1633046400", "2021-10-01"), ("0", "1970-01-01")],
)
def test_printed_on_follows_source_date_epoch(
    monkeypatch: pytest.MonkeyPatch, epoch: str, expected: str
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    assert printed_on().isoformat() == expected


def test_printed_on_refuses_a_malformed_source_date_epoch(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from planner.errors import PlannerError

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    with pytest.raises(PlannerError, match="SOURCE_DATE_EPOCH='yesterday'"):
        printed_on()


@pytest.mark.required_in_ci
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_print_runs_without_a_screen(plan_path: Path, tmp_path: Path) -> None:
    """A fresh process with no display and no QT_QPA_PLATFORM picks the offscreen platform."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    environment["SOURCE_DATE_EPOCH"] = "1633046400"
    out = tmp_path / "daily.pdf"
    command = [sys.executable, "-m", "planner", "print", str(plan_path), str(out)]
    result = subprocess.run(
        [*command, "--what", "daily", "--day", "2021-10-11"],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    text = subprocess.run(
        ["pdftotext", "-raw", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Printed on 1 October 2021" in text
    assert "Monday 11 October 2021" in text
