"""Where pages begin: cutting one tall laid-out document into page-sized strips.

Qt's own pagination occasionally leaves a line straddling a page boundary
(half a heading at the foot of one page, half at the head of the next) and
never keeps a heading with the table under it. So the document is laid out
as one long column and cut here, only where a cut is clean:

* before a section heading or a table caption (the heading, its subtitle and
  lines travel with the first rows of their table);
* between two rows of a table, repeating the table's heading and header row at
  the top of the next page;
* where the document asks for a new page (``page-break-before``), always;
* failing all those, between two lines, and only for a block taller than a
  page, through it.

A page that begins inside a section (a delegation's programme, say) repeats
the section's heading at its top, marked "(continued)".
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QFont, QTextBlock, QTextDocument, QTextFormat, QTextTable

_GOOD = 2
_ANY = 1


@dataclass(frozen=True)
class Strip:
    """Part ``top``..``bottom`` of the document, drawn at ``at`` below the page's body top."""

    top: float
    bottom: float
    at: float


@dataclass(frozen=True)
class Continued:
    """Where the word "(continued)" goes after a repeated heading, on the page."""

    x: float
    at: float
    height: float
    font: QFont


@dataclass(frozen=True)
class Page:
    strips: tuple[Strip, ...]
    continued: Continued | None = None


@dataclass(frozen=True)
class _Heading:
    """A section heading: its strip, where its text ends, and its font."""

    top: float
    bottom: float
    right: float
    line_top: float
    line_height: float
    font: QFont


@dataclass(frozen=True)
class _Break:
    """A place a page may begin; ``header`` is a table header strip to repeat there."""

    y: float
    quality: int
    forced: bool = False
    header: tuple[float, float] | None = None


def paginate(document: QTextDocument, page_height: float) -> list[Page]:
    """Cut ``document`` (laid out without pagination) into pages of ``page_height``."""
    found, total, headings = _breaks(document)
    breaks = sorted(found, key=lambda item: (item.y, -item.quality))
    pages: list[Page] = []
    start = 0.0
    header: tuple[float, float] | None = None
    index = 0
    while start < total - 0.5 or not pages:
        heading = _section_of(headings, start) if pages else None
        repeated: list[tuple[float, float]] = []
        continued = None
        if heading is not None:
            if header is None or abs(header[0] - heading.top) > 0.5:
                repeated.append((heading.top, heading.bottom))
            continued = Continued(
                heading.right, heading.line_top - heading.top, heading.line_height, heading.font
            )
        if header is not None:
            repeated.append(header)
        header_height = sum(bottom - top for top, bottom in repeated)
        limit = start + max(page_height - header_height, page_height / 4)
        while index < len(breaks) and breaks[index].y <= start + 0.5:
            index += 1
        chosen = _choose(breaks, index, min(limit, total))
        if chosen is not None and not chosen.forced and total <= limit:
            chosen = None  # the rest fits on this page
        end = min(chosen.y if chosen is not None else limit, total)
        strips = []
        at = 0.0
        for top, bottom in repeated:
            strips.append(Strip(top, bottom, at))
            at += bottom - top
        strips.append(Strip(start, end, header_height))
        pages.append(Page(tuple(strips), continued))
        if end >= total - 0.5:
            break
        start = end
        header = chosen.header if chosen is not None else None
    return pages


def _section_of(headings: list[_Heading], start: float) -> _Heading | None:
    """The heading of the section a page beginning at ``start`` continues, if it continues one."""
    latest = None
    for heading in headings:
        if heading.top > start + 0.5:
            break
        latest = heading
    if latest is None or latest.bottom > start + 0.5:
        return None  # the page begins at (or inside) the heading itself
    return latest


def _choose(breaks: list[_Break], first: int, limit: float) -> _Break | None:
    """The break that ends the page: the first forced one, else the furthest best one."""
    best: dict[int, _Break] = {}
    for item in breaks[first:]:
        if item.y > limit:
            break
        if item.forced:
            return item
        best[item.quality] = item
    return best.get(_GOOD) or best.get(_ANY)


