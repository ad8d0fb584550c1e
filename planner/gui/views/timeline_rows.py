"""The delegation timeline's rows, worked out without Qt: who is booked when on a day.

Each delegation's row holds a bar per placement it takes part in. A row
whose bars overlap (a double booking) splits into lanes, so that both bars
stay readable.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date
from zoneinfo import ZoneInfo

from planner.domain import times
from planner.domain.model import Delegation, Placement, Plan
from planner.domain.precedence import order_of_precedence
from planner.domain.rules import ScheduleView
from planner.gui.views.block_text import Translate, short_name
from planner.gui.views.geometry import item_key, local_day

MOST_LANES = 2
"""A row split for a double booking shows this many bars one above the other."""


@dataclass(frozen=True)
class Bar:
    """A placement on a delegation's row."""

    item: str
    title: str
    kind: str
    start: int
    end: int
    venue: str
    parties: tuple[str, ...] = ()
    """The two delegations of a bilateral (empty for a session)."""


@dataclass
class TimelineDay:
    """One day of the timeline: its hours in UTC minutes and each delegation's bars."""

    day: date
    opens: int
    closes: int
    first: int
    last: int
    bars: dict[str, list[Bar]]
    """Bars by delegation id, in start order."""


class TimelineIndex:
    """The plan's bookings by day and delegation, built once per plan."""

    def __init__(self, plan: Plan, previous: TimelineIndex | None = None) -> None:
        self.plan = plan
        old = previous.plan if previous is not None else None
        if (
            previous is not None
            and old is not None
            and (old.event, old.delegations, old.people)
            == (plan.event, plan.delegations, plan.people)
        ):
            self.rows: list[Delegation] = previous.rows
        else:
            self.rows = order_of_precedence(plan)
        # Placements by day now; who is in them only for a day that is shown.
        self.by_day: dict[date, list[Placement]] = defaultdict(list)
        for placement in plan.schedule:
            self.by_day[local_day(placement, plan)].append(placement)
        self.days: tuple[date, ...] = tuple(sorted(set(plan.event.days) | set(self.by_day)))
        self._days: dict[date, TimelineDay] = {}

    def day(self, day: date) -> TimelineDay:
        if day not in self._days:
            opens_at, closes_at = self.plan.event.day_bounds(day)
            opens, closes = times.minutes(opens_at), times.minutes(closes_at)
            first, last = opens, max(closes, opens + 60)
            bars: dict[str, list[Bar]] = defaultdict(list)
            that_day = replace(self.plan, schedule=tuple(self.by_day.get(day, ())))
            for booking in ScheduleView(that_day).bookings:
                bar = Bar(
                    booking.item,
                    booking.title,
                    item_key(booking.session or booking.request),
                    booking.start,
                    booking.end,
                    booking.venue.name if booking.venue else booking.placement.venue,
                    tuple(booking.delegations) if booking.request is not None else (),
                )
                first, last = min(first, bar.start), max(last, bar.end)
                for delegation_id in booking.delegations:
                    bars[delegation_id].append(bar)
            for group in bars.values():
                group.sort(key=lambda b: (b.start, b.end, b.item))
            # Whole hours either side of the working hours, so ticks stay on the hour.
            first = opens + ((first - opens) // 60) * 60
            last = closes + -(-(last - closes) // 60) * 60
            self._days[day] = TimelineDay(day, opens, closes, first, last, dict(bars))
        return self._days[day]


def lanes(bars: list[Bar]) -> dict[str, tuple[int, int]]:
    """Each bar's lane and the lanes of its cluster: a double booking splits the row.

    ``bars`` are one row's, in start order.
    """
    result: dict[str, tuple[int, int]] = {}
    cluster: list[tuple[str, int]] = []
    lane_ends: list[int] = []
    cluster_end = -(2**62)

    def flush() -> None:
        # Two lanes at most: a third booking shares the lower one (still red-edged).
        count = min(max(len(lane_ends), 1), MOST_LANES)
        for item, lane in cluster:
            result[item] = (min(lane, count - 1), count)

    for bar in bars:
        if bar.start >= cluster_end and cluster:
            flush()
            cluster, lane_ends = [], []
        for lane, end in enumerate(lane_ends):
            if end <= bar.start:
                lane_ends[lane] = bar.end
                break
        else:
            lane = len(lane_ends)
            lane_ends.append(bar.end)
        cluster.append((bar.item, lane))
        cluster_end = max(cluster_end, bar.end) if len(cluster) > 1 else bar.end
    if cluster:
        flush()
    return result


def overlapping(bars: list[Bar]) -> set[str]:
    """Items among one row's ``bars`` (in start order) that overlap another (double booked)."""
    found: set[str] = set()
    latest: Bar | None = None
    for bar in bars:
        if latest is not None and bar.start < latest.end:
            found.update((bar.item, latest.item))
        if latest is None or bar.end > latest.end:
            latest = bar
    return found


def absent_spans(delegation: Delegation, day: TimelineDay) -> list[tuple[int, int]]:
    """UTC-minute spans of ``day`` the delegation is not in town."""
    arrival, departure = times.minutes(delegation.arrival), times.minutes(delegation.departure)
    spans = []
    if arrival > day.first:
        spans.append((day.first, min(arrival, day.last)))
    if departure < day.last:
        spans.append((max(departure, day.first), day.last))
    return [(start, end) for start, end in spans if start < end]


def bar_options(plan: Plan, delegation_id: str, bar: Bar, tr: Translate) -> tuple[str, ...]:
    """What a bar on the delegation's row can say, longest first.

    A session's title; for a bilateral, whom the delegation meets:
    ``with Kazakhstan``, ``Kazakhstan``, ``KZ``.
    """
    if delegation_id not in bar.parties:
        return (bar.title,)
    partners = [d for d in bar.parties if d != delegation_id] or [delegation_id]
    names = ", ".join(plan.delegation_name(d) for d in partners)
    short = ", ".join(short_name(plan, d) for d in partners)
    return (tr("with {names}").format(names=names), names, short)


def hour_ticks(day: TimelineDay, zone: ZoneInfo, step: int) -> list[int]:
    """UTC minutes of the whole hours of ``day`` in ``zone`` that are a multiple of ``step``."""
    ticks = []
    minute = day.first
    while minute <= day.last:
        local = times.from_minutes(minute, zone)
        if local.minute == 0 and (local.hour * 60) % step == 0:
            ticks.append(minute)
        minute += 15
    return ticks
