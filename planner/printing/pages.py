"""Painting a printable document page by page, with a header and a footer.

The same function draws onto a QPdfWriter (the command line) and onto the
QPrinter that the GUI's print preview hands over, so the preview shows exactly
the pages that come out of the printer or the PDF.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from planner.domain.model import Plan
from planner.errors import ExportError, ValidationError
from planner.export.html import clean
from planner.files import replaced_atomically
from planner.messages import ENGLISH
from planner.printing.document import Printable, build_document, document_font
from planner.printing.pagination import Page, Strip, paginate

PAPERS = ("a4", "letter")
"""Paper sizes the printouts are laid out for."""

_MARGINS_MM = QMarginsF(16, 12, 16, 12)
_PDF_RESOLUTION = 600
_GAP_MM = 2.5
_TOUCHING = 0.5
"""Device pixels by which a line may overlap a strip's edge and still not be drawn in it."""
CONTINUED = "(continued)"
"""After a section heading repeated at the top of a page (English, as the reports are)."""


def page_layout(paper: str) -> QPageLayout:
    """Portrait page of ``paper`` (``a4`` or ``letter``) with the report margins.

    Raises:
        ValidationError: another paper name.
    """
    sizes = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
    if paper not in sizes:
        raise ValidationError(f"unknown paper {paper!r}: choose one of {', '.join(PAPERS)}")
    return QPageLayout(
        QPageSize(sizes[paper]),
        QPageLayout.Orientation.Portrait,
        _MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )


@dataclass(frozen=True)
class _Frame:
    """Where header, body and footer sit on a page, in device pixels."""

    width: float
    height: float
    header_height: float
    footer_top: float
    title_font: QFont
    line_font: QFont
    footer_font: QFont

    @property
    def body_height(self) -> float:
        return self.footer_top - self.header_height


def _frame(device: QPagedPaintDevice) -> _Frame:
    dpi = device.logicalDpiY()
    rect = device.pageLayout().paintRectPixels(dpi)
    mm = dpi / 25.4
    title_font = document_font(11.5)
    title_font.setBold(True)
    line_font = document_font(9)
    footer_font = document_font(8)
    title_height = QFontMetricsF(title_font, device).height()
    line_height = QFontMetricsF(line_font, device).height()
    footer_height = QFontMetricsF(footer_font, device).height()
    return _Frame(
        width=float(rect.width()),
        height=float(rect.height()),
        header_height=title_height + line_height + 2 * _GAP_MM * mm,
        footer_top=rect.height() - footer_height - 2 * _GAP_MM * mm,
        title_font=title_font,
        line_font=line_font,
        footer_font=footer_font,
    )


def paint_pages(printable: Printable, device: QPagedPaintDevice, paper: str) -> int:
    """Draw every page of ``printable`` onto ``device``; returns the number of pages.

    Sets the device's page layout to ``paper`` (portrait, report margins),
    lays out a copy of the document for the device's resolution, and paints
    page after page: header (event; report, place and dates), the body, and
    footer (print date; "Page N of M").

    Raises:
        ValidationError: an unknown paper name.
        ExportError: the device refuses the page layout or cannot be painted on.
    """
    frame, document, pages = _laid_out(printable, device, paper)
    painter = QPainter()
    if not painter.begin(device):
        raise ExportError("the output cannot be opened for drawing")
    try:
        for index, page in enumerate(pages):
            if index and not device.newPage():
                raise ExportError(f"page {index + 1} cannot be started")
            _paint_header(painter, frame, printable)
            _paint_body(painter, frame, document, page)
            _paint_footer(painter, frame, printable, index + 1, len(pages))
    finally:
        painter.end()
    return len(pages)


def text_areas(
    printable: Printable, device: QPagedPaintDevice, paper: str
) -> list[tuple[QRectF, ...]]:
    """Where :func:`paint_pages` lets text show on each page, in device pixels.

    Per page: the header's two lines, each strip of the body where it is
    painted, and the footer's line; measured from the top left of the page's
    paint rectangle (inside the margins). Sets the device's page layout, as
    painting does, and paints nothing.

    Raises:
        ValidationError: an unknown paper name.
        ExportError: the device refuses the page layout.
    """
    frame, _document, pages = _laid_out(printable, device, paper)
    header_text = QFontMetricsF(frame.title_font, device).height() + QFontMetricsF(
        frame.line_font, device
    ).height()
    footer_text = QFontMetricsF(frame.footer_font, device).height()
    return [
        (
            QRectF(0, 0, frame.width, header_text),
            *(_painted_box(frame, strip) for strip in page.strips),
            QRectF(0, frame.height - footer_text, frame.width, footer_text),
        )
        for page in pages
    ]


def _laid_out(
    printable: Printable, device: QPagedPaintDevice, paper: str
) -> tuple[_Frame, QTextDocument, list[Page]]:
    """The device set to ``paper``, a copy of the document laid out for it, and its pages."""
    if not device.setPageLayout(page_layout(paper)):
        raise ExportError(f"the output cannot take {paper} pages")
    frame = _frame(device)
    # A copy laid out for this device (the printable may be painted again, onto
    # another); Python owns it, so it goes with the caller.
    document = printable.document.clone()
    document.documentLayout().setPaintDevice(device)
    document.setTextWidth(frame.width)
    return frame, document, paginate(document, frame.body_height)


