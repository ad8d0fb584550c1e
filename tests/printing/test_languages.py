"""Printed documents in the event's languages: words, dates and names, and the roster side by side."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from planner.cli import main
from planner.export.reports import build_report
from planner.resource_files import SAMPLE_PLAN, resource_path
from planner.services import PlanService, import_document

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)

SOURCE_DATE_EPOCH = "1633910400"  # 2021-10-11


@pytest.fixture
def named_plan(tmp_path: Path) -> Path:
    """The sample plan, with Mongolia's names in other languages left out and a shorter
    Russian title for the first session (a long one wraps in a narrow column)."""
    document = json.loads(resource_path(*SAMPLE_PLAN).read_text(encoding="utf-8"))
    by_id = {delegation["id"]: delegation for delegation in document["delegations"]}
    del by_id["mn"]["names"]
    session = next(s for s in document["sessions"] if s["id"] == "s-som")
    session["titles"] = {"ru": "Заседание КСДЛ СВМДА"}
    source = tmp_path / "named.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return import_document(source, tmp_path / "named.summit", replace_existing=False).path


def _print(
    plan: Path, out: Path, monkeypatch: pytest.MonkeyPatch, *arguments: str, layout: bool = False
) -> str:
    """The PDF's text; without ``layout`` each cell's words run on with single spaces."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", SOURCE_DATE_EPOCH)
    assert main(["print", str(plan), str(out), *arguments]) == 0
    text = subprocess.run(
        ["pdftotext", *(["-layout"] if layout else []), str(out), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return text if layout else " ".join(text.split())


def test_a_russian_roster_has_russian_headings_dates_and_names(
    qapp: object, named_plan: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = _print(
        named_plan, tmp_path / "ru.pdf", monkeypatch, "--what", "roster", "--language", "ru"
    )
    assert "Список делегаций" in text and "Roster of delegations" not in text
    assert "Глава делегации" in text and "Офицер связи" in text
    assert "1. Казахстан" in text and "Афганистан" in text
    assert "1. Kazakhstan" not in text
    assert "окт. 2021 г." in text  # the event's dates, in the CLDR's Russian
    assert "Напечатано 11 октября 2021 г." in text and "Страница 1 из" in text
    # Without a name in Russian a delegation keeps its English name.
    assert "2. Mongolia" in text


def test_the_shipped_sample_prints_its_delegations_russian_names(
    qapp: object, plan_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = _print(
        plan_path, tmp_path / "ru.pdf", monkeypatch, "--what", "roster", "--language", "ru"
    )
    assert "1. Казахстан" in text and "2. Монголия" in text and "Турция" in text
    kazakh = _print(
        plan_path, tmp_path / "kk.pdf", monkeypatch, "--what", "roster", "--language", "kk"
    )
    assert "1. Қазақстан" in kazakh and "Делегация басшысы" in kazakh


def test_a_russian_daily_programme_has_russian_weekdays_and_titles(
    qapp: object, named_plan: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = _print(
        named_plan, tmp_path / "daily.pdf", monkeypatch, "--what", "daily", "--language", "ru"
    )
    assert "Программа дня" in text
    assert "понедельник, 11 октября 2021 г." in text and "вторник, 12 октября 2021 г." in text
    assert "Заседание КСДЛ СВМДА" in text
    assert "Время местное" in text


@pytest.mark.parametrize(
    ("language", "heading", "head", "weekday"),
    [
        ("kk", "Делегациялар тізімі", "Делегация басшысы", "дүйсенбі"),
        ("id", "Daftar delegasi", "Kepala delegasi", "Senin"),
    ],
)
def test_kazakh_and_indonesian_documents(
    qapp: object,
    named_plan: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    heading: str,
    head: str,
    weekday: str,
) -> None:
    roster = _print(
        named_plan, tmp_path / "r.pdf", monkeypatch, "--what", "roster", "--language", language
    )
    assert heading in roster and head in roster
    programme = _print(
        named_plan,
        tmp_path / "p.pdf",
        monkeypatch,
        "--what",
        "programme",
        "--delegation",
        "kz",
        "--language",
        language,
    )
    assert weekday in programme
    if language == "kk":
        assert "Қазақстан" in programme


def test_the_bilingual_roster_sets_english_and_russian_side_by_side(
    qapp: object, named_plan: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = _print(
        named_plan,
        tmp_path / "both.pdf",
        monkeypatch,
        "--what",
        "roster",
        "--language",
        "en,ru",
        layout=True,
    )
    assert "Roster of delegations / Список делегаций" in text
    assert "1. Kazakhstan / Казахстан" in text
    head_row = next(line for line in text.splitlines() if line.startswith("Head of"))
    assert "Глава" in head_row  # the same row, in the next column
    assert "deputy" in head_row and "заместитель" in head_row  # rank in both, side by side
    assert "2. Mongolia\n" in text  # no Russian name in the plan: said once
    assert "Printed on 11 October 2021 / Напечатано 11 октября 2021 г." in text


def test_the_sample_in_english_is_as_before(cica: object) -> None:
    report = build_report(cica, "daily", day=date(2021, 10, 11))  # type: ignore[arg-type]
    assert report.sections[0].heading == "Monday 11 October 2021"
    assert report.dates == "11–12 October 2021"
    assert report.languages == ("en",)


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("en,ru", "only the roster prints in two languages side by side, not the daily"),
        ("en,ru,kk", "give one language (ru) or two side by side (en,ru)"),
        ("ru,ru-RU", "two different languages are needed side by side"),
    ],
)
def test_print_refuses_languages_it_cannot_set(
    qapp: object,
    plan_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    language: str,
    message: str,
) -> None:
    out = tmp_path / "out.pdf"
    arguments = ["print", str(plan_path), str(out), "--what", "daily", "--language", language]
    try:
        code = main(arguments)
    except SystemExit as stopped:  # argparse refuses what it can tell alone
        code = int(str(stopped.code))
    assert code == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_the_event_s_languages_are_what_the_print_dialog_offers(plan_path: Path) -> None:
    service = PlanService.open(plan_path)
    try:
        assert service.plan.event.languages == ("en", "ru")
    finally:
        service.close()
