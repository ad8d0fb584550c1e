"""A proven bound for big plans: the time-indexed relaxation's dual, by smoothed gradients.

On a plan the size of the UN General Assembly's high-level week the
time-indexed relaxation of :mod:`planner.scheduling.relaxation` has some
375,000 columns and an LP solver needs minutes for it. Its optimum, though,
is bound mainly by each delegation's time, grid point by grid point, against
the sessions it must attend; rooms hardly count. So here only those rows
are kept (per item: one start at most, exactly one for a session that can
be placed; per delegation, person and grid point: one item at most; rooms,
changeovers and the order of sessions are left out, which only loosens the
bound) and the rows of delegations and people are priced instead of solved:

For any prices ``y >= 0`` of those rows (Lagrangian duality), no schedule
scores more than ``sum(y)`` plus, per item, the best over its starts of the
start's value less the prices of the grid points it covers (at least nothing
for a request, which may stay out). That holds whatever ``y`` is worth, so
every step below proves a bound and the least one is kept. The prices are
improved by an accelerated projected gradient on a smoothed form of that
bound (the best start replaced by a soft maximum), which numpy evaluates for
every start at once from prefix sums of ``y``.
"""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from planner.domain.rules import ABSENCE_COST
from planner.scheduling.problem import Problem

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    Floats = npt.NDArray[np.float64]
    Ints = npt.NDArray[np.int64]
    Flags = npt.NDArray[np.bool_]

SMOOTHING = 0.01
"""How soft the maximum over an item's starts is, in points of score.

Fitted on the generated CICA and UNGA plans: softer converges sooner to a
looser bound, harder more slowly to a tighter one.
"""
FIRST_STEP = 0.2 * SMOOTHING
"""The gradient step (fitted like :data:`SMOOTHING`: from half to twice it, the same bounds)."""
RISING_STEPS = 20
"""After this many steps in a row that raise the smoothed bound, the step is halved."""


@dataclass
class Columns:
    """Every start of every item that can be placed, and what it covers."""

    first: Ints
    last: Ints
    """The grid points ``first..last-1`` the start covers."""
    value: Floats
    """What the start adds to the score (a request's weight; absences cost)."""
    entries: Ints
    """Per (start, resource) pair: the start."""
    resources: Ints
    """Per (start, resource) pair: the resource (a delegation, or a person after them)."""
    segments: Ints
    """Index of each item's first start (the starts of one item are contiguous)."""
    lengths: Ints
    """How many starts each item has."""
    mandatory: Flags
    """Per item: a session, placed exactly once."""
    resource_count: int
    points: int


def columns_of(problem: Problem) -> Columns | None:
    """The columns of the relaxation, or ``None`` when no item can be placed."""
    import numpy as np

    delegations = len(problem.stays)
    first: list[int] = []
    last: list[int] = []
    value: list[float] = []
    entries: list[int] = []
    resources: list[int] = []
    segments: list[int] = []
    mandatory: list[bool] = []
    for item in problem.items:
        if not item.starts or not item.pools:
            continue
        segments.append(len(first))
        mandatory.append(item.is_session)
        people = [delegations + person for person in item.people]
        for start in item.starts:
            column = len(first)
            points = problem.points(start, start + item.duration)
            first.append(points.start)
            last.append(points.stop)
            if item.for_all:
                involved, absences = item.involved_at[start]
            else:
                involved, absences = item.delegations, 0
            value.append(float(item.weight - ABSENCE_COST * absences))
            held = [*involved, *people]
            entries.extend([column] * len(held))
            resources.extend(held)
    if not segments:
        return None
    starts = np.array(segments, dtype=np.int64)
    return Columns(
        first=np.array(first, dtype=np.int64),
        last=np.array(last, dtype=np.int64),
        value=np.array(value, dtype=np.float64),
        entries=np.array(entries, dtype=np.int64),
        resources=np.array(resources, dtype=np.int64),
        segments=starts,
        lengths=np.diff(np.append(starts, len(first))),
        mandatory=np.array(mandatory, dtype=bool),
        resource_count=delegations + len(problem.person_ids),
        points=len(problem.grid),
    )


