"""Report model -> one self-contained HTML page (for print, preview and browsers).

Every piece of text from the plan is cleaned and escaped here, so a name such
as ``<b>Bold</b>`` prints as those characters. Text holding right-to-left
letters, or explicit direction controls, is wrapped in a Unicode isolate
(FSI … PDI) and a ``dir="auto"`` span, so an Arabic or Hebrew name reads right
to left inside a left-to-right table without reordering its neighbours, and a
stray override character in a name cannot flip the rest of the line. The page
names no external resource (no links, images, fonts or scripts), so rendering
it loads nothing from the network. The markup keeps to what both browsers and
Qt's rich-text engine understand.
"""

from __future__ import annotations

import html
import re
import unicodedata

from planner.export.reports import Report, Row, Section, Table

FONT_FAMILIES = (
    "DejaVu Sans",
    "Noto Sans",
    "Noto Sans Arabic",
    "Noto Sans Hebrew",
    "Noto Sans Devanagari",
    "Noto Sans Bengali",
    "Noto Sans Thai",
    "Noto Sans Lao",
    "Noto Sans Khmer",
    "Noto Sans Sinhala",
    "WenQuanYi Micro Hei",
    "Noto Sans CJK SC",
    "Droid Sans Fallback",
    "sans-serif",
)
"""Font fallback, first choice first: Latin, Cyrillic and Greek come from the
first; each script the first lacks falls to the first family that has it."""

_FSI = "\u2068"  # first strong isolate: direction from the text itself
_PDI = "\u2069"  # pop directional isolate
_BIDI_CLASSES_NEEDING_ISOLATE = {"R", "AL", "RLE", "RLO", "LRE", "LRO", "PDF", "RLI", "LRI", "FSI"}
_WHITESPACE = re.compile(r"\s+")
# C0 and C1 controls except the whitespace ones, which _WHITESPACE folds into spaces.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")
_SURROGATES = re.compile("[\ud800-\udfff]")
# Every right-to-left letter and direction control lies above U+058F: a quick first test.
_BEYOND_CYRILLIC = re.compile("[^\x00-\u058f]")

BASE_POINT_SIZE = 9.5
"""Body text size in points (tables of names stay readable on A4 and Letter)."""


def _css() -> str:
    families = ", ".join(
        family if family == "sans-serif" else f"'{family}'" for family in FONT_FAMILIES
    )
    return f"""
body {{ font-family: {families}; font-size: {BASE_POINT_SIZE}pt; color: #000000; }}
h1 {{ font-size: 16pt; font-weight: bold; margin-top: 0; margin-bottom: 2pt; }}
h2 {{ font-size: 13pt; font-weight: bold; margin-bottom: 1pt; }}
h3 {{ font-size: 10.5pt; font-weight: bold; margin-bottom: 3pt; }}
p {{ margin-top: 0; margin-bottom: 2pt; }}
p.event {{ font-size: 10.5pt; margin-bottom: 6pt; }}
p.subtitle {{ color: #444444; margin-bottom: 4pt; }}
p.subtitle-large {{ font-size: 14pt; color: #222222; margin-bottom: 10pt; }}
p.note {{ color: #444444; font-style: italic; }}
table {{ border-collapse: collapse; margin-bottom: 4pt; }}
th {{ font-weight: bold; text-align: left; background-color: #e6e6e6;
      border-bottom: 1px solid #808080; }}
td {{ vertical-align: top; border-bottom: 1px solid #c8c8c8; }}
tr.head td {{ font-weight: bold; }}
table.door td {{ font-size: 12pt; }}
table.door th {{ font-size: 11pt; }}
div.section {{ page-break-inside: avoid; }}
"""


def clean(text: str) -> str:
    """Text fit to print: one line, no control characters, no lone surrogates.

    Line breaks and tabs become single spaces (a title typed with a line break
    prints on one line); other control characters are dropped; a lone
    surrogate (possible in a hand-edited JSON file) becomes U+FFFD.
    """
    text = _CONTROLS.sub("", text)
    text = _SURROGATES.sub("\ufffd", text)
    return _WHITESPACE.sub(" ", text).strip()


