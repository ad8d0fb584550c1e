"""summit-planner schedule: output, exit codes, one transaction, dry run."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from planner.cli import main
from planner.domain import rules
from planner.domain.operations import ApplySchedule
from planner.services import PlanService


def test_schedule_places_everything_and_writes_once(
    plan_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with _open(plan_path) as service:
        service.apply(ApplySchedule(()))
    code = main(["schedule", str(plan_path), "--time-limit", "3"])
    out = capsys.readouterr().out
    assert code == 0
    for word in (
        "sessions placed: 12 of 12",
        "requests granted:",
        "weight:",
        "absences:",
        "score:",
        "bound:",
        "gap:",
        "wrote the schedule",
    ):
        assert word in out
    with _open(plan_path) as service:
        assert rules.check(service.plan) == []
        assert len({p.item for p in service.plan.schedule}) >= 12


def test_dry_run_changes_nothing(plan_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = plan_path.read_bytes()
    with _open(plan_path) as service:
        schedule = service.plan.schedule
    code = main(["schedule", str(plan_path), "--time-limit", "2", "--dry-run"])
    assert code == 0
    assert "dry run" in capsys.readouterr().out
    with _open(plan_path) as service:
        assert service.plan.schedule == schedule
    assert plan_path.read_bytes() == before


def test_unplaceable_session_exits_1_with_its_reason(
    plan_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with _open(plan_path) as service:
        plan = service.plan
        sessions = tuple(
            replace(s, extra_seats=5000) if s.id == "s-closing" else s for s in plan.sessions
        )
        service.replace_from_document(replace(plan, sessions=sessions, schedule=()))
    code = main(["schedule", str(plan_path), "--time-limit", "3"])
    out = capsys.readouterr().out
    assert code == 1
    assert "not placed: Closing session:" in out
    assert "(rule 5)" in out


@pytest.mark.parametrize("limit", ["0", "-3", "soon", "nan", "1e9"])
def test_bad_time_limit_is_a_usage_error(
    plan_path: Path, limit: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["schedule", str(plan_path), "--time-limit", limit])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert "--time-limit" in err
    assert "seconds" in err


def test_missing_or_damaged_file_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["schedule", str(tmp_path / "none.summit")]) == 2
    damaged = tmp_path / "bad.summit"
    damaged.write_bytes(b"not a database at all")
    assert main(["schedule", str(damaged)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert err.count("summit-planner schedule:") == 2


class _open:
    """An open plan service, closed on leaving the block."""

    def __init__(self, path: Path) -> None:
        self.service = PlanService.open(path)

    def __enter__(self) -> PlanService:
        return self.service

    def __exit__(self, *_exc: object) -> None:
        self.service.close()
