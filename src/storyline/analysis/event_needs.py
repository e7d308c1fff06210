"""Conditions an entry of the event lexicon puts on the arguments of its trigger (``needs``).

- ``person``: the object, or the one a recipient preposition introduces, is a person;
- ``object``: an object, or a passive; ``advocated``: the same, but no homeland or place held
  by arms ("défendre la décision", not "défendre la patrie / la ville");
- ``no_object``: none; ``event``: an event as object or infinitive ("cesser d'attaquer");
  ``place``: a place complement ("se rendre à Moscou");
- ``aid``: aid named around it ("le gel de l'aide"); ``partner``: a participant other than the
  subject (a consultation in the passive has unnamed ones: "la question sera discutée");
  ``active``: not passive;
- ``critical``: a harsh judgement ("qualifié l'attaque de « cynique »", "un constat sévère");
- ``military``: an armed force acts ("la résistance des forces ukrainiennes");
- ``incursion``: an armed force enters a place ("les forces russes tentaient d'entrer dans
  Sumy"); ``surrender``: a bare "se rendre" ("si elles se rendaient", "s'est rendu à la
  police"); ``in_force``: a truce put in force ("la mise en œuvre d'un cessez-le-feu", not "un
  projet de cessez-le-feu"); ``protesters``: a gathering by protesters or with a sign of
  protest ("des manifestants se sont rassemblés", "… scandant des slogans"); ``crowd``: a crowd
  or protesters as object ("a dispersé la foule").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.analysis.entity_lexicon import load_entity_lexicon
from storyline.analysis.event_raised import passive_subject, received_pronoun
from storyline.analysis.event_roles import is_possessive
from storyline.analysis.event_words import (
    ENTRY_CASES,
    PREPOSITIONAL,
    case_of,
    is_passive,
    is_person,
    is_purpose_clause,
    lemma_of,
    noun_lemmas,
    subject_of,
    verb_lemmas,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from storyline.analysis.event_lexicon import Entry, EventLexicon

PLACE_CASES = frozenset({"à", "au", "aux", "dans", "en", "vers", "chez"})
TRIP_CASES = frozenset({"en", "pour"})  # "se rendre en visite à Rome"
PARTNER_CASES = frozenset({"vers", "avec", "auprès", "à", "chez"})
IN_FORCE = frozenset({"œuvre", "vigueur", "application", "instauration", "respect"})
ARMED = frozenset({"armé", "militaire"})
HARSH = frozenset({
    "cynique", "inacceptable", "inadmissible", "scandaleux", "honteux", "barbare", "criminel",
    "irresponsable", "odieux", "lâche", "ignoble", "terroriste", "sévère", "accablant", "cinglant",
    "alarmant", "implacable", "désastreux", "catastrophique", "injustifiable", "révoltant",
})


def satisfied(entry: Entry, head: Token, obj: Token | None, lex: EventLexicon) -> bool:
    """Whether the arguments of ``head`` (``obj``: its object) meet ``entry.needs``."""
    needs = entry.needs
    if needs is None:
        return True
    if needs == "person":
        slots = [c for c in head.children if c.dep_ in PREPOSITIONAL and case_of(c) in entry.recipient]
        return any(personal(t, lex) for t in [*([obj] if obj is not None else []), *slots]) \
            or received_pronoun(head)  # "il doit être reçu par le président"
    if needs == "object":  # "qui sera signé": a passive has one
        return obj is not None or is_passive(head)
    if needs == "advocated":  # "défendre la décision", not "défendre la patrie / la ville"
        held = obj if obj is not None else passive_subject(head) if is_passive(head) else None
        return (obj is not None or is_passive(head)) and (held is None or not _ground(held, lex))
    if needs == "event":  # "cesser d'attaquer", "cesser le feu"
        return any(c.dep_ == "xcomp" and any(f in lex.verbs for f in verb_lemmas(c))
                   for c in head.children) or (obj is not None and bool(entry.objects))
    if needs == "no_object":
        return obj is None
    if needs == "place":
        return _place_complement(head, lex, PLACE_CASES)
    if needs == "aid":  # "le gel de l'aide"; "a rétabli l'aide après un gel"
        governor = head.head if head.dep_ in ("obl", "obl:mod", "nmod") else head
        return any(c.dep_ in ("nmod", "obj") and any(lex.in_class(f, "aid") for f in noun_lemmas(c))
                   for c in [*head.children, *governor.children])
    if needs == "partner":
        return _has_partner(head, entry)
    if needs == "active":  # "il devrait être appelé à d'autres fonctions": no call to act
        return not is_passive(head)
    return _semantic(needs, head, obj, lex)


def personal(token: Token, lex: EventLexicon) -> bool:
    """A person: :func:`is_person`, or a title of the entity lexicon ("la cheffe de X") or one
    of its nouns of people ("les détenus")."""
    words = load_entity_lexicon()
    return is_person(token, lex) or words.is_role(lemma_of(token)) \
        or lemma_of(token) in words.person_nouns or token.lower_ in words.people_nouns


def _semantic(needs: str, head: Token, obj: Token | None, lex: EventLexicon) -> bool:
    """The needs on what the arguments mean (harsh words, armed forces, authorities, a truce
    in force); a need the lexicon names but no rule knows is met."""
    if needs == "critical":  # in the object's phrase or the attribute given to it
        judged = [*([obj] if obj is not None else []),
                  *[c for c in head.children if c.dep_ in ("obl", "obl:arg", "obl:mod", "xcomp", "amod")]]
        return any(lemma_of(t) in HARSH or t.lower_ in HARSH for j in judged for t in j.subtree)
    if needs == "military":
        if head.pos_ in ("NOUN", "PROPN"):
            return any(c.dep_ in ("nmod", "amod") and (_armed(c, lex) or lemma_of(c) in ARMED)
                       for c in head.children)
        subject = subject_of(head)
        return subject is not None and _armed(subject, lex)
    if needs == "incursion":
        subject = subject_of(head)
        return subject is not None and _armed(subject, lex) and _place_complement(head, lex, ENTRY_CASES)
    if needs == "surrender":
        return _surrender(head, lex)
    if needs == "protesters":  # "des milliers de manifestants se sont rassemblés"
        return _protesters(head, lex)
    if needs == "crowd":  # "a dispersé la foule / les manifestants"
        return obj is not None and any(lex.in_class(f, "crowd") or lex.in_class(f, "protester")
                                       for t in _with_quantified(obj) for f in noun_lemmas(t))
    if needs == "in_force":  # "la mise en œuvre d'un cessez-le-feu"
        return any(lemma_of(a) in IN_FORCE for a in list(head.ancestors)[:2])
    return True


def _with_quantified(noun: Token) -> list[Token]:
    """A noun and what it counts ("des milliers de manifestants": "manifestants" too)."""
    return [noun, *(c for c in noun.children if c.dep_ == "nmod" and case_of(c) == "de")]


def _protesters(verb: Token, lex: EventLexicon) -> bool:
    """A gathering is a protest: its subject is protesters (lexicon class ``protester``:
    "des milliers de manifestants se sont rassemblés"), or its clause shows a sign of protest
    ("contre X", a word of class ``protest_sign``: "scandant des slogans", "brandissant des
    banderoles") — "les habitants se sont rassemblés pour la fête" is none; nor is one whose
    purpose is a protest infinitive ("défileront afin de protester": that verb is the protest)."""
    if any(t.i != verb.i and "Inf" in t.morph.get("VerbForm", []) and any(
            lex.verbs[f].type == "PROTEST" for f in verb_lemmas(t) if f in lex.verbs) for t in verb.subtree):
        return False
    subject = subject_of(verb)
    if subject is not None and any(lex.in_class(f, "protester") for t in _with_quantified(subject)
                                   for f in noun_lemmas(t)):
        return True
    if any(c.dep_.startswith("obl") and case_of(c) == "contre" for c in verb.children):
        return True
    return any(lex.in_class(lemma_of(t), "protest_sign") for t in verb.subtree)


def _ground(noun: Token, lex: EventLexicon) -> bool:
    """A homeland or a place held by arms (lexicon classes ``homeland``, ``place``: "la patrie",
    "leur pays", "la ville"); not one's stance ("sa position"), nor a name ("défendre Moscou" may
    back a state)."""
    forms = noun_lemmas(noun)
    if "position" in forms and "Number=Plur" not in str(noun.morph):
        return False
    return any(lex.in_class(f, "homeland") or lex.in_class(f, "place") for f in forms)


def _armed(token: Token, lex: EventLexicon) -> bool:
    return any(lex.in_class(f, "military") for f in noun_lemmas(token))


def _is_place(token: Token, lex: EventLexicon) -> bool:
    return token.ent_type_ == "LOC" or any(lex.in_class(f, "place") for f in noun_lemmas(token))


def _place_complement(head: Token, lex: EventLexicon, cases: frozenset[str]) -> bool:
    """A place complement of ``head``, or of its purpose noun ("se rendre en visite à Rome": the
    parser hangs "à Rome" on "visite")."""
    purpose = trip_noun(head, lex)
    places = [c for t in (head, *([purpose] if purpose is not None else [])) for c in t.children
              if c.dep_ in PREPOSITIONAL and case_of(c) in cases]
    return any(_is_place(c, lex) or c.pos_ == "PROPN" for c in places)


def trip_noun(head: Token, lex: EventLexicon) -> Token | None:
    """The consultation noun a verb of travel has as its purpose: "se rendre en visite à Rome",
    "pour des entretiens" (one event with the verb)."""
    return next((c for c in head.children if c.dep_.startswith("obl") and case_of(c) in TRIP_CASES
                 and c.pos_ == "NOUN" and lex.in_class(lemma_of(head), "travel") and any(
                     lex.nouns[f].type == "CONSULT" for f in noun_lemmas(c) if f in lex.nouns)), None)


def _surrender(head: Token, lex: EventLexicon) -> bool:
    """ "se rendre" with no object, attribute or clause, and no complement but the authority
    surrendered to ("aux autorités", "à la police")."""
    for child in head.children:
        if child.dep_ in ("obj", "xcomp", "ccomp", "acl"):
            return False
        authority = any(lex.in_class(f, "agent") for f in noun_lemmas(child)) or child.ent_type_ == "ORG"
        if child.dep_ in PREPOSITIONAL and (case_of(child) not in ("à", "devant") or not authority):
            return False
    return True


def _has_partner(head: Token, entry: Entry) -> bool:
    """A participant other than the subject: a recipient slot filled, a "de/entre/par X", a
    possessive ("sa demande"); the person a purpose clause's governor turns to ("s'est tourné
    vers X pour discuter"); the agent of a passive it is the subject of ("cet accord avait été
    élaboré par les ministres"); the unnamed parties of a consultation in the passive ("la
    question sera discutée": the matter is discussed between parties)."""
    for child in head.children:
        if child.dep_ in ("obj", "iobj") and "obj" in entry.recipient or child.dep_ in ("iobj", "obl:agent"):
            return True  # "sanctionné par l'Union européenne"; not "il a été sanctionné" (by voters)
        if child.dep_ in PREPOSITIONAL and child.pos_ in ("NOUN", "PROPN", "PRON"):
            case = case_of(child)
            if case in entry.recipient or (head.pos_ == "NOUN" and case in ("de", "entre", "par")
                                           and (child.pos_ == "PROPN" or child.ent_type_
                                                or is_person(child) or _on_behalf(child))):
                return True
        if is_possessive(child):
            return True
        if head.pos_ == "NOUN" and child.dep_ == "amod" and child.ent_type_:
            return True
    if head.pos_ == "NOUN" and head.dep_ == "nsubj:pass":
        return any(c.dep_ == "obl:agent" for c in head.head.children)
    if head.pos_ == "VERB" and entry.reciprocal and entry.type == "CONSULT" and is_passive(head):
        return any(c.dep_ == "nsubj:pass" for c in head.children)  # "la question sera discutée"
    if head.pos_ == "VERB" and is_purpose_clause(head):
        return any(c.dep_.startswith("obl") and case_of(c) in PARTNER_CASES and is_person(c)
                   for c in head.head.children)
    return False


def _on_behalf(token: Token) -> bool:
    """ "de la part de X" """
    return lemma_of(token) == "part" and any(c.dep_ == "nmod" for c in token.children)
