"""Participants the text names without a mention of their own: nationality adjectives and plural
descriptions.

- A nationality adjective on a participant phrase or on an event noun names its country ("les
  frappes russes", "l'administration américaine", "les équipes américaines et ukrainiennes",
  "le sommet franco-allemand"), when the article has that country as an entity: the entity
  whose name, or one of whose names, is the country's name (accents, case and article
  ignored) — for a country of a stateless people the article does not name, the people's
  entity ("une attaque palestinienne" -> Palestiniens); the entities stage makes one of an
  adjective on an event noun when the article has none (entity_nationalities.py). An
  adjective right after the noun counts even when the parse hangs it elsewhere ("de violentes
  frappes russes" parsed as a determiner); "interpalestinienne" names the Palestinians.
- "les deux dirigeants", "les deux pays", "les deux parties" name the two latest distinct
  entities of the right kind before the phrase, in its sentence or the sentences just before:
  people (leaders first, for "dirigeants", "présidents"…), or countries (and peoples). People no one named
  before it are the ones named right after it ("Les deux otages … X et son épouse, Y").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from storyline.analysis.entity_lexicon import EntityLexicon, load_entity_lexicon
from storyline.analysis.entity_nationalities import (
    adjective_word,
    is_adjective,
    noun_before,
    participant_name,
    unarticled,
)
from storyline.models import LocalEntity, Mention
from storyline.spelling import fold

if TYPE_CHECKING:
    from spacy.tokens import Token

PEOPLE_NOUNS = frozenset({
    "dirigeant", "président", "chef", "leader", "homme", "femme", "responsable", "ministre",
    "homologue", "chancelier", "dirigeante", "présidente", "interlocuteur", "protagoniste",
    "otage", "prisonnier", "victime", "suspect", "accusé", "journaliste", "frère", "soeur", "sœur",
    "enfant", "fille", "garçon", "jeune", "candidat", "émissaire", "envoyé", "négociateur",
})
LEADER_NOUNS = frozenset({"dirigeant", "président", "chef", "leader", "homologue", "chancelier"})
COUNTRY_NOUNS = frozenset({
    "pays", "partie", "camp", "état", "nation", "capitale", "belligérant", "gouvernement", "voisin",
    "puissance", "adversaire",
})
NUMBERS = {"deux": 2, "trois": 3, "quatre": 4}
LOOK_BACK = 600  # characters a plural description looks back for its members
LOOK_AHEAD = 300  # characters it looks ahead when no one was named before it


class Referents:
    """Countries by name and plural descriptions, for one document's entities and mentions."""

    def __init__(self, entities: tuple[LocalEntity, ...], mentions: list[Mention],
                 lexicon: EntityLexicon | None = None) -> None:
        self.lexicon = lexicon or load_entity_lexicon()
        self.entities = {e.key: e for e in entities}
        self.mentions = mentions  # sorted by start
        self._by_name: dict[str, str] = {}
        for entity in entities:
            self._by_name.setdefault(unarticled(entity.name), entity.key)
        for mention in mentions:
            if mention.kind == "name" and mention.entity in self.entities:
                self._by_name.setdefault(unarticled(mention.text), mention.entity)

    # ------------------------------------------------------------------ countries

    def country_key(self, country: str) -> str | None:
        """The entity of the article that is ``country`` ("Russie"), if any; for a country of a
        stateless people the article does not name (Palestine), the people's ("Palestiniens")."""
        return self._by_name.get(unarticled(country)) \
            or self._by_name.get(unarticled(participant_name(country, self.lexicon)))

    def countries_of_word(self, word: str) -> list[str]:
        """Countries an adjective names: "russes" -> Russie; "franco-allemand" -> France, Allemagne."""
        return self.lexicon.countries_of_word(word)

    def nationality_keys(self, head: Token, deep: bool = True) -> list[str]:
        """Entities of the countries named by nationality adjectives on ``head`` (and, ``deep``,
        on the "de X" nouns it governs: "les forces de défense aérienne russes")."""
        keys: list[str] = []
        if head.pos_ == "NOUN" and self.lexicon.is_role(head.text) and "Number=Plur" not in str(head.morph):
            return []  # "le président serbe" is a person, not Serbia
        for adjective in self._adjectives(head, deep):
            for country in self.countries_of_word(adjective_word(adjective)):
                key = self.country_key(country)
                if key is not None and key not in keys:
                    keys.append(key)
        return keys

    def _adjectives(self, head: Token, deep: bool) -> list[Token]:
        """The adjectives of ``head`` (and of its "de" nouns, ``deep``): its amod children and
        their conjuncts, and the adjectives right after it that the parse hung elsewhere ("de
        violentes frappes russes" parsed as a determiner)."""
        found: dict[int, Token] = {}
        stack = [head]
        while stack:
            node = stack.pop()
            for child in node.children:
                if child.dep_ in ("amod", "conj", "appos") and is_adjective(child, self.lexicon) \
                        and child.i not in found:
                    found[child.i] = child
                    stack.append(child)
                elif deep and child.dep_ == "nmod" and child.pos_ == "NOUN" and _case(child) in ("de", None):
                    stack.append(child)
            if node.pos_ == "NOUN":
                found.update({t.i: t for t in _stray_after(node) if t.i not in found})
        return [found[i] for i in sorted(found)]

    # ------------------------------------------------------------------ plural descriptions

    def plural_members(self, token: Token) -> list[str]:
        """ "les deux dirigeants": the entities it stands for, or [] when it is no such phrase."""
        count = next((NUMBERS[c.lower_] for c in token.children
                      if c.dep_ == "nummod" and c.lower_ in NUMBERS), 0)
        low = token.lower_
        forms = {token.lemma_.lower(), low, low[:-1] if low.endswith(("s", "x")) else low}
        lemma = next((f for f in forms if f in PEOPLE_NOUNS | COUNTRY_NOUNS), "")
        if not count or not any(c.dep_ == "det" and c.lower_ in ("les", "ces") for c in token.children):
            return []
        if lemma in PEOPLE_NOUNS:
            wanted = self._latest(token.idx, count, lambda e: e.type == "PER",
                                  leaders=lemma in LEADER_NOUNS)
            if len(wanted) != count:  # "Les deux otages … ont été libérés. X et son épouse, Y, …"
                wanted = self._introduced(token.idx, count)
        elif lemma in COUNTRY_NOUNS:
            wanted = self._latest(token.idx, count, self._is_country)
        else:
            return []
        return wanted if len(wanted) == count else []

    def _is_country(self, entity: LocalEntity) -> bool:
        """A country, or a stateless people ("les deux parties": Israël and the Palestinians)."""
        name = unarticled(entity.name)
        return entity.type in ("LOC", "ORG") and (self.lexicon.is_country(name)
                                                  or self.lexicon.is_people(name))

    def _latest(self, position: int, count: int, accept: Callable[[LocalEntity], bool],
                leaders: bool = False) -> list[str]:
        before = [m for m in self.mentions if position - LOOK_BACK <= m.start < position]
        keys: list[str] = []
        for mention in reversed(before):
            entity = self.entities.get(mention.entity)
            if entity is None or not accept(entity) or entity.key in keys:
                continue
            keys.append(entity.key)
        if leaders:
            leading = [k for k in keys if self._leads(self.entities[k])]
            if len(leading) >= count:
                keys = leading
        return keys[:count]

    def _introduced(self, position: int, count: int) -> list[str]:
        """The first ``count`` people named after ``position`` (within LOOK_AHEAD characters)
        that the article never named before it: a description that announces them."""
        keys: list[str] = []
        for mention in self.mentions:
            entity = self.entities.get(mention.entity)
            if mention.start <= position or entity is None or entity.type != "PER" \
                    or mention.kind != "name" or not entity.name[:1].isupper() or entity.key in keys:
                continue
            if mention.start > position + LOOK_AHEAD:
                break
            if any(m.entity == entity.key and m.start < position for m in self.mentions):
                continue
            keys.append(entity.key)
        return keys[:count] if len(keys) >= count else []

    def _leads(self, entity: LocalEntity) -> bool:
        """A leading role: its head word is a leader noun (and the role is no stray phrase that
        holds a name)."""
        leading = {fold(n) for n in LEADER_NOUNS | {"premier", "chancelier", "roi", "reine"}}
        return any(fold(role).split()[:1] and fold(role).split()[0] in leading
                   and not any(w[:1].isupper() for w in role.split()[1:]) for role in entity.roles)


def _stray_after(noun: Token) -> list[Token]:
    """Nationality adjectives right after ``noun`` whose parse attaches them to no noun (a
    French nationality adjective follows the noun it qualifies)."""
    found = []
    for token in noun.doc[noun.i + 1: noun.i + 3]:
        if token.pos_ != "ADJ":
            break
        attached = token.dep_ in ("amod", "conj") and token.head.pos_ in ("NOUN", "ADJ")
        before = noun_before(token)
        if before is not None and before.i == noun.i and not attached:
            found.append(token)
    return found


def _case(token: Token) -> str | None:
    for child in token.children:
        if child.dep_ == "case":
            low = child.lower_.replace("’", "'")
            return "de" if low in ("de", "d'", "du", "des") else low
    return None
