"""The same delegation is Turkey in a 2021 plan and Türkiye in a 2023 one, everywhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.cli import main
from planner.domain.precedence import order_of_precedence
from planner.interchange import dump_plan
from planner.services import PlanService
from tests.printing.test_pdf import needs_poppler, pdf_text


def _plan_held_in(year: int, cica_json: str, tmp_path: Path) -> Path:
    """The sample plan, moved to October of ``year`` and imported through the command line."""
    document = tmp_path / f"cica-{year}.json"
    document.write_text(cica_json.replace("2021-10-", f"{year}-10-"), encoding="utf-8")
    plan_file = tmp_path / f"cica-{year}.summit"
    assert main(["import", str(document), str(plan_file)]) == 0
    return plan_file


@pytest.fixture
def cica_json(plan_path: Path) -> str:
    service = PlanService.open(plan_path)
    try:
        return dump_plan(service.plan)
    finally:
        service.close()


@pytest.mark.parametrize(
    ("year", "called", "not_called", "before", "after"),
    [
        (2021, "Turkey", "Türkiye", "Thailand", "United Arab Emirates"),
        (2023, "Türkiye", "Turkey", "Thailand", "United Arab Emirates"),
    ],
)
@needs_poppler
def test_import_precedence_roster_and_calendar_use_the_name_of_the_day(
    qapp: object,
    cica_json: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    year: int,
    called: str,
    not_called: str,
    before: str,
    after: str,
) -> None:
    plan_file = _plan_held_in(year, cica_json, tmp_path)
    service = PlanService.open(plan_file)
    try:
        plan = service.plan
        names = [plan.delegation_name(d.id) for d in order_of_precedence(plan)]
    finally:
        service.close()
    assert names.index(before) + 1 == names.index(called) == names.index(after) - 1
    assert not_called not in names

    roster = tmp_path / "roster.pdf"
    assert main(["print", str(plan_file), str(roster), "--what", "roster"]) == 0
    text = pdf_text(roster)
    assert f". {called}" in text and not_called not in text
    assert text.index(before) < text.index(called) < text.index(after)

    # The officer may name the delegation as it is called now or was called then.
    for name in ("Türkiye", "Turkey"):
        one = tmp_path / f"programme-{name}.pdf"
        code = main(["print", str(plan_file), str(one), "--what", "programme", "--delegation", name])
        assert code == 0
        assert called in pdf_text(one)

    calendar = tmp_path / "tr.ics"
    assert main(["ics", str(plan_file), str(calendar), "--delegation", "tr"]) == 0
    unfolded = calendar.read_text(encoding="utf-8").replace("\r\n ", "")
    assert called in unfolded and not_called not in unfolded
    capsys.readouterr()
