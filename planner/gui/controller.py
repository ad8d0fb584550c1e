"""What the File and Plan menus do: ask for a path or a choice, run the core, say how it went.

Each command is one method of :class:`PlanController`. They all have the same
shape: ask (a file chooser or a dialog; None means the officer cancelled),
call one service or run one undoable command, then tell the outcome in the
status bar. A refusal of the core is caught in one place,
:func:`planner.gui.errors.reporting`, which logs it and shows it in a message
box titled with what could not be done; nothing was written, so the plan is
as it was.

A few modules are imported by the command that needs them rather than here:
each pulls in a library the window does not need to show a plan (the
calendar writer, the spreadsheet reader, Qt's printing, the solver), and
the window is to paint within a second of starting.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from planner.domain.operations import ReplacePlan
from planner.errors import PlannerError, ValidationError
from planner.gui.commands import OperationCommand, schedule_command
from planner.gui.dialogs import files
from planner.gui.dialogs.build import BuildDialog
from planner.gui.dialogs.calendar_choice import CalendarChoiceDialog
from planner.gui.dialogs.event_settings import EventSettingsDialog
from planner.gui.dialogs.report_choice import ReportChoice, ReportChoiceDialog
from planner.gui.document import Document, PlanCommand
from planner.gui.errors import report_error, reporting
from planner.gui.tasks import run_scheduler
from planner.gui.translation import tr
from planner.services import Changes, PlanService, load_document
from planner.services.copies import replace_plan_file

if TYPE_CHECKING:
    from planner.gui.main_window import MainWindow

log = logging.getLogger(__name__)

PLAN_FILTER = "Summit Planner plans (*.summit)"
JSON_FILTER = "summit-plan documents (*.json)"
SHEET_FILTER = "Spreadsheets (*.xlsx *.csv)"
CALENDAR_FILTER = "iCalendar files (*.ics)"
PDF_FILTER = "PDF documents (*.pdf)"
TODAY: Callable[[], date] = date.today
"""The date printed on rosters and programmes."""

OpenFailure = Callable[[PlannerError], None]
"""Told why a plan could not be opened (instead of the message box)."""


class PlanController:
    """The commands of the File and Plan menus, run on the plan in ``window``."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    @property
    def document(self) -> Document:
        """The open plan (the menus that need one are enabled only while one is open)."""
        document = self.window.document
        assert document is not None
        return document

    def _folder(self) -> str:
        document = self.window.document
        return str(document.path.parent) if document else ""

    def _suggested(self, name: str) -> Path:
        return Path(self._folder()) / name

    def _ask_save_path(self, title: str, file_filter: str, suggested: Path) -> Path | None:
        """A file to write, ``suggested`` first; a name typed without its suffix gets it."""
        return files.ask_save_path(
            self.window, title, file_filter, str(suggested), suggested.suffix
        )

    def now(self) -> datetime:
        """When invitations and calendars are written (their time stamps)."""
        return datetime.now(UTC)

    def execute(self, command_factory: Callable[[], PlanCommand], failure_title: str) -> bool:
        """Run one command built by ``command_factory``; a refusal is shown, not raised."""
        with reporting(self.window, failure_title) as attempt:
            self.document.execute(command_factory())
        return not attempt.failed

    # Opening --------------------------------------------------------------------------

    def open_path(self, path: str | Path, failed: OpenFailure | None = None) -> bool:
        """Open a plan file and show it: the one way a plan comes into the window.

        On failure the plan that is open stays, a file that is gone leaves the
        recent list, and the reason is shown in a message box (or handed to
        ``failed``, as start-up does to offer another plan).
        """
        try:
            document = Document.open(path, self.window)
        except PlannerError as error:
            if not Path(path).exists():
                self.window.settings.forget_recent(path)
            if failed is None:
                report_error(self.window, tr("Cannot open the plan"), error)
            else:
                log.warning("cannot open %s: %s", path, error)
                failed(error)
            return False
        self.window.set_document(document)
        self.window.show_message(tr("Opened {name}").format(name=Path(path).name))
        return True

    def open_plan(self) -> None:
        path = files.ask_open_path(self.window, tr("Open a plan"), tr(PLAN_FILTER), self._folder())
        if path is not None:
            self.open_path(path)

    def new_plan(self) -> None:
        """Write an empty plan for a new event (replacing a file the officer chose), open it."""
        plan = EventSettingsDialog.ask(self.window)
        if plan is None:
            return
        path = self._ask_save_path(
            tr("Save the new plan as"),
            tr(PLAN_FILTER),
            self._suggested(f"{plan.event.name or 'plan'}.summit"),
        )
        if path is None:
            return
        current = self.window.document
        with reporting(self.window, tr("Cannot create the plan")) as attempt:
            replace_plan_file(
                path,
                lambda partial: PlanService.create(partial, plan).close(),
                open_plan=current.path if current else None,
            )
        if not attempt.failed:
            self.open_path(path)

    # Copies, documents and spreadsheets ---------------------------------------------

    def save_copy(self) -> None:
        document = self.document
        path = self._ask_save_path(
            tr("Save a copy of the plan as"),
            tr(PLAN_FILTER),
            document.path.with_name(f"{document.path.stem} copy.summit"),
        )
        if path is None:
            return
        with reporting(self.window, tr("Cannot save the copy")):
            document.service.save_copy(path)
            self.window.show_message(tr("Saved a copy as {path}").format(path=path))

    def import_json(self) -> None:
        """Replace the plan with a document's, as one undoable step.

        Replacing (rather than making a new file) keeps the officer in the file
        they chose and lets Undo bring the old plan back in one step; Save a
        Copy As… first keeps both side by side.
        """
        document = self.document
        path = files.ask_open_path(
            self.window, tr("Import a summit-plan document"), tr(JSON_FILTER), self._folder()
        )
        if path is None:
            return
        title = tr("Cannot import the plan")
        with reporting(self.window, title) as attempt:
            plan, warnings = load_document(path)
        if attempt.failed:
            return
        text = tr("Import {name}").format(name=path.name)
        if self.execute(lambda: OperationCommand(document, ReplacePlan(plan), text), title):
            note = tr(" ({count} warnings)").format(count=len(warnings)) if warnings else ""
            self.window.show_message(tr("Imported {name}{note}").format(name=path.name, note=note))

    def export_json(self) -> None:
        document = self.document
        path = self._ask_save_path(
            tr("Export the plan as"), tr(JSON_FILTER), document.path.with_suffix(".json")
        )
        if path is None:
            return
        with reporting(self.window, tr("Cannot export the plan")):
            document.service.export_json(path)
            self.window.show_message(tr("Exported the plan to {path}").format(path=path))

    def import_people(self) -> None:
        from planner.services.people import ImportPeople, read_people_file  # reads spreadsheets

        document = self.document
        path = files.ask_open_path(
            self.window, tr("Import people from a spreadsheet"), tr(SHEET_FILTER), self._folder()
        )
        if path is None:
            return
        title = tr("Nothing imported")
        with reporting(self.window, title):
            sheet = read_people_file(path)
            if sheet.problems:
                raise ValidationError(tr("the sheet has problems"), sheet.problems)
            operation = ImportPeople(path, sheet, skip_invalid=False)
            command = OperationCommand(
                document, operation, tr("Import people from {name}").format(name=path.name)
            )
            document.execute(command)
            report = operation.report(Changes.of(command.edit))
            if not report.applied:
                raise ValidationError(report.summary(), report.problems)
            self.window.show_message(report.summary())

    # Calendars and invitations --------------------------------------------------------

    def export_calendar(self) -> None:
        from planner.services.calendar import export_calendar  # writes iCalendar

        document = self.document
        choice = CalendarChoiceDialog.ask(self.window, document.plan, invitations=False)
        if choice is None:
            return
        path = self._ask_save_path(
            tr("Export the calendar as"),
            tr(CALENDAR_FILTER),
            self._suggested(f"{choice.file_stem}.ics"),
        )
        if path is None:
            return
        with reporting(self.window, tr("Cannot export the calendar")):
            report = export_calendar(
                document.service,
                path,
                delegation=choice.delegation,
                person=choice.person,
                venue=choice.venue,
                now=self.now(),
            )
            self.window.show_message(
                tr("Wrote {count} events to {path}").format(count=report.events, path=path)
            )

    def write_invitations(self) -> None:
        from planner.services.calendar import write_invitations  # writes iCalendar

        document = self.document
        choice = CalendarChoiceDialog.ask(self.window, document.plan, invitations=True)
        if choice is None:
            return
        folder = files.ask_folder(self.window, tr("Write the invitations into"), self._folder())
        if folder is None:
            return
        with reporting(self.window, tr("Cannot write the invitations")) as attempt:
            report = write_invitations(
                document.service,
                folder,
                delegation=choice.delegation,
                person=choice.person,
                resend_all=choice.resend_all,
                eml=choice.eml,
                now=self.now(),
            )
        if attempt.failed:
            return
        kinds = tr(".ics and .eml") if choice.eml else tr(".ics")
        text = (tr("1 invitation") if report.requests == 1 else tr("{count} invitations")).format(
            count=report.requests
        )
        if report.cancellations:
            text += tr(", {count} cancellations").format(count=report.cancellations)
        self.window.show_message(
            tr("{written} ({kinds}) into {folder}; {unchanged} unchanged").format(
                written=text, kinds=kinds, folder=folder, unchanged=report.unchanged
            )
        )

    # Printing -------------------------------------------------------------------------

    def _ask_report(self, purpose: str) -> ReportChoice | None:
        return ReportChoiceDialog.ask(
            self.window, self.document.plan, purpose, self.window.current_day()
        )

    def preview_report(self) -> None:
        from planner.gui import printing  # Qt's printing

        choice = self._ask_report("preview")
        if choice is None:
            return
        with reporting(self.window, tr("Cannot preview")):
            printing.preview(self.window, self.document.plan, choice, TODAY())

    def print_report(self) -> None:
        from planner.gui import printing  # Qt's printing

        choice = self._ask_report("print")
        if choice is None:
            return
        with reporting(self.window, tr("Cannot print")):
            pages = printing.print_report(self.window, self.document.plan, choice, TODAY())
            if pages:
                self.window.show_message(
                    tr("Sent {count} pages to the printer").format(count=pages)
                )

    def export_pdf(self) -> None:
        from planner.gui import printing  # Qt's printing

        choice = self._ask_report("pdf")
        if choice is None:
            return
        path = self._ask_save_path(
            tr("Export the PDF as"), tr(PDF_FILTER), self._suggested(f"{choice.file_stem}.pdf")
        )
        if path is None:
            return
        with reporting(self.window, tr("Cannot export the PDF")):
            pages = printing.export_pdf(self.document.plan, path, choice, TODAY())
            self.window.show_message(
                tr("Wrote {count} pages to {path}").format(count=pages, path=path)
            )

    # The Plan menu --------------------------------------------------------------------

    def build_schedule(self, replan: bool) -> None:
        from planner.services.schedule import published_items  # loads the solver

        document = self.document
        protected = published_items(document.service) if replan else frozenset()
        compute = functools.partial(run_scheduler, protected=protected)
        revision = document.service.revision
        outcome = BuildDialog.ask(self.window, document.plan, replan, self.window.settings, compute)
        if outcome is None:
            return
        text = tr("Re-plan") if replan else tr("Build schedule")
        self.execute(
            lambda: schedule_command(document, outcome.schedule, revision, text),
            tr("Cannot apply the schedule"),
        )
