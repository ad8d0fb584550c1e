"""The one exception tree of the planner (no Qt here).

Every error an officer can cause or fix derives from :class:`PlannerError` and
carries a message that names what is wrong and where. Anything else that
escapes is a bug, and the edges (command line, GUI) treat it as such.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


class PlannerError(Exception):
    """An expected error with a message fit to show an officer as it is."""

    def __init__(self, message: str, *, ids: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.ids = tuple(ids)

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input, and where it is.

    ``where`` is a JSON path (``delegations[3].arrival``), a spreadsheet
    position (``row 7, column E-mail``) or a field name, whatever lets the
    officer find it.
    """

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


class ValidationError(PlannerError):
    """Input that breaks the format or the plan's integrity; nothing was changed."""

    def __init__(self, message: str, problems: Sequence[Problem] = ()) -> None:
        super().__init__(message)
        self.problems = tuple(problems)

    def __str__(self) -> str:
        if not self.problems:
            return self.message
        lines = [self.message, *(f"  {problem}" for problem in self.problems)]
        return "\n".join(lines)


class NotFoundError(PlannerError):
    """An id that the plan does not know."""


class ConflictError(PlannerError):
    """A change that would contradict what the plan already holds."""


class StorageError(PlannerError):
    """A plan file that cannot be opened, read or written; it was not modified."""


class PlanBusyError(StorageError):
    """Another program holds the plan file's write lock; trying again later may work."""


class PlanChangedError(ConflictError):
    """The plan changed while a long job (a scheduler run) worked on a snapshot of it."""


class ExportError(PlannerError):
    """An output that cannot be written."""
