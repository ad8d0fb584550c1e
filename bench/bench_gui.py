"""Desktop views: open a UNGA-size plan and show a day; move a block and re-check.

Targets: opening the plan file and showing its busiest day in the timetable
takes under 1.5 s; moving a block (one transaction), re-checking the rules and
redrawing the timetable takes under 100 ms. The other views the window keeps
up to date after a change (conflicts panel, unplaced list, delegation
timeline) are timed too, since the officer waits for them as well.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import TypeVar

from PySide6.QtWidgets import QApplication

from bench.workload import timed, unga_workload
from planner.domain import rules, times
from planner.gui.views.conflicts import ConflictsPanel
from planner.gui.views.delegation_timeline import DelegationTimeline
from planner.gui.views.recheck import ConflictChecker
from planner.gui.views.timetable import TimetableView
from planner.gui.views.unplaced import UnplacedList
from planner.services import PlanService

T = TypeVar("T")
MOVES = 25


def _verdict(seconds: float, target: float) -> str:
    if seconds < target:
        return f"ok (< {target * 1000:.0f} ms)"
    return f"TOO SLOW (target < {target * 1000:.0f} ms)"


def main() -> None:
    app = QApplication.instance() or QApplication([])
    plan = unga_workload()
    rows: list[tuple[str, str, str]] = [
        (
            "plan",
            f"{len(plan.delegations)} delegations, {len(plan.people)} people, "
            f"{len(plan.schedule)} placements, {len(plan.venues)} venues",
            "",
        )
    ]
    busiest = Counter(p.start.astimezone(plan.event.zone).date() for p in plan.schedule)
    day, blocks = busiest.most_common(1)[0]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "unga.summit"
        PlanService.create(path, plan).close()

        timetable = TimetableView()
        timetable.resize(1600, 1000)
        conflicts = ConflictsPanel()
        unplaced = UnplacedList()
        timeline = DelegationTimeline()
        timeline.resize(1600, 1000)
        for widget in (timetable, conflicts, unplaced, timeline):
            widget.show()
        app.processEvents()

        # Opening: read the file, check it, show the busiest day.
        started = time.perf_counter()
        service, seconds_open = timed(lambda: PlanService.open(path))
        loaded, seconds_load = timed(lambda: service.plan)
        checker = ConflictChecker()
        violations, seconds_check = timed(lambda: checker.check(loaded))

        def show() -> None:
            timetable.set_plan(loaded, violations)
            timetable.set_day(day)
            timetable.canvas.viewport().repaint()

        _none, seconds_show = timed(show)
        first_paint = time.perf_counter() - started
        _none, seconds_conflicts = timed(lambda: conflicts.set_violations(loaded, violations))
        _none, seconds_unplaced = timed(lambda: unplaced.set_plan(loaded))

        def show_timeline() -> None:
            timeline.set_plan(loaded)
            timeline.set_day(day)
            timeline.canvas.viewport().repaint()

        _none, seconds_timeline = timed(show_timeline)
        rows += [
            ("open the plan file", f"{seconds_open * 1000:.0f} ms", ""),
            ("  load the plan", f"{seconds_load * 1000:.0f} ms", ""),
            (
                "  check rules 1-9 (full)",
                f"{seconds_check * 1000:.0f} ms",
                f"{len(violations)} violations",
            ),
            (
                "  timetable: set_plan + busiest day + paint",
                f"{seconds_show * 1000:.0f} ms",
                f"{blocks} blocks on {day:%d %b}",
            ),
            (
                "open and show a day (total)",
                f"{first_paint * 1000:.0f} ms",
                _verdict(first_paint, 1.5),
            ),
            ("  conflicts panel", f"{seconds_conflicts * 1000:.0f} ms", ""),
            ("  unplaced list", f"{seconds_unplaced * 1000:.0f} ms", ""),
            ("  delegation timeline + paint", f"{seconds_timeline * 1000:.0f} ms", ""),
        ]

        # Moving: one block at a time, as a drag does.
        rng = random.Random(7)
        event = loaded.event
        day_opens, day_closes = event.day_bounds(day)
        slots = (times.minutes(day_closes) - times.minutes(day_opens)) // event.slot_minutes
        movable = [
            p.item
            for p in loaded.schedule
            if p.item in loaded.request_by_id and p.start.astimezone(event.zone).date() == day
        ]
        totals: list[float] = []
        writes: list[float] = []
        checks: list[float] = []
        redraws: list[float] = []
        panels: list[float] = []
        moved, found = loaded, violations
        for _ in range(MOVES):
            item = rng.choice(movable)
            start = times.add_minutes(day_opens, event.slot_minutes * rng.randrange(slots - 4))
            venue = rng.choice(loaded.venues).id
            began = time.perf_counter()
            service.move(item, start, venue)
            wrote = time.perf_counter()
            moved = service.plan
            found = checker.check(moved)
            checked = time.perf_counter()
            timetable.set_plan(moved, found)
            app.processEvents()  # paints what changed, as the event loop would
            shown = time.perf_counter()
            conflicts.set_violations(moved, found)
            unplaced.set_plan(moved)
            timeline.set_plan(moved)
            app.processEvents()
            writes.append(wrote - began)
            checks.append(checked - wrote)
            redraws.append(shown - checked)
            totals.append(shown - began)
            panels.append(time.perf_counter() - shown)
        exact = found == rules.check(moved)
        service.close()

    def ms(values: list[float]) -> str:
        return f"{statistics.median(values) * 1000:.0f} ms (max {max(values) * 1000:.0f})"

    rows += [
        (f"move a block, {MOVES} times (median)", "", ""),
        ("  write the move (one transaction)", ms(writes), ""),
        ("  re-check rules 1-9", ms(checks), "same list as a full check" if exact else "DIFFERS"),
        ("  timetable: set_plan + paint", ms(redraws), ""),
        ("move + re-check + redraw (total)", ms(totals), _verdict(statistics.median(totals), 0.1)),
        ("  then conflicts, unplaced, timeline", ms(panels), ""),
    ]
    width = max(len(r[0]) for r in rows)
    for name, value, note in rows:
        print(f"{name:<{width}}  {value:>28}  {note}")
    for widget in (timetable, conflicts, unplaced, timeline):
        widget.close()
