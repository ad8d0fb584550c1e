"""Where things go on the schedule views, worked out without Qt.

Time runs on integer UTC minutes measured from the day's ``day_start``
instant, so a day on which the clocks change is drawn with its true length
and the slot grid matches rule 8 (counted in elapsed minutes from
``day_start``). Venues become columns grouped by building, in the order the
plan lists them; blocks that overlap in one venue (a rule 1 conflict) share
the column side by side so that neither hides the other.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from planner.domain import times
from planner.domain.model import (
    BilateralRequest,
    Placement,
    Plan,
    RequestStatus,
    Session,
    SessionKind,
)
from planner.domain.rules import Violation

BILATERAL = "bilateral-request"
"""The kind of a bilateral request's block (a session's is its kind's value)."""


@dataclass(frozen=True)
class Column:
    """A venue column; ``known`` is false for a venue id the plan lacks."""

    venue_id: str
    name: str
    building: str
    capacity: int
    known: bool = True


@dataclass(frozen=True)
class BuildingSpan:
    """A building header over columns ``first`` .. ``first + count - 1``."""

    name: str
    first: int
    count: int


@dataclass(frozen=True)
class Block:
    """One placement laid out on a day."""

    item: str
    title: str
    kind: str
    start: int
    """UTC minutes."""
    end: int
    column: int
    lane: int
    lanes: int
    locked: bool
    placement: Placement


@dataclass
class DayLayout:
    """The columns, time range and blocks of one day."""

    day: date
    opens: int
    """UTC minutes of ``day_start`` on this day."""
    closes: int
    first: int
    """Top of the drawn range (``opens``, or earlier for a placement before hours)."""
    last: int
    slot: int
    columns: list[Column]
    buildings: list[BuildingSpan]
    blocks: list[Block]
    by_item: dict[str, Block] = field(default_factory=dict)

    def grid_lines(self) -> range:
        """UTC minutes of every slot line from :attr:`first` to :attr:`last`."""
        return range(self.first, self.last + 1, self.slot)

    def snap(self, minute: float, duration: int) -> int:
        """The slot start nearest ``minute`` that keeps ``duration`` within hours."""
        steps = round((minute - self.opens) / self.slot)
        start = self.opens + steps * self.slot
        latest = self.closes - duration
        latest -= (latest - self.opens) % self.slot
        if latest < self.opens:
            return self.opens
        return max(self.opens, min(start, latest))

    def column_of(self, venue_id: str) -> int | None:
        for index, column in enumerate(self.columns):
            if column.venue_id == venue_id:
                return index
        return None


def local_day(placement: Placement, plan: Plan) -> date:
    """The event-zone date a placement starts on."""
    return placement.start.astimezone(plan.event.zone).date()


class PlanIndex:
    """One plan's placements by day and violations by item, built once per plan."""

    def __init__(self, plan: Plan, violations: Sequence[Violation]) -> None:
        self.plan = plan
        self.violations = tuple(violations)
        self.by_day: dict[date, list[Placement]] = defaultdict(list)
        for placement in plan.schedule:
            self.by_day[local_day(placement, plan)].append(placement)
        self.by_item: dict[str, list[Violation]] = defaultdict(list)
        for violation in self.violations:
            for item in dict.fromkeys(violation.items):
                self.by_item[item].append(violation)
        self.days: tuple[date, ...] = tuple(sorted(set(plan.event.days) | set(self.by_day)))
        self.columns, self.buildings = venue_columns(plan, self._venue_ids())
        placed = plan.placement_by_item
        self.has_unplaced = any(s.id not in placed for s in plan.sessions) or any(
            r.id not in placed and r.status is not RequestStatus.DECLINED for r in plan.requests
        )
        """Whether a session or a request still waits for a place."""
        self._layouts: dict[date, DayLayout] = {}

    def _venue_ids(self) -> Iterable[str]:
        return (placement.venue for placement in self.plan.schedule)

    def layout(self, day: date) -> DayLayout:
        """The layout of ``day``, computed on first use."""
        if day not in self._layouts:
            self._layouts[day] = lay_out_day(
                self.plan, day, self.by_day.get(day, []), self.columns, self.buildings
            )
        return self._layouts[day]

    def violations_of(self, item: str) -> list[Violation]:
        return self.by_item.get(item, [])


def venue_columns(
    plan: Plan, used_venue_ids: Iterable[str] = ()
) -> tuple[list[Column], list[BuildingSpan]]:
    """Venue columns grouped by building, buildings in order of first mention.

    A placement in a venue the plan does not list still gets a column (at the
    end, under "Unknown venue") so that nothing placed is hidden.
    """
    order: dict[str, list[Column]] = {}
    for venue in plan.venues:
        order.setdefault(venue.building, []).append(
            Column(venue.id, venue.name, venue.building, venue.capacity)
        )
    unknown = sorted({v for v in used_venue_ids if v not in plan.venue_by_id})
    columns: list[Column] = []
    buildings: list[BuildingSpan] = []
    for building, group in order.items():
        buildings.append(BuildingSpan(building, len(columns), len(group)))
        columns.extend(group)
    if unknown:
        buildings.append(BuildingSpan("", len(columns), len(unknown)))
        columns.extend(Column(venue_id, venue_id, "", 0, known=False) for venue_id in unknown)
    return columns, buildings


