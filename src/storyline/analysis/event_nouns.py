"""Who takes part in an event noun: the roles of "l'attaque de X", "un accord entre X et Y",
"la peine que purgera X", "lors d'un appel, X et Y ont convenu".

The actor is the noun's "de X" / "par X" complement, a possessive, "entre X et Y", the subject
of a relative clause on the noun ("une conversation qu'il a eue"), of its support verb, or of the
clause it is the setting of ("Lors d'un appel, X et Y ont convenu"; "lors de l'appel, X a
demandé à Y": Y too), a mediator's clause, "grâce au soutien de X", else the nouns'
nationality adjectives ("les frappes russes"), else the subject of a verb deciding, claiming,
announcing or hosting it ("X a revendiqué l'attaque": :mod:`storyline.analysis.event_sponsors`).
The recipient comes from the lexicon's slots, a "pour"/"contre" misattached to the noun's
governor, "anti-X", or who undergoes the noun.
:class:`NounRoles` is a base of :class:`storyline.analysis.event_participants.ParticipantFinder`,
which gives it the slot readers (``_slots``, ``_anti_targets``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from storyline.analysis.event_frames import helpers, released, released_after, undergoers, undergoing_clause
from storyline.analysis.event_links import EntityLinks
from storyline.analysis.event_roles import (
    clause_subject,
    governing_clause,
    is_possessive,
    nominal_subtree,
    reflexive_possessor,
    relative_clause,
    subjects,
    support_verb,
)
from storyline.analysis.event_sponsors import sponsor_subjects, traveller_subjects
from storyline.analysis.event_targets import ATTACK_TYPES
from storyline.analysis.event_words import case_of, lemma_of, noun_lemmas
from storyline.spelling import fold

if TYPE_CHECKING:
    from spacy.tokens import Token

    from storyline.analysis.event_lexicon import Entry, EventLexicon
    from storyline.analysis.event_triggers import Trigger

SETTING_CASES = frozenset({"lors", "pendant", "durant", "cours"})
UNDERGONE_TYPES = frozenset({"ACCUSE", "COERCE", "ASSAULT", "CONCEDE"})  # acts done to someone
NOUN_SUFFIXES = ("ation", "ition", "ement", "ment", "ure", "e")  # inculpation, enlèvement, torture
VERB_ENDINGS = ("er", "ir", "re")


def source_verb(noun: str, lex: EventLexicon) -> Entry | None:
    """The lexicon's verb a noun is made from ("inculpation" → "inculper", "enlèvement" →
    "enlever", "extradition" → "extrader"), by its suffix, accents aside."""
    verbs = lex.folded_verbs
    folded = fold(noun)
    for suffix in NOUN_SUFFIXES:
        stem = folded[:-len(suffix)]
        if not folded.endswith(suffix) or len(stem) < 3:
            continue
        for ending in VERB_ENDINGS:
            if stem + ending in verbs:
                return verbs[stem + ending]
    return None


class NounRoles(EntityLinks):
    """The actors and recipients of event nouns (needs the slot readers of a subclass)."""

    lex: EventLexicon

    def _slots(self, head: Token, trigger: Trigger, exclude: set[int],
               extra: tuple[Token, ...] = ()) -> list[Token]:
        """The recipients the lexicon's slots give (see ``ParticipantFinder._slots``)."""
        raise NotImplementedError

    def _anti_targets(self, head: Token, trigger: Trigger) -> list[Token]:
        """What a protest is against (see ``ParticipantFinder._anti_targets``)."""
        raise NotImplementedError

    def _noun_roles(self, noun: Token, trigger: Trigger) -> tuple[list[str], list[Token]]:
        actors: list[Token] = []
        owner_actors: list[str] = []
        patients: list[Token] = []  # "l'inculpation de X", "son arrestation": X undergoes it
        undergone = self._patient_noun(trigger)
        taken = [c.i for c in noun.children if c.dep_ == "nmod" and self._object_complement(c, trigger)]
        for child in noun.children:
            case = case_of(child)
            genitive = case in ("de", "par") and child.pos_ in ("PROPN", "NOUN", "PRON")
            parties = case == "entre" and "entre" not in trigger.entry.recipient
            if child.i in taken:  # "la prise d'otages de Z" (Z hung on either noun)
                patients += [c for c in child.children if c.dep_ == "nmod" and case_of(c) == "de"
                             and self._keys([c]) and not self._place(c)]
            elif child.dep_ == "nmod" and case == "de" and not self._place(child) and (
                    (taken and child.i > taken[0] and self._keys([child])) or (genitive and undergone)):
                patients.append(child)
            elif child.dep_ == "nmod" and (genitive or parties) and not self._place(child):
                actors.append(child)
            elif is_possessive(child) and undergone:
                patients += reflexive_possessor(child) or [child]
            elif is_possessive(child):
                owner_actors += self._keys(reflexive_possessor(child)) or self._keys([child])
        holder = relative_clause(noun)  # "une conversation qu'il a eue avec Y"
        if holder is not None and undergoing_clause(holder):  # "la peine que purgera X": X undergoes it
            holder = None
        support = support_verb(noun)
        below = nominal_subtree(noun)  # "une attaque de drones par X", "un accord entre X et Y"
        deep = tuple(t for t in below if t.pos_ in ("NOUN", "PROPN"))
        extra = (*([holder] if holder is not None else []), *([support] if support is not None else []),
                 *deep)
        recipients = patients or self._slots(noun, trigger, {t.i for t in actors}, extra) \
            or self._case_sibling(noun, trigger) or self._anti_targets(noun, trigger) \
            or [t for t in undergoers(noun) if t.i not in {a.i for a in actors}] \
            or self._captives(noun, trigger)
        keys = list(dict.fromkeys([*owner_actors, *self._keys(actors)]))
        if owner_actors:
            return keys, recipients
        fallbacks: tuple[Callable[[], list[Token]], ...] = (
            lambda: [t for t in below if case_of(t) == "par"] or [
                t for t in below if case_of(t) == "entre" and "entre" not in trigger.entry.recipient],
            lambda: subjects(holder) if holder is not None else [],
            lambda: self._entre_sibling(noun),
            lambda: clause_subject(support) if support is not None else [],
            lambda: self._mediator(noun, trigger),
            lambda: self._setting_subject(noun),
            lambda: helpers(noun),
            lambda: traveller_subjects(noun, trigger.entry.type or "", self.lex),
        )
        for fallback in fallbacks:  # a complement that names no one ("la médiation d'un
            if keys:  # cessez-le-feu") leaves the role open
                break
            keys = self._keys(fallback())
        if not keys:  # "les frappes russes", "une attaque de drone russe" ("l'inculpation du
            keys = self.referents.nationality_keys(noun, deep=not patients)  # président serbe": his)
        if not keys:  # "la France a annoncé l'envoi d'aide", "X a revendiqué l'attaque"
            keys = [k for k in self._keys(sponsor_subjects(noun, trigger.entry.type or "", self.lex))
                    if k not in self._keys(recipients)]
        return keys, recipients

    def _patient_noun(self, trigger: Trigger) -> bool:
        """ "l'inculpation de X", "l'extradition de X", "l'enlèvement de X": a noun whose "de X"
        is the one the act is done to — a noun of a coercive or violent act, with no preposition
        of its own for the recipient, made from a verb of the lexicon whose object is the
        recipient (inculper X → l'inculpation de X; not "l'attaque de X contre Y"), or marked
        ``patient`` in the lexicon ("l'arrestation de X", "l'assassinat de X")."""
        if trigger.entry.type not in UNDERGONE_TYPES or trigger.entry.recipient:
            return False
        if trigger.entry.patient:
            return True
        verb = source_verb(trigger.lemma, self.lex)
        return verb is not None and "obj" in verb.recipient

    def _object_complement(self, child: Token, trigger: Trigger) -> bool:
        """ "la prise d'otages de Z": the complement that gives an attack noun its meaning is
        what it takes, and the one that complement belongs to ("de Z") is the recipient."""
        entry = self.lex.nouns.get(trigger.lemma)
        return entry is not None and trigger.entry.type in ATTACK_TYPES \
            and any(form in entry.objects for form in noun_lemmas(child))

    def _captives(self, noun: Token, trigger: Trigger) -> list[Token]:
        """ "Les otages ont été libérés après douze jours de captivité": the ones a release
        (a lexicon verb of type CONCEDE) frees after an attack noun of a state endured are
        the ones who endured it."""
        verb = released_after(noun) if trigger.entry.type in ATTACK_TYPES else None
        entry = self.lex.verbs.get(lemma_of(verb)) if verb is not None else None
        if verb is None or entry is None or entry.type != "CONCEDE":
            return []
        return released(verb)

    def _mediator(self, noun: Token, trigger: Trigger) -> list[Token]:
        """ "X a manifesté son intérêt pour la médiation entre Y et Z": a noun whose parties are
        its recipients ("entre") is done by the subject of the clause it sits in."""
        if "entre" not in trigger.entry.recipient:
            return []
        verb = governing_clause(noun)
        return clause_subject(verb) if verb is not None else []

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

    def _case_sibling(self, noun: Token, trigger: Trigger) -> list[Token]:
        """ "laisse présager une sentence identique pour X": a "pour"/"contre" recipient of the
        noun misattached to the noun's governor, right after it, that names someone."""
        wanted = {"pour", "contre"} & set(trigger.entry.recipient)
        return [c for c in noun.head.children if noun.i < c.i <= noun.i + 4 and case_of(c) in wanted
                and c.pos_ in ("NOUN", "PROPN") and self._keys([c])]

    def _setting_subject(self, noun: Token) -> list[Token]:
        """ "Lors d'un appel hier, X et Y ont convenu": the clause's subject took part."""
        first = min(t.i for t in noun.subtree)
        words = {t.lower_ for t in noun.doc[max(0, first - 3): first + 2]}
        if not words & SETTING_CASES:
            return []
        verb = governing_clause(noun)
        if verb is None:
            return []
        addressed = [c for c in verb.children if c.dep_ in ("obl:arg", "iobj") and case_of(c) in ("à", "avec")
                     and self._plain(c)]  # "lors de l'appel, X a demandé à Y": Y was on it
        return subjects(verb) + addressed

