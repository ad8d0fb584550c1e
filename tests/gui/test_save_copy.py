"""Save a Copy As… and New… over a file: a complete copy, an old file replaced whole, never the open one."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from planner.domain.model import Event, Plan
from planner.gui.dialogs import files
from planner.gui.dialogs.event_settings import EventSettingsDialog
from planner.gui.errors import ErrorDialog
from planner.gui.main_window import MainWindow
from planner.interchange import dump_plan
from planner.services import PlanService


@pytest.fixture
def errors_shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        ErrorDialog,
        "ask",
        classmethod(lambda cls, parent, title, error: shown.append((title, str(error)))),
    )
    return shown


def _choose(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    monkeypatch.setattr(files, "ask_save_path", lambda *a: target)


def _plan_in(path: Path) -> Plan:
    opened = PlanService.open(path)
    try:
        return opened.plan
    finally:
        opened.close()


def test_the_copy_holds_the_plan_with_its_locks_and_the_plan_stays(
    window: MainWindow, tmp_path: Path, plan_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.document is not None
    document = window.document
    item = document.plan.schedule[0].item
    document.service.set_locked(item, True)
    before = plan_path.read_bytes()
    target = tmp_path / "copy.summit"
    _choose(monkeypatch, target)
    window.save_copy_action.trigger()
    copy = _plan_in(target)
    assert dump_plan(copy) == dump_plan(document.plan)
    assert copy.placement_by_item[item].locked
    assert window.statusBar().currentMessage() == f"Saved a copy as {target}"
    # The window goes on with its own file, which the copy did not touch.
    assert document.path == plan_path and window.document is document
    assert plan_path.read_bytes() == before
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]
    assert leftovers == []  # no partial copy left behind


def test_an_existing_file_is_replaced_whole(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.document is not None
    target = tmp_path / "old.summit"
    target.write_bytes(b"not a plan")
    _choose(monkeypatch, target)
    window.save_copy_action.trigger()
    assert dump_plan(_plan_in(target)) == dump_plan(window.document.plan)


def test_the_open_plan_is_never_overwritten(
    window: MainWindow,
    plan_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    errors_shown: list[tuple[str, str]],
) -> None:
    before = plan_path.read_bytes()
    _choose(monkeypatch, plan_path)
    window.save_copy_action.trigger()
    assert errors_shown == [
        ("Cannot save the copy", f"{plan_path}: is the plan that is open; choose another name")
    ]
    assert plan_path.read_bytes() == before
    assert window.statusBar().currentMessage() == ""


def _new_event() -> Plan:
    event = Event(
        id="osce-2026",
        name="OSCE 2026",
        city="Vienna",
        timezone="Europe/Vienna",
        start_date=date(2026, 12, 3),
        end_date=date(2026, 12, 4),
        day_start=time(9, 0),
        day_end=time(18, 0),
        slot_minutes=30,
        changeover_minutes=10,
    )
    return Plan(event=event)


def test_a_new_plan_replaces_the_file_chosen_and_opens(
    window: MainWindow, tmp_path: Path, plan_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = plan_path.read_bytes()
    target = tmp_path / "old.summit"
    target.write_bytes(b"not a plan")
    monkeypatch.setattr(EventSettingsDialog, "ask", classmethod(lambda cls, parent: _new_event()))
    _choose(monkeypatch, target)
    window.new_action.trigger()
    assert window.document is not None and window.document.path == target
    assert window.document.plan.event.city == "Vienna" and not window.document.plan.delegations
    assert window.windowTitle() == "old.summit — Summit Planner"
    assert plan_path.read_bytes() == before


def test_a_new_plan_never_overwrites_the_open_plan(
    window: MainWindow,
    plan_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    errors_shown: list[tuple[str, str]],
) -> None:
    assert window.document is not None
    document = window.document
    before = plan_path.read_bytes()
    monkeypatch.setattr(EventSettingsDialog, "ask", classmethod(lambda cls, parent: _new_event()))
    _choose(monkeypatch, plan_path)
    window.new_action.trigger()
    assert [title for title, _ in errors_shown] == ["Cannot create the plan"]
    assert "is the plan that is open" in errors_shown[0][1]
    assert window.document is document and plan_path.read_bytes() == before
