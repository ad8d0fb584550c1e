"""PDFs through Qt, read back by poppler (pdftotext, pdfinfo, pdftoppm)."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QPdfWriter, QTextLayout

from planner.domain.model import Person, Plan, Rank, Role
from planner.errors import ExportError, NotFoundError, ValidationError
from planner.export.reports import format_day
from planner.printing import build_document, document_font, paint_pages, write_pdf
from planner.printing.pages import page_layout
from planner.printing.pagination import paginate

pytestmark = pytest.mark.required_in_ci

PRINTED_ON = date(2021, 10, 1)
_BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None,
    reason="poppler-utils (pdftotext, pdfinfo) is not installed",
)


def pdf_text(path: Path, *, raw: bool = False) -> str:
    """What a reader copies out of the PDF: shaped Arabic back to letters, no bidi marks."""
    command = ["pdftotext", "-enc", "UTF-8", *(["-raw"] if raw else []), str(path), "-"]
    out = subprocess.run(command, capture_output=True, check=True, text=True).stdout
    return _BIDI_CONTROLS.sub("", unicodedata.normalize("NFKC", out))


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True, text=True)
    match = re.search(r"^Pages:\s+(\d+)", info.stdout, re.M)
    assert match
    return int(match[1])


def pdf_page_size(path: Path) -> str:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True, text=True)
    match = re.search(r"^Page size:\s+(.*?) pts", info.stdout, re.M)
    assert match
    return match[1]


# Names of every script the brief names, with how pdftotext gives them back.
# Shaped scripts whose marks move (Thai) read right in content order (-raw);
# Indic conjuncts are ligature glyphs without a text mapping in Qt's PDFs, so
# for Devanagari a conjunct-free name is the text check (glyphs are checked below).
SCRIPTS = [
    ("Cyrillic with Kazakh letters", "Жәңгір Өтеғалиұлы Күнқожаев", False),
    ("Chinese, family name first", "王毅", False),
    ("Korean, family name first", "서지훈", False),
    ("Arabic", "عبد اللطيف بن راشد الزياني", False),
    ("Persian", "فرید نصیری", False),
    ("Hebrew", "יואל רזבוזוב", False),
    ("Thai", "ธนากร ศรีสุวรรณ", True),
    ("Devanagari", "जयशंकर", False),
    ("Lao", "ສົມສັກ ພົມມະວົງ", True),
]


@pytest.fixture(scope="module")
def world(cica: Plan) -> Plan:
    """The sample with a Devanagari name and a name made of markup."""
    people = list(cica.people)
    india = next(i for i, p in enumerate(people) if p.id == "p-in-1")
    people[india] = replace(people[india], given_name="सुब्रह्मण्यम", family_name="जयशंकर")
    people.append(Person("p-in-9", "in", "<b>Bold</b>", "<i>Italic</i>", Rank.STAFF, Role.PRESS))
    return replace(cica, people=tuple(people))


@pytest.fixture(scope="module")
def roster_pdf(qapp: object, world: Plan, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("roster") / "roster.pdf"
    write_pdf(world, path, "roster", printed_on=PRINTED_ON)
    return path


@needs_poppler
@pytest.mark.parametrize(("script", "name", "raw"), SCRIPTS, ids=[s[0] for s in SCRIPTS])
def test_pdf_roster_prints_every_script_as_text(
    roster_pdf: Path, script: str, name: str, raw: bool
) -> None:
    assert flat(name) in flat(pdf_text(roster_pdf, raw=raw)), script


@needs_poppler
def test_pdf_roster_prints_markup_literally(roster_pdf: Path) -> None:
    assert "<b>Bold</b> <i>Italic</i>" in pdf_text(roster_pdf, raw=True)


@needs_poppler
def test_pdf_every_page_has_header_and_page_n_of_m(roster_pdf: Path) -> None:
    pages = pdf_pages(roster_pdf)
    text = pdf_text(roster_pdf, raw=True)
    assert pages > 1
    for number in range(1, pages + 1):
        assert f"Page {number} of {pages}" in text
    assert text.count("Printed on 1 October 2021") == pages
    assert text.count("Sixth Meeting of the CICA Ministers of Foreign Affairs") == pages
    assert text.count("Roster of delegations · Nur-Sultan · 11–12 October 2021") == pages


def test_every_script_has_real_glyphs_in_the_report_font(qapp: object) -> None:
    """No name falls back to the empty box (glyph 0) with the fonts the reports ask for."""
    names = [name for _script, name, _raw in SCRIPTS] + [
        "सुब्रह्मण्यम",
        "চমিন্দ পেরেরা",
        "චමින්ද පෙරේරා",
        "ចាន់ធី សុខ",
        "健一 中村",
        "Hüseynzadə Nəsibov Annaýew",
    ]
    for name in names:
        layout = QTextLayout(name, document_font())
        layout.beginLayout()
        layout.createLine()
        layout.endLayout()
        glyphs = [index for run in layout.glyphRuns() for index in run.glyphIndexes()]
        assert glyphs, name
        assert 0 not in glyphs, f"{name!r} has a character without a glyph"


@needs_poppler
@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm is not installed")
def test_pdf_page_renders_to_an_image_with_ink_in_header_body_and_footer(
    roster_pdf: Path, tmp_path: Path
) -> None:
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "60",
            "-f",
            "1",
            "-l",
            "1",
            str(roster_pdf),
            str(tmp_path / "p"),
        ],
        check=True,
    )
    (png,) = tmp_path.glob("p*.png")
    image = QImage(str(png))
    assert (image.width(), image.height()) == (496, 702)

    def ink(top: float, bottom: float) -> int:
        dark = 0
        for y in range(int(image.height() * top), int(image.height() * bottom)):
            for x in range(0, image.width(), 2):
                dark += image.pixelColor(x, y).lightness() < 128
        return dark

    assert ink(0.0, 0.09) > 50  # header
    assert ink(0.15, 0.85) > 2000  # body
    assert ink(0.93, 1.0) > 20  # footer


@needs_poppler
@pytest.mark.parametrize(("paper", "size"), [("a4", "595 x 842"), ("letter", "612 x 792")])
def test_pdf_paper_size(qapp: object, cica: Plan, tmp_path: Path, paper: str, size: str) -> None:
    path = tmp_path / "daily.pdf"
    write_pdf(cica, path, "daily", day=date(2021, 10, 11), paper=paper, printed_on=PRINTED_ON)
    assert pdf_page_size(path) == size


@needs_poppler
def test_pdf_door_sheets_one_page_per_venue_per_day(
    qapp: object, cica: Plan, tmp_path: Path
) -> None:
    path = tmp_path / "venues.pdf"
    used = {(p.venue, p.start.astimezone(cica.event.zone).date()) for p in cica.schedule}
    assert write_pdf(cica, path, "venues", printed_on=PRINTED_ON) == len(used) == pdf_pages(path)
    pages = pdf_text(path, raw=True).split("\f")[: len(used)]
    for page in pages:
        assert "Time Item Delegations" in page
    for venue_id, day in used:
        venue = cica.venue_by_id[venue_id]
        heading = f"{venue.name}\n{venue.building} · {format_day(day)}"
        assert sum(heading in page for page in pages) == 1, heading


@needs_poppler
def test_pdf_programme_of_one_delegation_shows_home_time(
    qapp: object, cica: Plan, tmp_path: Path
) -> None:
    path = tmp_path / "us.pdf"
    write_pdf(cica, path, "programme", delegation="us", printed_on=PRINTED_ON)
    text = pdf_text(path, raw=True)
    assert "United States" in text
    assert flat("Home time (New York)") in flat(text)
    assert flat("15:00–16:00 05:00–06:00 Briefing for observers") in flat(text)


@needs_poppler
def test_pdf_programme_of_every_delegation_has_one_page_each(
    qapp: object, cica: Plan, tmp_path: Path
) -> None:
    path = tmp_path / "all.pdf"
    pages = write_pdf(cica, path, "programme", printed_on=PRINTED_ON)
    assert pages == len(cica.delegations) == pdf_pages(path)


def test_write_pdf_errors_leave_no_file_behind(qapp: object, cica: Plan, tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(b"the previous printout")
    with pytest.raises(NotFoundError, match="'atlantis'"):
        write_pdf(cica, target, "roster", delegation="atlantis", printed_on=PRINTED_ON)
    with pytest.raises(ValidationError, match="unknown paper 'a3'"):
        write_pdf(cica, target, "roster", paper="a3", printed_on=PRINTED_ON)
    with pytest.raises(ExportError, match="does not exist"):
        write_pdf(cica, tmp_path / "missing" / "out.pdf", "roster", printed_on=PRINTED_ON)
    with pytest.raises(ExportError, match="is a folder"):
        write_pdf(cica, tmp_path, "roster", printed_on=PRINTED_ON)
    assert target.read_bytes() == b"the previous printout"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.pdf"]


def test_write_pdf_replaces_the_file_whole(qapp: object, cica: Plan, tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    pages = write_pdf(cica, target, "daily", printed_on=PRINTED_ON)
    assert pages == 2
    assert target.read_bytes().startswith(b"%PDF-")
    assert target.read_bytes().rstrip().endswith(b"%%EOF")
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


@needs_poppler
def test_paint_pages_draws_onto_a_device_the_caller_owns(
    qapp: object, cica: Plan, tmp_path: Path
) -> None:
    printable = build_document(cica, "daily", printed_on=PRINTED_ON)
    path = tmp_path / "painted.pdf"
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    pages = paint_pages(printable, writer, "letter")
    del writer
    assert pages == pdf_pages(path) == 2
    assert pdf_page_size(path) == "612 x 792"
    assert "Page 2 of 2" in pdf_text(path)


def test_pagination_never_cuts_through_a_line(qapp: object, world: Plan, tmp_path: Path) -> None:
    """Qt's own pagination can leave a heading astride two pages; ours never does."""
    printable = build_document(world, "roster", printed_on=PRINTED_ON)
    writer = QPdfWriter(str(tmp_path / "probe.pdf"))
    writer.setResolution(600)
    writer.setPageLayout(page_layout("a4"))
    for page_height in (5934.7, 4000.0, 2500.0):
        document = printable.document.clone()
        document.documentLayout().setPaintDevice(writer)
        document.setTextWidth(4200)
        pages = paginate(document, page_height)
        cuts = [strip.bottom for page in pages for strip in page.strips[-1:]][:-1]
        assert all(
            strip.bottom - strip.top + strip.at <= page_height + 0.5
            for page in pages
            for strip in page.strips
        )
        block = document.begin()
        while block.isValid():
            rect = document.documentLayout().blockBoundingRect(block)
            layout = block.layout()
            for index in range(layout.lineCount()):
                line = layout.lineAt(index)
                top, bottom = rect.top() + line.y(), rect.top() + line.y() + line.height()
                assert not any(top < cut < bottom - 0.5 for cut in cuts), block.text()
            block = block.next()


