"""Imports flow one way: the core never reaches up to the GUI, and Qt stays at the edge."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "planner"

# What each layer may import from planner (besides itself and planner.errors),
# and which third-party top-level packages it may use beyond the standard library.
ALLOWED_PLANNER = {
    "domain": set(),
    "storage": {"domain", "files"},
    "interchange": {"domain"},
    "scheduling": {"domain"},
    "export": {"domain", "messages"},
    "services": {
        "domain",
        "storage",
        "scheduling",
        "export",
        "interchange",
        "resource_files",
        "files",
    },
    "printing": {"domain", "export", "files", "messages"},
    "cli": {"services", "printing", "domain", "interchange", "cli", "messages"},
    "gui": {"services", "domain", "printing", "resource_files", "messages"},
    "synthetic": {"domain", "scheduling"},
    "messages": {"resource_files"},
}
ALLOWED_THIRD_PARTY = {
    "domain": {"tzdata"},
    "storage": {"sqlite_utils"},
    "interchange": {"jsonschema", "jsonschema_rs", "openpyxl"},
    "scheduling": {"ortools"},
    "export": {"icalendar", "openpyxl", "babel"},
    "services": set(),
    "printing": {"PySide6"},
    "cli": {"rich"},
    "gui": {"PySide6"},
    "synthetic": set(),
    "messages": set(),
}
QT_MODULES_FOR_PRINTING = {"PySide6.QtGui", "PySide6.QtCore", "PySide6.QtPrintSupport"}
THIRD_PARTY_ANYWHERE: set[str] = set()


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _layer(path: Path) -> str | None:
    relative = path.relative_to(PACKAGE)
    if len(relative.parts) == 1:
        return {"synthetic.py": "synthetic", "messages.py": "messages"}.get(relative.name)
    return relative.parts[0]


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def _is_stdlib(name: str) -> bool:
    import sys

    return name.split(".")[0] in sys.stdlib_module_names


def _widgets_in_printing(layer: str, name: str) -> bool:
    return (
        layer == "printing" and name.startswith("PySide6") and name not in QT_MODULES_FOR_PRINTING
    )


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_module_imports_only_what_its_layer_may(path: Path) -> None:
    layer = _layer(path)
    if layer is None:
        return  # app.py, __main__.py, errors.py, resource_files.py and the package root
    broken = []
    for name in _imports(path):
        top = name.split(".")[0]
        if top == "planner":
            parts = name.split(".")
            target = parts[1] if len(parts) > 1 else ""
            if target in ("errors", layer, "") or target in ALLOWED_PLANNER[layer]:
                continue
            broken.append(name)
        elif _is_stdlib(name) or top in THIRD_PARTY_ANYWHERE:
            continue
        elif top not in ALLOWED_THIRD_PARTY[layer] or _widgets_in_printing(layer, name):
            broken.append(name)
    assert not broken, f"{path.relative_to(PACKAGE)} ({layer}) must not import {broken}"


def test_no_qt_below_the_gui() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in _modules()
        if _layer(path) not in ("gui", "printing")
        and path.name not in ("app.py",)
        and any(name.split(".")[0] == "PySide6" for name in _imports(path))
    ]
    assert offenders == []


def test_importing_the_command_line_loads_no_qt_and_no_solver() -> None:
    import subprocess
    import sys

    code = (
        "import sys, planner.app, planner.cli;"
        "heavy = [m for m in sys.modules if m.startswith(('PySide6', 'ortools'))];"
        "print(heavy)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
