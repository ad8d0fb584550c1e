"""The plan's own file is recognised by any name that leads to it."""

from __future__ import annotations

from pathlib import Path

from planner.files import is_same_file


def test_the_plan_is_found_through_a_link_and_a_roundabout_path(tmp_path: Path) -> None:
    plan = tmp_path / "cica.summit"
    plan.write_bytes(b"plan")
    (tmp_path / "folder").mkdir()
    link = tmp_path / "link.summit"
    link.symlink_to(plan)
    assert is_same_file(link, plan)
    assert is_same_file(tmp_path / "folder" / ".." / "cica.summit", plan)


def test_another_file_a_missing_one_or_no_plan_is_not_the_plan(tmp_path: Path) -> None:
    plan = tmp_path / "cica.summit"
    plan.write_bytes(b"plan")
    other = tmp_path / "other.summit"
    other.write_bytes(b"plan")
    assert not is_same_file(other, plan)
    assert not is_same_file(tmp_path / "missing.summit", plan)
    assert not is_same_file(plan, None)
