"""The vocabulary of the entities stage (``data/entity_lexicon.json``) and look-ups on it."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from storyline.analysis.parse import text_of
from storyline.errors import ModelError
from storyline.spelling import fold

if TYPE_CHECKING:
    from spacy.tokens import Doc

LEXICON_FILE = "entity_lexicon.json"
ARTICLES = frozenset({"le", "la", "l'", "l’", "les"})
CONTRACTED = frozenset({"du", "des", "au", "aux"})
DETERMINERS_OF_REFERENCE = frozenset({  # a phrase with one of these points at someone known
    "le", "la", "l'", "l’", "les", "du", "au", "aux", "ce", "cet", "cette", "ces",
    "son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos"})

QUANTITY_NOUNS = frozenset({  # "des milliers de manifestants": a counted group
    "dizaine", "dizaines", "douzaine", "douzaines", "quinzaine", "vingtaine", "vingtaines", "trentaine",
    "quarantaine", "cinquantaine", "soixantaine", "centaine", "centaines", "millier", "milliers",
    "million", "millions"})


@dataclass(frozen=True)
class EntityLexicon:
    """Honorifics, role, leader, body, people, person, organisation and document nouns, title
    synonyms, nationality adjectives, the stateless peoples' adjectives and fixed phrases."""

    honorifics: frozenset[str]
    role_nouns: frozenset[str]
    leader_nouns: frozenset[str]
    body_nouns: frozenset[str]
    nationalities: dict[str, str]  # folded masculine singular adjective -> country
    countries: frozenset[str]  # folded country names
    not_names: frozenset[str]  # folded single words that are never names ("Vendredi")
    people_nouns: frozenset[str]  # "mineurs", "manifestants": unnamed people an article follows
    people_phrases: dict[str, tuple[str, ...]]  # first word -> folded people nouns of several words
    document_nouns: frozenset[str]  # "rapport", "communiqué": writings that can act in an event
    person_nouns: frozenset[str]  # "homme", "membre": anyone, someone known after "ce", "cet", "cette"
    title_synonyms: dict[str, frozenset[str]]  # folded role noun -> folded nouns of the same office
    peoples: dict[str, str]  # folded adjective of a stateless people -> its name ("Palestiniens")
    fixed_phrases: dict[str, tuple[str, ...]]  # folded first word -> folded phrases ("coup d'etat")
    organisation_nouns: frozenset[str]  # lower case: "syndicats", "ong": unnamed ORG groups
    camp_nouns: frozenset[str] = frozenset()  # "l'opposition", "la majorité": bodies after "le / la"
    civilian_roles: frozenset[str] = frozenset()  # "journaliste": a role that acts for no state

    def is_role(self, word: str) -> bool:
        """A role noun in the singular or the plural ("responsables", "généraux")."""
        word = word.lower()
        return word in self.role_nouns or (word[-1:] in ("s", "x") and word[:-1] in self.role_nouns) \
            or (word.endswith("aux") and word[:-3] + "al" in self.role_nouns)

    def role_end(self, doc: Doc, start: int) -> int:
        """The token after a role noun of one or two words starting at ``start`` ("Premier
        ministre", "secrétaire général"), or ``start`` when none starts there."""
        if start + 1 < len(doc) and f"{doc[start].lower_} {doc[start + 1].lower_}" in self.role_nouns:
            return start + 2
        return start + 1 if self.is_role(doc[start].text) else start

    def is_demonym(self, text: str) -> bool:
        """A capitalised nationality noun: "Britannique", "les Palestiniens"."""
        return text[:1].isupper() and " " not in text and self.country_of(text) is not None \
            and not self.is_country(text)

    def synonyms_of(self, noun: str) -> frozenset[str]:
        """The other role nouns naming the office of the folded ``noun`` ("souveraine" -> reine)."""
        return self.title_synonyms.get(noun, frozenset())

    def fixed_phrase_at(self, doc: Doc, start: int) -> int:
        """The token after a fixed phrase starting at ``start`` ("coup d'État"), or ``start``."""
        token = doc[start]
        phrases = self.fixed_phrases.get(fold(token.text), ())
        text = fold(text_of(doc)[token.idx:token.idx + 60]).replace("’", "'")
        best = max((len(p) for p in phrases if text.startswith(p) and not text[len(p):len(p) + 1].isalpha()),
                   default=0)
        end = start
        while best and end < len(doc) and doc[end].idx + len(doc[end].text) <= token.idx + best:
            end += 1
        return end

    def is_body(self, word: str) -> bool:
        return word.lower() in self.body_nouns

    def country_of(self, adjective: str) -> str | None:
        """The country of a nationality adjective in any gender or number ("ukrainiennes")."""
        for form in adjective_forms(fold(adjective)):
            if form in self.nationalities:
                return self.nationalities[form]
        return None

    def is_country(self, name: str) -> bool:
        return fold(name) in self.countries

    def people_of(self, adjective: str) -> str | None:
        """The stateless people of an adjective in any gender or number ("palestiniennes" ->
        Palestiniens)."""
        for form in adjective_forms(fold(adjective)):
            if form in self.peoples:
                return self.peoples[form]
        return None

    def is_people(self, name: str) -> bool:
        """ "Palestiniens", "les Kurdes": the name of a people of the lexicon."""
        folded = fold(name).removeprefix("les ").strip()
        return any(fold(p) == folded for p in self.peoples.values())

    def people_of_country(self, country: str) -> str | None:
        """The people the lexicon names for a country of its nationality adjectives (Palestine
        -> Palestiniens), or None."""
        folded = fold(country)
        return next((self.peoples[a] for a, c in self.nationalities.items()
                     if a in self.peoples and fold(c) == folded), None)

    def countries_of_word(self, word: str) -> list[str]:
        """What a nationality adjective names, part by part: "russes" -> Russie;
        "franco-allemand" -> France, Allemagne (a first part in "-o" stands for the adjective
        it starts: "israélo-palestinien"); "interpalestinienne" (a meeting among them) ->
        Palestine. An adjective of a people with no country in the lexicon names the people
        ("tamoules" -> Tamouls)."""
        parts = fold(word).split("-")
        found: list[str] = []
        for n, part in enumerate(parts):
            named = self._named_by(part)
            if named is None and part.startswith("inter") and len(part) > 8:
                named = self._named_by(part[5:])
            if named is None and n < len(parts) - 1 and part.endswith("o") and len(part) >= 5:
                stems = sorted(k for k in self.nationalities if k.startswith(part[:-1]))
                named = self.nationalities[stems[0]] if stems else None
            if named is not None and named not in found:
                found.append(named)
        return found

    def _named_by(self, part: str) -> str | None:
        return self.country_of(part) or self.people_of(part)


