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
from storyline.analysis.event_triggers import PREPOSITIONAL, Trigger, case_of
from storyline.analysis.quote_lexicon import load_lexicon
from storyline.analysis.quote_speakers import SpeakerLinker
from storyline.analysis.quote_subjects import sentence_subjects
from storyline.analysis.quote_types import SpeakerRef
from storyline.analysis.quote_units import build_units
from storyline.models import LocalEntity, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SUBJECTS = ("nsubj", "nsubj:pass")
PRONOUNS = frozenset({"il", "elle", "ils", "elles", "lui", "eux"})
FIRST_PERSON = frozenset({"je", "j'", "j’", "nous", "moi"})
RELATIVES = frozenset({"qui", "lequel", "laquelle", "lesquels", "lesquelles"})
SETTING_CASES = frozenset({"lors", "pendant", "durant", "au cours", "cours"})
CUT = frozenset({"conj", "cc", "acl", "acl:relcl", "parataxis", "advcl", "ccomp", "xcomp", "punct"})
LOCATION_CASES = frozenset({"à", "en", "dans"})


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
        self.linker = SpeakerLinker(doc, entities, mentions, load_lexicon())
        self._units = build_units(doc)
        for unit in self._units:
            for ref in sentence_subjects(doc, unit.start, unit.end, unit.inside_quote):
                self.linker.add_subject(ref, unit.paragraph)

    # ------------------------------------------------------------------ entry point

    def find(self, trigger: Trigger) -> Participants:
        head = self.doc[trigger.token]
        if trigger.kind == "noun":
            actors, recipients = self._noun_roles(head, trigger)
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
            if child.dep_ == "nsubj" or (child.dep_ == "nsubj:pass" and not passive):
                actors.append(child)
            elif child.dep_ == "nsubj:pass":
                recipients.append(child)
            elif child.dep_ == "obl:agent" and passive:
                actors.append(child)
        if not actors and not passive:
            actors = self._shared_subject(verb)
        recipients += self._slots(verb, trigger, exclude=set(t.i for t in actors))
        return actors, recipients

    def _shared_subject(self, verb: Token, depth: int = 0) -> list[Token]:
        """The subject of a governing verb: conjoined verbs, infinitives, participles."""
        if depth > 3 or verb.head.i == verb.i:
            return []
        governor = verb.head
        if verb.dep_ == "acl:relcl" and governor.pos_ in ("NOUN", "PROPN"):
            return [governor]
        if verb.dep_ in ("conj", "xcomp", "advcl") and governor.pos_ in ("VERB", "AUX", "ADJ"):
            found = [c for c in governor.children if c.dep_ in SUBJECTS]
            return found or self._shared_subject(governor, depth + 1)
        return []

    def _slots(self, head: Token, trigger: Trigger, exclude: set[int]) -> list[Token]:
        entry = trigger.entry
        found: list[Token] = []
        holders = [head] + ([self.doc[trigger.noun]] if trigger.noun is not None else [])
        if trigger.noun is not None:  # "livraisons d'armes à l'Ukraine"
            holders += [c for c in self.doc[trigger.noun].children if c.dep_ == "nmod"]
        for holder in holders:
            for child in holder.children:
                if child.i in exclude or child.i == trigger.noun:
                    continue
                case = case_of(child)
                if child.dep_ in ("obj", "iobj") and case is None:
                    slot = child.dep_
                    if slot in entry.recipient or (slot == "iobj" and "à" in entry.recipient):
                        found.append(child)
                elif child.dep_ in PREPOSITIONAL and case in entry.recipient and child.dep_ != "obl:agent":
                    found.append(child)
        if entry.owner:
            for child in head.children:
                if child.dep_ == "obj" and not self._entity_at(child):
                    found += [c for c in child.children if c.dep_ == "nmod" and case_of(c) == "de"]
        return found

    def _noun_roles(self, noun: Token, trigger: Trigger) -> tuple[list[Token], list[Token]]:
        actors: list[Token] = []
        for child in noun.children:
            case = case_of(child)
            genitive = case in ("de", "par") and child.pos_ in ("PROPN", "NOUN", "PRON")
            if (child.dep_ == "nmod" and (genitive or case == "entre")) or (
                    child.dep_ == "det" and "Poss=Yes" in str(child.morph)):
                actors.append(child)
        recipients = self._slots(noun, trigger, exclude={t.i for t in actors})
        if not actors:
            actors = self._setting_subject(noun)
        return actors, recipients

    def _setting_subject(self, noun: Token) -> list[Token]:
        """ "Lors d'un appel hier, X et Y ont convenu": the clause's subject took part."""
        first = min(t.i for t in noun.subtree)
        words = {t.lower_ for t in noun.doc[max(0, first - 3): first + 2]}
        verb = noun.head
        if not words & SETTING_CASES or verb.pos_ not in ("VERB", "AUX"):
            return []
        return [c for c in verb.children if c.dep_ == "nsubj"] or self._shared_subject(verb)

    # ------------------------------------------------------------------ entities

    def _keys(self, tokens: list[Token]) -> list[str]:
        keys: list[str] = []
        for token in tokens:
            for member in self._coordinated(token):
                for key in self._link(member):
                    if key not in keys:
                        keys.append(key)
        return keys

    def _coordinated(self, token: Token) -> list[Token]:
        members = [token]
        for child in token.children:
            if child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN", "PRON"):
                members += self._coordinated(child)
        return members

    def _phrase(self, token: Token) -> tuple[int, int]:
        kept = [token]
        stack = [c for c in token.children if c.dep_ not in CUT]
        while stack:
            node = stack.pop()
            kept.append(node)
            stack.extend(c for c in node.children if c.dep_ not in ("acl:relcl", "parataxis", "conj"))
        first = min(t.i for t in kept)
        last = max(t.i for t in kept)
        return self.doc[first].idx, self.doc[last].idx + len(self.doc[last])

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
            ref = SpeakerRef(token.idx, token.idx + len(token), token.i, pronoun=low)
            key = self.linker.link(ref, self._paragraph(token.idx))
            return [key] if key else []
        if token.pos_ == "PRON":
            return []
        covering = self._entity_at(token)
        if covering:
            return [covering]
        start, end = self._phrase(token)
        inside = [m for m in self.mentions if start <= m.start and m.end <= end]
        named = [m.entity for m in inside if not self._after_de(m) and m.entity in self.types]
        if named:
            return list(dict.fromkeys(named))
        key = self.linker.entity_of(SpeakerRef(start, end, token.i))
        if key:
            return [key]
        return [inside[0].entity] if inside else []

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
