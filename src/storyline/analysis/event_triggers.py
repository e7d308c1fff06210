"""Event triggers: the verbs, light-verb phrases and nouns of the event lexicon in a parse.

One trigger per predicate: a light verb with its noun ("a eu un entretien") or a verb with an
object it needs ("a suspendu les livraisons", "a lancé 539 drones") is one trigger, and the
noun is not taken again on its own. No word of a fixed phrase of the lexicon is a trigger
("force de frappe", "cour d'appel"); a copula and its fixed predicate ("X n'est pas d'accord
avec Y": ``verbs`` "être d'accord") are one trigger. An entry may mean another thing in the
passive ("deux chauffeurs sont poursuivis": prosecuted; "poursuivre leur coopération": no event).
An object cut off after a time phrase in commas is the verb's object (``Trigger.cut_object``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

from storyline.analysis.event_adjuncts import CUT_DEPS, bare_object, cut_object, fronted_time
from storyline.analysis.event_lexicon import Entry, EventLexicon
from storyline.analysis.event_modes import mode_of as mode_of  # re-exported for events.py
from storyline.analysis.event_needs import personal, satisfied, trip_noun
from storyline.analysis.event_objects import (
    complement_entry,
    noun_complement_entry,
    object_entry,
    partitive_entry,
)
from storyline.analysis.event_raised import passive_subject
from storyline.analysis.event_words import (
    QUE,
    REFLEXIVES,
    case_of,
    has_auxiliary,
    is_passive,
    is_person,
    is_reflexive,
    lemma_of,
    noun_lemmas,
    subject_of,
    verb_lemmas,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

OBJECT_DEPS = frozenset({"obj", "obl:arg"})
NOT_PREDICATES = frozenset({"amod", "aux", "aux:tense", "aux:pass", "cop"})
PROPOSED = frozenset({"REQUEST"})  # an adjectival participle with "par X" still coded
INANIMATE_PRONOUNS = frozenset({"cela", "ça", "ceci"})


@dataclass(frozen=True)
class Trigger:
    """A predicate coded by the lexicon: ``token`` is its head (verb or noun)."""

    token: int
    start: int  # character span of the trigger as written ("se sont entretenus")
    end: int
    lemma: str
    entry: Entry
    kind: Literal["verb", "light", "noun"]
    noun: int | None = None  # the object noun of a light verb or of a verb + object entry
    cut_object: int | None = None  # the object the parser cut off after a time phrase in commas


def _object_of(verb: Token) -> Token | None:
    bare = bare_object(verb)  # "a arrêté jeudi deux militants": not "jeudi"
    if bare is not None:
        return bare
    for child in verb.children:
        if child.dep_ in OBJECT_DEPS and child.pos_ in ("NOUN", "PROPN", "NUM") and case_of(child) is None:
            return child
    for child in verb.children:  # "a lancé 539 drones" parsed with the number as object
        if child.dep_ == "obj" and child.pos_ in ("NOUN", "PROPN", "NUM"):
            return child
    patient = passive_subject(verb)  # "X a été reçu", "X doit être reçu": the passive subject
    if patient is not None and patient.pos_ in ("NOUN", "PROPN"):
        return patient
    if verb.dep_ == "xcomp":  # "a annoncé avoir repris X": the object hung on the governor
        for child in verb.head.children:
            if child.dep_ == "obj" and child.i > verb.i and child.pos_ in ("NOUN", "PROPN"):
                return child
    return cut_object(verb)


def _after(entry: Entry, head: Token) -> Entry:
    """The meaning chosen by the next word ("appel à" is a request, not a phone call)."""
    if not entry.after:
        return entry
    doc = head.doc
    following = doc[head.i + 1].lower_ if head.i + 1 < len(doc) else ""
    if following in ("au", "aux"):
        following = "à"
    if following in entry.after:
        return entry.merged(entry.after[following])
    return entry


def _span(doc: Doc, first: int, last: int) -> tuple[int, int]:
    return doc[first].idx, doc[last].idx + len(doc[last])


def verb_start(verb: Token) -> int:
    """First token of the verb group: auxiliaries and the reflexive clitic ("se sont entretenus"),
    and what stands between them ("ont, pour la première fois, demandé") — not the copula of a
    cleft the parser hung on the verb ("c'est pour cela qu'il a été sanctionné")."""
    group = [c.i for c in verb.children
             if c.i < verb.i and (c.dep_.startswith("aux") or c.lower_ in REFLEXIVES)]
    for first in sorted(group):
        if not any(t.dep_ in ("mark", "nsubj", "nsubj:pass") and t.head.i == verb.i
                   for t in verb.doc[first + 1:verb.i]):
            return first
    return verb.i


@lru_cache(maxsize=256)
def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    """A fixed phrase of the lexicon as a pattern: its words in order, each also in the plural
    ("forces de frappe", "cours d'appel"), apostrophes of either kind."""
    words = re.findall(r"[^\W\d_]+'?|\d+", phrase.lower().replace("’", "'"))
    parts = [re.escape(w) if w.endswith("'") else re.escape(w) + "[sx]?" for w in words]
    return re.compile(r"(?<!\w)" + r"\s*".join(p if p.endswith("'") else p + r"(?!\w)" for p in parts))


def fixed_tokens(doc: Doc, lex: EventLexicon) -> set[int]:
    """Tokens inside a fixed phrase of the lexicon (``fixed``: "force de frappe", "cour
    d'appel"): the event word in it names no event."""
    if not lex.fixed:
        return set()
    text = doc.text.lower().replace("’", "'")
    spans = [(m.start(), m.end()) for phrase in lex.fixed for m in _phrase_pattern(phrase).finditer(text)]
    return {t.i for t in doc for start, end in spans if start <= t.idx < end}


def find_triggers(doc: Doc, lex: EventLexicon) -> list[Trigger]:
    """Every trigger of ``doc``, in text order; none inside a fixed phrase of the lexicon."""
    found: list[Trigger] = []
    taken_nouns: set[int] = set()
    fixed = fixed_tokens(doc, lex)
    for token in doc:
        if (token.pos_ in ("VERB", "AUX") or _verbal_adjective(token)) and token.dep_ not in NOT_PREDICATES \
                and token.i not in fixed:
            trigger = _verb_trigger(token, lex)
            if trigger is not None and trigger.noun in fixed:
                taken_nouns.add(trigger.noun)  # "a lancé un appel d'offres": no event, nor its noun
            elif trigger is not None:
                found.append(trigger)
                if trigger.noun is not None:
                    taken_nouns.add(trigger.noun)
        elif token.dep_ == "cop" and token.i not in fixed and (trigger := _copular_trigger(token, lex)):
            found.append(trigger)  # its words are no triggers of their own ("accord")
            taken_nouns.update(t.i for t in doc.char_span(trigger.start, trigger.end) or ())
    for token in doc:
        if _noun(token) and token.i not in taken_nouns and token.i not in fixed:
            trigger = _noun_trigger(token, lex)
            if trigger is not None:
                found.append(trigger)
    return sorted(found, key=lambda t: t.start)


def _noun(token: Token) -> bool:
    """A noun, or a common noun the tagger took for a name ("la résistance" as PROPN)."""
    return token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.text[:1].islower())


