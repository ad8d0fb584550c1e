"""Window start-up: start to first paint, and opening a UNGA-size plan in the main window.

Targets: ``summit-planner`` on the sample plan paints its main window within
1 s of starting (the bare Qt floor, a process that only shows an empty window,
is measured alongside); a UNGA-size plan (213 delegations, 3,000 people, 4,000
placements) opens in the whole window, lists and timetable included, and
shows a day in under 1.5 s; a block moved through the window (undo command,
one transaction, re-check, every view refreshed) takes under 100 ms.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from planner.domain.model import Plan
from planner.services import PlanService, create_demo

RUNS = 5

_PAINT_FILTER = """
from PySide6.QtCore import QEvent, QObject
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", flush=True)
            raise SystemExit(0)
        return False
"""

_BARE_QT = (
    _PAINT_FILTER
    + """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1400, 900)
spy = FirstPaint()
window.installEventFilter(spy)
window.show()
app.exec()
"""
)

_PLANNER = (
    _PAINT_FILTER
    + """
import sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
import planner.app  # what the summit-planner script imports first
from planner.gui import launch
from planner.gui.main_window import MainWindow
from planner.gui.settings import Settings
app = QApplication([])
launch.configure_application(app)
window = MainWindow(Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat)))
launch.open_first_document(window, launch.Path(sys.argv[1]))
spy = FirstPaint()
window.installEventFilter(spy)
window.show()
app.exec()
"""
)


def _start_to_paint(script: str, *arguments: str, cache: str) -> float:
    """Seconds from starting a Python process to its window's first paint event.

    The process keeps its compiled bytecode in ``cache``, as an installed
    application does (this checkout may run with PYTHONDONTWRITEBYTECODE set).
    """
    environment = {
        key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"
    }
    environment.update(QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=cache)
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", script, *arguments],
        capture_output=True,
        text=True,
        env=environment,
        check=False,
        timeout=120,
    )
    seconds = time.perf_counter() - started
    if "painted" not in done.stdout:
        raise RuntimeError(f"the window never painted: {done.stderr.strip()[-400:]}")
    return seconds


class _PaintSpy(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def _verdict(seconds: float, target: float) -> str:
    unit = f"{target * 1000:.0f} ms" if target < 1 else f"{target:g} s"
    return f"ok (< {unit})" if seconds < target else f"TOO SLOW (target < {unit})"


def main() -> None:
    from bench.workload import unga_workload
    from planner.gui.document import Document
    from planner.gui.main_window import MainWindow
    from planner.gui.settings import Settings

    rows: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory() as folder:
        sample = create_demo(Path(folder) / "sample.summit")
        ini = str(Path(folder) / "settings.ini")
        cache = str(Path(folder) / "pycache")
        _start_to_paint(_PLANNER, str(sample), ini, cache=cache)  # compiles the bytecode
        bare = [_start_to_paint(_BARE_QT, cache=cache) for _ in range(RUNS)]
        rows.append(("bare Qt: start to first paint", f"{statistics.median(bare):.2f} s", "floor"))
        starts = [_start_to_paint(_PLANNER, str(sample), ini, cache=cache) for _ in range(RUNS)]
        median = statistics.median(starts)
        rows.append(("sample plan: start to first paint", f"{median:.2f} s", _verdict(median, 1)))
        rows.append(("  slowest of runs", f"{max(starts):.2f} s", f"{RUNS} runs"))

        plan: Plan = unga_workload()
        path = Path(folder) / "unga.summit"
        PlanService.create(path, plan).close()
        app = QApplication.instance() or QApplication([])
        window = MainWindow(Settings.from_file(Path(folder) / "big.ini"))
        window.resize(1400, 900)
        window.show()
        app.processEvents()
        spy = _PaintSpy()
        window.timetable.canvas.viewport().installEventFilter(spy)
        started = time.perf_counter()
        document = Document.open(path, window)
        window.set_document(document)
        busiest = max(
            plan.event.days,
            key=lambda day: sum(1 for p in plan.schedule if p.start.date() == day),
        )
        window.show_day(busiest)
        while not spy.painted:
            app.processEvents()
        seconds = time.perf_counter() - started
        while window.conflicts.count() == 0:
            app.processEvents()
        checked = time.perf_counter() - started
        rows.append(
            (
                "UNGA plan: open in the window and show a day",
                f"{seconds:.2f} s",
                _verdict(seconds, 1.5),
            )
        )
        rows.append(
            (
                "  ... and its conflicts checked and listed",
                f"{checked:.2f} s",
                f"{window.conflicts.count()} conflicts",
            )
        )
        rows.append(
            (
                "  plan",
                f"{len(plan.delegations)} delegations, {len(plan.people)} people",
                f"{len(plan.schedule)} placements",
            )
        )
        shown = window.timetable.items_shown()
        moves = []
        for item in shown[:20]:
            placement = document.plan.placement_by_item[item]
            other = shown[-1] if item != shown[-1] else shown[0]
            target = document.plan.placement_by_item[other]
            started = time.perf_counter()
            window.timetable.move_requested.emit(item, target.start, target.venue)
            app.processEvents()
            moves.append(time.perf_counter() - started)
            document.undo_stack.undo()
            app.processEvents()
            assert document.plan.placement_by_item[item] == placement
        median = statistics.median(moves)
        rows.append(
            (
                "UNGA plan: move a block via the window, re-check, refresh",
                f"{median * 1000:.0f} ms",
                _verdict(median, 0.1),
            )
        )
        rows.append(("  slowest of moves", f"{max(moves) * 1000:.0f} ms", f"{len(moves)} moves"))
        window.close()
    width = max(len(r[0]) for r in rows)
    for name, value, note in rows:
        print(f"{name:<{width}}  {value:>36}  {note}")


if __name__ == "__main__":
    main()
