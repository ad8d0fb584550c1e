"""The main window: title, menus and shortcuts, open failures, undo across the window."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QKeySequence

from planner.errors import ConflictError
from planner.gui import main_window as main_window_module
from planner.gui.errors import ErrorDialog, reporting
from planner.gui.main_window import MainWindow
from planner.gui.settings import Settings
from planner.interchange import dump_plan
from tests.plan_files import fresh


@pytest.fixture
def errors_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        ErrorDialog, "ask", classmethod(lambda cls, parent, title, error: shown.append(str(error)))
    )
    return shown


def test_the_title_names_the_file_and_it_becomes_recent(
    window: MainWindow, settings: Settings, plan_path: Path
) -> None:
    assert window.windowTitle() == "cica.summit — Summit Planner"
    assert settings.recent_files == [str(plan_path.resolve())]
    assert settings.last_plan == str(plan_path.resolve())


def test_menus_hold_the_actions_with_standard_shortcuts(window: MainWindow) -> None:
    titles = {key: [a.text() for a in menu.actions()] for key, menu in window.menus.items()}
    assert "&Print…" in titles["file"] and "Export P&DF…" in titles["file"]
    assert "&Build Schedule…" in titles["plan"] and "&Re-plan…" in titles["plan"]
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert window.open_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert window.find_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    assert all(action.isEnabled() for action in window.document_actions)


def test_opening_a_garbage_file_shows_the_error_and_keeps_the_plan(
    window: MainWindow, tmp_path: Path, errors_shown: list[str], plan_path: Path
) -> None:
    garbage = tmp_path / "garbage.summit"
    garbage.write_bytes(b"\x00\x01 this is not a plan file" * 50)
    assert not window.controller.open_path(garbage)
    assert len(errors_shown) == 1 and "garbage.summit" in errors_shown[0]
    assert window.document is not None and window.document.path == plan_path
    assert window.isEnabled()
    assert garbage.read_bytes().startswith(b"\x00\x01")


def test_open_switches_to_another_plan(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, plan_path: Path
) -> None:
    other = tmp_path / "other.summit"
    other.write_bytes(plan_path.read_bytes())
    monkeypatch.setattr(main_window_module.files, "ask_open_path", lambda *a: other)
    window.open_action.trigger()
    assert window.windowTitle() == "other.summit — Summit Planner"


def test_undo_in_the_edit_menu_reverts_a_list_edit(window: MainWindow, plan_path: Path) -> None:
    page = window.pages["venues"]
    index = page.model.index(0, 1)
    before = fresh(plan_path)
    original = before.venues[0].name
    assert original != "Hall of Peace"
    assert page.model.setData(index, "Hall of Peace")
    assert fresh(plan_path).venues[0].name == "Hall of Peace"
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    after = fresh(plan_path)
    assert after.venues[0].name == original
    assert after == before  # the undo put back the name and touched nothing else
    assert not window.undo_action.isEnabled()


def test_a_refused_edit_is_reported_in_the_status_bar(window: MainWindow) -> None:
    page = window.pages["venues"]
    assert not page.model.setData(page.model.index(0, 3), -4)
    assert "Seats not changed" in window.statusBar().currentMessage()


def test_find_focuses_the_search_box_of_the_list_in_front(window: MainWindow, qtbot: Any) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentWidget(window.pages["people"])
    window.find_action.trigger()
    assert window.focusWidget() is window.pages["people"].search_edit


def test_export_json_writes_a_document(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.json"
    monkeypatch.setattr(main_window_module.files, "ask_save_path", lambda *a: target)
    window.export_json_action.trigger()
    assert window.document is not None
    written = json.loads(target.read_text(encoding="utf-8"))
    assert written == json.loads(dump_plan(window.document.plan))
    assert written["event"]["city"] == "Nur-Sultan" and len(written["delegations"]) > 20
    assert window.statusBar().currentMessage() == f"Exported the plan to {target}"


def test_a_failing_command_shows_why_and_leaves_the_plan_file_alone(
    window: MainWindow,
    tmp_path: Path,
    plan_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    titles: list[str] = []
    errors: list[str] = []

    def record(cls: type, parent: object, title: str, error: Exception) -> None:
        titles.append(title)
        errors.append(str(error))

    monkeypatch.setattr(ErrorDialog, "ask", classmethod(record))
    before = plan_path.read_bytes()
    target = tmp_path / "no such folder" / "out.json"
    monkeypatch.setattr(main_window_module.files, "ask_save_path", lambda *a: target)
    with caplog.at_level(logging.WARNING):
        window.export_json_action.trigger()
    assert titles == ["Cannot export the plan"]
    assert "no such folder" in errors[0]
    assert "Cannot export the plan" in caplog.text
    assert window.statusBar().currentMessage() == ""  # no "Exported …"
    assert not target.parent.exists()
    assert plan_path.read_bytes() == before
    assert window.document is not None and window.document.undo_stack.count() == 0


def test_the_guard_shows_a_refusal_and_lets_a_bug_through(
    window: MainWindow, errors_shown: list[str]
) -> None:
    with reporting(window, "Cannot do it") as attempt:
        raise ConflictError("the plan is busy")
    assert attempt.failed and errors_shown == ["the plan is busy"]
    with reporting(window, "Cannot do it") as attempt:
        pass
    assert not attempt.failed and len(errors_shown) == 1
    with pytest.raises(ZeroDivisionError), reporting(window, "Cannot do it"):
        _ = 1 / 0
    assert len(errors_shown) == 1


def test_import_json_replaces_the_plan_as_one_undoable_step(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.document is not None
    document = window.document
    source = tmp_path / "in.json"
    document.service.export_json(source)
    text = source.read_text(encoding="utf-8").replace("Nur-Sultan", "Astana")
    source.write_text(text, encoding="utf-8")
    monkeypatch.setattr(main_window_module.files, "ask_open_path", lambda *a: source)
    window.import_json_action.trigger()
    assert document.plan.event.city == "Astana"
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.plan.event.city == "Nur-Sultan"


def test_importing_a_bad_document_changes_nothing(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, errors_shown: list[str]
) -> None:
    source = tmp_path / "bad.json"
    source.write_text('{"format": "summit-plan", "version": 99}', encoding="utf-8")
    monkeypatch.setattr(main_window_module.files, "ask_open_path", lambda *a: source)
    window.import_json_action.trigger()
    assert errors_shown and "bad.json" in errors_shown[0]
    assert window.document is not None and window.document.undo_stack.count() == 0


def test_closing_saves_the_geometry(window: MainWindow, settings: Settings) -> None:
    window.close()
    assert settings.geometry is not None
