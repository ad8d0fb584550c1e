"""Report -> HTML: escaped, isolated right-to-left text, nothing loaded from outside."""

from __future__ import annotations

from dataclasses import replace
from html.parser import HTMLParser

import pytest

from planner.domain.model import Plan
from planner.export.html import clean, needs_isolate, render_html, text
from planner.export.reports import Report, Row, Section, Table, build_report

FSI, PDI = "\u2068", "\u2069"


class _Collector(HTMLParser):
    """Text and tags of a page, as a browser's parser sees them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes.extend(attrs)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(page: str) -> _Collector:
    collector = _Collector()
    collector.feed(page)
    collector.close()
    return collector


def _report(*names: str, title: str = "Roster of delegations") -> Report:
    rows = tuple(Row(cells=("Member", name)) for name in names)
    table = Table(columns=("Role", "Name"), widths=(30, 70), rows=rows)
    return Report(
        what="roster",
        title=title,
        event="Ministerial",
        place="Nur-Sultan",
        dates="11–12 October 2021",
        sections=(Section(heading="1. Kazakhstan", tables=(table,)),),
    )


def test_html_escapes_markup_in_names_so_it_prints_literally() -> None:
    page = render_html(_report("<b>Bold</b>", "Tom & Jerry", '"><script>x</script>'))
    parsed = _parse(page)
    assert "b" not in parsed.tags and "script" not in parsed.tags
    assert "&lt;b&gt;Bold&lt;/b&gt;" in page
    joined = "".join(parsed.text)
    assert "<b>Bold</b>" in joined
    assert "Tom & Jerry" in joined


@pytest.mark.parametrize(
    ("name", "isolated"),
    [
        ("عبد اللطيف بن راشد الزياني", True),
        ("יואל רזבוזוב", True),
        ("فرید نصیری", True),
        ("Жәңгір Өтеғалиұлы Күнқожаев", False),
        ("王毅", False),
        ("ธนากร ศรีสุวรรณ", False),
        ("evil\u202e名", True),
    ],
)
def test_html_isolates_right_to_left_text_only(name: str, isolated: bool) -> None:
    rendered = text(name)
    assert needs_isolate(name) is isolated
    if isolated:
        assert rendered == f'<span dir="auto">{FSI}{name}{PDI}</span>'
    else:
        assert rendered == name


def test_html_puts_a_right_to_left_name_in_its_own_isolate_inside_the_table() -> None:
    page = render_html(_report("H.E. يوسف المناعي", "Sergey Lavrov"))
    assert f'<td><span dir="auto">{FSI}H.E. يوسف المناعي{PDI}</span></td>' in page
    assert "<td>Sergey Lavrov</td>" in page


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Opening\nplenary", "Opening plenary"),
        ("Line\r\nATTENDEE:mailto:x@example.org", "Line ATTENDEE:mailto:x@example.org"),
        ("tab\there", "tab here"),
        ("bell\x07 and null\x00", "bell and null"),
        ("lone \ud800 surrogate", "lone \ufffd surrogate"),
        ("  padded  ", "padded"),
    ],
)
def test_clean_keeps_text_on_one_line_without_control_characters(raw: str, expected: str) -> None:
    assert clean(raw) == expected


def test_html_of_hostile_text_is_valid_utf8_on_one_line() -> None:
    page = render_html(_report("bad\ud800name", "two\nlines", title="Roster\nATTENDEE:x"))
    page.encode("utf-8")
    assert "<title>Roster ATTENDEE:x – Ministerial</title>" in page
    assert "<td>two lines</td>" in page


def test_html_loads_nothing_from_outside(cica: Plan) -> None:
    for what in ("roster", "programme", "daily", "venues"):
        page = render_html(build_report(cica, what))
        parsed = _parse(page)
        assert not {"img", "link", "script", "iframe", "object", "embed"} & set(parsed.tags)
        assert not any(name in ("src", "href") for name, _value in parsed.attributes)
        lowered = page.lower()
        assert "url(" not in lowered and "@import" not in lowered and "http" not in lowered


def test_html_marks_page_breaks_and_the_report_title(cica: Plan) -> None:
    report = build_report(cica, "daily")
    page = render_html(report)
    assert page.count("page-break-before: always") == len(report.sections) - 1
    assert "<h1>Daily programme</h1>" in page
    headless = render_html(report, with_title=False)
    assert "<h1>" not in headless
    assert "Tuesday 12 October 2021" in headless


def test_html_roster_shows_every_person_of_the_sample(cica: Plan) -> None:
    page = render_html(build_report(cica, "roster"))
    joined = "".join(_parse(page).text)
    for name in ("Жәңгір Өтеғалиұлы Күнқожаев", "王毅", "서지훈", "יואל רזבוזוב"):
        assert name in joined
    assert joined.count("Head of delegation") == len(cica.delegations)


def test_html_door_sheet_heading_is_large(cica: Plan) -> None:
    page = render_html(build_report(cica, "venues"))
    assert (
        '<p class="venue" style="font-size: 28pt; font-weight: bold; margin-bottom: 4pt">'
        "Ceremonial Hall</p>"
    ) in page


def test_html_escapes_a_person_named_with_markup_in_the_roster(cica: Plan) -> None:
    person = replace(cica.people[0], given_name="<b>Bold</b>", family_name="<i>x</i>")
    plan = replace(cica, people=(person, *cica.people[1:]))
    page = render_html(build_report(plan, "roster", delegation=person.delegation))
    assert "H.E. &lt;b&gt;Bold&lt;/b&gt; &lt;i&gt;x&lt;/i&gt;" in page
    assert "<b>" not in page and "<i>" not in page
