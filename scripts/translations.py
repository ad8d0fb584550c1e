"""The translation catalogues: refresh the .ts files from the code, compile them to .qm.

    python scripts/translations.py update          # lupdate: every tr() string into every .ts
    python scripts/translations.py release [DIR]   # lrelease: .ts -> .qm (default: beside the .ts)

Both use the Qt tools that ship in the PySide6-Essentials wheel, so nothing
beyond the package's own dependencies is needed. ``update`` keeps every
translation already made and drops messages the code no longer has; run it
after changing or merging strings, then translate what it marks unfinished
(tests/test_translations.py fails until every message is translated).
The packaging step (setup.py) calls ``release`` for the wheel.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = ROOT / "resources" / "translations"
# The languages of the window besides English (the language of the source).
LANGUAGES = ("ru", "id", "kk")
# Where tr() strings live: the window, the printed documents and the command line.
SOURCE_FOLDERS = ("planner",)


def _qt_tool(name: str, arguments: list[str]) -> None:
    """Run a Qt tool from the installed PySide6 wheel (``pyside6-lupdate`` etc.)."""
    launcher = f"from PySide6.scripts.pyside_tool import {name}; {name}()"
    completed = subprocess.run([sys.executable, "-c", launcher, *arguments], check=False)
    if completed.returncode != 0:
        raise SystemExit(f"{name} failed (exit code {completed.returncode})")


def source_files() -> list[Path]:
    return sorted(
        path
        for folder in SOURCE_FOLDERS
        for path in (ROOT / folder).rglob("*.py")
        if "tr(" in path.read_text(encoding="utf-8")
    )


def catalogue(language: str, stem: str = "planner") -> Path:
    return CATALOGUES / f"{stem}_{language}.ts"


def update() -> None:
    """Bring every planner_*.ts in line with the code's tr() strings."""
    sources = [str(path) for path in source_files()]
    targets = [str(catalogue(language)) for language in LANGUAGES]
    # No line numbers: they would change with every edit and conflict in every merge.
    _qt_tool("lupdate", [*sources, "-locations", "none", "-no-obsolete", "-ts", *targets])


def release(folder: Path = CATALOGUES) -> list[Path]:
    """Compile every .ts in resources/translations into ``folder``; returns the .qm files."""
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for source in sorted(CATALOGUES.glob("*.ts")):
        target = folder / f"{source.stem}.qm"
        _qt_tool("lrelease", ["-silent", str(source), "-qm", str(target)])
        written.append(target)
    return written


def main(arguments: list[str]) -> int:
    if arguments[:1] == ["update"] and len(arguments) == 1:
        update()
        return 0
    if arguments[:1] == ["release"] and len(arguments) <= 2:
        release(Path(arguments[1]) if len(arguments) == 2 else CATALOGUES)
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
