"""The cells of an accreditation list's file, as rows of text, within limits.

CSV is read as UTF-8 with or without a byte order mark, or UTF-16 with a
mark; the delimiter comes from the header line or an Excel ``sep=`` line.
An XLSX workbook is read from the sheet named like "People", else the first,
with the cached values of formulas (never run), and refused when it would
unpack to more than :data:`MAX_UNPACKED_BYTES`.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import warnings
import zipfile
from collections.abc import Sequence
from typing import Any

from planner.errors import Problem, ValidationError
from planner.interchange.sheet_words import fold

MAX_BYTES = 20 * 1024 * 1024
"""Largest sheet accepted; accreditation lists are a few hundred rows."""
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
"""Largest total size of an XLSX archive's parts once unpacked (zip bombs)."""
MAX_ROWS = 100_000
"""Most people in one list (rows below the header)."""
MAX_COLUMNS = 200
"""Columns read from each row; a people list has a dozen, and cells further right are ignored."""

CSV_SUFFIXES = frozenset({".csv", ".tsv", ".txt"})
XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm"})
HEADER_SEARCH_ROWS = 10
_MAX_SHEET_ROWS = MAX_ROWS + HEADER_SEARCH_ROWS  # the people and the rows above them
_SHEET_NAMES = ("people", "accreditation", "participants", "delegates", "roster", "persons")


def csv_rows(data: bytes, name: str) -> list[tuple[int, list[str]]]:
    text = _decode(data, name)
    lines = text.splitlines()
    first_row = 1
    delimiter = None
    if lines and re.fullmatch(r"sep=(.)", lines[0].strip()):
        delimiter = lines[0].strip()[4]
        text = text.split("\n", 1)[1] if "\n" in text else ""
    if delimiter is None:
        delimiter = _delimiter([line for line in lines[:50] if line.strip()][:HEADER_SEARCH_ROWS])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    rows = []
    try:
        for number, cells in enumerate(reader, start=first_row):
            if number > _MAX_SHEET_ROWS:
                raise ValidationError(f"{name}: has more than {MAX_ROWS} people rows")
            rows.append((number, cells[:MAX_COLUMNS]))
    except csv.Error as error:
        raise ValidationError(
            f"{name}: row {len(rows) + 1} cannot be read as CSV ({error})"
        ) from None
    return rows


def _decode(data: bytes, name: str) -> str:
    if not data.strip():
        raise ValidationError(f"{name}: is empty; expected a header row and one row per person")
    if data.startswith(b"PK\x03\x04"):
        raise ValidationError(
            f"{name}: is an Excel workbook (XLSX), not CSV text; name it .xlsx to import it"
        )
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ValidationError(
            f"{name}: is an old Excel 97–2003 workbook or a password-protected one; "
            "save it as .xlsx (without a password) or as CSV UTF-8"
        )
    if data.startswith(codecs.BOM_UTF8):
        encoding, body = "utf-8", data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding, body = "utf-16", data
    else:
        encoding, body = "utf-8", data
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as error:
        line = body[: error.start].count(b"\n") + 1
        raise ValidationError(
            f"{name}: is not UTF-8 text (byte 0x{body[error.start]:02x} on line {line}); "
            "in Excel use Save As › 'CSV UTF-8 (Comma delimited)' or save an .xlsx workbook"
        ) from None
    if "\x00" in text:
        raise ValidationError(f"{name}: holds binary data (NUL bytes), not CSV text")
    return text


def _delimiter(first_lines: Sequence[str]) -> str:
    """The delimiter that splits one of the first lines most (comma when none does).

    Several lines are looked at because a title line ("Accreditation list")
    may stand above the header.
    """
    counts = {
        delimiter: max((line.count(delimiter) for line in first_lines), default=0)
        for delimiter in (",", ";", "\t")
    }
    best = max(counts, key=lambda delimiter: counts[delimiter])
    return best if counts[best] else ","


