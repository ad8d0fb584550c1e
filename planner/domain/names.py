"""Names of the day and names in other languages.

A delegation is called by the English short name in force on a date (its
``former_names`` say until when each earlier name held), so a 2021 plan speaks
of Turkey and a 2023 plan of Türkiye. Documents in another language use the
delegation's ``names`` and a session's ``titles`` in that language, falling
back to the English name in force and the English title.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planner.domain.model import Delegation, Plan, Session, Translations

ENGLISH = "en"


def name_on(delegation: Delegation, day: date) -> str:
    """The delegation's English short name in force on ``day``.

    The former name with the earliest ``until`` after ``day`` was the name
    then; with none, the present ``name`` is.
    """
    later = [former for former in delegation.former_names if day < former.until]
    if not later:
        return delegation.name
    return min(later, key=lambda former: former.until).name


def known_names(delegation: Delegation, name_in_force: Callable[[str], str]) -> tuple[str, ...]:
    """Every name the delegation goes by: in force, present, former, other languages.

    ``name_in_force`` gives the name in force by id (``Plan.delegation_name``);
    lists written by others may use any of them.
    """
    return tuple(
        dict.fromkeys(
            (
                name_in_force(delegation.id),
                delegation.name,
                *(former.name for former in delegation.former_names),
                *(text for _tag, text in delegation.names),
            )
        )
    )


def primary_language(tag: str) -> str:
    """``ru-RU`` -> ``ru``: the language of a BCP 47 tag, in lower case."""
    return tag.split("-", 1)[0].casefold()


def is_english(language: str | None) -> bool:
    return language is None or primary_language(language) == ENGLISH


def translation(texts: Translations, language: str | None) -> str | None:
    """The text for ``language``: the same tag first, then the same language.

    ``ru-RU`` finds ``ru``, and ``ru`` finds ``ru-RU``; tags are compared
    without regard to case, as BCP 47 says.
    """
    if language is None or not texts:
        return None
    wanted = language.casefold()
    for tag, text in texts:
        if tag.casefold() == wanted:
            return text
    base = primary_language(language)
    for tag, text in texts:
        if primary_language(tag) == base:
            return text
    return None


def delegation_name_in(plan: Plan, delegation_id: str, language: str | None) -> str:
    """The delegation's name in ``language``, else its English name at the event.

    ``None`` or any English tag gives the English name in force on the event's
    first day (see :attr:`Plan.delegation_names`).
    """
    english = plan.delegation_name(delegation_id)
    delegation = plan.delegation_by_id.get(delegation_id)
    if delegation is None or is_english(language):
        return english
    return translation(delegation.names, language) or english


def session_title_in(session: Session, language: str | None) -> str:
    """The session's title in ``language``, else its (English) title."""
    if is_english(language):
        return session.title
    return translation(session.titles, language) or session.title
