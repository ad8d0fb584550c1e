"""Printed reports through Qt: QTextDocument -> PDF or printer pages (QtGui only).

The command line writes PDFs with :func:`write_pdf`; the GUI's print preview
calls :func:`build_document` once and :func:`paint_pages` with the QPrinter
the preview dialog gives it, so preview and paper show the same pages.
"""

from planner.export.reports import report_languages
from planner.printing.application import ensure_application
from planner.printing.document import Printable, build_document, document_font
from planner.printing.pages import PAPERS, paint_pages, write_pdf

__all__ = [
    "PAPERS",
    "Printable",
    "build_document",
    "document_font",
    "ensure_application",
    "paint_pages",
    "report_languages",
    "write_pdf",
]
