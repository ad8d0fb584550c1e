"""The roster as a spreadsheet: one row per person, as CSV or XLSX bytes (Qt-free).

Transport and hotel teams open these in Excel, LibreOffice or Google Sheets,
so two things matter beyond the data:

* **Formula injection.** A cell that starts with ``=``, ``+``, ``-``, ``@``, a
  tab or a carriage return is run as a formula by a spreadsheet (a name such
  as ``=HYPERLINK("http://…")`` would become a live link). Such cells get a
  leading single quote, as OWASP recommends, in CSV *and* in XLSX: an XLSX
  string cell is never a formula while it stays in the workbook, but a
  recipient who saves it again as CSV would otherwise pass the formula on.
  :func:`unneutralise` undoes it, so an exported roster imports back unchanged.
* **Scripts.** CSV is UTF-8 *with* a byte order mark: Excel on Windows reads a
  CSV without one in the ANSI code page and shows Cyrillic, Kazakh or Arabic
  names as mojibake, while LibreOffice, Google Sheets, Numbers and Python's
  ``utf-8-sig`` all take the mark in their stride. Quoting follows RFC 4180
  (comma, double quotes doubled, CRLF line ends).

Both writers are deterministic: the same plan and clock give the same bytes.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from planner.domain.model import Plan, Rank, Role
from planner.domain.precedence import members_in_order, order_of_precedence

COLUMNS: tuple[str, ...] = (
    "Delegation",
    "Honorific",
    "Given name",
    "Family name",
    "Position",
    "Rank",
    "Role",
    "E-mail",
    "Arrival",
    "Departure",
)
"""The roster's header, in order."""

WALL_TIME_FORMAT = "%Y-%m-%d %H:%M"
"""How Arrival and Departure are written: the event's local wall time."""

RANK_LABELS: dict[Rank, str] = {
    Rank.HEAD_OF_STATE: "Head of state",
    Rank.HEAD_OF_GOVERNMENT: "Head of government",
    Rank.VICE_PRESIDENT: "Vice-president",
    Rank.MINISTER: "Minister",
    Rank.DEPUTY_MINISTER: "Deputy minister",
    Rank.AMBASSADOR: "Ambassador",
    Rank.SENIOR_OFFICIAL: "Senior official",
    Rank.OFFICIAL: "Official",
    Rank.STAFF: "Staff",
}
"""Rank as a roster shows it (the import reads these back)."""

ROLE_LABELS: dict[Role, str] = {
    Role.HEAD: "Head of delegation",
    Role.DEPUTY: "Deputy head",
    Role.MEMBER: "Member",
    Role.ADVISER: "Adviser",
    Role.INTERPRETER: "Interpreter",
    Role.SECURITY: "Security",
    Role.PRESS: "Press",
    Role.LIAISON: "Liaison officer",
}
"""Role as a roster shows it (the import reads these back)."""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make a spreadsheet treat a cell as a formula."""

_XLSX_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
"""Control characters that XML 1.0 (and so XLSX) cannot hold."""

_FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class RosterRow:
    """One person as the roster lists them; ``arrival``/``departure`` are aware."""

    delegation: str
    honorific: str
    given_name: str
    family_name: str
    position: str
    rank: str
    role: str
    email: str
    arrival: datetime
    departure: datetime

    def texts(self) -> tuple[str, ...]:
        """The row's cells as text, in :data:`COLUMNS` order (not yet neutralised)."""
        return (
            self.delegation,
            self.honorific,
            self.given_name,
            self.family_name,
            self.position,
            self.rank,
            self.role,
            self.email,
            self.arrival.strftime(WALL_TIME_FORMAT),
            self.departure.strftime(WALL_TIME_FORMAT),
        )


def roster_rows(plan: Plan) -> list[RosterRow]:
    """Everyone in the plan: delegations in order of precedence, head first.

    Arrival and departure are the delegation's, in the event's zone.
    """
    tz = plan.event.zone
    rows = []
    for delegation in order_of_precedence(plan):
        arrival = delegation.arrival.astimezone(tz)
        departure = delegation.departure.astimezone(tz)
        for person in members_in_order(plan, delegation.id):
            rows.append(
                RosterRow(
                    delegation=plan.delegation_name(delegation.id),
                    honorific=person.honorific or "",
                    given_name=person.given_name,
                    family_name=person.family_name,
                    position=person.position or "",
                    rank=RANK_LABELS[person.rank],
                    role=ROLE_LABELS[person.role],
                    email=person.email or "",
                    arrival=arrival,
                    departure=departure,
                )
            )
    return rows


