"""Packaging step beyond pyproject.toml: the wheel carries resources/ inside the package.

The sample plan and the icons are copied to ``planner/resources``, and the
translation catalogues (.ts) are compiled there to .qm with the lrelease that
ships in the PySide6-Essentials wheel (a build requirement).
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from types import ModuleType

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
SHIPPED_FOLDERS = ("sample", "icons")


def _translations_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:  # a checkout reads resources/ where it is
            return
        target = Path(self.build_lib) / "planner" / "resources"
        for name in SHIPPED_FOLDERS:
            shutil.copytree(ROOT / "resources" / name, target / name, dirs_exist_ok=True)
        _translations_script().release(target / "translations")


setup(cmdclass={"build_py": BuildWithResources})