class _Pricing:
    """The bound at given prices, exact and smoothed, and the smoothed one's gradient."""

    def __init__(self, columns: Columns) -> None:
        import numpy as np

        self.columns = columns
        width = columns.points + 1
        # Flat positions in a (resource, grid point + 1) table of each pair's
        # first and last point, for prefix sums and difference arrays.
        self.opening = columns.resources * width + columns.first[columns.entries]
        self.closing = columns.resources * width + columns.last[columns.entries]
        self.size = columns.resource_count * width
        self.optional = ~columns.mandatory
        self.zero = np.zeros(1)

    def reduced(self, prices: Floats) -> Floats:
        """Each start's value less the prices of the (resource, grid point) rows it covers."""
        import numpy as np

        columns = self.columns
        prefix = np.zeros((columns.resource_count, columns.points + 1))
        np.cumsum(prices, axis=1, out=prefix[:, 1:])
        flat = prefix.ravel()
        covered = flat[self.closing] - flat[self.opening]
        cost = np.bincount(columns.entries, weights=covered, minlength=len(columns.value))
        reduced: Floats = columns.value - cost
        return reduced

    def evaluate(self, prices: Floats) -> tuple[float, float, Floats]:
        """(proven bound, smoothed bound, gradient of the smoothed bound) at ``prices``."""
        import numpy as np

        columns = self.columns
        reduced = self.reduced(prices)
        best = np.maximum.reduceat(reduced, columns.segments)
        # A request may stay out (value 0); a session takes one of its starts.
        top = np.where(columns.mandatory, best, np.maximum(best, 0.0))
        exact = float(prices.sum() + top.sum())
        weights = np.exp((reduced - np.repeat(top, columns.lengths)) / SMOOTHING)
        total = np.add.reduceat(weights, columns.segments)
        total[self.optional] += np.exp(-top[self.optional] / SMOOTHING)
        smooth = float(prices.sum() + (top + SMOOTHING * np.log(total)).sum())
        share = weights / np.repeat(total, columns.lengths)
        taken = share[columns.entries]
        change = np.bincount(self.opening, weights=taken, minlength=self.size)
        change -= np.bincount(self.closing, weights=taken, minlength=self.size)
        usage = np.cumsum(change.reshape(columns.resource_count, columns.points + 1), axis=1)
        gradient: Floats = (1.0 - usage[:, : columns.points]).astype(np.float64, copy=False)
        return exact, smooth, gradient


def lagrangian_bound(
    problem: Problem, seconds: float, cancel: threading.Event | None = None
) -> int | None:
    """The least bound proven within ``seconds``; ``None`` when nothing can be placed.

    It bounds the score of every schedule that places every session that can
    be placed at all, as :func:`planner.scheduling.bound.time_indexed_bound`
    does.
    """
    import numpy as np

    deadline = time.monotonic() + seconds
    columns = columns_of(problem)
    if columns is None:
        return None
    pricing = _Pricing(columns)
    prices = np.zeros((columns.resource_count, columns.points))
    ahead, momentum, step = prices, 1.0, FIRST_STEP
    bound, best_prices, last_smooth, rising = math.inf, prices, math.inf, 0
    while True:
        exact, smooth, gradient = pricing.evaluate(ahead)
        if exact < bound:
            bound, best_prices = exact, ahead
        if time.monotonic() >= deadline or (cancel is not None and cancel.is_set()):
            break
        rising = rising + 1 if smooth > last_smooth else 0
        last_smooth = smooth
        if rising >= RISING_STEPS:
            # The steps are too long for this plan: shorter ones, from the best prices.
            prices = ahead = best_prices
            momentum, step, rising, last_smooth = 1.0, step / 2, 0, math.inf
            continue
        following: Floats = np.maximum(0.0, ahead - step * gradient)
        next_momentum = (1 + math.sqrt(1 + 4 * momentum * momentum)) / 2
        ahead = following + ((momentum - 1) / next_momentum) * (following - prices)
        prices, momentum = following, next_momentum
    # Scores are whole numbers; the tolerance keeps a rounding error from cutting one off.
    return math.floor(bound + 1e-6)
