"""Where the files in ``resources/`` are: the one place that finds them.

An installed wheel ships them inside the package as ``planner/resources``,
found through ``importlib.resources``; a source checkout keeps them in
``resources/`` beside the package, with the translations compiled there by
set-up.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

SAMPLE_PLAN = ("sample", "cica-2021.json")
TRANSLATIONS = "translations"


def _roots() -> tuple[Path, ...]:
    shipped = files("planner") / "resources"
    checkout = Path(__file__).resolve().parent.parent / "resources"
    # pip unpacks wheels into folders, so the shipped resources are real files
    # Qt can open by name; a zipped installation has none to offer it.
    return (shipped, checkout) if isinstance(shipped, Path) else (checkout,)


def resource_path(*parts: str) -> Path:
    """Path of a shipped resource, e.g. ``resource_path("sample", "cica-2021.json")``.

    Raises:
        FileNotFoundError: the resource is not shipped with this installation.
    """
    for root in _roots():
        candidate = root.joinpath(*parts)
        if candidate.exists():
            return candidate
    raise FileNotFoundError("/".join(parts))
