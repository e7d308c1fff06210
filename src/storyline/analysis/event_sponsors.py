"""Who an event noun belongs to when a verb of deciding, announcing, claiming or hosting takes it
as object: "la France a annoncé l'envoi d'aide", "X a revendiqué l'attaque", "Y accueillera un
sommet" (the lexicon classes ``sponsor``, ``herald`` and ``host``), or when a verb of travel
takes a consultation noun as its purpose: "X est arrivé à Rome pour une visite" (``travel``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.analysis.event_roles import clause_subject
from storyline.analysis.event_targets import ATTACK_TYPES
from storyline.analysis.event_words import case_of, is_passive, lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from storyline.analysis.event_lexicon import EventLexicon

HOSTED_TYPES = frozenset({"CONSULT"})  # "accueillir une réunion", not "accueillir l'aide"
PURPOSE_CASES = frozenset({"pour", "en"})  # "pour une visite", "en visite"
FRAME_CASES = frozenset({"dans"})  # "dans le cadre d'une visite"
FRAMES = frozenset({"cadre"})


def sponsor_subjects(noun: Token, event_type: str, lex: EventLexicon) -> list[Token]:
    """The subject of the verb whose object ``noun`` is, when that verb makes its subject the
    noun's actor: one that decides, orders, promises, organises or claims it (``sponsor``:
    "a décidé l'envoi de troupes", "a revendiqué l'attaque"), one that announces it
    (``herald``, not for attacks: a side announces those it suffers), one that hosts a
    consultation (``host``: "accueillera une réunion"). Not in the passive ("l'envoi a été
    annoncé": the verb's subject is the noun)."""
    verb = noun.head
    if verb.i == noun.i or verb.pos_ != "VERB" or is_passive(verb):
        return []
    if noun.dep_ != "obj" and not (noun.dep_ == "obl:arg" and case_of(noun) == "de"):
        return []  # "a décidé l'envoi", "a décidé de l'envoi"
    lemma = lemma_of(verb)
    fits = lex.in_class(lemma, "sponsor") \
        or (lex.in_class(lemma, "herald") and event_type not in ATTACK_TYPES) \
        or (lex.in_class(lemma, "host") and event_type in HOSTED_TYPES)
    return clause_subject(verb) if fits else []


def traveller_subjects(noun: Token, event_type: str, lex: EventLexicon) -> list[Token]:
    """ "X est arrivé à Rome pour une visite de deux jours", "X s'est rendu en visite à Rome",
    "X est parti à Rome dans le cadre d'une visite": a consultation noun that is the purpose of a
    verb of travel (``travel``: arriver, se rendre, partir, venir…) is held by that verb's subject
    (the place travelled to names no partner)."""
    if event_type not in HOSTED_TYPES:
        return []
    node = noun
    if node.dep_ == "nmod" and case_of(node) == "de" and lemma_of(node.head) in FRAMES \
            and case_of(node.head) in FRAME_CASES:
        node = node.head  # "dans le cadre d'une visite"
    elif case_of(node) not in PURPOSE_CASES:
        return []
    verb = node.head
    if verb.i == node.i or verb.pos_ != "VERB" or not node.dep_.startswith("obl") \
            or not lex.in_class(lemma_of(verb), "travel"):
        return []
    return clause_subject(verb)
