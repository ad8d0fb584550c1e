"""The built wheel works on its own: installed into a fresh virtual environment
away from the checkout, it runs demo, check, print and the window."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow

# Runs inside the installed environment: opens the window offscreen on a plan,
# reports its title and menus once it shows, then quits.
WINDOW_PROBE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])

def report():
    shown = [w for w in app.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
    if not shown:
        QTimer.singleShot(100, report)
        return
    window = shown[0]
    print("title:", window.windowTitle())
    print("menus:", "|".join(action.text() for action in window.menuBar().actions()))
    app.quit()

QTimer.singleShot(100, report)
from planner.app import main
sys.exit(main(sys.argv[1:]))
"""


def _bin(venv: Path, name: str) -> Path:
    return venv / ("Scripts" if os.name == "nt" else "bin") / name


@dataclass(frozen=True)
class Installed:
    wheel: Path
    venv: Path
    environment: dict[str, str]
    folder: Path  # where the commands run: neither the checkout nor the environment

    def run(self, *arguments: str, language: str = "C.UTF-8") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*arguments],
            cwd=self.folder,
            env={**self.environment, "LANG": language},
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    def planner(
        self, *arguments: str, language: str = "C.UTF-8"
    ) -> subprocess.CompletedProcess[str]:
        return self.run(str(_bin(self.venv, "summit-planner")), *arguments, language=language)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    """A fresh virtual environment with the wheel installed from a build of the checkout."""
    base = tmp_path_factory.mktemp("wheel")
    built = base / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(built), str(ROOT)],
        check=True,
        cwd=base,
    )
    (wheel,) = built.glob("summit_planner-*.whl")
    venv = base / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run(
        [str(_bin(venv, "python")), "-m", "pip", "install", "-q", str(wheel)], check=True
    )
    home = base / "home"
    folder = base / "work"
    home.mkdir()
    folder.mkdir()
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "VIRTUAL_ENV", "LANG", "LC_"))
    }
    environment.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        QT_QPA_PLATFORM="offscreen",
        SOURCE_DATE_EPOCH="1633910400",
    )
    return Installed(wheel, venv, environment, folder)


def test_the_wheel_carries_the_resources_inside_the_package(installed: Installed) -> None:
    with zipfile.ZipFile(installed.wheel) as wheel:
        names = set(wheel.namelist())
    assert "planner/resources/sample/cica-2021.json" in names
    assert {
        "planner/resources/icons/summit-planner.svg",
        "planner/resources/icons/summit-planner.png",
    } <= names
    for language in ("ru", "id", "kk"):
        assert f"planner/resources/translations/planner_{language}.qm" in names
    assert "planner/resources/translations/qtbase_id.qm" in names  # Qt's own words in Indonesian
    assert not any(name.endswith(".ts") for name in names)


def test_the_installed_package_is_the_one_that_runs(installed: Installed) -> None:
    probe = installed.run(
        str(_bin(installed.venv, "python")),
        "-c",
        "import planner, planner.resource_files as r; "
        "print(planner.__file__); print(r.resource_path('translations', 'planner_ru.qm'))",
    )
    assert probe.returncode == 0, probe.stderr
    module, catalogue = probe.stdout.split()
    assert Path(module).is_relative_to(installed.venv)
    assert Path(catalogue).is_relative_to(installed.venv)


def test_demo_check_and_print_run_from_the_installed_wheel(installed: Installed) -> None:
    demo = installed.planner("demo", "cica.summit")
    assert demo.returncode == 0, demo.stderr
    check = installed.planner("check", "cica.summit")
    assert check.returncode in (0, 1), check.stderr
    assert "Traceback" not in check.stderr
    printed = installed.planner("print", "cica.summit", "roster.pdf", "--what", "roster")
    assert printed.returncode == 0, printed.stderr
    pdf = installed.folder / "roster.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Kazakhstan" in text


def test_the_window_opens_from_the_installed_wheel_in_english_and_russian(
    installed: Installed,
) -> None:
    python = str(_bin(installed.venv, "python"))
    assert installed.planner("demo", "window.summit").returncode == 0
    english = installed.run(python, "-c", WINDOW_PROBE, "window.summit")
    assert english.returncode == 0, english.stderr
    assert "menus: &File|&Edit|&View|&Plan" in english.stdout
    russian = installed.run(python, "-c", WINDOW_PROBE, "window.summit", language="ru_RU.UTF-8")
    assert russian.returncode == 0, russian.stderr
    assert "menus: &Файл|&Правка|&Вид|П&лан" in russian.stdout


def test_the_installed_command_line_and_documents_speak_russian(installed: Installed) -> None:
    demo = installed.planner("demo", "ru.summit", language="ru_RU.UTF-8")
    assert demo.returncode == 0 and "образец плана записан" in demo.stdout
    printed = installed.planner(
        "print", "ru.summit", "ru.pdf", "--what", "roster", "--language", "ru"
    )
    assert printed.returncode == 0, printed.stderr
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(installed.folder / "ru.pdf"), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert "Список делегаций" in text
