"""Where a trigger's participants sit in the parse: the syntactic side of participant finding.

Each function takes tokens and returns the tokens that name participants; mapping them to
entities is :mod:`storyline.analysis.event_participants`' job.

- coordination: "X et Y", "X, Y et Z" (a conjunct the parser hung without any "et"/"ou" is
  not coordinated: "…sur l'Ukraine, Zelensky et Trump ont abordé"), also the names under a
  plural noun's "de" ("les écuries de X et Y");
- the subject of a governing clause: conjoined verbs, infinitives, gerunds, participles, the
  infinitive of a noun controlled by that noun's owner ("la capacité de l'Ukraine à protéger
  …"), the clause an event noun is the setting of ("Lors d'un entretien …, X a évoqué");
- a support verb of an event noun ("X a achevé deux jours de négociations", "X a intensifié
  ses frappes") and a relative clause on it ("une conversation qu'il a eue avec Y");
- the owner of a thing acted on ("la proposition de X", "sa dernière invitation", "le cadre
  établi par X");
- the nominal subtree of an event noun ("une attaque de drones et de missiles par X sur Y").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.analysis.event_words import (
    QUE,
    case_of,
    has_auxiliary,
    is_passive,
    is_purpose_clause,
    is_reflexive,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECTS = ("nsubj", "nsubj:pass")
IF_MARKS = frozenset({"si", "s'", "s’"})
CONDITION_WORDS = frozenset({"moins", "tant", "pourvu", "sauf"})  # "à moins que", "tant que"…
NOMINALS = ("NOUN", "PROPN", "PRON")
CLAUSE_HEADS = ("VERB", "AUX", "ADJ")
SUBTREE_DEPTH = 4  # levels of complements a nominal subtree goes down
SUPPORT_VERBS = frozenset({
    "avoir", "tenir", "mener", "achever", "entamer", "poursuivre", "commencer", "terminer",
    "reprendre", "intensifier", "multiplier", "organiser", "participer", "conduire", "effectuer",
    "engager", "lancer", "accentuer", "redoubler", "ouvrir", "boucler",
})
INFINITIVE_MARKS = frozenset({"de", "d'", "d’", "à", "pour"})
PURPOSE_PARTICIPLES = frozenset({"viser", "destiner"})  # "des efforts visant à négocier"


def subjects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in SUBJECTS]


def is_possessive(token: Token) -> bool:
    return token.dep_ == "det" and "Poss=Yes" in str(token.morph)


def coordinated(token: Token) -> list[Token]:
    """``token`` and the nominals coordinated with it by "et" / "ou" (not a conjunct that is
    the subject of a clause of its own: "X accepte le plan et Y est d'accord")."""
    members = [token]
    conjuncts = [c for c in token.children if c.dep_ == "conj" and c.pos_ in NOMINALS]
    if any(g.dep_ == "cc" for c in conjuncts for g in c.children):
        for conjunct in conjuncts:
            if not _starts_clause(conjunct):
                members += coordinated(conjunct)
    return members


def _starts_clause(conjunct: Token) -> bool:
    """A conjunct right before a finite verb (quotation marks between) that governs neither
    the first member nor anything above it: the subject of a new clause the parser hung on an
    object ("accepte les principes de X et Belgrade « est d'accord »"; in "X et Y ont
    convenu" the verb governs X)."""
    first = conjunct
    while first.dep_ == "conj":
        first = first.head
    doc = conjunct.doc
    k = conjunct.right_edge.i + 1
    while k < len(doc) and doc[k].is_punct and doc[k].lower_ not in (",", ".", ";", ":"):
        k += 1
    if k >= len(doc):
        return False
    verb = doc[k]
    if verb.pos_ not in ("VERB", "AUX") or "VerbForm=Fin" not in str(verb.morph):
        return False
    above = {a.i for a in first.ancestors}
    return verb.i not in above and verb.head.i not in above


def genitive_members(noun: Token) -> list[Token]:
    """ "les écuries de X et Y", "les maisons d'édition X et Y": the names coordinated in the
    "de" complement of a plural common noun, or on a name that complement holds (the parser
    hangs "et Y" on the last word of a name: "de F1 X et Y"); [] unless two or more."""
    if noun.pos_ != "NOUN" or "Number=Plur" not in str(noun.morph):
        return []
    for child in noun.children:
        if child.dep_ != "nmod" or case_of(child) != "de":
            continue
        names = [child, *(c for c in child.children if c.dep_ == "flat:name" or (
            c.dep_ == "nmod" and c.pos_ == "PROPN" and case_of(c) is None))]
        for name in names:
            members = coordinated(name)
            if len(members) > 1:
                return members
    return []


def is_plural(token: Token) -> bool:
    return "Number=Plur" in str(token.morph) or len(coordinated(token)) > 1


def shared_subject(verb: Token, depth: int = 0) -> list[Token]:
    """The subject a verb without one shares with a governing verb or noun."""
    if depth > 4 or verb.head.i == verb.i:
        return []
    governor = verb.head
    if verb.dep_ == "acl:relcl" and governor.pos_ in ("NOUN", "PROPN"):
        return [governor]
    completed = _completed_noun(verb)
    if completed is not None:  # "a salué la décision du tribunal d'inculper X": the tribunal
        return owners(completed, participles=False)
    if verb.dep_ in ("conj", "xcomp", "advcl") and governor.pos_ in CLAUSE_HEADS:
        return subjects(governor) or shared_subject(governor, depth + 1)
    if governor.lower_ == "afin" and _infinitival(verb) and governor.head.i != governor.i:
        above = governor.head  # "X sera à Lille afin d'y manifester": "afin" hangs on the clause
        return subjects(above) or shared_subject(above, depth + 1)
    supported = _supported_noun(verb)
    if supported is not None:  # "X s'est engagé dans des efforts visant à négocier": X
        return clause_subject(supported)
    if _gerund(verb):  # the clause's subject
        clause = governing_clause(verb)
        return subjects(clause) if clause is not None else []
    if verb.dep_ in ("acl", "advcl", "obl:arg") and governor.pos_ == "NOUN" and _infinitival(verb):
        owner = owners(governor, participles=False)  # "la capacité de l'Ukraine à protéger"
        if owner:
            return owner
        if governor.dep_ == "obj" and governor.head.pos_ in CLAUSE_HEADS:  # "X a la volonté d'aider"
            return subjects(governor.head) or shared_subject(governor.head, depth + 1)
    return []


def _completed_noun(verb: Token) -> Token | None:
    """The object noun an infinitive hung on the verb really completes: "la décision du TPI
    d'inculper" (parsed as an infinitive of "a salué"), when that noun has an owner."""
    marks = [c for c in verb.children if c.dep_ == "mark" and c.lower_ in ("de", "d'", "d’")]
    if verb.dep_ != "xcomp" or not marks or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    for noun in verb.head.children:
        if noun.dep_ == "obj" and noun.pos_ == "NOUN" and noun.right_edge.i == marks[0].i - 1 \
                and any(c.dep_ == "nmod" and case_of(c) == "de" and c.pos_ == "PROPN" for c in noun.children):
            return noun
    return None


def _supported_noun(verb: Token) -> Token | None:
    """The support verb of the noun a present participle qualifies ("s'est engagé dans des
    efforts visant à"): the noun is its subject's act, so the participle is the subject's."""
    if verb.dep_ != "acl" or verb.head.pos_ != "NOUN" or not _present_participle(verb):
        return None
    return support_verb(verb.head)


def partner_governor(verb: Token) -> Token | None:
    """The verb whose partners a purpose infinitive shares: "X s'est tourné vers Y pour
    discuter", "X s'est engagé auprès de Y dans des efforts visant à négocier" (the support verb
    of the noun). :func:`storyline.analysis.event_modality.purpose_governor` is the one for
    dates and tense (present infinitives only)."""
    if is_purpose_clause(verb):
        return verb.head
    participle = verb.head
    if verb.dep_ == "xcomp" and participle.lemma_.lower() in PURPOSE_PARTICIPLES:
        return _supported_noun(participle)
    return None


def adverb_complements(verb: Token) -> list[Token]:
    """ "auprès de X" parsed as an adverb holding "de X": the nominals it introduces."""
    return [g for c in verb.children if c.pos_ == "ADV" and c.lower_ == "auprès"
            for g in c.children if g.dep_.startswith("obl") and g.pos_ in NOMINALS]


def _gerund(verb: Token) -> bool:
    """ "en donnant": "en" as its mark, or as a case when the parser took the gerund for a noun."""
    cased = _present_participle(verb)
    return any(c.lower_ == "en" and (c.dep_ == "mark" or (c.dep_ == "case" and cased)) for c in verb.children)


def _present_participle(verb: Token) -> bool:
    morph = str(verb.morph)
    return "VerbForm=Part" in morph and "Tense=Pres" in morph


def _infinitival(verb: Token) -> bool:
    return "VerbForm=Inf" in str(verb.morph) or "VerbForm=Ger" in str(verb.morph) or any(
        c.dep_ == "mark" and c.lower_ in INFINITIVE_MARKS for c in verb.children)


def governing_clause(token: Token, depth: int = 6) -> Token | None:
    """The nearest verb (or predicate adjective) above ``token`` that has a subject, climbing
    through nouns and adverbs ("lors d'un entretien": lors -> the verb), skipping a clause
    whose only subject holds ``token``."""
    node = token
    path = {token.i}
    for _ in range(depth):
        if node.head.i == node.i:
            return None
        node = node.head
        path.add(node.i)
        if node.pos_ in CLAUSE_HEADS and any(s.i not in path for s in subjects(node)):
            return node
    return None


def clause_subject(verb: Token) -> list[Token]:
    return subjects(verb) or shared_subject(verb)


def support_verb(noun: Token) -> Token | None:
    """The verb that makes an event noun a predicate of its subject: "a achevé deux jours de
    négociations", "a intensifié ses frappes", "participe à la réunion"."""
    node = noun
    if node.dep_ == "nmod" and case_of(node) == "de" and node.head.pos_ == "NOUN" and node.head.dep_ == "obj":
        node = node.head  # "deux jours de négociations"
    if node.dep_ in ("obj", "obl:arg") and node.head.pos_ in ("VERB", "AUX") \
            and node.head.lemma_.lower() in SUPPORT_VERBS:
        return node.head
    verb = node.head  # "s'est lancé dans les consultations", "s'engager dans des négociations"
    if node.dep_.startswith("obl") and case_of(node) == "dans" and verb.lemma_.lower() in SUPPORT_VERBS \
            and is_reflexive(verb):
        return verb
    return None


def time_phrases(verb: Token) -> list[Token]:
    """The numeric time phrases on a verb ("jusqu'au 30 juin"), which the parser makes hold the
    complements written after them ("a donné jusqu'au 30 juin aux responsables")."""
    return [c for c in verb.children if c.dep_.startswith("obl") and c.pos_ == "NUM"]


def relative_clause(noun: Token) -> Token | None:
    """ "une conversation qu'il a eue avec Y": the relative verb whose object is the noun."""
    for child in noun.children:
        if child.dep_ == "acl:relcl" and any(g.dep_ == "obj" and g.lower_ in QUE
                                             for g in child.children):
            return child
    return None


def owners(thing: Token, participles: bool = True) -> list[Token]:
    """Who a thing belongs to: "de X", a possessive, the agent of a participle ("établi par X")."""
    found = [c for c in thing.children
             if (c.dep_ == "nmod" and case_of(c) == "de" and c.pos_ in NOMINALS) or is_possessive(c)]
    if participles:
        for child in thing.children:
            if child.dep_ == "acl" and "VerbForm=Part" in str(child.morph):
                found += [g for g in child.children if g.dep_ == "obl:agent"]
    return found


def reflexive_possessor(det: Token) -> list[Token]:
    """The subject a possessive refers back (or forward) to, when its clause has one of the same
    number: "l'OTAN a intensifié ses frappes", "Après sa rencontre avec X, Y a confirmé"."""
    noun = det.head
    verb = governing_clause(noun, depth=3)
    if verb is None:
        return []
    fronted = not noun.dep_.startswith("nsubj")  # "Après sa rencontre …, X": X may follow
    found = [s for s in subjects(verb) if not any(a.i == s.i for a in det.ancestors)
             and (s.i < det.i or fronted)]
    plural = det.lower_ in ("leur", "leurs")
    return found if found and is_plural(found[0]) == plural else []


def nominal_subtree(noun: Token) -> list[Token]:
    """Nouns below an event noun through complements and conjuncts, not through clauses:
    "une attaque [sans précédent] de drones et de missiles par la Russie sur l'Ukraine"."""
    found: list[Token] = []
    stack = [(c, 1) for c in noun.children]
    while stack:
        node, level = stack.pop()
        if node.dep_ not in ("nmod", "conj") or level > SUBTREE_DEPTH:
            continue
        found.append(node)
        stack.extend((c, level + 1) for c in node.children)
    return sorted(found, key=lambda t: t.i)


def modified_noun(verb: Token) -> Token | None:
    """The noun a detached participle says something of ("Richard Reid, accusé de …",
    "X, reconnu coupable … et accusé de …"): the one it is done to."""
    node = verb
    while node.dep_ == "conj" and node.head.pos_ in ("VERB", "ADJ"):
        node = node.head
    if node.dep_ == "acl" and "VerbForm=Part" in str(node.morph) and node.head.pos_ in ("NOUN", "PROPN") \
            and not has_auxiliary(node):
        return node.head
    return None


def content_subjects(verb: Token) -> list[Token]:
    """Subjects of the clause a warning or a demand is about: "a prévenu que Moscou pourrait …",
    "a posé des conditions, notamment que l'Ukraine renonce …" (a bare "que" clause parsed as an
    adverbial one; not "alors que", "bien que"). Not the subject of a passive condition ("a
    menacé d'intervenir si X n'était pas libéré": X undergoes it; "si X ne parvient pas à …"
    names whom the warning is aimed at)."""
    found: list[Token] = []
    for clause in verb.children:
        marks = [c.lower_ for c in clause.children if c.dep_ == "mark"]
        if is_conditional(clause) and is_passive(clause):  # "menacé d'intervenir si X n'était pas
            continue  # libéré": X undergoes the condition, the threat is not against X
        if clause.dep_ == "ccomp" or (clause.dep_ == "advcl" and marks and set(marks) <= QUE):
            found += subjects(clause)
    return found


def is_conditional(clause: Token) -> bool:
    """A clause of condition: "si X …", "s'il …", "à moins que", "tant que", "sauf si",
    "pourvu que" (its mark, or the words just before it, as the parser may hang them apart)."""
    marks = [c for c in clause.children if c.dep_ == "mark"]
    words = {t.lower_ for m in marks for t in (m, *m.children)}
    first = clause.left_edge.i
    before = {t.lower_ for t in clause.doc[max(0, first - 2):first]}
    return bool(words & IF_MARKS) or bool((words | before) & CONDITION_WORDS)


def infinitive_objects(verb: Token) -> list[Token]:
    """The object of an infinitive governed by the trigger: "a accepté d'aider l'Ukraine"."""
    found: list[Token] = []
    for child in verb.children:
        if child.dep_ == "xcomp" and child.pos_ == "VERB":
            found += [g for g in child.children if g.dep_ in ("obj", "iobj") and g.pos_ in ("NOUN", "PROPN")]
    return found


def split_subject(verb: Token) -> list[Token]:
    """ "X sera à Marseille jeudi 2 mai | afin d'y manifester": an infinitive at the top of a
    sentence the parser cut off mid-clause (it starts in lower case, the one before ends
    without a stop) has the subject of that sentence's root."""
    sentence = verb.sent
    top = sentence.root
    if sentence.start == 0 or not sentence[0].is_lower or "VerbForm=Inf" not in str(verb.morph) \
            or not (top.i == verb.i or (verb.head.i == top.i and top.pos_ in ("ADV", "ADP"))):
        return []
    before = verb.doc[sentence.start - 1]
    if before.is_punct:
        return []
    return subjects(before.sent.root)


def hyphenated(head: Token) -> list[Token]:
    """ "attentats-suicides" split by the parser: the parts written onto the head word."""
    parts: list[Token] = []
    node = head
    while node.i + 2 < len(head.doc) and not node.whitespace_ and head.doc[node.i + 1].text == "-" \
            and not head.doc[node.i + 1].whitespace_:
        node = head.doc[node.i + 2]
        parts.append(node)
    return parts


def rootless_subject(verb: Token) -> list[Token]:
    """ "Le tribunal de X l'avait condamné": a compound verb (a finite auxiliary on it) the
    parser hung as a clause on the noun before it that heads the sentence has that noun as
    its subject (not "la réunion prévue", a bare participle)."""
    noun = verb.head
    finite = any(c.dep_.startswith("aux") and "VerbForm=Fin" in str(c.morph) for c in verb.children)
    if verb.dep_ != "acl" or not finite or noun.dep_ != "ROOT" or noun.pos_ not in ("NOUN", "PROPN") \
            or noun.i > verb.i or any(c.dep_.startswith("nsubj") for c in verb.children):
        return []
    return [noun]
