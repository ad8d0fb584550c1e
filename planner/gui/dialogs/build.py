"""Build schedule… / Re-plan…: run the scheduler off the GUI thread, then show what it did."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QWidget,
)

from planner.domain.model import Placement, Plan, RequestStatus
from planner.domain.rules import ABSENCE_COST, Score
from planner.gui.dialogs.layout import column
from planner.gui.settings import Settings
from planner.gui.tasks import BuildChoice, Compute, SolverTask, run_scheduler, unplaced_reasons

if TYPE_CHECKING:
    from planner.services.schedule import Progress, ScheduleResult


@dataclass(frozen=True)
class BuildOutcome:
    """The schedule to apply (as one undoable step) and what it changes."""

    schedule: tuple[Placement, ...]
    placed: tuple[str, ...]
    moved: tuple[str, ...]
    unplaced: tuple[str, ...]


def compare(plan: Plan, result: ScheduleResult) -> BuildOutcome:
    before = plan.placement_by_item
    after = {p.item: p for p in result.placements}
    placed = tuple(item for item in after if item not in before)
    moved = tuple(
        item
        for item, p in after.items()
        if item in before and (before[item].start, before[item].venue) != (p.start, p.venue)
    )
    wanted = [s.id for s in plan.sessions] + [
        r.id for r in plan.requests if r.status is not RequestStatus.DECLINED
    ]
    unplaced = tuple(item for item in wanted if item not in after)
    return BuildOutcome(result.placements, placed, moved, unplaced)


class BuildDialog(QDialog):
    """Time limit, whether placed sessions may move, progress and figures, Stop, results.

    The figures are the ones ``schedule`` prints: bilaterals granted (in all
    and by priority), absences from sessions for all, the score, and how far
    the score may be below the best possible. Stopping keeps the best
    schedule found so far; Apply hands it back.
    """

    def __init__(
        self,
        plan: Plan,
        replan: bool,
        settings: Settings,
        compute: Compute = run_scheduler,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self.replan = replan
        self.settings = settings
        self.compute = compute
        self.task: SolverTask | None = None
        self.outcome: BuildOutcome | None = None
        self.schedule_result: ScheduleResult | None = None
        """What the scheduler returned, as the command line's ``schedule`` prints it."""
        self.elapsed = 0.0
        self.setWindowTitle(self.tr("Re-plan") if replan else self.tr("Build schedule"))
        self.setMinimumWidth(560)

        intro = QLabel(
            self.tr(
                "Keeps locked placements where they are and improves the rest, moving as "
                "little as it can."
                if replan
                else "Places every unplaced session and as many bilateral meetings as the "
                "rules allow. Locked placements and the sessions already placed stay where "
                "they are."
            )
        )
        intro.setWordWrap(True)
        self.rearrange_check = QCheckBox(self.tr("&Let placed sessions move"))
        self.rearrange_check.setToolTip(
            self.tr(
                "Sessions already placed may move to make room for the programme and more "
                "bilateral meetings. Locked placements, fixed times and venues, windows and "
                "the order of sessions still hold."
            )
        )
        self.rearrange_check.setAccessibleDescription(self.rearrange_check.toolTip())
        self.limit_spin = QSpinBox()
        self.limit_spin.setRange(1, 3600)
        self.limit_spin.setValue(settings.time_limit)
        self.limit_spin.setSuffix(self.tr(" s"))
        self.limit_spin.setAccessibleName(self.tr("Time limit in seconds"))
        self.limit_spin.setToolTip(self.tr("The search stops after this long with the best found"))
        self.progress_bar = QProgressBar()
        self.progress_bar.setAccessibleName(self.tr("Search progress"))
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setValue(0)
        self.progress_bar.setFormat(self.tr("not started"))
        self.granted_label = QLabel("–")
        self.granted_label.setWordWrap(True)
        self.absences_label = QLabel("–")
        self.score_label = QLabel("–")
        self.best_label = QLabel("–")
        self.best_label.setWordWrap(True)
        for label, name in (
            (self.granted_label, self.tr("Bilaterals granted")),
            (self.absences_label, self.tr("Absences from sessions for all")),
            (self.score_label, self.tr("Score")),
            (self.best_label, self.tr("Best possible")),
        ):
            label.setAccessibleName(name)
        self.score_label.setToolTip(
            self.tr(
                "Each granted bilateral counts 16, 8, 4, 2 or 1 by priority 1 to 5; each "
                "delegation in town but absent from a session for all costs {cost}"
            ).format(cost=ABSENCE_COST)
        )
        self.requests_wanted = sum(
            1 for r in plan.requests if r.status is not RequestStatus.DECLINED
        )
        self.results_edit = QPlainTextEdit()
        self.results_edit.setReadOnly(True)
        self.results_edit.setAccessibleName(self.tr("Results"))
        self.results_edit.setPlaceholderText(
            self.tr("What the scheduler placed, moved and could not place.")
        )

        form = QFormLayout()
        form.addRow(self.tr("&Time limit:"), self.limit_spin)
        form.addRow("", self.rearrange_check)
        form.addRow(self.tr("Bilaterals granted:"), self.granted_label)
        form.addRow(self.tr("Absences from sessions for all:"), self.absences_label)
        form.addRow(self.tr("Score:"), self.score_label)
        form.addRow(self.tr("Best possible:"), self.best_label)

        self.buttons = QDialogButtonBox()
        self.start_button = QPushButton(self.tr("&Start"))
        self.start_button.setDefault(True)
        self.stop_button = QPushButton(self.tr("St&op"))
        self.stop_button.setToolTip(self.tr("Stop now and keep the best schedule found so far"))
        self.stop_button.setEnabled(False)
        self.apply_button = QPushButton(self.tr("&Apply"))
        self.apply_button.setToolTip(self.tr("Put this schedule in the plan (Undo takes it back)"))
        self.apply_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Cancel"))
        self.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.stop_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.start_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.stop)
        self.apply_button.clicked.connect(self.accept)
        self.close_button.clicked.connect(self.reject)

        layout = column(self, intro, form, self.progress_bar, self.results_edit, self.buttons)
        layout.setStretchFactor(self.results_edit, 1)
        self.clock = QTimer(self)
        self.clock.setInterval(200)
        self.clock.timeout.connect(self._on_clock_timeout)

    # Running -------------------------------------------------------------------------

    def start(self) -> None:
        if self.task is not None:
            return
        limit = self.limit_spin.value()
        self.settings.time_limit = limit
        self.limit_spin.setEnabled(False)
        self.rearrange_check.setEnabled(False)
        self.start_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        self.apply_button.setEnabled(False)
        self.results_edit.clear()
        self.progress_bar.setFormat(self.tr("searching… %p%"))
        self.elapsed = 0.0
        choice = BuildChoice(limit, self.replan, self.rearrange_check.isChecked())
        self.task = SolverTask(self.plan, choice, self.compute, self)
        self.task.progressed.connect(self._on_task_progressed)
        self.task.succeeded.connect(self._on_task_succeeded)
        self.task.failed.connect(self._on_task_failed)
        self.task.start()
        self.clock.start()

    def stop(self) -> None:
        if self.task is not None:
            self.stop_button.setEnabled(False)
            self.progress_bar.setFormat(self.tr("stopping, keeping the best found…"))
            self.task.cancel()

    def is_running(self) -> bool:
        return self.task is not None and self.task.isRunning()

    @Slot()
    def _on_clock_timeout(self) -> None:
        self.elapsed += self.clock.interval() / 1000
        share = min(self.elapsed / max(self.limit_spin.value(), 1), 1.0)
        self.progress_bar.setValue(int(share * 1000))

    @Slot(object)
    def _on_task_progressed(self, progress: Progress) -> None:
        self.granted_label.setText(
            self.tr("{granted} of {wanted}").format(
                granted=progress.requests_granted, wanted=self.requests_wanted
            )
        )
        self.absences_label.setText(str(progress.absences))
        self.score_label.setText(str(progress.score))
        self.best_label.setText(self.best_words(progress.gap, progress.bound))

    def best_words(self, gap: float | None, bound: int | None) -> str:
        """How far the score may be below the best possible, in words."""
        if gap is None or bound is None:
            return "–"
        if gap <= 0:
            return self.tr("reached: no schedule scores higher")
        return self.tr(
            "within {gap} of the best possible (no schedule scores above {bound})"
        ).format(gap=f"{gap:.1%}", bound=bound)

    def show_figures(self, score: Score, gap: float | None, bound: int | None) -> None:
        """The final figures, as ``schedule`` prints them."""
        by_priority = " · ".join(
            self.tr("priority {priority}: {granted} of {wanted}").format(
                priority=priority, granted=granted, wanted=wanted
            )
            for priority, granted, wanted in score.granted_by_priority
        )
        total = self.tr("{granted} of {wanted}").format(
            granted=score.requests_granted, wanted=score.requests_total
        )
        self.granted_label.setText(f"{total} ({by_priority})" if by_priority else total)
        self.absences_label.setText(str(score.absences))
        self.score_label.setText(str(score.score))
        self.best_label.setText(self.best_words(gap, bound))

    @Slot(object)
    def _on_task_succeeded(self, result: ScheduleResult) -> None:
        self._finish()
        self.schedule_result = result
        self.outcome = compare(self.plan, result)
        self.show_figures(result.figures, result.gap, result.bound)
        self.progress_bar.setValue(1000)
        self.progress_bar.setFormat(
            self.tr("stopped: best found") if result.cancelled else self.tr("done")
        )
        self.results_edit.setPlainText(self.summary(result))
        self.apply_button.setEnabled(True)
        self.apply_button.setFocus()

    @Slot(str)
    def _on_task_failed(self, message: str) -> None:
        self._finish()
        self.progress_bar.setFormat(self.tr("failed"))
        self.results_edit.setPlainText(
            self.tr("The scheduler could not run: {message}\n\nThe plan was not changed.").format(
                message=message
            )
        )
        self.start_button.setEnabled(True)
        self.limit_spin.setEnabled(True)
        self.rearrange_check.setEnabled(True)

    def _finish(self) -> None:
        self.clock.stop()
        self.stop_button.setEnabled(False)
        if self.task is not None:
            self.task.wait()
            self.task.deleteLater()
            self.task = None

    def summary(self, result: ScheduleResult) -> str:
        assert self.outcome is not None
        plan = self.plan
        changes = self.outcome
        reasons = unplaced_reasons(result)

        def titled(items: tuple[str, ...]) -> list[str]:
            return [f"  {plan.item_title(item)}" for item in items]

        lines = [
            self.tr("Placed {count}:").format(count=len(changes.placed)),
            *titled(changes.placed),
            self.tr("Moved {count}:").format(count=len(changes.moved)),
            *titled(changes.moved),
            self.tr("Could not place {count}:").format(count=len(changes.unplaced)),
        ]
        for item in changes.unplaced:
            reason = reasons.get(item, "")
            lines.append(f"  {plan.item_title(item)}" + (f" — {reason}" if reason else ""))
        return "\n".join(lines)

    def reject(self) -> None:
        """Cancel: stop a running search (discarding it) and close."""
        if self.task is not None:
            self.task.cancel()
            self.task.wait()
            self._finish()
        super().reject()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        plan: Plan,
        replan: bool,
        settings: Settings,
        compute: Compute = run_scheduler,
    ) -> BuildOutcome | None:
        dialog = cls(plan, replan, settings, compute, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.outcome
        return None
