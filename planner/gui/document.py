"""The open plan as the window sees it: the service, the undo stack and one change signal.

Every edit goes through :meth:`Document.execute` as a command on the undo
stack; each command runs one operation of the core at once (one
transaction), so there is nothing to save and nothing to lose. The document
also follows the file: a change another program commits is noticed within
:data:`POLL_MS` and reported like an edit of our own. Either way
:attr:`Document.changes_applied` tells the views, which all read the one
current :attr:`Document.plan`.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from planner.domain import rules
from planner.domain.edits import Edit
from planner.domain.model import Plan
from planner.domain.rules import Score, Violation
from planner.errors import PlannerError
from planner.gui.translation import tr
from planner.gui.views.recheck import ConflictChecker
from planner.services import Changes, External, PlanService

log = logging.getLogger(__name__)

POLL_MS = 500
"""How often the document looks whether another program changed the plan file."""


class Document(QObject):
    """One open plan file.

    Signals:
        changes_applied(Changes): the plan changed (an edit, an undo, a redo,
            or another program); :attr:`plan` and :attr:`violations` are
            already up to date.
        history_dropped(str): the undo history was cleared, and why (for the
            status bar).
        command_failed(str, str): an undo or redo was refused (title, reason);
            nothing was written.
    """

    changes_applied = Signal(object)
    history_dropped = Signal(str)
    command_failed = Signal(str, str)

    def __init__(self, service: PlanService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.undo_stack = QUndoStack(self)
        self.checker = ConflictChecker()
        self._scored: tuple[Plan, Score] | None = None
        self._in_undo_or_redo = False
        service.listeners.append(self._on_external_change)
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_MS)
        self.poll_timer.timeout.connect(self.follow_file)
        self.poll_timer.start()

    @classmethod
    def open(cls, path: str | os.PathLike[str], parent: QObject | None = None) -> Document:
        """Open a plan file; raises PlannerError (StorageError) when it cannot be used."""
        return cls(PlanService.open(path), parent)

    def close(self) -> None:
        self.poll_timer.stop()
        self.undo_stack.clear()
        self.service.close()

    @property
    def path(self) -> Path:
        assert self.service.path is not None, "a document always has a file"
        return self.service.path

    @property
    def plan(self) -> Plan:
        return self.service.plan

    @property
    def violations(self) -> Sequence[Violation]:
        """The broken rules of the current plan (checked once per plan).

        After a small schedule edit only what it touched is checked again, so a
        move on a plan of thousands of placements re-checks in milliseconds.
        """
        return self.checker.check(self.plan)

    @property
    def score(self) -> Score:
        plan = self.plan
        if self._scored is None or self._scored[0] is not plan:
            self._scored = (plan, rules.score(plan))
        return self._scored[1]

    def execute(self, command: PlanCommand) -> Changes:
        """Run ``command`` once and, when it worked, put it on the undo stack.

        Raises:
            PlannerError: the change was refused; nothing was written and the
                undo stack is unchanged.
        """
        changes = command.apply()
        if command.edit.empty:
            return changes  # nothing changed: no undo step
        command.mark_applied()
        self.undo_stack.push(command)
        self.notify(changes)
        return changes

    def notify(self, changes: Changes) -> None:
        if changes.any:
            self.changes_applied.emit(changes)

    def follow_file(self) -> External | None:
        """Look whether another program changed the plan file, and take the change in."""
        try:
            return self.service.poll()
        except PlannerError as error:
            log.warning("cannot look for changes to the plan: %s", error)
            return None

    def _on_external_change(self, external: External) -> None:
        """Another program changed the plan (found by a look, or by an edit of ours).

        The undo history is kept while what it would undo is untouched by the
        change; otherwise it is cleared (an undo could only be refused), and
        :attr:`history_dropped` says so.
        """
        touched = external.changes.keys
        for index in range(self.undo_stack.count()):
            command = self.undo_stack.command(index)
            if isinstance(command, PlanCommand) and command.edit.keys & touched:
                self.drop_history(
                    tr("Another program changed what the undo history would undo; it was cleared.")
                )
                break
        self.notify(external.changes)

    def drop_history(self, reason: str) -> None:
        if self._in_undo_or_redo:
            # The stack is running one of its commands: clear it once that has returned.
            QTimer.singleShot(0, self.undo_stack.clear)
        else:
            self.undo_stack.clear()
        self.history_dropped.emit(reason)

    def report_failure(self, command: PlanCommand, error: PlannerError) -> None:
        self.command_failed.emit(command.text(), error.message)
        self.drop_history(
            tr("The undo history was cleared: “{text}” could not be taken back or redone.").format(
                text=command.text()
            )
        )


class PlanCommand(QUndoCommand):
    """An undoable change to the plan: ``apply`` calls a service, ``revert`` its inverse.

    The first run happens in :meth:`Document.execute`, before the push, so a
    refused change never reaches the stack; ``redo`` repeats it after an undo.
    """

    def __init__(self, document: Document, text: str) -> None:
        super().__init__(text)
        self.document = document
        self.edit = Edit()
        """What the command changed when it last ran (forward)."""
        self._skip_redo = False

    def apply(self) -> Changes:
        """The first run."""
        raise NotImplementedError

    def reapply(self) -> Changes:
        """Redo after an undo."""
        raise NotImplementedError

    def revert(self) -> Changes:
        raise NotImplementedError

    def mark_applied(self) -> None:
        self._skip_redo = True

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._run(self.reapply)

    def undo(self) -> None:
        self._run(self.revert)

    def _run(self, step: Callable[[], Changes]) -> None:
        document = self.document
        document._in_undo_or_redo = True
        try:
            document.notify(step())
        except PlannerError as error:
            document.report_failure(self, error)
        finally:
            document._in_undo_or_redo = False
