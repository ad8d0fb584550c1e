"""Where the files in ``resources/`` are: the one place that joins their paths.

In a source checkout they sit beside the package; in an installed wheel they
are shipped inside it as ``planner/resources``.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    """Path of a shipped resource, e.g. ``resource_path("sample", "cica-2021.json")``.

    Raises:
        FileNotFoundError: the resource is not shipped with this installation.
    """
    for root in (_PACKAGE / "resources", _PACKAGE.parent / "resources"):
        candidate = root.joinpath(*parts)
        if candidate.exists():
            return candidate
    raise FileNotFoundError("/".join(parts))


SAMPLE_PLAN = ("sample", "cica-2021.json")
