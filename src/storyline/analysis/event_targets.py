"""Targets of an event the lexicon's slots miss, and subjects the parser misplaced.

Each function takes tokens and returns tokens; mapping them to entities is
:mod:`storyline.analysis.event_participants`' job.

- the things a target-taking event (an attack, aid, support, a rejection…) acts on, when no
  slot names a recipient: the objects of the trigger and of its infinitive ("a cessé
  d'attaquer les infrastructures ukrainiennes") — the participant is then the owner, a mention
  inside or the nationality of the thing; for an attack also where it went, by nationality
  only ("ont pénétré en territoire ukrainien": not "dans la province de X", a venue);
- the antecedent of a demonstrative thing ("X a proposé des conditions. Y a rejeté ces
  conditions") or of a bare definite one ("Z a qualifié l'attaque de cynique"): the same noun
  a sentence or two before, whose owner or "par X" is the participant;
- who held what an attack takes ("a repris Y, un village contrôlé par Z");
- subjects the parser hung elsewhere: under a source ("Selon X, des milliers de soldats sont
  encerclés"), behind a fronted adverb's preposition ("En outre, les avions de X ont frappé"),
  on an auxiliary ("que X n'a pas bloquée"), on a detached participle ("Le rapport, remis à
  X, dresse").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.analysis.event_roles import SUBJECTS, coordinated, is_possessive, owners, subjects
from storyline.analysis.event_words import DEFINITE, DEMONSTRATIVES, case_of, has_auxiliary

if TYPE_CHECKING:
    from spacy.tokens import Token

TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "ACCUSE", "THREATEN", "REQUEST", "AID", "SUPPORT",
                          "REJECT", "RETREAT"})
ATTACK_TYPES = frozenset({"ASSAULT", "COERCE"})
ATTACK_CASES = frozenset({"en", "sur", "contre", "vers"})  # not "dans": where it happened
LOOK_BACK_SENTENCES = 2
HOLDING = frozenset({"contrôler", "tenir", "occuper", "détenir"})  # "un village tenu par X"


def acted_on(verb: Token, attack: bool) -> tuple[list[Token], list[Token]]:
    """The nouns ``verb`` acts on: its objects and its infinitive's objects; and apart, for an
    attack (``attack``), the nouns of where it went ("sur", "contre", "en"), also under a
    coordinated verb that shares its subject ("ont franchi la frontière et pénétré en
    territoire ukrainien")."""
    verbs = [verb] + [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    if attack:
        verbs += [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and not subjects(c)]
    objects: list[Token] = []
    places: list[Token] = []
    for head in verbs:
        for child in head.children:
            if child.pos_ != "NOUN":
                continue
            if child.dep_ == "obj" and case_of(child) is None:
                objects += coordinated(child)
            elif attack and child.dep_.startswith("obl") and case_of(child) in ATTACK_CASES:
                places += coordinated(child)
    return objects, places


def previous_holders(verb: Token) -> list[Token]:
    """Who held what an attack takes: the agent of a holding participle on its object, on the
    object's apposition ("a repris Y, un village contrôlé par Z") or detached after it ("a
    repris le village, contrôlé par Z"); the object may hang on the governing verb right after
    the trigger ("a annoncé avoir repris Y")."""
    things = [c for c in verb.children if c.dep_ == "obj"]
    if not things and verb.dep_ == "xcomp":
        things = [c for c in verb.head.children if c.dep_ == "obj" and c.i == verb.i + 1]
    if not things:
        return []
    nouns = things + [c for t in things for c in t.children if c.dep_ == "appos"]
    participles = [c for n in nouns for c in n.children if c.dep_ == "acl"]
    participles += [c for c in verb.children if c.dep_ == "advcl" and c.i > things[0].i]
    return [g for p in participles if p.lemma_.lower() in HOLDING and "VerbForm=Part" in str(p.morph)
            for g in p.children if g.dep_ == "obl:agent"]


def stray_adjectives(verb: Token, things: list[Token]) -> list[Token]:
    """Adjectives the parser hung on a verb right after one of its nouns ("pénétré en
    territoire ukrainien", "ukrainien" attached to the verb)."""
    ends = {t.right_edge.i + 1 for t in things}
    heads = [verb] + [t.head for t in things]
    return [c for h in heads for c in h.children if c.pos_ == "ADJ" and c.i in ends]


def antecedent(thing: Token) -> Token | None:
    """ "ces conditions", "l'attaque" with no complement of its own: the same noun in this
    sentence or the two before."""
    dets = {c.lower_ for c in thing.children if c.dep_ == "det"}
    bare = not any(c.dep_ == "nmod" or is_possessive(c) for c in thing.children)
    if not (dets & DEMONSTRATIVES or (dets & DEFINITE and bare)):
        return None
    doc = thing.doc
    sentence = thing.sent
    first = sentence.start
    for _ in range(LOOK_BACK_SENTENCES):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    lemma = thing.lemma_.lower()
    for token in reversed(doc[first:thing.i]):
        if token.pos_ == "NOUN" and token.lemma_.lower() == lemma:
            return token
    return None


def origin(thing: Token) -> list[Token]:
    """Who a thing comes from: its owner, else the subject of the clause it is the object of
    ("Poutine a proposé des conditions")."""
    found = owners(thing) or [c for c in thing.children if c.dep_ == "nmod" and case_of(c) == "par"]
    if found:  # "une attaque par la Russie"
        return found
    if thing.dep_ == "obj" and thing.head.pos_ == "VERB":
        return [s for s in subjects(thing.head) if s.dep_ == "nsubj"]
    return []


def misplaced_subjects(verb: Token) -> list[Token]:
    """Subjects of ``verb`` the parser hung elsewhere, as (subject) tokens; [] when it has a
    plain one."""
    found: list[Token] = []
    for child in verb.children:
        if child.dep_ in SUBJECTS and case_of(child) == "selon":  # "Selon X, des soldats sont …"
            found += [g for g in child.children if g.dep_ == "nmod" and case_of(g) is None
                      and g.pos_ == "NOUN" and _after_comma(g)]
    if found or any(c.dep_ in SUBJECTS for c in verb.children):
        return found
    for child in verb.children:
        if child.dep_.startswith("aux"):  # "que Bush n'a pas bloquée": Bush on "a"
            found += [g for g in child.children if g.dep_ == "nsubj" and g.pos_ in ("NOUN", "PROPN")]
        elif child.dep_.startswith("obl") and child.i < verb.i and child.pos_ in ("NOUN", "PROPN") \
                and _detached_case(child):  # "En outre, « les avions de X ont frappé"
            found.append(child)
        elif child.dep_ == "advcl" and child.i < verb.i and _bare_participle(child):
            found += [g for g in child.children if g.dep_ == "nsubj" and g.i < child.i]
    return found


def _bare_participle(verb: Token) -> bool:
    """A past participle with no auxiliary: it has no subject of its own, so one the parser
    gave it is the subject of the clause it is detached in ("Le rapport, remis à X, dresse")."""
    morph = str(verb.morph)
    return "VerbForm=Part" in morph and "Tense=Past" in morph and not has_auxiliary(verb)


def _detached_case(noun: Token) -> bool:
    """A preposition cut from its noun by a comma, the noun right before its verb: the
    preposition belongs to a fronted adverb ("En outre, « les avions … ont frappé")."""
    verb = noun.head
    cases = [c for c in noun.children if c.dep_ == "case"]
    cut = bool(cases) and any(c.dep_ == "punct" and c.lower_ == "," and cases[0].i < c.i < noun.i
                              for c in noun.children)
    between = noun.doc[noun.right_edge.i + 1:verb.i]
    return cut and all(t.head.i == verb.i and (t.dep_.startswith("aux") or t.pos_ == "ADV") for t in between)


def _after_comma(token: Token) -> bool:
    first = token.left_edge
    return first.lower_ == "," or (first.i > 0 and token.doc[first.i - 1].lower_ == ",")
