"""Print, print preview and PDF over :mod:`planner.printing` (the command line's documents)."""

from __future__ import annotations

import os
from datetime import date

from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from planner.domain.model import Plan
from planner.gui.dialogs.report_choice import ReportChoice
from planner.gui.errors import reporting
from planner.printing import Printable, build_document, paint_pages, write_pdf
from planner.printing.pages import page_layout


def document(plan: Plan, choice: ReportChoice, printed_on: date) -> Printable:
    return build_document(plan, choice.what, **choice.scope, printed_on=printed_on)


def make_printer(choice: ReportChoice) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout(choice.paper))
    return printer


class PreviewDialog(QPrintPreviewDialog):
    """The preview of one report; remembers how many pages the last paint drew."""

    def __init__(
        self, printable: Printable, choice: ReportChoice, parent: QWidget | None = None
    ) -> None:
        self.report_printer = make_printer(choice)
        super().__init__(self.report_printer, parent)
        self.printable = printable
        self.paper = choice.paper
        self.pages_painted = 0
        self.setWindowTitle(self.tr("Print preview — {title}").format(title=printable.report.title))
        self.paintRequested.connect(self._on_paint_requested)

    def _on_paint_requested(self, printer: QPrinter) -> None:
        self.pages_painted = 0
        with reporting(self, self.tr("Cannot print")):
            self.pages_painted = paint_pages(self.printable, printer, self.paper)


def preview(parent: QWidget | None, plan: Plan, choice: ReportChoice, printed_on: date) -> int:
    """Show the print preview; returns the pages painted (printing from it prints them)."""
    dialog = PreviewDialog(document(plan, choice, printed_on), choice, parent)
    dialog.resize(900, 1000)
    dialog.exec()
    return dialog.pages_painted


def print_report(parent: QWidget | None, plan: Plan, choice: ReportChoice, printed_on: date) -> int:
    """Ask for a printer and print; returns the pages printed (0 when cancelled)."""
    printable = document(plan, choice, printed_on)
    printer = make_printer(choice)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return 0
    return paint_pages(printable, printer, choice.paper)


def export_pdf(
    plan: Plan, path: str | os.PathLike[str], choice: ReportChoice, printed_on: date
) -> int:
    """Write the report as a PDF (atomically, as the command line does); returns the pages."""
    return write_pdf(
        plan, path, choice.what, **choice.scope, paper=choice.paper, printed_on=printed_on
    )
