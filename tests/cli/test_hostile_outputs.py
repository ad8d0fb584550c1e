"""Outputs never land on a plan's journals, and streams are written in place without hanging."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from planner.app import main
from planner.services import PlanService


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def journal_state(journal: Path) -> object:
    """The journal's bytes; for the shared-memory index, which every reader updates, its inode."""
    if not journal.exists():
        return None
    return journal.stat().st_ino if journal.name.endswith("-shm") else journal.read_bytes()


@pytest.mark.parametrize("suffix", ["-wal", "-shm", "-journal"])
@pytest.mark.parametrize("command", [["export"], ["ics"], ["print", "--what", "roster"]])
def test_no_output_is_written_onto_a_journal_of_the_open_plan(
    qapp: object,
    plan_path: Path,
    capsys: pytest.CaptureFixture[str],
    suffix: str,
    command: list[str],
) -> None:
    window = PlanService.open(plan_path)  # the window holds the plan open
    item = window.plan.schedule[0].item
    window.set_locked(item, True)
    journal = plan_path.with_name(plan_path.name + suffix)
    before = journal_state(journal)
    code, _out, err = run(capsys, command[0], plan_path, journal, *command[1:])
    assert code == 2
    assert (
        f"{journal}: a name ending in {suffix} belongs to the journal of the database "
        f"{plan_path.name}; choose another name" in err
    )
    assert journal_state(journal) == before
    window.close()
    reopened = PlanService.open(plan_path)
    assert reopened.plan.placement_by_item[item].locked  # the committed change survived
    reopened.close()


def test_import_never_creates_a_plan_under_a_journal_name(
    plan_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = tmp_path / "plan.json"
    assert run(capsys, "export", plan_path, document)[0] == 0
    target = tmp_path / "X.summit-wal"
    code, _out, err = run(capsys, "import", document, target)
    assert code == 2
    assert "a name ending in -wal belongs to the journal of the database X.summit" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cica.summit", "plan.json"]


def test_output_through_a_descriptor_writes_the_file_it_points_at(
    plan_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out.json"
    completed = subprocess.run(
        [
            "sh",
            "-c",
            'exec "$0" -m planner export "$1" /proc/self/fd/3 3>"$2"',
            sys.executable,
            str(plan_path),
            str(out),
        ],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert completed.returncode == 0, completed.stderr
    assert out.read_bytes().startswith(b'{\n  "format": "summit-plan"')


def test_output_through_a_descriptor_onto_the_plan_is_refused(plan_path: Path) -> None:
    before = digest(plan_path)
    completed = subprocess.run(
        [
            "sh",
            "-c",
            'exec "$0" -m planner export "$1" /proc/self/fd/3 3<"$1"',
            sys.executable,
            str(plan_path),
        ],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert completed.returncode == 2
    assert "/proc/self/fd/3: is a plan file; choose another name for the output" in (
        completed.stderr
    )
    assert digest(plan_path) == before


def test_output_to_stdout_that_is_a_pipe_is_written_in_place(plan_path: Path) -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "planner", "export", str(plan_path), "/dev/stdout"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=60,
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.startswith(b'{\n  "format": "summit-plan"')


def test_a_fifo_with_no_reader_is_refused_at_once_and_kept(
    plan_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    before = digest(plan_path)
    code, _out, err = run(capsys, "export", plan_path, fifo)
    assert code == 2 and f"{fifo}: no program is reading from this pipe" in err
    assert fifo.is_fifo() and digest(plan_path) == before


def _has_reader(fifo: Path) -> bool:
    try:
        descriptor = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
    except OSError:
        return False
    os.close(descriptor)
    return True


def test_a_fifo_with_a_reader_gets_the_output_and_stays_a_fifo(
    plan_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    received: list[bytes] = []

    def read() -> None:
        while True:  # as `cat pipe.json` in a loop would: until some output comes
            with fifo.open("rb") as stream:
                data = stream.read()
            if data:
                received.append(data)
                return

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    while not _has_reader(fifo):
        time.sleep(0.01)
    code, _out, err = run(capsys, "export", plan_path, fifo)
    reader.join(10)
    assert code == 0, err
    assert received and received[0].startswith(b'{\n  "format": "summit-plan"')
    assert fifo.is_fifo()


def test_a_link_to_an_output_is_kept_and_its_target_written(
    plan_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    real = tmp_path / "real.json"
    real.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    assert run(capsys, "export", plan_path, link)[0] == 0
    assert link.is_symlink() and real.read_text().startswith('{\n  "format"')
