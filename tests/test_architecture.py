"""Imports flow one way: the core never reaches up to the GUI, and Qt stays at the edge."""

from __future__ import annotations

import ast
import shutil
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "planner"

# What each layer may import from planner, besides itself, planner.errors and the
# package root (``from planner import __version__``), and which third-party top-level
# packages it may use beyond the standard library. A layer is a subpackage, or a module
# at the top of the package named by TOP_LEVEL_LAYERS.
ALLOWED_PLANNER: dict[str, set[str]] = {
    "errors": set(),
    "files": set(),
    "resource_files": set(),
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
    "messages": {"resource_files"},
}
ALLOWED_THIRD_PARTY: dict[str, set[str]] = {
    "errors": set(),
    "files": set(),
    "resource_files": set(),
    "domain": {"tzdata"},
    "storage": {"sqlite_utils"},
    "interchange": {"jsonschema", "jsonschema_rs", "openpyxl"},
    "scheduling": {"ortools", "numpy"},
    "export": {"openpyxl", "babel"},
    "services": set(),
    "printing": {"PySide6"},
    "cli": {"rich"},
    "gui": {"PySide6"},
    "messages": set(),
}
ROOT = "__init__"  # the package root: every layer may import it, and it imports nothing
TOP_LEVEL_LAYERS = {
    "__init__.py": ROOT,
    "errors.py": "errors",
    "files.py": "files",
    "resource_files.py": "resource_files",
    "messages.py": "messages",
}
ALLOWED_PLANNER[ROOT] = set()
ALLOWED_THIRD_PARTY[ROOT] = set()
ALWAYS_ALLOWED = {"errors", ROOT}
# The entry points wire the layers together (the window only on its own path), so they
# belong to none.
EDGE = {"app.py", "__main__.py"}
QT_LAYERS = {"gui", "printing"}
QT_MODULES_FOR_PRINTING = {"PySide6.QtGui", "PySide6.QtCore", "PySide6.QtPrintSupport"}


def _modules(package: Path = PACKAGE) -> list[Path]:
    return sorted(package.rglob("*.py"))


def _layer(path: Path, package: Path) -> str | None:
    """The layer ``path`` belongs to; None for the edge, "" for a module of no known layer."""
    relative = path.relative_to(package)
    if len(relative.parts) == 1:
        if relative.name in EDGE:
            return None
        return TOP_LEVEL_LAYERS.get(relative.name, "")
    return relative.parts[0] if relative.parts[0] in ALLOWED_PLANNER else ""


