"""A report laid out as a QTextDocument, ready to paint onto pages."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtGui import QFont, QTextDocument

from planner.domain.model import Plan
from planner.export.html import BASE_POINT_SIZE, FONT_FAMILIES, render_html
from planner.export.reports import Report, build_report, format_date
from planner.messages import ENGLISH, document_language
from planner.messages import document_tr as tr


@dataclass(frozen=True)
class Printable:
    """What :func:`paint_pages` draws: the report, its document and the print date.

    The document holds the body only; page headers (event, report, place and
    dates) and footers (print date, "Page N of M") are drawn on every page.
    """

    report: Report
    document: QTextDocument
    printed_on: date

    @property
    def printed_on_text(self) -> str:
        return self._in_its_languages(
            lambda: tr("Printed on {day}").format(day=format_date(self.printed_on))
        )

    def page_text(self, number: int, total: int) -> str:
        """``Page 2 of 5`` in the report's language (or both languages)."""
        return self._in_its_languages(
            lambda: tr("Page {number} of {total}").format(number=number, total=total)
        )

    def _in_its_languages(self, words: Callable[[], str]) -> str:
        said = []
        for language in self.report.languages:
            with document_language(language):
                said.append(words())
        return " / ".join(said)


def document_font(point_size: float = BASE_POINT_SIZE) -> QFont:
    """The report font: the fallback list of FONT_FAMILIES, so every script has glyphs."""
    font = QFont()
    font.setFamilies([family for family in FONT_FAMILIES if family != "sans-serif"])
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(point_size)
    return font


def build_document(
    plan: Plan,
    what: str,
    *,
    delegation: str | None = None,
    day: date | None = None,
    languages: Sequence[str] = (ENGLISH,),
    printed_on: date,
) -> Printable:
    """The report ``what`` of ``plan`` as a printable document.

    Args:
        plan: the plan to print.
        what: ``roster``, ``programme``, ``daily`` or ``venues``.
        delegation: keep to this delegation (id or English name).
        day: keep to this day of the event.
        languages: the language to print in, or two for the roster side by side.
        printed_on: the date the footer gives (injected, never read from a clock here).

    Raises:
        ValidationError: an unknown report or a day outside the event.
        NotFoundError: an unknown delegation.
    """
    report = build_report(plan, what, delegation=delegation, day=day, languages=languages)
    return document_for(report, printed_on=printed_on)


def document_for(report: Report, *, printed_on: date) -> Printable:
    """A printable document of a report model already built."""
    return _document_for(report, printed_on)


def _document_for(report: Report, printed_on: date) -> Printable:
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultFont(document_font())
    document.setHtml(render_html(report, with_title=False))
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, report.title)
    return Printable(report=report, document=document, printed_on=printed_on)
