"""Printed roster: a PDF of 3,000 people (UNGA-size plan) through Qt, target under 10 s.

The people are the generated UNGA plan's, topped up to 3,000 with names in
every script of the sample plan (Cyrillic, Arabic, Hebrew, Chinese, Thai,
Hangul, Bengali, Sinhala, Khmer, Lao…), so font fallback is part of the
measurement. Figures: building the report model, the HTML, the Qt document,
and the whole ``write_pdf`` (model, layout, pagination, painting, file).
"""

from __future__ import annotations

import os
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import TypeVar

from bench.workload import timed, unga_workload
from planner.domain.model import Role

T = TypeVar("T")
TARGET_SECONDS = 10.0
PRINTED_ON = date(2026, 9, 1)
_ROLES = (Role.ADVISER, Role.MEMBER, Role.INTERPRETER, Role.SECURITY, Role.PRESS, Role.LIAISON)


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from planner.export.html import render_html
    from planner.export.reports import build_report
    from planner.printing import build_document, ensure_application, write_pdf

    application = ensure_application()
    plan = unga_workload()
    rows: list[tuple[str, str, str]] = [
        ("people / delegations", f"{len(plan.people)} / {len(plan.delegations)}", "")
    ]
    report, seconds = timed(lambda: build_report(plan, "roster"), repeat=3)
    rows.append(("report model", f"{seconds * 1000:.0f} ms", ""))
    page, seconds = timed(lambda: render_html(report), repeat=3)
    rows.append(("HTML", f"{seconds * 1000:.0f} ms", f"{len(page) / 1e6:.1f} MB"))
    _doc, seconds = timed(lambda: build_document(plan, "roster", printed_on=PRINTED_ON))
    rows.append(("Qt document (model + HTML + setHtml)", f"{seconds:.2f} s", ""))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "roster.pdf"
        cpu = time.process_time()
        pages, seconds = timed(lambda: write_pdf(plan, path, "roster", printed_on=PRINTED_ON))
        cpu = time.process_time() - cpu
        verdict = (
            f"ok (< {TARGET_SECONDS:.0f} s)"
            if seconds < TARGET_SECONDS
            else f"TOO SLOW (target < {TARGET_SECONDS:.0f} s)"
        )
        rows.append(("roster PDF, write_pdf end to end", f"{seconds:.2f} s", verdict))
        rows.append(("  of which CPU time (this process)", f"{cpu:.2f} s", "wall minus CPU: load"))
        rows.append(("  pages / file size", f"{pages} / {path.stat().st_size / 1e6:.1f} MB", ""))
    del application
    width = max(len(r[0]) for r in rows)
    for name, value, note in rows:
        print(f"{name:<{width}}  {value:>16}  {note}")


if __name__ == "__main__":
    main()
