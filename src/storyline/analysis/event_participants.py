"""Who takes part in an event: actors, recipients and place, as LocalEntity keys.

Actors are the subject (with its coordinated subjects: "X et Y se sont entretenus"), the
agent of a passive ("a été reçu par X"), the subject shared with a governing verb
("a accepté d'aider", "a défendu … et critiqué"), the antecedent of a relative "qui"; for a
noun, its "de X" / "par X" complement, a possessive, "entre X et Y", or the subject of the
clause it is the setting of ("Lors d'un appel, X et Y ont convenu"). Recipients come from the
slots the lexicon names (object, "à X", "avec X"…), or the owner of a rejected or praised thing
("a rejeté une proposition de X"). A participant phrase is mapped to an entity through the
mention covering its head word, else the names inside it, else the quotes stage's linker
(pronouns, bodies that speak for someone).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from storyline.analysis.event_lexicon import EventLexicon
from storyline.analysis.event_referents import Referents
from storyline.analysis.event_roles import (
    clause_subject,
    content_subjects,
    coordinated,
    governing_clause,
    infinitive_objects,
    is_plural,
    is_possessive,
    modified_noun,
    nominal_subtree,
    owners,
    reflexive_possessor,
    relative_clause,
    shared_subject,
    subjects,
    support_verb,
)
from storyline.analysis.event_triggers import PREPOSITIONAL, Trigger, case_of
from storyline.analysis.quote_lexicon import load_lexicon
from storyline.analysis.quote_speakers import SpeakerLinker
from storyline.analysis.quote_subjects import sentence_subjects
from storyline.analysis.quote_types import SpeakerRef
from storyline.analysis.quote_units import build_units
from storyline.models import LocalEntity, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PRONOUNS = frozenset({"il", "elle", "ils", "elles", "lui", "eux"})
FIRST_PERSON = frozenset({"je", "j'", "j’", "nous", "moi"})
RELATIVES = frozenset({"qui", "lequel", "laquelle", "lesquels", "lesquelles"})
SETTING_CASES = frozenset({"lors", "pendant", "durant", "au cours", "cours"})
CUT = frozenset({"conj", "cc", "acl", "acl:relcl", "parataxis", "advcl", "ccomp", "xcomp", "punct"})
LOCATION_CASES = frozenset({"à", "en", "dans"})
MASCULINE = frozenset({"le", "un", "ce", "cet", "du", "au"})
FEMININE = frozenset({"la", "une", "cette"})
NEVER = frozenset({"selon", "comme"})  # "selon X": a source; "comme X": a role
VENUES = frozenset({"stade", "salle", "palais", "hôtel", "aéroport", "place", "rue", "siège", "bois"})
CONTENT_TYPES = frozenset({"THREATEN"})  # "a prévenu que Moscou …": Moscou is warned
INFINITIVE_TYPES = frozenset({"AGREE", "REJECT"})  # "a accepté d'aider l'Ukraine"
OWNER_TYPES = frozenset({"REQUEST"})  # "a exigé le désarmement de l'IRA"
PHRASE_DEPS = frozenset({"amod", "nmod", "flat:name", "flat", "appos", "compound", "nummod", "det",
                         "fixed", "case"})


@dataclass(frozen=True)
class Participants:
    actors: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()
    location: str | None = None


Speaker = Callable[[int], str | None]  # character offset -> speaker of the quote around it


class ParticipantFinder:
    """Maps the participants of triggers of one document to entity keys."""

    def __init__(self, doc: Doc, entities: tuple[LocalEntity, ...], mentions: tuple[Mention, ...],
                 lex: EventLexicon, speaker: Speaker | None = None) -> None:
        self.doc = doc
        self.lex = lex
        self.types = {e.key: e.type for e in entities}
        self.mentions = sorted(mentions, key=lambda m: (m.start, -m.end))
        self.speaker = speaker
        self.referents = Referents(entities, self.mentions)
        self.linker = SpeakerLinker(doc, entities, mentions, load_lexicon())
        self._units = build_units(doc)
        for unit in self._units:
            for ref in sentence_subjects(doc, unit.start, unit.end, unit.inside_quote):
                self.linker.add_subject(ref, unit.paragraph)

    # ------------------------------------------------------------------ entry point

    def find(self, trigger: Trigger) -> Participants:
        head = self.doc[trigger.token]
        if trigger.kind == "noun":
            actor_keys, recipients = self._noun_roles(head, trigger)
        else:
            actors, recipients = self._verb_roles(head, trigger)
            actor_keys = self._keys(actors)
        recipient_keys = [k for k in self._keys(recipients) if k not in actor_keys]
        return Participants(tuple(actor_keys), tuple(recipient_keys), self._location(head, trigger))

    # ------------------------------------------------------------------ roles

    def _verb_roles(self, verb: Token, trigger: Trigger) -> tuple[list[Token], list[Token]]:
        passive = any(c.dep_ == "aux:pass" for c in verb.children)
        actors: list[Token] = []
        recipients: list[Token] = []
        for child in verb.children:
            if case_of(child) in NEVER:
                continue
            if child.dep_ == "nsubj" or (child.dep_ == "nsubj:pass" and not passive) or (
                    child.dep_ == "expl:subj" and child.lower_ in PRONOUNS):  # "Il a prévenu", misparsed
                actors.append(child)
            elif child.dep_ == "nsubj:pass":
                recipients.append(child)
            elif child.dep_ == "obl:agent" and passive:
                actors.append(child)
        patient = modified_noun(verb)
        if patient is not None:  # "Richard Reid, accusé de …": Reid is accused
            recipients.append(patient)
        elif not actors and not passive:
            actors = shared_subject(verb)
        exclude = {t.i for t in actors}
        recipients += self._slots(verb, trigger, exclude)
        entry = trigger.entry
        if not recipients and entry.type in INFINITIVE_TYPES:
            recipients = [t for t in infinitive_objects(verb) if self._names_someone(t)]
        if not recipients and entry.type in CONTENT_TYPES:
            recipients = [t for t in content_subjects(verb) if t.i not in exclude]
        return actors, recipients

    def _slots(self, head: Token, trigger: Trigger, exclude: set[int],
               extra: tuple[Token, ...] = ()) -> list[Token]:
        entry = trigger.entry
        found: list[Token] = []
        holders = [head, *extra] + ([self.doc[trigger.noun]] if trigger.noun is not None else [])
        if trigger.noun is not None:  # "livraisons d'armes à l'Ukraine", "l'aide et le partage … avec"
            noun = self.doc[trigger.noun]
            holders += [c for c in noun.children if c.dep_ in ("nmod", "conj")]
        for holder in holders:
            for child in holder.children:
                if child.i in exclude or child.i == trigger.noun or self._not_participant(child):
                    continue
                case = case_of(child)
                misparsed = child.dep_ == "obl:agent" and case != "par"  # "critiqué l'ancien président"
                slot = "obj" if misparsed else child.dep_
                if slot in ("obj", "iobj") and case is None:
                    if slot in entry.recipient or (slot == "iobj" and "à" in entry.recipient):
                        found.append(child)
                elif slot in PREPOSITIONAL and case in entry.recipient and slot != "obl:agent":
                    found.append(child)
        if entry.owner or (entry.type in OWNER_TYPES and trigger.noun is None):
            things = [c for c in head.children if c.dep_ == "obj"] + [t for t in found if case_of(t)]
            for thing in things:  # "a rejeté la proposition de X", "son veto à une loi adoptée par X"
                if thing.pos_ == "NOUN" and not self._entity_at(thing):
                    found += [o for o in owners(thing) if self._names_someone(o) and o not in found]
        return found

    def _not_participant(self, token: Token) -> bool:
        """A source ("selon X"), a role ("comme membre") or a venue ("au stade de la Mosson")."""
        case = case_of(token)
        if case in NEVER:
            return True
        return case in LOCATION_CASES and token.pos_ == "NOUN" and (
            token.lemma_.lower() in VENUES or self.lex.in_class(token.lemma_.lower(), "place"))

    def _names_someone(self, token: Token) -> bool:
        """A name, a pronoun or a mention of a person, body or place (not of a thing: "missiles
        Patriot")."""
        key = self._entity_at(token)
        if key is not None:
            return self.types.get(key) != "MISC"
        return token.pos_ == "PRON" or is_possessive(token)

    def _noun_roles(self, noun: Token, trigger: Trigger) -> tuple[list[str], list[Token]]:
        actors: list[Token] = []
        owner_actors: list[str] = []
        for child in noun.children:
            case = case_of(child)
            genitive = case in ("de", "par") and child.pos_ in ("PROPN", "NOUN", "PRON")
            if child.dep_ == "nmod" and (genitive or case == "entre") and not self._place(child):
                actors.append(child)
            elif is_possessive(child):
                owner_actors += self._keys(reflexive_possessor(child)) or self._keys([child])
        if not actors:  # "une attaque de drones et de missiles par la Russie", "la signature d'un
            below = nominal_subtree(noun)  # accord entre X et Y"
            actors = [t for t in below if case_of(t) == "par"] or [t for t in below if case_of(t) == "entre"]
        holder = relative_clause(noun)  # "une conversation qu'il a eue avec Y"
        if not actors and not owner_actors and holder is not None:
            actors = subjects(holder)
        support = support_verb(noun)
        deep = tuple(t for t in nominal_subtree(noun) if t.pos_ in ("NOUN", "PROPN"))
        extra = (*([holder] if holder is not None else []), *([support] if support is not None else []),
                 *deep)
        recipients = self._slots(noun, trigger, {t.i for t in actors}, extra)
        if not actors and not owner_actors:
            actors = self._entre_sibling(noun)
        if not actors and not owner_actors and support is not None:
            actors = clause_subject(support)
        if not actors and not owner_actors:
            actors = self._setting_subject(noun)
        keys = list(dict.fromkeys([*owner_actors, *self._keys(actors)]))
        if not keys:  # "les frappes russes", "une attaque de drone russe"
            keys = self.referents.nationality_keys(noun)
        return keys, recipients

    def _place(self, token: Token) -> bool:
        """ "le sommet de Toulouse": a city after "de" is where, not who."""
        key = self._entity_at(token)
        if key is None or self.types.get(key) != "LOC" or token.pos_ != "PROPN":
            return False
        return not self.referents.lexicon.is_country(token.text)

    def _entre_sibling(self, noun: Token) -> list[Token]:
        """ "ont prévu une réunion entre les équipes …", "la possibilité d'un appel entre les deux
        dirigeants": "entre" misattached to the noun's governor."""
        return [c for c in noun.head.children if noun.i < c.i <= noun.i + 6 and case_of(c) == "entre"]

    def _setting_subject(self, noun: Token) -> list[Token]:
        """ "Lors d'un appel hier, X et Y ont convenu": the clause's subject took part."""
        first = min(t.i for t in noun.subtree)
        words = {t.lower_ for t in noun.doc[max(0, first - 3): first + 2]}
        if not words & SETTING_CASES:
            return []
        verb = governing_clause(noun)
        return subjects(verb) if verb is not None else []

    # ------------------------------------------------------------------ entities

    def _keys(self, tokens: list[Token]) -> list[str]:
        keys: list[str] = []
        for token in tokens:
            for member in coordinated(token):
                for key in self._link(member):
                    if key not in keys:
                        keys.append(key)
        return keys

    def _phrase(self, token: Token) -> tuple[set[int], set[int]]:
        """The noun phrase of ``token`` without its clauses, adjectives' complements and the
        complements of place ("à Moscou"), source ("selon") or purpose; and, apart, the tokens
        under a "de X" complement ("le secrétaire général de l'OTAN")."""
        kept = {token.i}
        genitive: set[int] = set()
        stack = [(c, False) for c in token.children if c.dep_ not in CUT]
        while stack:
            node, under_de = stack.pop()
            if node.dep_ not in PHRASE_DEPS or (node.dep_ == "nmod" and case_of(node) not in (None, "de")):
                continue
            under_de = under_de or (node.dep_ == "nmod" and case_of(node) == "de")
            (genitive if under_de else kept).add(node.i)
            if node.pos_ != "ADJ":
                stack.extend((c, under_de) for c in node.children)
        return kept, genitive

    def _paragraph(self, position: int) -> int:
        """The paragraph number the quotes stage's units give ``position``."""
        number = 0
        for unit in self._units:
            if unit.start > position:
                break
            number = unit.paragraph
        return number

    def _link(self, token: Token) -> list[str]:
        low = token.lower_.lstrip("-")
        if low in FIRST_PERSON or (token.dep_ == "det" and low in ("mon", "ma", "mes", "notre", "nos")):
            key = self.speaker(token.idx) if self.speaker else None
            return [key] if key else []
        if token.dep_ == "det":  # possessive "son", "sa", "leur"
            low = "ils" if low in ("leur", "leurs") else "il"
        if low in RELATIVES and token.head.dep_ == "acl:relcl":
            return self._link(token.head.head)
        if low in PRONOUNS or token.dep_ == "det":
            reported = self._reporter(token, low)
            if reported:
                return reported
            ref = SpeakerRef(token.idx, token.idx + len(token), token.i, pronoun=low)
            key = self.linker.link(ref, self._paragraph(token.idx))
            return [key] if key else []
        if token.pos_ == "PRON":
            return []
        covering = self._entity_at(token)
        if covering:
            return [covering]
        members = self.referents.plural_members(token)
        if members:
            return members
        return self._phrase_keys(token)

    def _phrase_keys(self, token: Token) -> list[str]:
        kept, genitive = self._phrase(token)
        starts = {t.idx for t in self.doc if t.i in kept}
        below = {t.idx for t in self.doc if t.i in genitive}  # a person's name there is misattached
        named = [m.entity for m in self.mentions if not self._after_de(m) and m.entity in self.types
                 and (m.start in starts or (m.start in below and self.types[m.entity] == "PER"))]
        if named:
            return list(dict.fromkeys(named))
        if self.referents.lexicon.is_role(token.text) and "Number=Plur" not in str(token.morph):
            genitive = set()  # "l'ancien candidat de la LCR" is not the LCR
        starts |= {t.idx for t in self.doc if t.i in genitive}
        inside = [m for m in self.mentions if m.start in starts]
        first, last = min(kept | genitive), max(kept | genitive)
        start, end = self.doc[first].idx, self.doc[last].idx + len(self.doc[last])
        key = self.linker.entity_of(SpeakerRef(start, end, token.i))
        if key:
            return [key]
        group = self.referents.lexicon.is_body(token.text) or "Number=Plur" in str(token.morph)
        countries = self.referents.nationality_keys(token, deep=group)
        if countries:
            return countries
        return [inside[0].entity] if inside else []

    def _reporter(self, pronoun: Token, low: str) -> list[str]:
        """ "Le Pentagone a annoncé qu'il suspendait": the subject of the reporting clause."""
        clause = pronoun.head
        if pronoun.dep_ != "nsubj" or clause.dep_ != "ccomp" or low not in ("il", "elle", "ils", "elles"):
            return []
        found = [s for s in subjects(clause.head) if s.pos_ != "PRON"]
        if not found or is_plural(found[0]) != low.startswith(("ils", "elles")):
            return []
        dets = {c.lower_ for c in found[0].children if c.dep_ == "det"}  # the article tells the gender
        if dets & (MASCULINE if low.startswith("elle") else FEMININE):
            return []
        return self._keys(found[:1])

    def _entity_at(self, token: Token) -> str | None:
        covering = [m for m in self.mentions if m.start <= token.idx < m.end]
        return min(covering, key=lambda m: m.end - m.start).entity if covering else None

    def _after_de(self, mention: Mention) -> bool:
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or span.start == 0:
            return False
        k = span.start - 1
        if self.doc[k].pos_ == "DET" and k > 0:
            k -= 1
        return self.doc[k].lower_ in ("de", "d'", "d’", "du", "des")

    def _location(self, head: Token, trigger: Trigger) -> str | None:
        for child in head.children:
            if child.dep_ in PREPOSITIONAL and case_of(child) in LOCATION_CASES:
                key = self._entity_at(child)
                if key and self.types.get(key) == "LOC":
                    return key
        return None
