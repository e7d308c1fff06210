"""The subject a passive participle under a modal or semi-auxiliary takes from its governor.

"X doit être reçu par Y", "X va être accueilli par Y", "X vient d'être invité par Y": the
parser hangs the passive participle as an ``xcomp`` of "devoir" / "aller" / "venir de", which
holds the subject; that subject is the participle's passive subject (who is received).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.analysis.event_adjuncts import fronted_time, own_subject
from storyline.analysis.event_carriers import agents
from storyline.analysis.event_roles import SUBJECTS
from storyline.analysis.event_words import is_passive, is_person

if TYPE_CHECKING:
    from spacy.tokens import Token

OBJECTS = frozenset({"obj", "iobj"})  # "a permis au ministre d'être reçu": not the subject's
PERSONAL = frozenset({"il", "elle", "ils", "elles"})


def raised_subject(verb: Token) -> Token | None:
    """The passive subject of a passive ``verb`` that has none of its own, hung as an infinitive
    complement: the subject of the nearest governor up the chain of infinitives ("devrait
    pouvoir être reçu"), when no governor on the way has an object (control by the object);
    a personal pronoun the parser took for an impersonal one, when the passive has an agent."""
    if not is_passive(verb) or any(c.dep_ in SUBJECTS and not fronted_time(c) for c in verb.children):
        return None
    node = verb
    for _ in range(3):
        if node.dep_ != "xcomp" or node.head.i == node.i:
            return None
        node = node.head
        if any(c.dep_ in OBJECTS for c in node.children):
            return None
        subject = next((c for c in node.children if c.dep_ in SUBJECTS or _personal_expletive(c, verb)), None)
        if subject is not None:
            return subject if subject.pos_ in ("NOUN", "PROPN", "PRON") else None
    return None


def _personal_expletive(token: Token, verb: Token) -> bool:
    """ "Il doit être reçu par X" with "il" taken for an impersonal one: a passive with an agent
    is personal ("il doit être procédé à …" has none)."""
    return token.dep_ == "expl:subj" and token.lower_ in PERSONAL \
        and bool(agents(verb))


def passive_subject(verb: Token) -> Token | None:
    """Who undergoes a passive ``verb``: its own passive subject, else the raised one."""
    if not is_passive(verb):
        return None
    own = own_subject(verb, "nsubj:pass")  # "La veille, X a été arrêté": not "veille"
    return own if own is not None else raised_subject(verb)


def received_pronoun(verb: Token) -> bool:
    """ "il doit être reçu par le président": a personal pronoun undergoes a passive whose agent
    is a person — the pronoun then stands for a person too (a thing is not "reçu par" someone
    in a visit; "la lettre a été reçue" has a noun subject, checked on its own)."""
    subject = passive_subject(verb)
    if subject is None or subject.pos_ != "PRON" or subject.lower_ not in PERSONAL:
        return False
    return any(is_person(c) for c in agents(verb))