def _imports(path: Path, package: Path) -> list[str]:
    """Every import of the file, as an absolute dotted name.

    ``from a import b`` counts as ``a.b``: b may be a module of a (``from planner import
    gui``) or a name defined in a, and either way the file reaches a.b's layer. A relative
    import is read from the file's own package.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    own_package = [package.name, *path.parent.relative_to(package).parts]
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                # ``from .. import x`` in planner/domain/model.py reaches planner.x.
                base = own_package[: max(len(own_package) - node.level + 1, 0)]
                module = ".".join([*base, *filter(None, [node.module])])
            else:
                module = node.module or ""
            names.extend(f"{module}.{alias.name}" for alias in node.names)
    return names


def _planner_target(name: str, package: Path) -> str:
    """The layer that ``planner.x...`` reaches: x itself if it is a module, else the root."""
    parts = name.split(".")
    if len(parts) == 1:
        return ROOT
    first = parts[1]
    if (package / first).is_dir() or (package / f"{first}.py").is_file():
        return TOP_LEVEL_LAYERS.get(f"{first}.py", first)
    return ROOT  # a name defined in planner/__init__.py


def _is_stdlib(name: str) -> bool:
    return name.split(".")[0] in sys.stdlib_module_names


def _widgets_in_printing(layer: str, name: str) -> bool:
    qt_module = ".".join(name.split(".")[:2])
    return (
        layer == "printing"
        and name.startswith("PySide6")
        and qt_module not in QT_MODULES_FOR_PRINTING
    )


def _layer_problems(path: Path, package: Path) -> list[str]:
    layer = _layer(path, package)
    where = str(path.relative_to(package))
    if layer is None:
        return []
    if layer == "":
        return [f"{where} belongs to no layer: give it one in ALLOWED_PLANNER"]
    broken = []
    for name in _imports(path, package):
        top = name.split(".")[0]
        if top == package.name:
            target = _planner_target(name, package)
            if target in ALWAYS_ALLOWED or target == layer or target in ALLOWED_PLANNER[layer]:
                continue
            broken.append(name)
        elif _is_stdlib(name):
            continue
        elif top not in ALLOWED_THIRD_PARTY[layer] or _widgets_in_printing(layer, name):
            broken.append(name)
    return [f"{where} ({layer}) must not import {broken}"] if broken else []


def _qt_below_the_gui(package: Path) -> list[str]:
    return [
        str(path.relative_to(package))
        for path in _modules(package)
        if _layer(path, package) not in QT_LAYERS
        and path.name not in EDGE
        and any(name.split(".")[0] == "PySide6" for name in _imports(path, package))
    ]


def architecture_problems(package: Path) -> list[str]:
    """Every broken import rule in the package at ``package``."""
    problems = [p for path in _modules(package) for p in _layer_problems(path, package)]
    problems.extend(f"{where} imports Qt" for where in _qt_below_the_gui(package))
    return problems


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_module_imports_only_what_its_layer_may(path: Path) -> None:
    problems = _layer_problems(path, PACKAGE)
    assert not problems, problems


def test_no_qt_below_the_gui() -> None:
    assert _qt_below_the_gui(PACKAGE) == []


def test_every_module_is_checked_but_the_entry_points() -> None:
    unchecked = [
        str(path.relative_to(PACKAGE)) for path in _modules() if _layer(path, PACKAGE) is None
    ]
    assert sorted(unchecked) == sorted(EDGE)


def _copy_of_the_package(folder: Path) -> Path:
    """The package's Python files (nothing else) under ``folder``."""

    def not_python(directory: str, names: list[str]) -> list[str]:
        return [
            name
            for name in names
            if name == "__pycache__"
            or (not name.endswith(".py") and not (Path(directory) / name).is_dir())
        ]

    copy = folder / PACKAGE.name
    shutil.copytree(PACKAGE, copy, ignore=not_python)
    return copy


@pytest.mark.parametrize(
    ("where", "planted"),
    [
        ("domain/planted.py", "from planner import gui"),
        ("domain/planted.py", "from .. import gui"),
        ("domain/planted.py", "from ..gui import views"),
        ("domain/planted.py", "from PySide6 import QtCore"),
        ("domain/planted.py", "import PySide6.QtWidgets"),
        ("domain/__init__.py", "from planner.services import PlanService"),
        ("errors.py", "from planner import gui"),
        ("errors.py", "from . import gui"),
        ("errors.py", "from PySide6.QtCore import QObject"),
        ("files.py", "from planner import domain"),
        ("resource_files.py", "from .gui import views"),
        ("__init__.py", "from planner import cli"),
        ("printing/planted.py", "from PySide6.QtWidgets import QApplication"),
        ("planted.py", "import json"),
    ],
)
def test_the_check_finds_a_forbidden_import_planted_in_a_copy(
    tmp_path: Path, where: str, planted: str
) -> None:
    copy = _copy_of_the_package(tmp_path)
    assert architecture_problems(copy) == []  # the copy is clean until the import is planted
    target = copy / where
    before = target.read_text(encoding="utf-8") if target.exists() else ""
    target.write_text(f"{before}\n{planted}\n", encoding="utf-8")

    problems = architecture_problems(copy)

    assert problems, f"{planted!r} in {where} went unnoticed"
    assert all(problem.startswith(where) for problem in problems), problems


def test_importing_the_command_line_loads_no_qt_no_solver_and_no_numpy() -> None:
    import subprocess

    code = (
        "import sys, planner.app, planner.cli;"
        "heavy = [m for m in sys.modules if m.startswith(('PySide6', 'ortools', 'numpy'))];"
        "print(heavy)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
