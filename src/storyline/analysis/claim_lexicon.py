"""The general French words the numeric-claims stage needs, read from ``data/claims_lexicon.json``."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from storyline.errors import ModelError

LEXICON_FILE = "claims_lexicon.json"


@dataclass(frozen=True)
class ClaimLexicon:
    """Word lists for units, qualifiers and sources; every word is lower case."""

    time_units: frozenset[str]
    months: frozenset[str]
    weekdays: frozenset[str]
    fractions: frozenset[str]
    address_words: frozenset[str]
    percent: frozenset[str]
    currencies: dict[str, tuple[str, float]]  # word -> (ISO 4217 code, multiplier)
    measures: dict[str, str]  # word -> unit symbol
    approximations: dict[str, int]  # "vingtaine" -> 20
    definite_determiners: frozenset[str]
    qualifiers_before: dict[str, str]  # phrase -> canonical qualifier
    qualifiers_after: dict[str, str | None]
    qualifying_verbs: dict[str, str]  # lemma -> canonical qualifier
    record_words: frozenset[str]
    restrictive_negation: frozenset[str]
    reporting_verbs: frozenset[str]
    clause_only_verbs: frozenset[str]  # reporting only before a clause ("soutenir que")
    incise_verbs: frozenset[str]
    source_prepositions: frozenset[str]
    prenominal_adjectives: frozenset[str]

    @property
    def longest_qualifier(self) -> int:
        """Number of words of the longest qualifier phrase."""
        return max(len(p.split()) for p in self.qualifiers_before)


def _words(data: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in data[key])


@lru_cache(maxsize=1)
def load_lexicon() -> ClaimLexicon:
    """Read the lexicon once per process."""
    try:
        text = resources.files("storyline.data").joinpath(LEXICON_FILE).read_text(encoding="utf-8")
        data = json.loads(text)
        return ClaimLexicon(
            time_units=_words(data, "time_units"),
            months=_words(data, "months"),
            weekdays=_words(data, "weekdays"),
            fractions=_words(data, "fractions"),
            address_words=_words(data, "address_words"),
            percent=_words(data, "percent"),
            currencies={k: (v[0], float(v[1])) for k, v in data["currencies"].items()},
            measures=dict(data["measures"]),
            approximations={k: int(v) for k, v in data["approximations"].items()},
            definite_determiners=_words(data, "definite_determiners"),
            qualifiers_before=dict(data["qualifiers_before"]),
            qualifiers_after=dict(data["qualifiers_after"]),
            qualifying_verbs=dict(data["qualifying_verbs"]),
            record_words=_words(data, "record_words"),
            restrictive_negation=_words(data, "restrictive_negation"),
            reporting_verbs=_words(data, "reporting_verbs"),
            clause_only_verbs=_words(data, "clause_only_verbs"),
            incise_verbs=_words(data, "incise_verbs"),
            source_prepositions=_words(data, "source_prepositions"),
            prenominal_adjectives=_words(data, "prenominal_adjectives"),
        )
    except (OSError, KeyError, ValueError, TypeError, IndexError) as exc:
        raise ModelError(
            f"cannot read the numeric-claims lexicon storyline/data/{LEXICON_FILE}: {exc}; "
            "reinstall Storyline or restore the file from the repository"
        ) from exc
