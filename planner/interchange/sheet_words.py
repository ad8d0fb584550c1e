"""The words of an accreditation list: its column headers, ranks, roles and honorifics.

Headers and words are compared without case, accents or punctuation, in
English, French and Russian, so "Surname", "LAST NAME" and "Фамилия" all
mean the family name, and "HoD" the head of the delegation.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from enum import StrEnum

from planner.domain.model import Rank, Role


class Field(StrEnum):
    """What a column of an accreditation list holds."""

    DELEGATION = "delegation"
    ISO_CODE = "iso_code"
    HONORIFIC = "honorific"
    GIVEN_NAME = "given_name"
    FAMILY_NAME = "family_name"
    POSITION = "position"
    RANK = "rank"
    ROLE = "role"
    EMAIL = "email"
    ARRIVAL = "arrival"
    DEPARTURE = "departure"


HEADER_SYNONYMS: Mapping[Field, tuple[str, ...]] = {
    Field.DELEGATION: (
        "Delegation",
        "Country",
        "Country/Delegation",
        "Delegation/Country",
        "Country or organisation",
        "Country/Organisation",
        "Country/Organization",
        "Organisation",
        "Organization",
        "Member State",
        "State",
        "Nation",
        "Délégation",
        "Pays",
        "Делегация",
        "Страна",
    ),
    Field.ISO_CODE: (
        "ISO code",
        "ISO",
        "ISO 3166",
        "ISO2",
        "Alpha-2",
        "Country code",
        "Code",
        "Код страны",
    ),
    Field.HONORIFIC: ("Title", "Honorific", "Salutation", "Prefix", "Civilité", "Обращение"),
    Field.GIVEN_NAME: (
        "Given name",
        "Given names",
        "First name",
        "First names",
        "Forename",
        "Forenames",
        "Firstname",
        "Prénom",
        "Имя",
    ),
    Field.FAMILY_NAME: (
        "Family name",
        "Surname",
        "Last name",
        "Lastname",
        "Nom",
        "Nom de famille",
        "Фамилия",
    ),
    Field.POSITION: (
        "Position",
        "Function",
        "Job title",
        "Designation",
        "Post",
        "Office",
        "Fonction",
        "Должность",
    ),
    Field.RANK: ("Rank", "Protocol rank", "Level", "Rang", "Ранг"),
    Field.ROLE: ("Role", "Role in delegation", "Delegation role", "Rôle", "Роль"),
    Field.EMAIL: (
        "E-mail",
        "Email",
        "E-mail address",
        "Email address",
        "Mail",
        "Courriel",
        "Электронная почта",
        "Эл. почта",
    ),
    Field.ARRIVAL: ("Arrival", "Arrives", "Arrival date", "Прибытие"),
    Field.DEPARTURE: ("Departure", "Departs", "Departure date", "Отъезд", "Убытие"),
}
"""Headers each field is recognised by (compared without case, accents or punctuation)."""

USED_FIELDS = frozenset(Field) - {Field.ARRIVAL, Field.DEPARTURE}
"""Fields that reach the plan. Arrival and departure belong to the delegation: read, not used."""


def fold(text: str) -> str:
    """Text without accents and case, with punctuation and spacing as single spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()
    return " ".join("".join(char if char.isalnum() else " " for char in bare).split())


def header_key(text: str) -> str:
    """How a header is compared: ``E-mail``, ``email`` and ``E MAIL`` are one."""
    return fold(text).replace(" ", "")


HEADER_INDEX: Mapping[str, Field] = {
    header_key(synonym): name for name, synonyms in HEADER_SYNONYMS.items() for synonym in synonyms
}

_RANK_WORDS: Mapping[Rank, tuple[str, ...]] = {
    Rank.HEAD_OF_STATE: ("head of state", "hos", "president", "king", "queen", "emir", "sultan"),
    Rank.HEAD_OF_GOVERNMENT: (
        "head of government",
        "hog",
        "prime minister",
        "premier",
        "chancellor",
    ),
    Rank.VICE_PRESIDENT: ("vice president", "vp"),
    Rank.MINISTER: (
        "minister",
        "foreign minister",
        "minister of foreign affairs",
        "cabinet minister",
        "secretary of state",
        "mfa",
    ),
    Rank.DEPUTY_MINISTER: (
        "deputy minister",
        "vice minister",
        "deputy foreign minister",
        "minister of state",
        "state secretary",
    ),
    Rank.AMBASSADOR: (
        "ambassador",
        "amb",
        "ambassador extraordinary and plenipotentiary",
        "permanent representative",
        "charge d affaires",
    ),
    Rank.SENIOR_OFFICIAL: ("senior official", "som", "senior officer", "director general"),
    Rank.OFFICIAL: ("official", "officer", "diplomat", "delegate"),
    Rank.STAFF: ("staff", "support staff", "support", "assistant"),
}

_ROLE_WORDS: Mapping[Role, tuple[str, ...]] = {
    Role.HEAD: (
        "head",
        "head of delegation",
        "head of the delegation",
        "hod",
        "delegation head",
        "chief of delegation",
        "leader",
    ),
    Role.DEPUTY: (
        "deputy",
        "deputy head",
        "deputy head of delegation",
        "deputy hod",
        "alternate",
        "alternate head",
    ),
    Role.MEMBER: ("member", "delegation member", "member of delegation", "delegate"),
    Role.ADVISER: ("adviser", "advisor", "expert", "consultant"),
    Role.INTERPRETER: ("interpreter", "translator"),
    Role.SECURITY: ("security", "security officer", "close protection", "bodyguard"),
    Role.PRESS: ("press", "press officer", "media", "journalist", "photographer"),
    Role.LIAISON: ("liaison", "liaison officer", "lo"),
}


def _word_index(
    table: Mapping[Rank, tuple[str, ...]] | Mapping[Role, tuple[str, ...]],
) -> dict[str, str]:
    index: dict[str, str] = {}
    for value, words in table.items():
        index[fold(value.value)] = value.value
        for word in words:
            index[fold(word)] = value.value
    return index


_RANK_INDEX = _word_index(_RANK_WORDS)
_ROLE_INDEX = _word_index(_ROLE_WORDS)

_HONORIFICS = {
    "he": "H.E.",
    "h e": "H.E.",
    "his excellency": "H.E.",
    "her excellency": "H.E.",
    "excellency": "H.E.",
    "mr": "Mr.",
    "mister": "Mr.",
    "ms": "Ms.",
    "mrs": "Mrs.",
    "miss": "Miss",
    "dr": "Dr.",
    "prof": "Prof.",
}


def parse_rank(text: str) -> Rank | None:
    """A rank from the words officers write ("Minister", "Deputy Minister", "HoS")."""
    value = _RANK_INDEX.get(fold(text))
    return Rank(value) if value else None


def parse_role(text: str) -> Role | None:
    """A role from the words officers write ("Head of Delegation", "HoD", "Advisor")."""
    value = _ROLE_INDEX.get(fold(text))
    return Role(value) if value else None


def normalise_honorific(text: str) -> str:
    """``HE``, ``His Excellency`` -> ``H.E.``; ``Mr`` -> ``Mr.``; others kept as written."""
    return _HONORIFICS.get(fold(text), text)


DEFAULT_HEADERS: Mapping[Field, str] = {name: HEADER_SYNONYMS[name][0] for name in Field}
"""The header a field is named by where the sheet has none for it."""