def _paint_header(painter: QPainter, frame: _Frame, printable: Printable) -> None:
    report = printable.report
    painter.save()
    painter.setPen(Qt.GlobalColor.black)
    painter.setFont(frame.title_font)
    title_metrics = QFontMetricsF(frame.title_font, painter.device())
    title = title_metrics.elidedText(clean(report.event), Qt.TextElideMode.ElideRight, frame.width)
    painter.drawText(
        QRectF(0, 0, frame.width, title_metrics.height()),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
        title,
    )
    painter.setFont(frame.line_font)
    line_metrics = QFontMetricsF(frame.line_font, painter.device())
    line = line_metrics.elidedText(
        clean(report.heading_line), Qt.TextElideMode.ElideRight, frame.width
    )
    painter.drawText(
        QRectF(0, title_metrics.height(), frame.width, line_metrics.height()),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
        line,
    )
    rule_y = frame.header_height - frame.header_height * 0.08
    _rule(painter, rule_y, frame.width)
    painter.restore()


def _painted_box(frame: _Frame, strip: Strip) -> QRectF:
    return QRectF(0, frame.header_height + strip.at, frame.width, strip.bottom - strip.top)


def _paint_body(painter: QPainter, frame: _Frame, document: QTextDocument, page: Page) -> None:
    for strip in page.strips:
        painter.save()
        painter.translate(QPointF(0, frame.header_height + strip.at - strip.top))
        strip_box = QRectF(0, strip.top, frame.width, strip.bottom - strip.top)
        painter.setClipRect(strip_box)
        # Not QTextDocument.drawContents: the layout draws every line that so
        # much as touches its clip, and a line drawn where the painter's clip
        # hides it still lands in a PDF's text (the first line of the next
        # page, found again at the foot of this one). Strips end where lines
        # meet, so a clip a hair inside the strip leaves out exactly the lines
        # that only touch it; the painter's clip stays the strip itself, so
        # rules and shading on the edge are drawn whole.
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = strip_box.adjusted(0, _TOUCHING, 0, -_TOUCHING)
        document.documentLayout().draw(painter, context)
        painter.restore()
    continued = page.continued
    if continued is not None:
        painter.save()
        painter.setPen(Qt.GlobalColor.black)
        painter.setFont(continued.font)
        gap = QFontMetricsF(continued.font, painter.device()).horizontalAdvance(" ")
        painter.drawText(
            QRectF(
                continued.x + gap,
                frame.header_height + continued.at,
                max(frame.width - continued.x - gap, 0.0),
                continued.height,
            ),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
            CONTINUED,
        )
        painter.restore()


def _paint_footer(
    painter: QPainter, frame: _Frame, printable: Printable, number: int, total: int
) -> None:
    painter.save()
    painter.setPen(Qt.GlobalColor.black)
    _rule(painter, frame.footer_top + (frame.height - frame.footer_top) * 0.2, frame.width)
    painter.setFont(frame.footer_font)
    metrics = QFontMetricsF(frame.footer_font, painter.device())
    box = QRectF(0, frame.height - metrics.height(), frame.width, metrics.height())
    painter.drawText(
        box,
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
        printable.printed_on_text,
    )
    painter.drawText(
        box,
        int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
        printable.page_text(number, total),
    )
    painter.restore()


def _rule(painter: QPainter, y: float, width: float) -> None:
    pen = QPen(Qt.GlobalColor.darkGray)
    pen.setWidthF(max(painter.device().logicalDpiY() / 300, 1.0))
    painter.setPen(pen)
    painter.drawLine(QPointF(0, y), QPointF(width, y))
    painter.setPen(Qt.GlobalColor.black)


def write_pdf(
    plan: Plan,
    path: str | os.PathLike[str],
    what: str,
    *,
    delegation: str | None = None,
    day: date | None = None,
    paper: str = "a4",
    languages: Sequence[str] = (ENGLISH,),
    printed_on: date,
) -> int:
    """Print the report ``what`` of ``plan`` to a PDF file; returns the number of pages.

    The PDF is written to a temporary file beside ``path`` and renamed over it
    when complete, so a reader never sees half a file and a failure leaves an
    existing file as it was. Needs a running QGuiApplication (see
    :func:`planner.printing.ensure_application`).

    Raises:
        ValidationError: an unknown report or paper, or a day outside the event.
        NotFoundError: an unknown delegation.
        ExportError: the file cannot be written.
    """
    if QGuiApplication.instance() is None:
        raise RuntimeError("printing needs a QGuiApplication; call ensure_application() first")
    page_layout(paper)
    printable = build_document(
        plan, what, delegation=delegation, day=day, languages=languages, printed_on=printed_on
    )
    with replaced_atomically(path) as temporary:
        pages = _write(printable, str(temporary), paper)
    return pages


def _write(printable: Printable, filename: str, paper: str) -> int:
    writer = QPdfWriter(filename)
    writer.setResolution(_PDF_RESOLUTION)
    writer.setCreator("Summit Planner")
    writer.setTitle(clean(f"{printable.report.title} – {printable.report.event}"))
    pages = paint_pages(printable, writer, paper)
    del writer
    if os.path.getsize(filename) == 0:
        raise ExportError("the PDF came out empty")
    return pages
