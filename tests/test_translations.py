"""The translation catalogues: complete, in step with the code, and in the field's own words."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = ROOT / "resources" / "translations"
SCRIPT = ROOT / "scripts" / "translations.py"
LANGUAGES = ("ru", "id", "kk")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    translation: str
    unfinished: bool


def messages(path: Path) -> list[Message]:
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{path.name}: a message without a translation element"
            found.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    translation=translation.text or "",
                    unfinished=translation.get("type") in ("unfinished", "vanished", "obsolete"),
                )
            )
    return found


def _shape(text: str) -> tuple[object, ...]:
    """What a translation must keep: placeholders, one accelerator, edge spaces, line breaks."""
    return (
        sorted(re.findall(r"\{[^{}]*\}|%\d|%n|%p%", text)),
        text.count("&") - 2 * text.count("&&") > 0,
        text.startswith(" "),
        text.endswith(" "),
        text.count("\n"),
    )


CATALOGUE_FILES = sorted(CATALOGUES.glob("*.ts"))


def test_every_language_has_its_catalogues() -> None:
    names = {path.name for path in CATALOGUE_FILES}
    assert {f"planner_{language}.ts" for language in LANGUAGES} <= names
    # Qt ships its own words in Russian and Kazakh; Indonesian comes with us.
    assert "qtbase_id.ts" in names


@pytest.mark.parametrize("path", CATALOGUE_FILES, ids=lambda path: path.name)
def test_no_message_is_unfinished_and_each_keeps_its_shape(path: Path) -> None:
    found = messages(path)
    assert found
    unfinished = [m.source for m in found if m.unfinished or not m.translation.strip()]
    assert unfinished == [], f"{path.name}: {len(unfinished)} unfinished: {unfinished[:10]}"
    misshapen = [
        (m.source, m.translation) for m in found if _shape(m.source) != _shape(m.translation)
    ]
    assert misshapen == [], f"{path.name}: placeholders or accelerators differ: {misshapen[:5]}"


def test_the_languages_translate_the_same_messages() -> None:
    keys = {
        language: {
            (m.context, m.source, m.comment)
            for m in messages(CATALOGUES / f"planner_{language}.ts")
        }
        for language in LANGUAGES
    }
    assert keys["ru"] == keys["id"] == keys["kk"]


def test_the_catalogues_hold_every_string_the_code_marks(tmp_path: Path) -> None:
    """lupdate over the code finds nothing new: a string added or changed without
    refreshing the catalogues (make translations) fails here."""
    for path in CATALOGUE_FILES:
        shutil.copy(path, tmp_path / path.name)
    sys.path.insert(0, str(SCRIPT.parent))
    try:
        import translations
    finally:
        sys.path.remove(str(SCRIPT.parent))
    sources = [str(path) for path in translations.source_files()]
    targets = [str(tmp_path / f"planner_{language}.ts") for language in LANGUAGES]
    subprocess.run(
        [
            sys.executable,
            "-c",
            "from PySide6.scripts.pyside_tool import lupdate; lupdate()",
            *sources,
            "-silent",
            "-locations",
            "none",
            "-no-obsolete",
            "-ts",
            *targets,
        ],
        check=True,
        capture_output=True,
    )
    for target in targets:
        stale = [m.source for m in messages(Path(target)) if m.unfinished]
        assert stale == [], f"{Path(target).name}: not in the committed catalogue: {stale[:10]}"
        committed = {
            (m.context, m.source, m.comment) for m in messages(CATALOGUES / Path(target).name)
        }
        current = {(m.context, m.source, m.comment) for m in messages(Path(target))}
        assert committed == current, f"{Path(target).name}: strings the code no longer has"


# The words a protocol officer would look for first, as each service writes them.
GLOSSARY = {
    "Head of delegation": {
        "ru": "Глава делегации",
        "id": "Kepala delegasi",
        "kk": "Делегация басшысы",
    },
    "Bilateral meeting": {
        "ru": "Двусторонняя встреча",
        "id": "Pertemuan bilateral",
        "kk": "Екіжақты кездесу",
    },
    "Order of precedence": {
        "ru": "Порядок старшинства",
        "id": "Urutan protokoler",
        "kk": "Протоколдық кезектілік",
    },
    "Liaison officer": {"ru": "Офицер связи", "id": "Petugas penghubung", "kk": "Байланыс офицері"},
    "Roster of delegations": {
        "ru": "Список делегаций",
        "id": "Daftar delegasi",
        "kk": "Делегациялар тізімі",
    },
    "Interpreter": {"ru": "Переводчик", "id": "Juru bahasa", "kk": "Аудармашы"},
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_field_s_own_terms(language: str) -> None:
    by_source = {m.source: m.translation for m in messages(CATALOGUES / f"planner_{language}.ts")}
    for english, words in GLOSSARY.items():
        assert by_source[english] == words[language], english
