"""Start-up: which plan opens first, and what happens when it cannot be opened."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from planner.errors import PlannerError
from planner.gui import launch
from planner.gui.dialogs.open_failed import OpenChoice, OpenFailedDialog
from planner.gui.main_window import MainWindow
from planner.gui.settings import Settings
from planner.resource_files import SAMPLE_PLAN, resource_path


def test_the_first_start_opens_a_fresh_copy_of_the_sample(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(launch, "documents_folder", lambda: tmp_path)
    shipped = resource_path(*SAMPLE_PLAN).read_bytes()
    first = launch.first_plan(None, settings)
    assert first == tmp_path / "CICA 2021 sample.summit" and first.is_file()
    second = launch.fresh_sample(tmp_path)
    assert second.name == "CICA 2021 sample (2).summit"
    assert resource_path(*SAMPLE_PLAN).read_bytes() == shipped


def test_the_last_plan_used_opens_next_time(settings: Settings, plan_path: Path) -> None:
    settings.add_recent(plan_path)
    assert launch.first_plan(None, settings) == plan_path.resolve()
    assert launch.first_plan("other.summit", settings) == Path("other.summit")


def test_a_damaged_start_file_offers_the_sample(
    qtbot: Any,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(launch, "documents_folder", lambda: tmp_path)
    errors: list[PlannerError] = []

    def choose_sample(cls: type, parent: object, error: PlannerError) -> OpenChoice:
        errors.append(error)
        return OpenChoice.SAMPLE

    monkeypatch.setattr(OpenFailedDialog, "ask", classmethod(choose_sample))
    truncated = tmp_path / "truncated.summit"
    truncated.write_bytes(b"SQLite format 3\x00" + b"\x00" * 40)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    document = launch.open_first_document(window, truncated)
    assert document is not None
    assert document.path.name == "CICA 2021 sample.summit"
    assert "truncated.summit" in str(errors[0])
    assert window.document is document  # opened in the window, as File › Open opens a plan
    assert truncated.read_bytes() == b"SQLite format 3\x00" + b"\x00" * 40


def test_quitting_from_the_open_failure_returns_nothing(
    qtbot: Any, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        OpenFailedDialog, "ask", classmethod(lambda cls, parent, error: OpenChoice.QUIT)
    )
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert launch.open_first_document(window, tmp_path / "missing.summit") is None


def test_open_another_opens_the_chosen_plan_in_the_window(
    qtbot: Any,
    settings: Settings,
    tmp_path: Path,
    plan_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    errors: list[PlannerError] = []

    def open_another(cls: type, parent: object, error: PlannerError) -> OpenChoice:
        errors.append(error)
        return OpenChoice.OPEN_ANOTHER

    monkeypatch.setattr(OpenFailedDialog, "ask", classmethod(open_another))
    chosen = iter([None, plan_path])  # first cancelled, then a plan
    monkeypatch.setattr(launch.files, "ask_open_path", lambda *a: next(chosen))
    window = MainWindow(settings)
    qtbot.addWidget(window)
    document = launch.open_first_document(window, tmp_path / "missing.summit")
    assert document is not None and window.document is document
    assert document.path == plan_path
    assert "missing.summit" in str(errors[0])
    assert str(errors[1]) == "No plan was chosen."
    assert window.windowTitle() == "cica.summit — Summit Planner"
