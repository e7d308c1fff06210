"""Participants that the words around a trigger give, not its own slots.

Each function takes tokens and returns the tokens that name participants; mapping them to
entities is :mod:`storyline.analysis.event_participants`' job.

- who undergoes an event noun: the subject of a verb of undergoing that takes it ("X se
  heurtait à la résistance de Y", "X a subi une attaque", "X fait face à une offensive") or
  of a relative clause on it ("la peine que devra purger X", "l'attaque qu'a subie X", the
  subject inverted after the verb and parsed as its object);
- who makes an event possible: "grâce au soutien / à l'aide / au concours de X" on the clause;
- what a protest is against: "anti-X" on the protest noun, or on a protest noun the protest
  verb takes part in ("a manifesté dans la manifestation anti-X");
- the subject inverted after a verb whose relative pronoun is a complement ("un projet
  auquel sont associés X et Y");
- whom a threat or protest answers: the author of the act its subject is said to be angry
  about ("X, mécontent des modifications apportées par Y, a menacé de …");
- who was held: the one a release frees after a state noun ("ont été libérés après douze jours
  de captivité");
- whose reversal it was: the verb a bare "après un gel" resumes, with its object ("X a rétabli
  l'aide à Y après un gel temporaire").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.analysis.event_roles import clause_subject, owners, subjects
from storyline.analysis.event_words import QUE, case_of, is_reflexive, lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Token

# verbs whose subject undergoes the event noun they take: "subir une attaque", "purger une peine"
UNDERGO = frozenset({"subir", "essuyer", "affronter", "encourir", "risquer", "purger", "écoper"})
REFLEXIVE_UNDERGO = frozenset({"heurter"})  # "se heurter à la résistance de X"
HELP_NOUNS = frozenset({"soutien", "aide", "concours", "appui", "assistance", "financement"})
HELP_CASES = frozenset({"grâce"})  # "grâce au soutien de X"; "avec l'aide de X" is often a partner
COMPLEMENT_RELATIVES = frozenset({"auquel", "auxquels", "auxquelles", "duquel", "desquels", "desquelles",
                                  "dont", "où", "lequel", "laquelle", "lesquels", "lesquelles"})
NOMINALS = ("NOUN", "PROPN")
LOOSE_CLAUSES = frozenset({"acl", "ccomp", "dep"})
OBJECT_CLITICS = frozenset({"le", "la", "les", "l'", "l’", "lui", "leur"})
DURATIONS = frozenset({"heure", "jour", "semaine", "mois", "an", "année"})
DISCONTENT = frozenset({"mécontent", "furieux", "irrité", "excédé", "outré", "indigné", "exaspéré"})


def _undergoes(verb: Token, case: str | None) -> bool:
    lemma = lemma_of(verb)
    if lemma in UNDERGO:
        return True
    if lemma in REFLEXIVE_UNDERGO:
        return is_reflexive(verb)
    return lemma == "faire" and case == "face"  # "faire face à", "face" read as the case


def undergoers(noun: Token) -> list[Token]:
    """Who undergoes the event ``noun`` names: the subject of the undergoing verb taking it
    ("X se heurtait à la résistance de Y", "X a subi une attaque"), or of a relative clause on
    it whose object is the noun ("la peine que devra purger X")."""
    verb = noun.head
    if noun.dep_ in ("obj", "obl", "obl:arg", "obl:mod") and verb.pos_ == "VERB" \
            and _undergoes(verb, case_of(noun)):
        return clause_subject(verb)
    for clause in noun.children:
        verbs = undergoing_clause(clause)
        if verbs:
            return _relative_subjects(clause, verbs)
    return []


def undergoing_clause(clause: Token) -> list[Token]:
    """The verbs of a relative clause whose object "que" is undergone ("que devra purger X",
    "qu'a subie X"): the clause and its infinitive; [] for any other clause."""
    if clause.dep_ != "acl:relcl" or not any(g.dep_ == "obj" and g.lower_ in QUE for g in clause.children):
        return []
    verbs = [clause, *(c for c in clause.children if c.dep_ == "xcomp" and c.pos_ == "VERB")]
    return verbs if any(lemma_of(v) in UNDERGO for v in verbs) else []


def _relative_subjects(clause: Token, verbs: list[Token]) -> list[Token]:
    """The subject of a relative clause whose relative "que" is the object: its own, else the
    noun after the verb the parser took for the object ("que devra purger X")."""
    found = [s for v in verbs for s in subjects(v) if s.lower_ not in QUE]
    if found:
        return found
    return [c for v in verbs for c in v.children if c.dep_ == "obj" and c.i > clause.i
            and c.pos_ in NOMINALS and case_of(c) is None]


def helpers(head: Token) -> list[Token]:
    """ "… vont être effectués par des moyens civils, grâce au soutien de X, de Y et de Z": the
    names in the "de" complements of a help noun introduced by "grâce à" on the clause of
    ``head`` (on its verb, the verb it depends on, or a clause hung on them)."""
    clause = head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    verbs = [clause]
    if clause.dep_ in ("xcomp", "conj") and clause.head.pos_ in ("VERB", "AUX"):
        verbs.append(clause.head)
    verbs += [c for v in list(verbs) for c in v.children if c.dep_ in ("xcomp", "advcl", "parataxis")
              and c.pos_ in ("VERB", "AUX")]
    found: list[Token] = []
    for verb in verbs:
        for noun in verb.children:
            if noun.dep_.startswith("obl") and lemma_of(noun) in HELP_NOUNS and case_of(noun) in HELP_CASES:
                found += [c for c in noun.children if c.dep_ in ("nmod", "conj") and case_of(c) == "de"
                          and c.pos_ in NOMINALS]
    return found


def protest_nouns(head: Token, nouns: frozenset[str]) -> list[Token]:
    """The protest nouns (``nouns``: lemmas) a protest verb takes part in ("a manifesté dans le
    cortège de la manifestation"), through complements, at most three levels down."""
    found: list[Token] = []
    stack = [(c, 1) for c in head.children if c.dep_.startswith("obl")]
    while stack:
        node, level = stack.pop()
        if node.pos_ in NOMINALS and lemma_of(node) in nouns:
            found.append(node)
        if level < 3:
            stack.extend((c, level + 1) for c in node.children if c.dep_ == "nmod")
    return found


def anti_targets(noun: Token) -> tuple[list[Token], list[str]]:
    """ "la manifestation anti-X": the name after an "anti-" word on ``noun`` (the tokeniser
    cuts "anti-Le Pen" after "Le"), and apart the names written onto it ("anti-Trump")."""
    tokens: list[Token] = []
    written: list[str] = []
    for child in noun.children:
        low = child.lower_
        if not low.startswith("anti-") or child.i <= noun.i:
            continue
        rest = child.text[len("anti-"):]
        following = noun.doc[child.i + 1] if child.i + 1 < len(noun.doc) else None
        if following is not None and following.pos_ == "PROPN" and following.head.i in (noun.i, child.i) \
                and rest[:1].isupper():
            tokens.append(following)  # "anti-Le Pen", "anti-De Gaulle"
        elif rest[:1].isupper():
            written.append(rest)
    return tokens, written


def inverted_subjects(verb: Token) -> list[Token]:
    """ "un projet auquel sont associés X et Y", "où les accueillera X", "qu'a reçus X": in a
    relative clause introduced by a complement pronoun ("auquel", "dont", "à laquelle", "où")
    or by the object "que", the bare noun after the verb is its subject, inverted (the parser
    takes it for an object, the pronoun or a clitic before the verb for the subject)."""
    if verb.dep_ != "acl:relcl" and (verb.dep_ not in LOOSE_CLAUSES or "VerbForm=Fin" not in str(verb.morph)):
        return []  # the parser may hang a finite relative clause as any clause
    relatives = [c for c in verb.children if c.i < verb.i and (
        "PronType=Rel" in str(c.morph) or (c.lower_ in QUE and c.dep_ == "obj"))]
    if not relatives or not all(r.lower_ in COMPLEMENT_RELATIVES or (r.lower_ in QUE and r.dep_ == "obj")
                                for r in relatives):
        return []
    if any(c.dep_ in ("nsubj", "nsubj:pass") and c.i < verb.i and c not in relatives
           and c not in fronted_clitics(verb) for c in verb.children):
        return []
    return [c for c in verb.children if c.i > verb.i and c.pos_ in NOMINALS and case_of(c) is None
            and c.dep_ in ("obj", "obl:arg", "nsubj", "nsubj:pass")][:1]


def fronted_clitics(verb: Token) -> list[Token]:
    """ "où les accueillera X", "où l'attendait X": an object clitic right before the verb of a
    relative clause, which the parser may take for its subject (the inverted subject follows)."""
    if verb.dep_ != "acl:relcl" and verb.dep_ not in LOOSE_CLAUSES:
        return []
    return [c for c in verb.children if c.i == verb.i - 1 and c.lower_ in OBJECT_CLITICS
            and c.dep_ in ("nsubj", "nsubj:pass", "obj", "iobj")]


def grievance_authors(subjects_: list[Token]) -> list[Token]:
    """ "X, mécontentes des modifications apportées par Y, ont menacé": the owner or the agent
    of the thing an adjective of discontent on the subject is about (its "de" complement)."""
    found: list[Token] = []
    for subject in subjects_:
        for adjective in subject.children:
            if adjective.dep_ not in ("amod", "acl", "appos") or lemma_of(adjective) not in DISCONTENT:
                continue
            for thing in adjective.children:
                if thing.dep_ in ("nmod", "obl", "obl:arg") and thing.pos_ == "NOUN" \
                        and thing.lower_ not in QUE and (case_of(thing) == "de" or _partitive(thing)):
                    found += owners(thing)
    return found


def _partitive(noun: Token) -> bool:
    """ "mécontents des modifications": "des" read as an article."""
    return any(c.dep_ == "det" and c.lower_ in ("des", "du", "de", "d'", "d’") for c in noun.children)


def released_after(noun: Token) -> Token | None:
    """ "ont été libérés après douze jours de captivité", "libéré après sa détention": the verb
    of the clause a state noun ends in, through "après" (on the noun or on the time noun
    counting it); whether it is a release is the lexicon's call."""
    holder = noun
    if noun.dep_ == "nmod" and case_of(noun) == "de" and lemma_of(noun.head) in DURATIONS:
        holder = noun.head  # "après douze jours de captivité"
    if case_of(holder) != "après" or not holder.dep_.startswith("obl") or holder.head.pos_ != "VERB":
        return None
    return holder.head


def released(verb: Token) -> list[Token]:
    """Who a release verb frees: its passive subject, else its object."""
    deps = ("nsubj:pass",) if any(c.dep_ == "aux:pass" for c in verb.children) else ("obj",)
    return [c for c in verb.children if c.dep_ in deps and c.pos_ in (*NOMINALS, "PRON")]


def resumed_after(noun: Token) -> tuple[Token, Token] | None:
    """ "X a rétabli l'aide à Y après un gel temporaire": a bare reversal noun (no "de"
    complement of its own but a duration) introduced by "après" on a verb with an object: the verb and its
    object, whose parties the reversal had (whether the verb resumes is the lexicon's call)."""
    verb = noun.head
    if case_of(noun) != "après" or not noun.dep_.startswith("obl") or verb.pos_ != "VERB":
        return None
    if any(c.dep_ == "nmod" and case_of(c) == "de" and lemma_of(c) not in DURATIONS for c in noun.children):
        return None  # "après le gel de l'aide à Z" has its own; "un gel de trois mois" not
    objects = [c for c in verb.children if c.dep_ == "obj" and c.pos_ == "NOUN" and c.i < noun.i]
    return (verb, objects[0]) if objects else None