def neutralise(text: str) -> str:
    """``text`` made safe from formula injection: a leading ``'`` if it could run.

    Text that already starts with quotes before a formula character gets one
    more, so that :func:`unneutralise` gives back exactly what was written.
    """
    return "'" + text if text.lstrip("'").startswith(FORMULA_STARTS) else text


def unneutralise(text: str) -> str:
    """Undo :func:`neutralise`: one quote before (quotes and) a formula character goes."""
    if text.startswith("'") and text.lstrip("'").startswith(FORMULA_STARTS):
        return text[1:]
    return text


def roster_csv(rows: Iterable[RosterRow]) -> bytes:
    """The roster as CSV: UTF-8 with BOM, RFC 4180 quoting, CRLF, cells neutralised."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([neutralise(text) for text in row.texts()])
    # A lone surrogate (possible in text read from JSON) cannot be UTF-8: replace it.
    return ("\ufeff" + buffer.getvalue()).encode("utf-8", errors="replace")


def roster_xlsx(
    rows: Sequence[RosterRow], *, title: str, timezone: str, now: datetime | None = None
) -> bytes:
    """The roster as an XLSX workbook.

    Args:
        rows: the people, in the order they are to appear.
        title: the document title (the event's name).
        timezone: the IANA zone that Arrival and Departure are in, noted on their headers.
        now: the creation time recorded in the workbook; ``None`` records none at all,
            so that the bytes depend on the plan alone.

    Bold header, frozen header row, filter buttons, widths to fit, landscape pages
    that repeat the header. Arrival and Departure are date cells (sortable) in
    the event's wall time. Text cells are neutralised like the CSV's.
    """
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Roster"
    sheet.append(COLUMNS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    zone_note = f"Local time of the event ({timezone})."
    for column in ("Arrival", "Departure"):
        header = sheet.cell(row=1, column=COLUMNS.index(column) + 1)
        header.comment = Comment(zone_note, "Summit Planner")

    widths = [_display_width(name) for name in COLUMNS]
    date_columns = (COLUMNS.index("Arrival"), COLUMNS.index("Departure"))
    for row_number, row in enumerate(rows, start=2):
        texts = row.texts()
        for index, text in enumerate(texts[: date_columns[0]]):
            if not text:
                continue  # an empty cell stays absent rather than an empty string
            value = _xlsx_text(neutralise(text))
            cell = sheet.cell(row=row_number, column=index + 1, value=value)
            cell.data_type = "s"  # never a formula, whatever the text
            widths[index] = max(widths[index], _display_width(value))
        for index, moment in zip(date_columns, (row.arrival, row.departure), strict=True):
            cell = sheet.cell(row=row_number, column=index + 1, value=moment.replace(tzinfo=None))
            cell.number_format = "yyyy-mm-dd hh:mm"
            widths[index] = max(widths[index], len("2021-10-11 10:00"))

    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = min(max(width + 2, 8), 60)
    sheet.freeze_panes = "A2"
    last = get_column_letter(len(COLUMNS))
    sheet.auto_filter.ref = f"A1:{last}{max(len(rows) + 1, 1)}"
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True

    properties = workbook.properties
    properties.title = _xlsx_text(title)
    properties.creator = "Summit Planner"
    stamp = (now or datetime(1980, 1, 1, tzinfo=UTC)).astimezone(UTC).replace(tzinfo=None)
    properties.created = stamp
    buffer = io.BytesIO()
    workbook.save(buffer)
    return _with_fixed_times(buffer.getvalue(), stamp)


def _xlsx_text(text: str) -> str:
    """Text that XLSX can hold: XML-illegal control characters become U+FFFD."""
    cleaned = _XLSX_ILLEGAL.sub("\ufffd", text)
    return cleaned.encode("utf-8", errors="replace").decode("utf-8")


def _display_width(text: str) -> int:
    """Roughly how many narrow columns ``text`` takes (CJK characters count twice)."""
    width = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def _with_fixed_times(workbook: bytes, stamp: datetime) -> bytes:
    """The workbook with every zip entry and the modified date set to ``stamp``.

    openpyxl stamps the save time into the archive and the document
    properties; a fixed time makes the output depend on its inputs only.
    """
    saved_at = stamp.strftime("%Y-%m-%dT%H:%M:%SZ").encode("ascii")
    when = max(stamp.timetuple()[:6], _FIXED_ZIP_TIME)
    source = zipfile.ZipFile(io.BytesIO(workbook))
    output = io.BytesIO()
    with source, zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            data = source.read(entry)
            if entry.filename == "docProps/core.xml":
                data = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>" + saved_at + rb"\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(entry.filename, date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = entry.external_attr
            target.writestr(info, data)
    return output.getvalue()
