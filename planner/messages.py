"""Translated words outside the window: the command line's messages and printed documents.

There is one set of translation catalogues, ``resources/translations/planner_<language>.ts``
(made by lupdate from every ``tr()`` string, compiled to ``.qm``). The window
hands the compiled files to Qt; everything without Qt reads the same files
here, so a word is translated once for both. A message with no translation,
or a language with no catalogue, stays in English.

Two languages are in play: the user's (:func:`tr`, the command line's
messages) and a printed document's (:func:`document_tr`, set for the time a
document is built by :func:`document_language`), which may differ: an officer
in Jakarta prints the Russian roster. Modules mark words for lupdate by
calling them ``tr`` (``from planner.messages import document_tr as tr``), and
words kept in tables by ``QT_TR_NOOP``.
"""

from __future__ import annotations

import locale
import os
import struct
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache

from planner.resource_files import TRANSLATIONS, resource_path

ENGLISH = "en"
LANGUAGE_NAMES = {
    "en": "English",
    "ru": "Русский",
    "kk": "Қазақ тілі",
    "id": "Bahasa Indonesia",
}
"""The languages Summit Planner speaks, each by its own name."""

_QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_BLOCK_MESSAGES = 0x69
_TAG_END, _TAG_TRANSLATION, _TAG_OBSOLETE1 = 1, 3, 5
_TAG_SOURCE, _TAG_CONTEXT, _TAG_COMMENT = 6, 7, 8
_TAGS_WITH_TEXT = {2, 4, _TAG_SOURCE, _TAG_CONTEXT, _TAG_COMMENT}
_NO_TEXT = 0xFFFFFFFF


class CatalogueError(ValueError):
    """A compiled catalogue that is not a Qt .qm file (or is cut short)."""


Key = tuple[str, str, str]
"""A message: its context, its source text and its disambiguation (usually empty)."""


def read_qm(data: bytes) -> dict[Key, str]:
    """The translations in a Qt ``.qm`` file, by (context, source text, disambiguation).

    lrelease keeps each message's source text and context beside its
    translation, so the file can be read without Qt. A plural message gives
    its first form.
    """
    if not data.startswith(_QM_MAGIC):
        raise CatalogueError("not a compiled Qt translation (.qm) file")
    translations: dict[Key, str] = {}
    at = len(_QM_MAGIC)
    try:
        while at < len(data):
            tag = data[at]
            (length,) = struct.unpack_from(">I", data, at + 1)
            at += 5
            if at + length > len(data):
                raise IndexError  # the block runs past the end of the file
            if tag == _BLOCK_MESSAGES:
                translations.update(_messages(data[at : at + length]))
            at += length
    except (struct.error, IndexError, UnicodeDecodeError):
        raise CatalogueError("the .qm file is cut short") from None
    return translations


def _messages(block: bytes) -> dict[Key, str]:
    found: dict[Key, str] = {}
    at = 0
    while at < len(block):
        translation: str | None = None
        texts: dict[int, str] = {}
        while (tag := block[at]) != _TAG_END:
            at += 1
            if tag == _TAG_OBSOLETE1:
                at += 4
                continue
            if tag != _TAG_TRANSLATION and tag not in _TAGS_WITH_TEXT:
                raise CatalogueError(f"unknown message field {tag} in the .qm file")
            (length,) = struct.unpack_from(">I", block, at)
            at += 4
            if length == _NO_TEXT:
                continue
            if at + length > len(block):
                raise IndexError  # a text runs past the end of its block
            raw = block[at : at + length]
            at += length
            if tag == _TAG_TRANSLATION:
                if translation is None:
                    translation = raw.decode("utf-16-be")
            else:
                texts[tag] = raw.decode("utf-8")
        at += 1
        source = texts.get(_TAG_SOURCE)
        if translation and source is not None:
            key = (texts.get(_TAG_CONTEXT, ""), source, texts.get(_TAG_COMMENT, ""))
            found[key] = translation
    return found


@dataclass(frozen=True)
class Catalogue:
    """The translations into one language; English (the source) has none."""

    language: str
    translations: Mapping[Key, str] = field(default_factory=dict)

    def tr(self, text: str, disambiguation: str = "", context: str = "") -> str:
        """``text`` in this catalogue's language, or as written when it has no translation.

        ``disambiguation`` tells apart one English word with two meanings (as
        Qt's ``tr(text, disambiguation)``): a venue's "Name" and a person's.
        """
        return self.translations.get((context, text, disambiguation), text)


def base_language(tag: str) -> str:
    """``ru_RU.UTF-8`` / ``ru-RU`` / ``kk@cyrillic`` -> ``ru`` / ``kk``; ``C`` -> ``en``."""
    base = tag.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return ENGLISH if base in ("", "c", "posix") else base


@cache
def catalogue(language: str) -> Catalogue:
    """The catalogue for ``language`` (a tag such as ``ru`` or ``ru_RU``); English when none.

    Raises:
        CatalogueError: the shipped catalogue is damaged.
    """
    base = base_language(language)
    if base == ENGLISH:
        return Catalogue(ENGLISH)
    try:
        path = resource_path(TRANSLATIONS, f"planner_{base}.qm")
    except FileNotFoundError:
        return Catalogue(ENGLISH)
    return Catalogue(base, read_qm(path.read_bytes()))


def system_language(environment: Mapping[str, str] | None = None) -> str:
    """The user's language as gettext finds it: LANGUAGE's list, then LC_ALL, LC_MESSAGES or LANG.

    The first of them that Summit Planner speaks wins; otherwise English.
    """
    env = os.environ if environment is None else environment
    setting = next((env[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(name)), "")
    if not setting and environment is None:  # Windows and macOS set none of them
        setting = locale.getlocale()[0] or ""
    for candidate in [*env.get("LANGUAGE", "").split(":"), setting]:
        if candidate and (base := base_language(candidate)) in LANGUAGE_NAMES:
            return base
    return ENGLISH


def tr(text: str, disambiguation: str = "") -> str:
    """``text`` in the user's language (the command line's messages)."""
    return catalogue(system_language()).tr(text, disambiguation)


def QT_TR_NOOP(text: str) -> str:  # named as lupdate looks for it
    """Mark ``text`` for the catalogues where it is written; translate it where it is used."""
    return text


_document_language: ContextVar[str] = ContextVar("document_language", default=ENGLISH)


@contextmanager
def document_language(language: str | None) -> Iterator[str]:
    """Build documents in ``language`` (a tag such as ``ru`` or ``ru-RU``) inside the block.

    Yields the base language the documents speak (``en`` for ``None``).
    """
    token = _document_language.set(base_language(language or ENGLISH))
    try:
        yield _document_language.get()
    finally:
        _document_language.reset(token)


def current_document_language() -> str:
    return _document_language.get()


def document_tr(text: str, disambiguation: str = "") -> str:
    """``text`` in the language of the document being built (English outside one)."""
    return catalogue(_document_language.get()).tr(text, disambiguation)