def adjective_forms(word: str) -> list[str]:
    """``word`` and the masculine singular forms it may come from: russes, américaine, grecque."""
    forms = [word]
    if word.endswith(("s", "x")) and len(word) > 3:
        word = word[:-1]
        forms.append(word)
    if word.endswith("e") and len(word) > 3:
        stem = word[:-1]
        forms.append(stem)
        if stem.endswith("nn"):
            forms.append(stem[:-1])
        if stem.endswith("qu"):
            forms.append(stem[:-2] + "c")
    return forms


def _synonyms(groups: Iterable[list[str]]) -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for group in groups:
        folded = {fold(noun) for noun in group}
        for noun in folded:
            found.setdefault(noun, set()).update(folded - {noun})
    return {noun: frozenset(others) for noun, others in found.items()}


def _by_first_word(phrases: Iterable[str]) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for phrase in phrases:
        found.setdefault(phrase.split()[0].lower(), []).append(fold(phrase))
    return {word: tuple(group) for word, group in found.items()}


@lru_cache(maxsize=1)
def load_entity_lexicon() -> EntityLexicon:
    """Read the lexicon shipped with Storyline (once per process)."""
    try:
        raw: dict[str, Any] = json.loads(
            resources.files("storyline.data").joinpath(LEXICON_FILE).read_text(encoding="utf-8"))
        nationalities = {fold(k): v for k, v in raw["nationalities"].items()}
        return EntityLexicon(
            honorifics=frozenset(h.lower() for h in raw["honorifics"]),
            role_nouns=frozenset(r.lower() for r in raw["role_nouns"]),
            leader_nouns=frozenset(raw["leader_nouns"]),
            body_nouns=frozenset(raw["body_nouns"]),
            nationalities=nationalities,
            countries=frozenset(fold(c) for c in nationalities.values()),
            not_names=frozenset(fold(w) for w in raw["not_names"]),
            people_nouns=frozenset(raw["people_nouns"]),
            people_phrases=_by_first_word(n for n in raw["people_nouns"] if " " in n),
            document_nouns=frozenset(raw["document_nouns"]),
            person_nouns=frozenset(raw.get("person_nouns", ())),
            title_synonyms=_synonyms(raw["title_synonyms"]),
            peoples={fold(k): v for k, v in raw["peoples"].items()},
            fixed_phrases={fold(w): p for w, p in _by_first_word(raw.get("fixed_phrases", ())).items()},
            organisation_nouns=frozenset(n.lower() for n in raw.get("organisation_nouns", ())),
            camp_nouns=frozenset(n.lower() for n in raw.get("camp_nouns", ())),
            civilian_roles=frozenset(n.lower() for n in raw.get("civilian_roles", ())),
        )
    except (OSError, KeyError, ValueError, AttributeError) as exc:
        raise ModelError(
            f"the entity lexicon storyline/data/{LEXICON_FILE} is missing or malformed ({exc}); "
            "reinstall Storyline or restore the file from the repository") from exc