def lay_out_day(
    plan: Plan,
    day: date,
    placements: Sequence[Placement],
    columns: Sequence[Column],
    buildings: Sequence[BuildingSpan],
) -> DayLayout:
    """Blocks of ``placements`` on ``day`` with their columns and lanes."""
    event = plan.event
    opens_at, closes_at = event.day_bounds(day)
    opens, closes = times.minutes(opens_at), times.minutes(closes_at)
    slot = max(event.slot_minutes, 1)
    column_index = {column.venue_id: index for index, column in enumerate(columns)}
    spans: dict[int, list[tuple[int, int, Placement]]] = defaultdict(list)
    first, last = opens, max(closes, opens + slot)
    for placement in placements:
        item = plan.item(placement.item)
        duration = item.duration_minutes if item is not None else slot
        start = times.minutes(placement.start)
        end = start + max(duration, 1)
        index = column_index.get(placement.venue)
        if index is None:
            continue
        spans[index].append((start, end, placement))
        first, last = min(first, start), max(last, end)
    # Whole slots either side of the working hours, so grid lines stay on the grid.
    first = opens + ((first - opens) // slot) * slot if first < opens else opens
    last = closes + -(-(last - closes) // slot) * slot if last > closes else closes
    blocks: list[Block] = []
    for index, group in spans.items():
        blocks.extend(_lanes(plan, index, group))
    blocks.sort(key=lambda block: (block.column, block.start, block.lane, block.item))
    layout = DayLayout(
        day=day,
        opens=opens,
        closes=closes,
        first=first,
        last=last,
        slot=slot,
        columns=list(columns),
        buildings=list(buildings),
        blocks=blocks,
    )
    layout.by_item = {block.item: block for block in blocks}
    return layout


def _lanes(plan: Plan, column: int, group: list[tuple[int, int, Placement]]) -> list[Block]:
    """Side-by-side lanes for overlapping blocks of one column."""
    group.sort(key=lambda entry: (entry[0], entry[1], entry[2].item))
    result: list[Block] = []
    cluster: list[tuple[int, int, int, Placement]] = []
    lane_ends: list[int] = []
    cluster_end = -(2**62)

    def flush() -> None:
        lanes = max(len(lane_ends), 1)
        for start, end, lane, placement in cluster:
            result.append(_block(plan, placement, start, end, column, lane, lanes))

    for start, end, placement in group:
        if start >= cluster_end and cluster:
            flush()
            cluster, lane_ends = [], []
        for lane, lane_end in enumerate(lane_ends):
            if lane_end <= start:
                lane_ends[lane] = end
                break
        else:
            lane = len(lane_ends)
            lane_ends.append(end)
        cluster.append((start, end, lane, placement))
        cluster_end = max(cluster_end, end) if cluster[:-1] else end
    if cluster:
        flush()
    return result


def _block(
    plan: Plan, placement: Placement, start: int, end: int, column: int, lane: int, lanes: int
) -> Block:
    return Block(
        item=placement.item,
        title=plan.item_title(placement.item),
        kind=item_key(plan.item(placement.item)),
        start=start,
        end=end,
        column=column,
        lane=lane,
        lanes=lanes,
        locked=placement.locked,
        placement=placement,
    )


def item_key(item: Session | BilateralRequest | None) -> str:
    """The kind of an item as the views colour it: its session kind, or :data:`BILATERAL`."""
    if isinstance(item, Session):
        return item.kind.value
    if isinstance(item, BilateralRequest):
        return BILATERAL
    return SessionKind.OTHER.value


def clock(minute: int, plan: Plan) -> str:
    """``HH:MM`` of a UTC minute in the event's zone."""
    return f"{times.from_minutes(minute, plan.event.zone):%H:%M}"


def span_text(start: int, end: int, plan: Plan) -> str:
    return f"{clock(start, plan)}–{clock(end, plan)}"


def names(plan: Plan, delegation_ids: Iterable[str]) -> list[str]:
    return [plan.delegation_name(delegation_id) for delegation_id in delegation_ids]


def neighbour(
    blocks: Sequence[Block], current: Block | None, direction: str, columns: int
) -> Block | None:
    """The block the arrow key ``direction`` (left/right/up/down) selects next.

    Up and down walk the day in time order, venue by venue at the same start
    (so no block between two of one venue is skipped); left and right jump to
    the nearest non-empty column and pick the block closest in time.
    """
    if not blocks:
        return None
    in_time = sorted(blocks, key=lambda b: (b.start, b.column, b.lane, b.item))
    if current is None:
        return in_time[0]
    if direction in ("up", "down"):
        position = in_time.index(current) + (1 if direction == "down" else -1)
        return in_time[position] if 0 <= position < len(in_time) else None
    by_column: Mapping[int, list[Block]] = _by_column(blocks)
    step = 1 if direction == "right" else -1
    index = current.column + step
    while 0 <= index < columns:
        candidates = by_column.get(index)
        if candidates:
            middle = (current.start + current.end) / 2
            return min(candidates, key=lambda b: (abs((b.start + b.end) / 2 - middle), b.lane))
        index += step
    return None


def _by_column(blocks: Sequence[Block]) -> dict[int, list[Block]]:
    grouped: dict[int, list[Block]] = defaultdict(list)
    for block in blocks:
        grouped[block.column].append(block)
    for group in grouped.values():
        group.sort(key=lambda b: (b.start, b.lane, b.item))
    return grouped
