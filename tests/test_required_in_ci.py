"""A test marked ``required_in_ci`` fails where CI=true would have it skip, and skips elsewhere."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent

TINY_SUITE = """
import pytest

@pytest.mark.required_in_ci
def test_skips_in_its_body():
    pytest.skip("the tool is not installed")

@pytest.mark.required_in_ci
@pytest.mark.skipif(True, reason="the other tool is not installed")
def test_skipped_by_a_mark():
    pass

@pytest.fixture
def tool():
    pytest.skip("the fixture found no tool")

@pytest.mark.required_in_ci
def test_skipped_by_its_fixture(tool):
    pass

@pytest.mark.required_in_ci
@pytest.mark.xfail(reason="a known failure", strict=True)
def test_expected_to_fail():
    assert False

def test_optional():
    pytest.skip("nice to have")
"""


def _run_tiny_suite(folder: Path, ci: str | None) -> subprocess.CompletedProcess[str]:
    # The project's own pytest settings and hooks, on a suite of its own.
    shutil.copyfile(TESTS.parent / "pyproject.toml", folder / "pyproject.toml")
    shutil.copyfile(TESTS / "conftest.py", folder / "conftest.py")
    (folder / "test_tiny.py").write_text(TINY_SUITE, encoding="utf-8")
    environment = {name: value for name, value in os.environ.items() if name != "CI"}
    if ci is not None:
        environment["CI"] = ci
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-rfEs", "test_tiny.py"],
        cwd=folder,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.mark.parametrize("ci", ["true", "1", "TRUE"])
def test_under_ci_a_required_test_that_skips_fails(tmp_path: Path, ci: str) -> None:
    result = _run_tiny_suite(tmp_path, ci)

    assert result.returncode == 1, result.stdout + result.stderr
    # A skip while setting up (a skipif mark, a fixture) fails the setup: an error.
    assert "1 failed, 1 skipped, 1 xfailed, 2 errors" in result.stdout
    for reason in (
        "the tool is not installed",
        "the other tool is not installed",
        "the fixture found no tool",
    ):
        assert f"required in CI, but skipped: {reason}" in result.stdout


@pytest.mark.parametrize("ci", [None, "", "false", "0"])
def test_outside_ci_a_required_test_may_skip(tmp_path: Path, ci: str | None) -> None:
    result = _run_tiny_suite(tmp_path, ci)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "4 skipped, 1 xfailed" in result.stdout
    assert "required in CI" not in result.stdout
