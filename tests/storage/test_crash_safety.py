"""A process killed in the middle of many edits loses no committed edit.

A child process edits the plan file in a loop, one transaction per edit,
and reports each edit after its commit. The test kills it with SIGKILL at
a random moment, then finds every reported edit in the file and the file
passing SQLite's integrity check. Repeated with different timings.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from planner.domain import times
from planner.services import PlanService, import_document

CHILD = r"""
import sys
from dataclasses import replace
from datetime import timedelta
from planner.domain.model import Person, Rank, Role
from planner.domain import times
from planner.services import PlanService

service = PlanService.open(sys.argv[1])
plan = service.plan
delegation = plan.delegations[0].id
placement = plan.schedule[0]
for number in range(100000):
    if number % 2:
        plan = service.plan
        person = Person(f"crash-{number}", delegation, "Edit", str(number), Rank.STAFF, Role.MEMBER)
        service.replace_from_document(replace(plan, people=(*plan.people, person)))
    else:
        start = times.add_minutes(placement.start, 15 * (number % 20))
        service.move(placement.item, start, placement.venue)
    print(number, flush=True)
"""


@pytest.mark.required_in_ci
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
@pytest.mark.parametrize("seed", range(6))
def test_sigkill_mid_edit_loses_no_committed_edit(
    tmp_path: Path, document: dict[str, Any], seed: int
) -> None:
    source = tmp_path / "plan.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    path = tmp_path / "plan.summit"
    import_document(source, path, replace_existing=False)
    first_start = PlanService.open(path)
    item = first_start.plan.schedule[0].item
    original_start = first_start.plan.schedule[0].start
    first_start.close()

    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert child.stdout is not None
    # Let it get well into its edits, then kill it at a random point of one.
    deadline = time.monotonic() + 0.4 + random.Random(seed).random() * 0.8
    reported: list[int] = []
    while time.monotonic() < deadline:
        line = child.stdout.readline()
        if not line:
            break
        reported.append(int(line))
    child.send_signal(signal.SIGKILL)
    child.wait()
    reported.extend(int(line) for line in child.stdout.read().split())
    assert child.stderr is not None
    errors = child.stderr.read()
    child.stdout.close()  # closed here, or they linger until collected: a ResourceWarning
    child.stderr.close()
    assert reported, errors or "the child made no edit"

    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    connection.close()

    service = PlanService.open(path)
    people = set(service.plan.person_by_id)
    last = reported[-1]
    for number in range(1, last + 1, 2):
        assert f"crash-{number}" in people, f"edit {number} was committed but is missing"
    # At most one edit beyond the last reported one can have committed unreported.
    assert not any(f"crash-{n}" in people for n in range(last + 3, last + 50, 2))
    # The last committed move is the last even edit reported, or the next one, unreported.
    last_move = last - last % 2
    moved_by = {15 * (last_move % 20), 15 * ((last_move + 2) % 20)}
    placement = service.plan.placement_by_item[item]
    assert (times.minutes(placement.start) - times.minutes(original_start)) in moved_by
    service.close()
