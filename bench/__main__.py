"""Run every benchmark module (``bench/bench_*.py``) and print its table.

Usage: ``python -m bench [NAME ...]`` where NAME picks modules by substring,
e.g. ``python -m bench check ics``.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str]) -> int:
    names = sorted(
        module.name
        for module in pkgutil.iter_modules([os.path.dirname(__file__)])
        if module.name.startswith("bench_")
    )
    chosen = [name for name in names if not argv or any(word in name for word in argv)]
    for name in chosen:
        module = importlib.import_module(f"bench.{name}")
        title = (module.__doc__ or name).strip().splitlines()[0]
        print(f"== {name[len('bench_') :]}: {title}", flush=True)
        module.main()
        print(flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
