"""The open plan as the window sees it: the service, the undo stack and one change signal.

Every edit goes through :meth:`Document.execute` as a command on the undo
stack; each command writes the plan file at once (one transaction), so there
is nothing to save and nothing to lose. After each change the rules are
checked again and :attr:`Document.changes_applied` tells the views.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from planner.domain import rules
from planner.domain.model import Plan
from planner.domain.rules import Score, Violation
from planner.gui.views.recheck import ConflictChecker
from planner.services import Changes, PlanService

log = logging.getLogger(__name__)


class Document(QObject):
    """One open plan file.

    Signals:
        changes_applied(Changes): the plan changed (an edit, an undo, a redo);
            :attr:`plan` and :attr:`violations` are already up to date.
    """

    changes_applied = Signal(object)

    def __init__(self, service: PlanService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.undo_stack = QUndoStack(self)
        self.checker = ConflictChecker()
        self._scored: tuple[Plan, Score] | None = None

    @classmethod
    def open(cls, path: str | os.PathLike[str], parent: QObject | None = None) -> Document:
        """Open a plan file; raises PlannerError (StorageError) when it cannot be used."""
        return cls(PlanService.open(path), parent)

    def close(self) -> None:
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
        command.mark_applied()
        self.undo_stack.push(command)
        self.notify(changes)
        return changes

    def notify(self, changes: Changes) -> None:
        if changes.any:
            self.changes_applied.emit(changes)


class PlanCommand(QUndoCommand):
    """An undoable change to the plan: ``apply`` calls a service, ``revert`` its inverse.

    The first run happens in :meth:`Document.execute`, before the push, so a
    refused change never reaches the stack; ``redo`` repeats it after an undo.
    """

    def __init__(self, document: Document, text: str) -> None:
        super().__init__(text)
        self.document = document
        self._skip_redo = False

    def apply(self) -> Changes:
        raise NotImplementedError

    def revert(self) -> Changes:
        raise NotImplementedError

    def mark_applied(self) -> None:
        self._skip_redo = True

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self.document.notify(self.apply())

    def undo(self) -> None:
        self.document.notify(self.revert())
