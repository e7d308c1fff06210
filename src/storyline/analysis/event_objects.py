"""The meaning an object or a complement gives a trigger's lexicon entry ("objects", "complements")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.analysis.event_words import PREPOSITIONAL, case_of, is_person, noun_lemmas

if TYPE_CHECKING:
    from spacy.tokens import Token

    from storyline.analysis.event_lexicon import Entry, EventLexicon

PARTITIVES = frozenset({"des", "du", "de", "d'", "d’"})
OWN_CASES = frozenset({"de", None})  # a noun the object governs that may be what is acted on


def object_entry(entry: Entry, obj: Token | None, lex: EventLexicon) -> tuple[Entry, Token] | None:
    """The meaning ``obj`` (or a noun it governs: "une partie des livraisons") gives the entry,
    and the noun that gave it — not a noun after another preposition ("les attaques contre les
    civils": the attacks are condemned, not the civilians)."""
    if obj is None or not entry.objects:
        return None
    candidates = [obj, *[c for c in obj.children
                         if c.dep_ == "appos" or (c.dep_ == "nmod" and case_of(c) in OWN_CASES)]]
    if obj.pos_ == "NUM":  # "lancé 28 drones": the parser may head the phrase on the number
        candidates += [c for c in obj.children if c.pos_ == "NOUN"]
    return _meaning(entry, obj, candidates, lex)


def noun_complement_entry(entry: Entry, noun: Token, lex: EventLexicon) -> tuple[Entry, Token] | None:
    """The meaning a "de" complement or an adjective gives a noun trigger's entry ("la prise
    d'otages", "la prise de deux villages", "l'action militaire"); a complement after another
    preposition is none ("la prise de fonctions à Paris": no place taken)."""
    complements = [c for c in noun.children
                   if c.dep_ == "amod" or (c.dep_ == "nmod" and case_of(c) in OWN_CASES)]
    return next((m for c in complements if (m := object_entry(entry, c, lex))), None)


def partitive_entry(entry: Entry, verb: Token, lex: EventLexicon) -> tuple[Entry, Token] | None:
    """An object the parser took for a "de" complement: "en leur donnant des armes" (partitive
    article read as a preposition), "décider de la peine" — also hung on the verb an infinitive
    depends on ("devait décider, hier, de la peine")."""
    if not entry.objects:
        return None
    holders = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
    candidates = [c for h in holders for c in h.children if c.dep_ in PREPOSITIONAL and c.dep_ != "obl:agent"
                  and c.i > verb.i and c.pos_ == "NOUN"
                  and any(k.dep_ in ("case", "det") and k.lower_ in PARTITIVES for k in c.children)]
    return _meaning(entry, None, candidates, lex)


def _meaning(entry: Entry, obj: Token | None, candidates: list[Token],
             lex: EventLexicon) -> tuple[Entry, Token] | None:
    """The first candidate noun the entry's ``objects`` key or class covers; a person only as the
    object itself or under an object that names no event ("les violences des manifestants":
    the violence is condemned, no one is sentenced)."""
    event_object = obj is not None and any(f in lex.nouns for f in noun_lemmas(obj))
    for noun in candidates:
        person = not (event_object and noun is not obj)  # may stand for the one acted on
        for form in noun_lemmas(noun):
            if form in entry.objects:
                return entry.merged(entry.objects[form]), noun
            for key, value in entry.objects.items():
                if key.startswith("@") and lex.in_class(form, key[1:]) and (person or key != "@person"):
                    return entry.merged(value), noun
        if "@person" in entry.objects and is_person(noun, lex) and person:
            return entry.merged(entry.objects["@person"]), noun
        if obj is not None and noun is obj and obj.pos_ == "PROPN" and "@place" in entry.objects \
                and obj.ent_type_ == "LOC":
            return entry.merged(entry.objects["@place"]), noun
    return None


def complement_entry(entry: Entry, verb: Token, obj: Token | None, lex: EventLexicon) -> Entry | None:
    """The meaning a prepositional complement or a marked infinitive gives ("condamné à dix ans":
    a sentence; "appelé les habitants à la retenue / à quitter la ville": a request), also hung on
    an object that is people ("appelé la population au calme"); a place is no such complement
    ("condamné à Paris", "appelé son frère à Lyon"), nor a noun of the entry's ``unless``."""
    if not entry.complements:
        return None
    complements = [c for c in verb.children if c.dep_ in PREPOSITIONAL or c.dep_ == "xcomp"]
    if obj is not None:  # "appelé les habitants à quitter": the infinitive hung on the object
        complements += [c for c in obj.children if c.dep_ == "acl" and "VerbForm=Inf" in str(c.morph)]
        if is_person(obj, lex) or any(lex.in_class(f, "agent") for f in noun_lemmas(obj)):
            complements += [c for c in obj.children if c.dep_ == "nmod"]  # "la population au calme"
    for child in complements:
        case = case_of(child)
        if case not in entry.complements or _place(child, lex) \
                or any(f in entry.unless for f in noun_lemmas(child)):
            continue  # "appelé la police à la rescousse": summoned, nothing requested of it
        if child.dep_ in ("xcomp", "acl") and child.pos_ != "VERB":
            continue
        return entry.merged(entry.complements[case])
    return None


def _place(token: Token, lex: EventLexicon) -> bool:
    """A name or a place noun (not a common noun the tagger took for a place: "5.000 F")."""
    return token.pos_ == "PROPN" or any(lex.in_class(f, "place") for f in noun_lemmas(token))
