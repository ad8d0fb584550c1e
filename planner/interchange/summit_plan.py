"""Reading and writing summit-plan documents.

Reading validates the whole document before building anything: the JSON
Schema, then ids, references, heads of delegation, dates and time zones. Every
problem is reported with its JSON path (``delegations[3].arrival``) and the
plan is built only when there is none. Unknown keys are warnings.

Writing puts an offset on every date-time and keeps a stable order, so that
export → import → export gives the same bytes.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from importlib import resources
from typing import Any
from zoneinfo import ZoneInfo

import jsonschema

from planner.domain import integrity, times
from planner.domain.model import (
    ALL,
    BilateralRequest,
    Delegation,
    DelegationKind,
    Event,
    Feature,
    Fixed,
    FormerName,
    Organizer,
    Person,
    Placement,
    Plan,
    PrecedenceOrder,
    PrecedenceRule,
    Rank,
    RequestStatus,
    Role,
    Session,
    SessionKind,
    Span,
    Venue,
    Window,
    canonical_features,
)
from planner.errors import Problem, ValidationError

FORMAT_NAME = "summit-plan"
FORMAT_VERSION = 1

Json = Any


@dataclass(frozen=True)
class ImportResult:
    plan: Plan
    warnings: tuple[Problem, ...]


@cache
def _schema() -> dict[str, Any]:
    text = resources.files(__package__).joinpath("summit-plan.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


@cache
def _fast_validator() -> Any:
    import jsonschema_rs

    return jsonschema_rs.validator_for(_schema())


def json_path(parts: Iterator[str | int] | list[str | int] | tuple[str | int, ...]) -> str:
    """``["delegations", 3, "arrival"]`` -> ``delegations[3].arrival``."""
    path = ""
    for part in parts:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += f".{part}" if path else part
    return path or "(document)"


# Reading ------------------------------------------------------------------


def parse_plan(data: bytes | str) -> ImportResult:
    """Validate a summit-plan document and build the plan.

    Raises:
        ValidationError: with every problem found; nothing is built.
    """
    document = _decode(data)
    problems: list[Problem] = []
    warnings: list[Problem] = []
    if not isinstance(document, dict):
        raise ValidationError(
            "not a summit-plan document", [Problem("(document)", "must be a JSON object")]
        )
    _check_header(document)
    broken = list(_lone_surrogates(document, []))
    if broken:
        raise ValidationError("the plan document is not valid; nothing was imported", broken)
    if not _fast_validator().is_valid(document):
        # The compiled validator says whether; this one says what and where, in words.
        for error in sorted(
            jsonschema.Draft202012Validator(_schema()).iter_errors(document),
            key=lambda e: [str(p) for p in e.absolute_path],
        ):
            problems.append(Problem(json_path(list(error.absolute_path)), _schema_message(error)))
    warnings.extend(_unknown_keys(document, _schema(), []))
    if problems:
        # References and dates are checked on a document of the right shape only;
        # on a malformed one they would report the same mistake twice.
        raise ValidationError("the plan document is not valid; nothing was imported", problems)
    checker = _SemanticChecker(document)
    checker.run()
    if checker.tz is None or any(p.where.startswith("event.") for p in checker.problems):
        raise ValidationError(
            "the plan document is not valid; nothing was imported", checker.problems
        )
    # A date-time that is not real stands in as the first day's start while ids and
    # references are checked, so that one run reports every problem; checks of the
    # item that holds it are left out, as they would only repeat the mistake.
    plan = _build(document, lenient=bool(checker.problems))
    errors, plan_warnings = integrity.check_plan(plan)
    damaged = {_item_of(p.where) for p in checker.problems}
    errors = checker.problems + [e for e in errors if _item_of(e.where) not in damaged]
    if errors:
        raise ValidationError("the plan document is not valid; nothing was imported", errors)
    return ImportResult(plan, (*warnings, *plan_warnings))


def _item_of(path: str) -> str:
    """``delegations[3].arrival`` -> ``delegations[3]``: the list item a path is in."""
    return path.split("]", 1)[0] + "]" if "]" in path else path


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not a JSON number")


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    counts = Counter(key for key, _ in pairs)
    repeated = [key for key, count in counts.items() if count > 1]
    if repeated:
        raise ValueError(f"the key {repeated[0]!r} appears twice in one object")
    return dict(pairs)


def _decode(data: bytes | str) -> Json:
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise ValidationError(
                "the plan document is not UTF-8 text",
                [Problem(f"byte {error.start}", "not valid UTF-8")],
            ) from None
    else:
        text = data
    try:
        return json.loads(
            text, object_pairs_hook=_no_duplicate_keys, parse_constant=_reject_constant
        )
    except json.JSONDecodeError as error:
        raise ValidationError(
            "the plan document is not valid JSON",
            [Problem(f"line {error.lineno}, column {error.colno}", error.msg)],
        ) from None
    except ValueError as error:
        raise ValidationError(
            "the plan document is not valid JSON", [Problem("", str(error))]
        ) from None
    except RecursionError:
        raise ValidationError(
            "the plan document is not valid JSON", [Problem("", "nested too deeply")]
        ) from None


def _lone_surrogates(value: Json, path: list[str | int]) -> Iterator[Problem]:
    """Text holding half of a UTF-16 pair (``"\\ud800"``), which is no character at all."""
    if isinstance(value, str):
        if _SURROGATE.search(value):
            yield Problem(
                json_path(path),
                "holds a lone surrogate escape (such as \\ud800), which is not a character",
            )
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _lone_surrogates(key, [*path, key])
            yield from _lone_surrogates(item, [*path, key])
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _lone_surrogates(item, [*path, index])


_SURROGATE = re.compile("[\ud800-\udfff]")


def _check_header(document: dict[str, Any]) -> None:
    if document.get("format") != FORMAT_NAME:
        raise ValidationError(
            "not a summit-plan document",
            [Problem("format", f'must be "{FORMAT_NAME}", found {document.get("format")!r}')],
        )
    version = document.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise ValidationError(
            f"the document is summit-plan version {version}; this Summit Planner reads "
            f"version {FORMAT_VERSION}. Export it again as version {FORMAT_VERSION}, or use a "
            "newer Summit Planner.",
            [Problem("version", f"version {version} is newer than {FORMAT_VERSION}")],
        )


def _schema_message(error: jsonschema.ValidationError) -> str:
    validator = error.validator
    if validator == "required":
        missing = re.search(r"'([^']+)' is a required property", error.message)
        return f"missing required key '{missing[1]}'" if missing else error.message
    if validator == "oneOf" and error.absolute_path and error.absolute_path[-1] == "delegations":
        return 'must be "all" or a list of delegation ids'
    if validator == "enum":
        allowed = ", ".join(json.dumps(v) for v in error.validator_value)
        return f"{json.dumps(error.instance, ensure_ascii=False)} is not one of {allowed}"
    if validator == "pattern":
        kinds = {
            "datetime": "a date-time like 2021-10-11T09:00:00+06:00",
            "date": "a date like 2021-10-11",
            "clock": "a time like 09:00",
        }
        for name, expected in kinds.items():
            if error.validator_value == _schema()["$defs"][name]["pattern"]:
                return f"{json.dumps(error.instance, ensure_ascii=False)} is not {expected}"
        return f"{json.dumps(error.instance, ensure_ascii=False)} is not in the expected form"
    if validator == "type":
        return f"must be {_type_words(error.validator_value)}, found {_json_type(error.instance)}"
    return str(error.message)


def _type_words(value: str | list[str]) -> str:
    names = {
        "string": "text",
        "integer": "a whole number",
        "number": "a number",
        "object": "an object",
        "array": "a list",
        "boolean": "true or false",
        "null": "null",
    }
    if isinstance(value, list):
        return " or ".join(names.get(v, v) for v in value)
    return names.get(value, value)


def _json_type(value: Json) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int):
        return "a whole number"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    return "an object"


def _resolve(schema: Mapping[str, Any], root: Mapping[str, Any]) -> Mapping[str, Any]:
    while "$ref" in schema:
        schema = root["$defs"][schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def _unknown_keys(
    value: Json, schema: Mapping[str, Any], path: list[str | int]
) -> Iterator[Problem]:
    root = _schema()
    schema = _resolve(schema, root)
    if isinstance(value, dict) and "properties" in schema:
        known = schema["properties"]
        for key, item in value.items():
            if key not in known:
                yield Problem(json_path([*path, key]), "unknown key, ignored")
            else:
                yield from _unknown_keys(item, known[key], [*path, key])
    elif isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            yield from _unknown_keys(item, schema["items"], [*path, index])
    elif "oneOf" in schema and isinstance(value, list):
        for option in schema["oneOf"]:
            if "items" in option:
                yield from _unknown_keys(value, option, path)


class _SemanticChecker:
    """What the schema cannot say about the text: real dates and known time zones.

    Ids, references and values are checked on the built plan by
    :func:`planner.domain.integrity.check_plan`, the same check the editors use.
    """

    def __init__(self, document: dict[str, Any]) -> None:
        self.doc = document
        self.problems: list[Problem] = []
        self.tz: ZoneInfo | None = None

    def error(self, path: list[str | int], message: str) -> None:
        self.problems.append(Problem(json_path(path), message))

    def run(self) -> None:
        self.check_event()
        for path, text in _datetimes(self.doc):
            self.check_datetime(path, text)
        for index, delegation in enumerate(self.doc["delegations"]):
            for former_index, former in enumerate(delegation.get("former_names", ())):
                try:
                    date.fromisoformat(former["until"])
                except ValueError:
                    self.error(
                        ["delegations", index, "former_names", former_index, "until"],
                        f"{former['until']!r} is not a real date",
                    )

    def check_event(self) -> None:
        event = self.doc["event"]
        name = event["timezone"]
        if times.is_known_zone(name):
            self.tz = times.zone(name)
        else:
            self.error(
                ["event", "timezone"],
                f"unknown time zone {name!r} (use an IANA name such as Asia/Almaty)",
            )
        for key in ("start_date", "end_date"):
            try:
                date.fromisoformat(event[key])
            except ValueError:
                self.error(["event", key], f"{event[key]!r} is not a real date")
        for key in ("day_start", "day_end"):
            try:
                times.parse_clock(event[key])
            except ValueError:
                self.error(["event", key], f"{event[key]!r} is not a time of day (00:00–23:59)")

    def check_datetime(self, path: list[str | int], text: str) -> None:
        if self.tz is None:
            return
        try:
            times.parse_datetime(text, self.tz)
        except ValueError:
            self.error(path, f"{text!r} is not a real date and time")


def _datetimes(doc: dict[str, Any]) -> Iterator[tuple[list[str | int], str]]:
    """Every date-time in the document, with its path."""

    def window(
        path: list[str | int], value: Mapping[str, str] | None
    ) -> Iterator[tuple[list[str | int], str]]:
        for key in ("earliest", "latest"):
            if value and key in value:
                yield [*path, key], value[key]

    for index, venue in enumerate(doc["venues"]):
        for span_index, span in enumerate(venue.get("unavailable", [])):
            for key in ("start", "end"):
                yield ["venues", index, "unavailable", span_index, key], span[key]
    for index, delegation in enumerate(doc["delegations"]):
        for key in ("arrival", "departure"):
            yield ["delegations", index, key], delegation[key]
    for index, session in enumerate(doc.get("sessions", [])):
        if "start" in session.get("fixed", {}):
            yield ["sessions", index, "fixed", "start"], session["fixed"]["start"]
        yield from window(["sessions", index, "window"], session.get("window"))
    for index, request in enumerate(doc.get("bilateral_requests", [])):
        yield from window(["bilateral_requests", index, "window"], request.get("window"))
    for index, placement in enumerate(doc.get("schedule", [])):
        yield ["schedule", index, "start"], placement["start"]


def _build(doc: dict[str, Any], *, lenient: bool = False) -> Plan:
    event_doc = doc["event"]
    tz = times.zone(event_doc["timezone"])

    fallback = times.at(
        date.fromisoformat(event_doc["start_date"]), times.parse_clock(event_doc["day_start"]), tz
    )

    def when(text: str) -> datetime:
        try:
            return times.parse_datetime(text, tz)
        except ValueError:
            if lenient:
                return fallback
            raise

    def maybe(text: str | None) -> datetime | None:
        return None if text is None else when(text)

    def window(value: Mapping[str, str] | None) -> Window | None:
        if not value:
            return None
        return Window(maybe(value.get("earliest")), maybe(value.get("latest")))

    def features(values: list[str] | None) -> tuple[Feature, ...]:
        return canonical_features(values or ())

    def day(text: str) -> date:
        try:
            return date.fromisoformat(text)
        except ValueError:
            if lenient:
                return fallback.date()
            raise

    organizer = event_doc.get("organizer")
    precedence = event_doc.get("precedence", {})
    event = Event(
        id=event_doc["id"],
        name=event_doc["name"],
        city=event_doc["city"],
        timezone=event_doc["timezone"],
        start_date=date.fromisoformat(event_doc["start_date"]),
        end_date=date.fromisoformat(event_doc["end_date"]),
        day_start=times.parse_clock(event_doc["day_start"]),
        day_end=times.parse_clock(event_doc["day_end"]),
        slot_minutes=event_doc["slot_minutes"],
        changeover_minutes=event_doc["changeover_minutes"],
        organizer=Organizer(organizer["name"], organizer.get("email")) if organizer else None,
        languages=tuple(event_doc.get("languages", ())),
        precedence=PrecedenceRule(
            PrecedenceOrder(precedence.get("order", "alphabetical")), precedence.get("first")
        ),
    )
    venues = tuple(
        Venue(
            id=v["id"],
            name=v["name"],
            building=v["building"],
            capacity=v["capacity"],
            features=features(v["features"]),
            unavailable=tuple(
                Span(when(s["start"]), when(s["end"])) for s in v.get("unavailable", ())
            ),
        )
        for v in doc["venues"]
    )
    delegations = tuple(
        Delegation(
            id=d["id"],
            name=d["name"],
            kind=DelegationKind(d["kind"]),
            arrival=when(d["arrival"]),
            departure=when(d["departure"]),
            country=d.get("country"),
            precedence=d.get("precedence"),
            languages=tuple(d.get("languages", ())),
            timezone=d.get("timezone"),
            names=tuple(d.get("names", {}).items()),
            former_names=tuple(
                FormerName(f["name"], day(f["until"])) for f in d.get("former_names", ())
            ),
        )
        for d in doc["delegations"]
    )
    people = tuple(
        Person(
            id=p["id"],
            delegation=p["delegation"],
            given_name=p["given_name"],
            family_name=p["family_name"],
            rank=Rank(p["rank"]),
            role=Role(p["role"]),
            honorific=p.get("honorific"),
            position=p.get("position"),
            email=p.get("email"),
            remote=bool(p.get("remote", False)),
        )
        for p in doc.get("people", ())
    )

    def fixed(value: Mapping[str, str] | None) -> Fixed | None:
        if not value:
            return None
        return Fixed(maybe(value.get("start")), value.get("venue"))

    sessions = tuple(
        Session(
            id=s["id"],
            title=s["title"],
            kind=SessionKind(s["kind"]),
            duration_minutes=s["duration_minutes"],
            delegations=ALL if s["delegations"] == ALL else tuple(s["delegations"]),
            people=tuple(s.get("people", ())),
            seats_per_delegation=s.get("seats_per_delegation", 2),
            extra_seats=s.get("extra_seats", 0),
            needs=features(s.get("needs")),
            remote=tuple(s.get("remote", ())),
            fixed=fixed(s.get("fixed")),
            window=window(s.get("window")),
            after=tuple(s.get("after", ())),
            titles=tuple(s.get("titles", {}).items()),
        )
        for s in doc.get("sessions", ())
    )
    requests = tuple(
        BilateralRequest(
            id=r["id"],
            from_delegation=r["from"],
            to_delegation=r["to"],
            duration_minutes=r["duration_minutes"],
            priority=r["priority"],
            window=window(r.get("window")),
            needs=features(r.get("needs")),
            status=RequestStatus(r.get("status", "requested")),
        )
        for r in doc.get("bilateral_requests", ())
    )
    schedule = tuple(
        Placement(
            item=p["item"],
            start=when(p["start"]),
            venue=p["venue"],
            locked=bool(p.get("locked", False)),
        )
        for p in doc.get("schedule", ())
    )
    return Plan(event, venues, delegations, people, sessions, requests, schedule)


# Writing ------------------------------------------------------------------


def plan_to_document(plan: Plan) -> dict[str, Any]:
    """The plan as a summit-plan document (a JSON-ready dict, in a stable order)."""
    tz = plan.event.zone

    def when(value: datetime) -> str:
        return times.format_datetime(value, tz)

    def window(value: Window | None) -> dict[str, str] | None:
        if value is None:
            return None
        return _compact(
            {"earliest": _opt(value.earliest, when), "latest": _opt(value.latest, when)}
        )

    event = plan.event
    event_doc = _compact(
        {
            "id": event.id,
            "name": event.name,
            "city": event.city,
            "timezone": event.timezone,
            "start_date": event.start_date.isoformat(),
            "end_date": event.end_date.isoformat(),
            "day_start": times.format_clock(event.day_start),
            "day_end": times.format_clock(event.day_end),
            "slot_minutes": event.slot_minutes,
            "changeover_minutes": event.changeover_minutes,
            "organizer": _compact({"name": event.organizer.name, "email": event.organizer.email})
            if event.organizer
            else None,
            "languages": list(event.languages) or None,
            "precedence": _compact(
                {"order": event.precedence.order.value, "first": event.precedence.first}
            ),
        }
    )
    sessions_by_id = plan.session_by_id
    document: dict[str, Any] = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "event": event_doc,
        "venues": [
            _compact(
                {
                    "id": v.id,
                    "name": v.name,
                    "building": v.building,
                    "capacity": v.capacity,
                    "features": [f.value for f in v.features],
                    "unavailable": [
                        {"start": when(s.start), "end": when(s.end)} for s in v.unavailable
                    ]
                    or None,
                }
            )
            for v in plan.venues
        ],
        "delegations": [
            _compact(
                {
                    "id": d.id,
                    "name": d.name,
                    "kind": d.kind.value,
                    "country": d.country,
                    "precedence": d.precedence,
                    "arrival": when(d.arrival),
                    "departure": when(d.departure),
                    "languages": list(d.languages) or None,
                    "timezone": d.timezone,
                    "names": dict(d.names) or None,
                    "former_names": [
                        {"name": f.name, "until": f.until.isoformat()} for f in d.former_names
                    ]
                    or None,
                }
            )
            for d in plan.delegations
        ],
        "people": [
            _compact(
                {
                    "id": p.id,
                    "delegation": p.delegation,
                    "honorific": p.honorific,
                    "given_name": p.given_name,
                    "family_name": p.family_name,
                    "position": p.position,
                    "rank": p.rank.value,
                    "role": p.role.value,
                    "email": p.email,
                    "remote": True if p.remote else None,
                }
            )
            for p in plan.people
        ],
        "sessions": [
            _compact(
                {
                    "id": s.id,
                    "title": s.title,
                    "kind": s.kind.value,
                    "duration_minutes": s.duration_minutes,
                    "delegations": ALL if s.for_all else list(s.delegations),
                    "people": list(s.people) or None,
                    "seats_per_delegation": s.seats_per_delegation,
                    "extra_seats": s.extra_seats,
                    "needs": [f.value for f in s.needs] or None,
                    "remote": list(s.remote) or None,
                    "fixed": _compact({"start": _opt(s.fixed.start, when), "venue": s.fixed.venue})
                    if s.fixed
                    else None,
                    "window": window(s.window),
                    "after": list(s.after) or None,
                    "titles": dict(s.titles) or None,
                }
            )
            for s in plan.sessions
        ],
        "bilateral_requests": [
            _compact(
                {
                    "id": r.id,
                    "from": r.from_delegation,
                    "to": r.to_delegation,
                    "duration_minutes": r.duration_minutes,
                    "priority": r.priority,
                    "window": window(r.window),
                    "needs": [f.value for f in r.needs] or None,
                    "status": r.status.value,
                }
            )
            for r in plan.requests
        ],
        "schedule": [
            _compact(
                {
                    "item": p.item,
                    "start": when(p.start),
                    "venue": p.venue,
                    "locked": True if p.locked else None,
                }
            )
            for p in sorted(
                plan.schedule,
                key=lambda p: (
                    times.minutes(p.start),
                    p.venue,
                    p.item not in sessions_by_id,
                    p.item,
                ),
            )
        ],
    }
    return document


def dump_plan(plan: Plan) -> str:
    """The plan as summit-plan JSON text (UTF-8 ready, newline at the end)."""
    return json.dumps(plan_to_document(plan), ensure_ascii=False, indent=2) + "\n"


def _compact(values: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in values.items() if value is not None}


def _opt(value: datetime | None, render: Callable[[datetime], str]) -> str | None:
    return None if value is None else render(value)