def xlsx_rows(data: bytes, name: str) -> list[tuple[int, list[str]]]:
    if not data.strip():
        raise ValidationError(f"{name}: is empty; expected an Excel workbook")
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ValidationError(
            f"{name}: is an old Excel 97–2003 workbook or a password-protected one; "
            "save it as .xlsx without a password"
        )
    if not data.startswith(b"PK"):
        looks_like = "CSV text" if _is_text(data) else "binary data"
        raise ValidationError(
            f"{name}: is not an Excel workbook (it holds {looks_like}); "
            + ("name it .csv to import it" if looks_like == "CSV text" else "save it as .xlsx")
        )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(entry.file_size for entry in archive.infolist())
    except Exception:  # a damaged archive fails in many ways (even NotImplementedError)
        raise ValidationError(
            f"{name}: is damaged or truncated and cannot be opened as a workbook"
        ) from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise ValidationError(f"{name}: unpacks to more than 200 MB; it is not a people list")
    values = _sheet_values(data, name, saved=True)
    if _has_formulas(data):
        # Formulas come with the value the spreadsheet program saved; one never
        # calculated (a workbook written by a script) has none, and would be read
        # as an empty cell.
        _refuse_unsaved_formulas(values, _sheet_values(data, name, saved=False), name)
    return [(number, [_cell_text(value) for value in row]) for number, row in enumerate(values, 1)]


def _sheet_values(data: bytes, name: str, *, saved: bool) -> list[tuple[object, ...]]:
    """The people sheet's rows: the saved values, or with ``saved=False`` the formulas."""
    from openpyxl import load_workbook

    rows: list[tuple[object, ...]] = []
    try:
        with warnings.catch_warnings():
            # openpyxl warns about styles and extensions it does not keep; we read values only.
            warnings.simplefilter("ignore")
            workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=saved)
            try:
                sheet = _pick_sheet(workbook.worksheets)
                if sheet is None:
                    raise ValidationError(f"{name}: the workbook holds no worksheet")
                sheet.reset_dimensions()
                # Bounded columns: a row whose cells reach column XFD is read in the
                # time of its first MAX_COLUMNS cells.
                cells = sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS)
                for number, values in enumerate(cells, start=1):
                    if number > _MAX_SHEET_ROWS:
                        raise ValidationError(f"{name}: has more than {MAX_ROWS} people rows")
                    filled = len(values)
                    while filled and values[filled - 1] is None:
                        filled -= 1
                    rows.append(tuple(values[:filled]))
            finally:
                workbook.close()
    except ValidationError:
        raise
    except Exception as error:  # any parser failure on a hostile file is the file's fault
        raise ValidationError(
            f"{name}: is damaged and cannot be read as a workbook ({type(error).__name__})"
        ) from None
    return rows


def _has_formulas(data: bytes) -> bool:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for entry in archive.infolist():
            if entry.filename.startswith("xl/worksheets/") and entry.filename.endswith(".xml"):
                with archive.open(entry) as part:
                    while chunk := part.read(1 << 20):
                        if b"<f>" in chunk or b"<f " in chunk or b":f>" in chunk:
                            return True
    return False


def _refuse_unsaved_formulas(
    saved: list[tuple[object, ...]], formulas: list[tuple[object, ...]], name: str
) -> None:
    from openpyxl.utils import get_column_letter

    problems = [
        Problem(
            f"row {number}, column {get_column_letter(column)}",
            f"the formula {str(formula)[:60]} has no saved value",
        )
        for number, (values, row) in enumerate(zip(saved, formulas, strict=False), start=1)
        for column, formula in enumerate(row, start=1)
        if formula is not None
        and (column > len(values) or values[column - 1] is None)
        and (not isinstance(formula, str) or formula.startswith("="))
    ]
    if problems:
        raise ValidationError(
            f"{name}: holds formulas whose results were never saved; open the workbook in "
            "a spreadsheet program and save it again, or save it as CSV",
            problems[:20],
        )


def _is_text(data: bytes) -> bool:
    sample = data[:4096]
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < len(sample) - 4:  # a character cut at the sample's end is fine
            return sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    return b"\x00" not in sample


def _pick_sheet(sheets: Sequence[Any]) -> Any:
    if not sheets:
        return None
    for sheet in sheets:
        title = fold(str(getattr(sheet, "title", "")))
        if any(word in title for word in _SHEET_NAMES):
            return sheet
    return sheets[0]


def _cell_text(value: object) -> str:
    from datetime import datetime, time

    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, time):
        return value.strftime("%H:%M")
    return str(value)
