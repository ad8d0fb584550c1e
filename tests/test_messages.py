"""Translated words without Qt: the compiled catalogues read in pure Python, the user's
language from the environment, and the command line's messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner import messages
from planner.app import main
from planner.messages import (
    CatalogueError,
    base_language,
    catalogue,
    document_language,
    document_tr,
    read_qm,
    system_language,
)
from planner.resource_files import resource_path


def test_a_compiled_catalogue_reads_back_its_translations() -> None:
    russian = read_qm(resource_path("translations", "planner_ru.qm").read_bytes())
    assert russian[("", "Head of delegation", "")] == "Глава делегации"
    assert russian[("", "Name", "a person's name")] == "Ф. И. О."
    assert russian[("", "Name", "")] == "Название"
    assert russian[("BuildDialog", "Cancel", "")] == "Отмена"


def test_a_damaged_catalogue_is_refused() -> None:
    with pytest.raises(CatalogueError, match="not a compiled Qt translation"):
        read_qm(b"<TS>not compiled</TS>")
    whole = resource_path("translations", "planner_kk.qm").read_bytes()
    with pytest.raises(CatalogueError, match="cut short"):
        read_qm(whole[: len(whole) // 2])


def test_english_and_unknown_languages_fall_back_to_the_source() -> None:
    assert catalogue("en_GB").tr("Head of delegation") == "Head of delegation"
    assert catalogue("de").tr("Head of delegation") == "Head of delegation"
    assert catalogue("kk_KZ").tr("Head of delegation") == "Делегация басшысы"
    assert catalogue("ru").tr("no such message anywhere") == "no such message anywhere"


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ({"LANG": "ru_RU.UTF-8"}, "ru"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LANG": "en_US.UTF-8", "LC_ALL": "id_ID.UTF-8"}, "id"),
        ({"LANG": "ru_RU.UTF-8", "LC_MESSAGES": "kk_KZ.UTF-8"}, "kk"),
        ({"LANGUAGE": "de:kk:ru", "LANG": "en_US.UTF-8"}, "kk"),
        ({}, "en"),
    ],
)
def test_the_user_s_language_comes_from_the_environment(
    environment: dict[str, str], expected: str
) -> None:
    assert system_language(environment) == expected


def test_tags_reduce_to_their_language() -> None:
    assert [base_language(t) for t in ("ru-RU", "kk_KZ.UTF-8", "sr@latin", "C", "")] == [
        "ru",
        "kk",
        "sr",
        "en",
        "en",
    ]


def test_a_document_language_holds_inside_its_block_only() -> None:
    assert document_tr("Roster of delegations") == "Roster of delegations"
    with document_language("ru-RU") as spoken:
        assert spoken == "ru"
        assert document_tr("Roster of delegations") == "Список делегаций"
        with document_language("id"):
            assert document_tr("Roster of delegations") == "Daftar delegasi"
        assert document_tr("Roster of delegations") == "Список делегаций"
    assert document_tr("Roster of delegations") == "Roster of delegations"


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("ru_RU.UTF-8", "образец плана записан в"),
        ("kk_KZ.UTF-8", "үлгі жоспар"),
        ("id_ID.UTF-8", "rencana contoh ditulis ke"),
        ("de_DE.UTF-8", "wrote the sample plan to"),
    ],
)
def test_the_command_line_speaks_the_user_s_language(
    language: str,
    said: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", language)
    assert main(["demo", str(tmp_path / "plan.summit")]) == 0
    assert said in capsys.readouterr().out
    assert main(["demo", str(tmp_path / "plan.summit")]) == 2  # refused: it exists
    assert main(["check", str(tmp_path / "plan.summit")]) in (0, 1)
    if language.startswith("ru"):
        assert "размещений" in capsys.readouterr().out
        assert main(["info", str(tmp_path / "plan.summit")]) == 0
        facts = capsys.readouterr().out.splitlines()
        assert facts[0].startswith("Мероприятие:   Sixth Meeting")
        assert facts[3].startswith("Часовой пояс:  Asia/Almaty")


def test_the_cached_catalogues_are_shared() -> None:
    assert messages.catalogue("ru") is messages.catalogue("ru")
