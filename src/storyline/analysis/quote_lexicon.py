"""The French reporting lexicon (``data/reporting_verbs.json``) and token-level look-ups on it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from storyline.errors import ModelError

if TYPE_CHECKING:
    from spacy.tokens import Token

LEXICON_FILE = "reporting_verbs.json"
QUE_FORMS = frozenset({"que", "qu'", "qu’"})
NEGATIONS = frozenset({"ne", "n'", "n’", "pas", "jamais", "guère", "nullement"})


@dataclass(frozen=True)
class Lexicon:
    """Reporting verbs with their class, and the nouns that mark sources, offices and media."""

    verbs: dict[str, str]
    phrasal: dict[str, tuple[str, ...]]
    infinitive_classes: frozenset[str]
    no_clause_classes: frozenset[str]
    weak_verbs: frozenset[str]
    source_nouns: frozenset[str]
    person_nouns: frozenset[str]
    office_nouns: frozenset[str]
    media_nouns: tuple[str, ...]
    pronouns: dict[str, tuple[str, str]]
    blocking_before_que: frozenset[str]

    def cue_class(self, lemma: str | None) -> str | None:
        return self.verbs.get(lemma) if lemma else None

    def cue_lemma(self, token: Token, *, guess: bool = False) -> str | None:
        """The lexicon lemma ``token`` stands for ("faire savoir" on "fait"), or None.

        ``guess`` also tries the infinitive of a regular -er form the tagger took for a noun
        ("note"); callers use it only where a verb is expected (after a quotation).
        """
        if token.text[:1].isupper() and not token.is_sent_start:
            return None
        lemma = token.lemma_.lower()
        if lemma in self.phrasal and token.pos_ in ("VERB", "AUX"):
            following = token.doc[token.i + 1: token.i + 3]
            for second in self.phrasal[lemma]:
                if following[:1].text.lower() == second or following.text.lower() == second:
                    return f"{lemma} {second}"
            return None
        if lemma in self.verbs and (token.pos_ == "VERB" or _verb_form(token)):
            return lemma
        nxt = token.doc[token.i + 1].lower_ if token.i + 1 < len(token.doc) else ""
        if (guess or nxt in QUE_FORMS) and token.pos_ in ("NOUN", "ADJ", "VERB"):
            guessed = lemma if lemma in self.verbs else _guess_lemma(token.lower_)
            return guessed if guessed in self.verbs else None
        return None

    def takes_clause(self, lemma: str) -> bool:
        return self.verbs.get(lemma) not in self.no_clause_classes

    def takes_infinitive(self, lemma: str) -> bool:
        return self.verbs.get(lemma) in self.infinitive_classes

    def is_weak(self, lemma: str) -> bool:
        return lemma in self.weak_verbs


def _verb_form(token: Token) -> bool:
    return bool(feature(token, "VerbForm"))


def feature(token: Token, name: str) -> str:
    """The token's first value of morphological feature ``name`` ("" when it has none)."""
    values = token.morph.get(name, [])
    return str(values[0]) if values else ""


def _guess_lemma(form: str) -> str:
    """Infinitive of a regular -er verb form the tagger missed ("note" -> "noter")."""
    for ending, stem_cut in (("aient", 5), ("ait", 3), ("ent", 3), ("ée", 2), ("és", 2), ("é", 1), ("a", 1)):
        if form.endswith(ending) and len(form) > len(ending) + 2:
            return form[:-stem_cut] + "er"
    if form.endswith("e"):
        return form + "r"
    return form


def is_negated(token: Token) -> bool:
    """A verb with "ne", "pas" or "jamais" among its dependents ("n'a pas dit que")."""
    return any(child.lower_ in NEGATIONS for child in token.children)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read the lexicon shipped with Storyline (once per process)."""
    try:
        raw: dict[str, Any] = json.loads(
            resources.files("storyline.data").joinpath(LEXICON_FILE).read_text(encoding="utf-8")
        )
        return Lexicon(
            verbs=dict(raw["verbs"]),
            phrasal={k: tuple(v) for k, v in raw["phrasal_verbs"].items()},
            infinitive_classes=frozenset(raw["infinitive_classes"]),
            no_clause_classes=frozenset(raw["no_clause_classes"]),
            weak_verbs=frozenset(raw["weak_verbs"]),
            source_nouns=frozenset(raw["source_nouns"]),
            person_nouns=frozenset(raw["person_nouns"]),
            office_nouns=frozenset(raw["office_nouns"]),
            media_nouns=tuple(raw["media_nouns"]),
            pronouns={k: (v[0], v[1]) for k, v in raw["pronouns"].items()},
            blocking_before_que=frozenset(raw["blocking_before_que"]),
        )
    except (OSError, KeyError, ValueError) as exc:
        raise ModelError(
            f"the reporting lexicon storyline/data/{LEXICON_FILE} is missing or malformed ({exc}); "
            "reinstall Storyline or restore the file from the repository"
        ) from exc