def _verbal_adjective(token: Token) -> bool:
    """A participle the tagger took for an adjective: "n'avait pas discuté" """
    return token.pos_ == "ADJ" and any(c.dep_ == "aux:tense" for c in token.children)


def _adjectival(verb: Token) -> bool:
    """ "la pause annoncée par", "des missiles fabriqués aux États-Unis": a participle that
    modifies a noun, unless detached by a comma ("Reid, accusé d'avoir tenté") or conjugated
    ("la dernière fois que X s'est entretenu"); an attribute ("X se sait menacé")."""
    morph = str(verb.morph)
    if "VerbForm=Part" not in morph or has_auxiliary(verb):
        return False
    if verb.dep_ == "xcomp" and "Tense=Past" in morph:
        return True
    if verb.dep_ != "acl":
        return False
    first = min(t.i for t in verb.subtree)
    return not (first > 0 and verb.doc[first - 1].lower_ == "," and first == verb.i)


def _existential(verb: Token) -> bool:
    """ "il y a", "il n'y a pas de discussion": not "avoir" + an event noun."""
    return any(c.lower_ == "y" for c in verb.children)


def _inanimate_subject(verb: Token, lex: EventLexicon) -> bool:
    """A subject that cannot act: "cela", or a common noun that is no person, no name and no
    body of people (lexicon class ``agent``: "le gouvernement", "l'accusation"); a gerund's is
    that of the clause ("le contrat … en proposant aux enfants des activités")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and not fronted_time(c)]
    if not subjects and any(c.dep_ == "mark" and c.lower_ == "en" for c in verb.children):
        shared = subject_of(verb) or subject_of(verb.head)  # conjunct or adverbial gerund
        subjects = [shared] if shared is not None and shared.dep_ == "nsubj" else []
    for child in subjects:
        if child.pos_ == "PRON":
            return child.lower_ in INANIMATE_PRONOUNS
        return child.pos_ == "NOUN" and not _someone(child, lex)
    return False


def _thing_subject(verb: Token, lex: EventLexicon) -> bool:
    """A passive subject that is a thing: a common noun that is no person, name or body."""
    c = passive_subject(verb)  # own, or raised from a modal ("la coopération doit être poursuivie")
    return c is not None and c.pos_ == "NOUN" and not _someone(c, lex)


def _someone(noun: Token, lex: EventLexicon) -> bool:
    """A noun that can act or undergo as someone: a name, a person, a body of people (lexicon
    class ``agent``: "le gouvernement"), a title ("la cheffe") or people ("les détenus")."""
    return bool(noun.ent_type_) or personal(noun, lex) or any(
        lex.in_class(f, "agent") for f in noun_lemmas(noun))


def _prediction(verb: Token, lex: EventLexicon) -> bool:
    """ "a averti que tout retard ne ferait qu'encourager Moscou": a warning whose que-clause is
    about a thing (no person, name, body or event of the lexicon as its subject) predicts, it
    threatens nothing ("il a averti que si …, il envisagerait", "que des sanctions seraient
    imposées" are threats)."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        marked = any(m.dep_ == "mark" and m.lower_ in QUE for m in clause.children)
        subject = clause if clause.pos_ == "NOUN" and marked else next(
            (c for c in clause.children if c.dep_ == "nsubj"), None)  # the parser may head it on the noun
        if subject is not None and subject.pos_ == "NOUN" and not subject.ent_type_ \
                and not is_person(subject, lex) and not any(
                    lex.in_class(f, "agent") or f in lex.nouns for f in noun_lemmas(subject)):
            return True
    return False


def _verb_trigger(verb: Token, lex: EventLexicon) -> Trigger | None:
    adjectival = _adjectival(verb)
    if adjectival and not any(c.dep_ == "obl:agent" for c in verb.children):
        return None
    lemma = next((f for f in verb_lemmas(verb) if f in lex.verbs or f in lex.light_verbs),
                 lemma_of(verb))
    obj = _object_of(verb)
    doc = verb.doc
    if lemma in lex.light_verbs and obj is not None and not _existential(verb):
        for form in noun_lemmas(obj):
            if form in lex.light_verbs[lemma] and form in lex.nouns:
                start, end = _span(doc, verb_start(verb), obj.i)
                return Trigger(verb.i, start, end, f"{lemma} {form}", _after(lex.nouns[form], obj),
                               "light", obj.i)
    entry = lex.verbs.get(lemma)
    if entry is None:
        return None
    if entry.passive is not None and is_passive(verb):
        if _thing_subject(verb, lex):
            return None  # "la coopération sera poursuivie": continued, no one prosecuted
        entry = entry.passive  # "deux chauffeurs sont poursuivis": prosecuted
    reflexive = is_reflexive(verb)
    if (entry.reflexive and not reflexive) or (entry.plain and reflexive):
        return None
    matched = object_entry(entry, obj, lex) or partitive_entry(entry, verb, lex)
    noun = matched[1].i if matched is not None else None
    chosen = matched[0] if matched is not None else (
        complement_entry(entry, verb, obj, lex) or _after(entry, verb))
    if chosen.type is not None and not satisfied(chosen, verb, obj, lex) and chosen.otherwise is not None:
        chosen = chosen.otherwise  # "se rendre" without a place: a surrender
    if chosen.type is None or not satisfied(chosen, verb, obj, lex):
        return None
    if adjectival and chosen.type not in PROPOSED:
        return None  # "les munitions fournies par X": no event; "le cessez-le-feu proposé par X" is one
    if obj is not None and any(f in entry.unless for f in noun_lemmas(obj)):
        return None  # "fournir des informations" is no aid
    if chosen.type == "THREATEN" and _prediction(verb, lex):
        return None
    if chosen.agent and _inanimate_subject(verb, lex):
        return None  # "ce projet a demandé un travail sérieux": required, not requested
    if chosen.type == "CONSULT" and noun is None:
        noun = trip.i if (trip := trip_noun(verb, lex)) is not None else None  # "s'est rendu en visite"
    start, end = _span(doc, verb_start(verb), verb.i)
    cut = obj.i if obj is not None and obj.head.i != verb.i and obj.dep_ in CUT_DEPS else None
    return Trigger(verb.i, start, end, lemma, chosen, "verb", noun, cut)


def _copular_trigger(copula: Token, lex: EventLexicon) -> Trigger | None:
    """A copula and a fixed predicate after it (adverbs between) listed in ``verbs``."""
    k = next((t.i for t in copula.doc[copula.i + 1:] if t.pos_ != "ADV"), len(copula.doc))
    words = copula.doc[k:k + 2]
    phrase = f"{lemma_of(copula)} {words.text.lower().replace(chr(8217), chr(39))}"
    entry = lex.verbs.get(phrase)
    if len(words) < 2 or entry is None or entry.type is None:
        return None
    return Trigger(copula.head.i, copula.idx, words.end_char, phrase, entry, "verb")


def _noun_trigger(noun: Token, lex: EventLexicon) -> Trigger | None:
    for form in noun_lemmas(noun):
        entry = lex.nouns.get(form)
        if entry is None:
            continue
        if entry.objects:  # "la prise d'otages", "l'action militaire": the complement decides
            matched = noun_complement_entry(entry, noun, lex)
            entry = matched[0] if matched is not None else entry
        entry = _after(entry, noun)
        if entry.type is not None and not satisfied(entry, noun, None, lex) and entry.otherwise is not None:
            entry = entry.otherwise  # "les discussions à Genève": no partner named, but a venue
        if entry.type is None or not satisfied(entry, noun, None, lex):
            return None
        start, end = _span(noun.doc, noun.i, noun.i)
        return Trigger(noun.i, start, end, form, entry, "noun")
    return None