def test_a_page_that_begins_with_a_section_does_not_continue_the_one_before(
    qapp: object, cica: Plan
) -> None:
    """Only a page that begins inside a section says "(continued)": one that begins at a
    delegation's own heading starts that delegation afresh."""
    printable = build_document(cica, "roster", printed_on=PRINTED_ON)
    document = printable.document.clone()
    document.setTextWidth(500)
    layout = document.documentLayout()
    heading_tops = []
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() == 2:
            heading_tops.append(layout.blockBoundingRect(block).top())
        block = block.next()
    at_a_heading = 0
    for page_height in (300.0, 420.0, 550.0, 700.0):
        for page in paginate(document, page_height)[1:]:
            body_top = page.strips[-1].top
            if any(abs(body_top - top) <= 0.5 for top in heading_tops):
                at_a_heading += 1
                assert page.continued is None and len(page.strips) == 1
    assert at_a_heading, "some page begins at a delegation's heading at these heights"


@needs_poppler
def test_pdf_repeats_a_table_header_on_the_next_page(
    qapp: object, cica: Plan, tmp_path: Path
) -> None:
    crowd = tuple(
        Person(f"p-kz-x{i}", "kz", f"Member{i}", "Crowd", Rank.STAFF, Role.MEMBER)
        for i in range(120)
    )
    plan = replace(cica, people=(*cica.people, *crowd))
    path = tmp_path / "kz.pdf"
    pages = write_pdf(plan, path, "roster", delegation="kz", printed_on=PRINTED_ON)
    assert pages >= 3
    for page in pdf_text(path, raw=True).split("\f")[:pages]:
        assert "1. Kazakhstan\nHost · 130 people\nRole Name Position Rank" in page


