"""Reading summit-plan documents: every problem found before the plan is built.

Reading validates the whole document before building anything: the JSON
Schema, then ids, references, heads of delegation, dates and time zones. Every
problem is reported with its JSON path (``delegations[3].arrival``) and the
plan is built only when there is none. Unknown keys are warnings.

The mapping of the document's fields to the plan, both ways, and the writing
of documents are :mod:`planner.interchange.plan_document`.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from typing import Any
from zoneinfo import ZoneInfo

import jsonschema

from planner.domain import integrity, times
from planner.domain.model import Plan
from planner.errors import Problem, ValidationError
from planner.interchange.plan_document import FORMAT_NAME, FORMAT_VERSION, plan_from_document

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
    plan = plan_from_document(document, lenient=bool(checker.problems))
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