def needs_isolate(text: str) -> bool:
    """Whether the text holds right-to-left letters or direction controls."""
    if not _BEYOND_CYRILLIC.search(text):
        return False
    return any(unicodedata.bidirectional(char) in _BIDI_CLASSES_NEEDING_ISOLATE for char in text)


def text(value: str) -> str:
    """Plan text as safe HTML: cleaned, escaped, isolated when it holds RTL letters."""
    cleaned = clean(value)
    escaped = html.escape(cleaned, quote=True)
    if needs_isolate(cleaned):
        return f'<span dir="auto">{_FSI}{escaped}{_PDI}</span>'
    return escaped


def render_html(report: Report, *, with_title: bool = True) -> str:
    """The report as one HTML page.

    Args:
        report: what to render.
        with_title: start with the report's title and event line. Printing
            leaves them out because it draws them in every page's header.
    """
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{text(report.title)} – {text(report.event)}</title>",
        f"<style>{_css()}</style>",
        "</head>",
        "<body>",
    ]
    if with_title:
        parts.append(f"<h1>{text(report.title)}</h1>")
        parts.append(
            f'<p class="event">{text(report.event)} · {text(report.place)} · '
            f"{text(report.dates)}</p>"
        )
    parts.extend(f'<p class="note">{text(note)}</p>' for note in report.notes)
    for index, section in enumerate(report.sections):
        parts.append(_section(section, first=index == 0))
    parts.append("</body>")
    parts.append("</html>")
    return "\n".join(parts) + "\n"


def _section(section: Section, *, first: bool) -> str:
    page_break = "page-break-before: always; " if section.new_page and not first else ""
    parts = ['<div class="section">'] if section.keep_together else []
    if section.prominent:
        # A paragraph, not a heading: Qt's rich text sizes h1-h6 by their level alone.
        parts.append(
            f'<p class="venue" style="{page_break}font-size: 28pt; font-weight: bold; '
            f'margin-bottom: 4pt">{text(section.heading)}</p>'
        )
    else:
        style = f' style="{page_break.strip()}"' if page_break else ""
        parts.append(f"<h2{style}>{text(section.heading)}</h2>")
    subtitle_class = "subtitle-large" if section.prominent else "subtitle"
    if section.subtitle:
        parts.append(f'<p class="{subtitle_class}">{text(section.subtitle)}</p>')
    parts.extend(f"<p>{text(line)}</p>" for line in section.lines)
    table_class = "door" if section.prominent else "list"
    for table in section.tables:
        parts.append(_table(table, table_class))
    if section.note:
        parts.append(f'<p class="note">{text(section.note)}</p>')
    if section.keep_together:
        parts.append("</div>")
    return "\n".join(parts)


def _table(table: Table, css_class: str) -> str:
    parts = []
    if table.caption:
        parts.append(f"<h3>{text(table.caption)}</h3>")
    parts.append(
        f'<table class="{css_class}" width="100%" cellspacing="0" cellpadding="3" border="0">'
    )
    header = "".join(
        f'<th width="{width}%">{text(column)}</th>'
        for column, width in zip(table.columns, table.widths, strict=True)
    )
    parts.append(f"<thead><tr>{header}</tr></thead>")
    parts.append("<tbody>")
    parts.extend(_row(row) for row in table.rows)
    parts.append("</tbody>")
    parts.append("</table>")
    return "\n".join(parts)


def _row(row: Row) -> str:
    cells = "".join(f"<td>{text(cell)}</td>" for cell in row.cells)
    return f'<tr class="head">{cells}</tr>' if row.emphasis else f"<tr>{cells}</tr>"


__all__ = ["BASE_POINT_SIZE", "FONT_FAMILIES", "clean", "needs_isolate", "render_html", "text"]
