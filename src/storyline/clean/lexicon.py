"""The general vocabulary of the cleaner, read once from ``storyline/data/clean_*.json``."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from storyline.errors import ModelError


@dataclass(frozen=True)
class Narrative:
    """Signs, for one language, that a short sentence narrates rather than titles."""

    words: frozenset[str]
    starts: frozenset[str]
    suffixes: tuple[str, ...]


@dataclass(frozen=True)
class Lexicon:
    """Every word list the cleaner relies on, lower-cased."""

    stopwords: dict[str, frozenset[str]]
    language_chars: dict[str, frozenset[str]]
    narrative: dict[str, Narrative]
    second_person: frozenset[str]
    first_person: frozenset[str]
    imperatives: frozenset[str]
    ad_labels: tuple[str, ...]
    read_more: tuple[str, ...]
    photo_words: tuple[str, ...]
    caption_labels: tuple[str, ...]
    source_labels: tuple[str, ...]
    source_markers: tuple[str, ...]
    with_words: tuple[str, ...]
    byline_words: tuple[str, ...]
    name_joiners: tuple[str, ...]
    name_particles: frozenset[str]
    credit_phrases: tuple[str, ...]
    credit_leads: tuple[str, ...]
    published_labels: tuple[str, ...]
    agencies: dict[str, str]  # any spelling (lower case) -> canonical name

    def agency(self, name: str) -> str | None:
        """Canonical name of a news agency, or None when ``name`` is not one."""
        return self.agencies.get(" ".join(name.lower().split()))


def _read(name: str) -> dict[str, Any]:
    try:
        text = resources.files("storyline.data").joinpath(name).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError) as exc:
        raise ModelError(
            f"data file storyline/data/{name} is missing: reinstall storyline "
            "(pip install -e .) so its package data is present"
        ) from exc
    data: dict[str, Any] = json.loads(text)
    return data


def _words(values: list[str]) -> frozenset[str]:
    return frozenset(v.lower() for v in values)


def _longest_first(values: list[str]) -> tuple[str, ...]:
    return tuple(sorted((v.lower() for v in values), key=len, reverse=True))


@cache
def lexicon() -> Lexicon:
    """The cleaner's vocabulary (loaded once per process)."""
    stop = _read("clean_stopwords.json")
    lex = _read("clean_lexicon.json")
    narrative = {
        lang: Narrative(_words(spec["words"]), _words(spec["starts"]), tuple(spec["suffixes"]))
        for lang, spec in lex["narrative"].items()
        if not lang.startswith("_")
    }
    agencies: dict[str, str] = {}
    for canonical, spellings in lex["wire_agencies"].items():
        if canonical.startswith("_"):
            continue
        agencies[canonical.lower()] = canonical
        for spelling in spellings:
            agencies[spelling.lower()] = canonical
    return Lexicon(
        stopwords={k: _words(v) for k, v in stop.items() if not k.startswith("_")},
        language_chars={
            k: frozenset(v) for k, v in lex["language_chars"].items() if not k.startswith("_")
        },
        narrative=narrative,
        second_person=_words(lex["reader_address"]["second"]),
        first_person=_words(lex["reader_address"]["first"]),
        imperatives=_words(lex["imperatives"]["words"]),
        ad_labels=_longest_first(lex["ad_labels"]),
        read_more=_longest_first(lex["read_more"]),
        photo_words=_longest_first(lex["photo_words"]),
        caption_labels=_longest_first(lex["caption_labels"]),
        source_labels=_longest_first(lex["source_labels"]),
        source_markers=_longest_first(lex["source_markers"]),
        with_words=_longest_first(lex["with_words"]),
        byline_words=_longest_first(lex["byline_words"]),
        name_joiners=_longest_first(lex["name_joiners"]),
        name_particles=_words(lex["name_particles"]),
        credit_phrases=_longest_first(lex["credit_phrases"]),
        credit_leads=_longest_first(lex["credit_leads"]),
        published_labels=_longest_first(lex["published_labels"]),
        agencies=agencies,
    )