def _breaks(document: QTextDocument) -> tuple[list[_Break], float, list[_Heading]]:
    """Every place a page may begin, the bottom of the last content, and section headings."""
    layout = document.documentLayout()
    result: list[_Break] = []
    headings: list[_Heading] = []
    bottom = 0.0
    # Tables from the root frame, not QTextCursor.currentTable(): in PySide6 6.12
    # that call drops a reference to None whenever there is no table, and enough
    # calls crash the interpreter.
    tables = sorted(
        (frame for frame in document.rootFrame().childFrames() if isinstance(frame, QTextTable)),
        key=lambda table: table.firstPosition(),
    )
    next_table = 0
    heading_top: float | None = None  # the latest heading since the last table
    block = document.begin()
    while block.isValid():
        position = block.position()
        while next_table < len(tables) and tables[next_table].lastPosition() < position:
            next_table += 1
        table = tables[next_table] if next_table < len(tables) else None
        if table is not None and table.firstPosition() <= position:
            if position == table.firstPosition():
                table_breaks, table_bottom = _table_breaks(document, table, heading_top)
                result.extend(table_breaks)
                bottom = max(bottom, table_bottom)
                heading_top = None
        elif block.text() or block.blockFormat().headingLevel():
            rect = layout.blockBoundingRect(block)
            block_format = block.blockFormat()
            forced = bool(
                block_format.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
            )
            good = block_format.headingLevel() > 0
            if good:
                heading_top = rect.top()
            if block_format.headingLevel() == 2:
                line = block.layout().lineAt(0)
                font = block.begin().fragment().charFormat().font() if block.text() else QFont()
                headings.append(
                    _Heading(
                        rect.top(),
                        rect.bottom(),
                        rect.left() + line.x() + line.naturalTextWidth(),
                        rect.top() + line.y(),
                        line.height(),
                        font,
                    )
                )
            result.append(_Break(rect.top(), _GOOD if good else _ANY, forced=forced))
            result.extend(_Break(rect.top() + y, _ANY) for y in _line_tops(block)[1:])
            bottom = max(bottom, rect.bottom())
        block = block.next()
    return result, bottom, headings


def _line_tops(block: QTextBlock) -> list[float]:
    text_layout = block.layout()
    return [text_layout.lineAt(index).y() for index in range(text_layout.lineCount())]


def _table_breaks(
    document: QTextDocument, table: QTextTable, heading_top: float | None = None
) -> tuple[list[_Break], float]:
    """A break before every data row but the first, each repeating the header row.

    With ``heading_top``, the repeated strip starts at that heading, so a table
    continued on the next page says whose it is (``5. Qatar`` and its header).

    Also returns the table's bottom. A row edge lies half the gap between two
    rows' contents above the row's content (cell padding and border are the
    same all round, and every cell's content starts at the row's top), so one
    cell per row tells where the row starts; the header and last rows are read
    whole for their heights. Reading cells is far cheaper than asking the
    layout for the table's frame.
    """
    layout = document.documentLayout()
    rows = table.rows()
    columns = table.columns()
    if rows == 0 or columns == 0:
        return [], 0.0

    def row_top(row: int) -> float:
        return layout.blockBoundingRect(table.cellAt(row, 0).firstCursorPosition().block()).top()

    def row_bottom(row: int) -> float:
        bottom = row_top(row)
        for column in range(columns):
            cell = table.cellAt(row, column)
            if cell.isValid() and cell.row() + cell.rowSpan() - 1 == row:
                last = layout.blockBoundingRect(cell.lastCursorPosition().block())
                bottom = max(bottom, last.bottom())
        return bottom

    half_gap = (row_top(1) - row_bottom(0)) / 2 if rows > 1 else 0.0
    header_rows = min(max(table.format().headerRowCount(), 0), rows)
    header_top = heading_top if heading_top is not None else row_top(0) - half_gap
    header = (header_top, row_top(header_rows) - half_gap) if 0 < header_rows < rows else None
    breaks = [
        _Break(row_top(row) - half_gap, _GOOD, header=header)
        for row in range(header_rows + 1, rows)
    ]
    return breaks, row_bottom(rows - 1) + half_gap


__all__ = ["Continued", "Page", "Strip", "paginate"]
