"""The build dialog runs off the GUI thread and stops on request; print preview paints pages."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget

from planner.domain.model import Plan
from planner.gui import printing
from planner.gui.dialogs.build import BuildDialog
from planner.gui.dialogs.report_choice import ReportChoice, ReportChoiceDialog
from planner.gui.document import Document
from planner.gui.main_window import MainWindow
from planner.gui.settings import Settings
from planner.gui.tasks import BuildChoice, ProgressSink, unplaced_reasons
from planner.services.schedule import Progress, ScheduleResult
from tests.gui.schedule_results import result_of


def searching_until_cancelled(
    plan: Plan, choice: BuildChoice, report: ProgressSink, cancel: threading.Event
) -> ScheduleResult:
    """A stand-in search: reports once, then waits for Stop and returns what it had."""
    assert threading.current_thread() is not threading.main_thread()
    best = plan.schedule[:-1]
    report(
        Progress(
            score=40,
            bound=64,
            gap=0.375,
            elapsed=0.1,
            granted_weight=40,
            absences=0,
            requests_granted=3,
        )
    )
    assert cancel.wait(10), "never cancelled"
    return result_of(plan, best, {plan.schedule[-1].item: "no venue is free"}, cancelled=True)


def finishing(
    plan: Plan, choice: BuildChoice, report: ProgressSink, cancel: threading.Event
) -> ScheduleResult:
    return result_of(plan, plan.schedule)


def test_stop_keeps_the_best_found_and_apply_returns_it(
    qtbot: Any, cica: Plan, settings: Settings
) -> None:
    dialog = BuildDialog(cica, False, settings, searching_until_cancelled)
    qtbot.addWidget(dialog)
    dialog.limit_spin.setValue(5)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.score_label.text() == "40", timeout=5000)
    assert dialog.granted_label.text() == "3 of 107"
    assert dialog.best_label.text() == (
        "within 37.5% of the best possible (no schedule scores above 64)"
    )
    assert dialog.is_running() and not dialog.apply_button.isEnabled()
    dialog.stop()
    qtbot.waitUntil(lambda: dialog.apply_button.isEnabled(), timeout=5000)
    assert dialog.outcome is not None
    assert dialog.outcome.unplaced[0] == cica.schedule[-1].item
    assert "no venue is free" in dialog.results_edit.toPlainText()
    assert dialog.progress_bar.format() == "stopped: best found"
    assert settings.time_limit == 5


def test_cancel_while_searching_closes_without_a_schedule(
    qtbot: Any, cica: Plan, settings: Settings
) -> None:
    dialog = BuildDialog(cica, True, settings, searching_until_cancelled)
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.score_label.text() == "40", timeout=5000)
    dialog.reject()
    assert not dialog.is_running() and dialog.task is None


def test_a_build_is_applied_as_one_undoable_step(
    qtbot: Any, settings: Settings, plan_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.set_document(Document.open(plan_path, window))
    assert window.document is not None
    document = window.document
    before = document.plan.schedule

    def run_to_the_end(
        cls: type, parent: Any, plan: Plan, replan: bool, s: Settings, compute: Any
    ) -> Any:
        dialog = BuildDialog(plan, replan, s, finishing)
        qtbot.addWidget(dialog)
        dialog.start()
        qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=5000)
        assert dialog.outcome is not None
        return type(dialog.outcome)(plan.schedule[2:], (), (), ())

    monkeypatch.setattr(BuildDialog, "ask", classmethod(run_to_the_end))
    window.build_action.trigger()
    assert len(document.plan.schedule) == len(before) - 2
    assert document.undo_stack.count() == 1
    window.undo_action.trigger()
    assert document.plan.schedule == before


def test_print_preview_paints_the_roster(
    qtbot: Any, cica: Plan, monkeypatch: pytest.MonkeyPatch
) -> None:
    painted: list[int] = []

    def exec_once(dialog: printing.PreviewDialog) -> int:
        preview = dialog.findChild(QPrintPreviewWidget)
        preview.updatePreview()  # what showing the dialog does: paint into the preview
        painted.append(preview.pageCount())
        return 0

    monkeypatch.setattr(printing.PreviewDialog, "exec", exec_once)
    pages = printing.preview(None, cica, ReportChoice("roster"), date(2021, 10, 1))
    assert pages == painted[0] > 1
    assert issubclass(printing.PreviewDialog, QPrintPreviewDialog)


def test_export_pdf_writes_the_chosen_report(cica: Plan, tmp_path: Path, qapp: Any) -> None:
    target = tmp_path / "daily.pdf"
    choice = ReportChoice("daily", day=cica.event.days[0], paper="letter")
    assert printing.export_pdf(cica, target, choice, date(2021, 10, 1)) >= 1
    assert target.read_bytes().startswith(b"%PDF")


def test_the_report_choice_dialog_offers_delegations_and_days(qtbot: Any, cica: Plan) -> None:
    dialog = ReportChoiceDialog(cica, "pdf", cica.event.days[1])
    qtbot.addWidget(dialog)
    dialog.report_combo.setCurrentIndex(1)
    dialog.delegation_combo.setCurrentIndex(1)
    choice = dialog.choice()
    assert choice.what == "programme"
    assert choice.delegation is not None and choice.day == cica.event.days[1]
    assert choice.file_stem.startswith("programme-")


def test_the_real_scheduler_runs_to_completion_on_the_sample(
    qtbot: Any, cica: Plan, settings: Settings
) -> None:
    dialog = BuildDialog(cica, False, settings)
    qtbot.addWidget(dialog)
    dialog.limit_spin.setValue(2)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=60_000)
    assert dialog.outcome is not None
    assert len(dialog.outcome.schedule) > 90  # 12 sessions kept, most bilaterals around them
    text = dialog.results_edit.toPlainText()
    assert "Placed" in text and "Could not place" in text
    sessions_left_out = [i for i in dialog.outcome.unplaced if i in cica.session_by_id]
    for item in sessions_left_out:  # a session left out always comes with the reason
        assert dialog.schedule_result is not None
        assert item in unplaced_reasons(dialog.schedule_result)
    assert dialog.apply_button.isEnabled()