@needs_poppler
@pytest.mark.parametrize(
    ("what", "pages", "note"),
    [
        ("roster", 1, ""),
        ("programme", 1, "The plan lists no delegations."),
        ("daily", 2, "Nothing is placed on this day."),
        ("venues", 1, "No venue is used during the event."),
    ],
)
def test_pdf_of_an_empty_plan_says_so_under_a_long_right_to_left_title(
    qapp: object, cica: Plan, tmp_path: Path, what: str, pages: int, note: str
) -> None:
    title = "اجتماع وزراء خارجية " * 8 + "\n<b>x</b>"
    empty = replace(
        cica,
        event=replace(cica.event, name=title),
        delegations=(),
        people=(),
        sessions=(),
        requests=(),
        schedule=(),
    )
    path = tmp_path / f"{what}.pdf"
    assert write_pdf(empty, path, what, printed_on=PRINTED_ON) == pages == pdf_pages(path)
    text = pdf_text(path)
    assert note in text
    assert f"Page {pages} of {pages}" in text


def test_printing_gives_none_back_the_references_qt_calls_take(
    qapp: object, cica: Plan, tmp_path: Path
) -> None:
    """PySide6 6.12 on Python 3.11 steals a reference to None per void call; enough abort."""
    import sys

    path = tmp_path / "again.pdf"
    write_pdf(cica, path, "daily", printed_on=PRINTED_ON)
    before = sys.getrefcount(None)
    for _ in range(5):
        write_pdf(cica, path, "daily", printed_on=PRINTED_ON)
        printable = build_document(cica, "venues", printed_on=PRINTED_ON)
        writer = QPdfWriter(str(tmp_path / "painted.pdf"))
        paint_pages(printable, writer, "a4")
        del writer, printable
    assert sys.getrefcount(None) >= before
