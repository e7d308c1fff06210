"""Word-level helpers and word sets of the events stage: lemma forms, articles, auxiliaries,
prepositions, subjects, persons.

The parser's lemmas are not always dictionary forms ("discuté" tagged as an adjective keeps
its participle, "dresse" is left as written): :func:`verb_lemmas` adds the infinitive they
stand for, so the lexicon, keyed on infinitives, still finds them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from storyline.analysis.event_lexicon import EventLexicon

REFLEXIVES = frozenset({"se", "s'", "s’"})
QUE = frozenset({"que", "qu'", "qu’"})  # the conjunction or relative, elided or not
DEFINITE = frozenset({"le", "la", "l'", "l’", "les"})
DEMONSTRATIVES = frozenset({"ce", "cet", "cette", "ces"})
PREPOSITIONAL = frozenset({"obl", "obl:arg", "obl:mod", "nmod", "obl:agent", "iobj"})
PURPOSE_MARKS = frozenset({"pour", "afin"})
ENTRY_CASES = frozenset({"dans", "en", "sur"})  # where a ground operation goes: "entrer dans X"
TIME_NOUNS = frozenset({  # days and parts of days a time phrase is made of ("jeudi", "la veille")
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "soir", "matin",
    "après-midi", "nuit", "veille", "lendemain", "semaine",
})
_PERSON_NOUNS = frozenset({
    "président", "présidente", "ministre", "envoyé", "chef", "dirigeant", "homologue", "chancelier",
    "premier", "secrétaire", "ambassadeur", "émissaire", "délégation", "roi", "reine", "pape", "maire",
    "général", "responsable", "représentant", "journaliste", "suspect", "homme", "femme", "enfant",
    "manifestant", "militant", "opposant", "soldat", "otage", "prisonnier", "individu", "conducteur",
})
_INFINITIVE_ENDS = ("er", "ir", "re", "oir")
_PARTICIPLE_ENDS = ("ées", "és", "ée", "é")


def lemma_of(token: Token) -> str:
    return token.lemma_.lower()


def noun_lemmas(token: Token) -> tuple[str, ...]:
    """Lemma forms to look a noun up by ("frappes" -> frappe, "pourparlers" as written)."""
    low = token.lower_
    forms = [lemma_of(token), low, low[:-1] if low.endswith(("s", "x")) else low]
    if "-" in low:  # "attentats-suicides" -> attentat-suicide
        forms.append("-".join(p[:-1] if p.endswith(("s", "x")) else p for p in low.split("-")))
    return tuple(dict.fromkeys(forms))


def verb_lemmas(token: Token) -> tuple[str, ...]:
    """Lemma forms to look a verb up by: spaCy's; the "é" stem of a reformed spelling
    ("cèderait" lemmatised "cèderer" -> céder); the infinitive of a lemma left as a participle
    or as written ("discuté" -> discuter, "dresse" -> dresser)."""
    lemma = lemma_of(token)
    forms = [lemma]
    if "è" in lemma:
        stem = lemma[:-4] + "er" if lemma.endswith("erer") else lemma
        forms.append(stem.replace("è", "é"))
    if not lemma.endswith(_INFINITIVE_ENDS) and lemma.isalpha():
        ending = next((e for e in _PARTICIPLE_ENDS if lemma.endswith(e)), None)
        if ending is not None:
            forms.append(lemma[:-len(ending)] + "er")
        elif lemma.endswith("e"):
            forms.append(lemma + "r")
    return tuple(dict.fromkeys(forms))


def is_reflexive(verb: Token) -> bool:
    return any(c.lower_ in REFLEXIVES for c in verb.children)


def is_passive(verb: Token) -> bool:
    return any(c.dep_ == "aux:pass" for c in verb.children)


def is_purpose_clause(verb: Token) -> bool:
    """An adverbial clause of purpose: "pour discuter", "afin de négocier"."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in PURPOSE_MARKS for c in verb.children)


def has_auxiliary(verb: Token) -> bool:
    """A compound form: an auxiliary of tense or voice hangs on ``verb``."""
    return any(c.dep_.startswith("aux") for c in verb.children)


def case_of(token: Token) -> str | None:
    """The preposition introducing ``token`` ("avec", "à"; "au" -> "à", "du" -> "de")."""
    for child in token.children:
        if child.dep_ in ("case", "fixed") or (child.dep_ == "mark" and child.pos_ == "ADP"):
            low = child.lower_.replace("’", "'")
            if low in ("au", "aux"):
                return "à"
            if low in ("du", "des", "d'"):
                return "de"
            if low == "auprès":
                return "auprès"
            return low
    return None


def is_person(token: Token, lex: EventLexicon | None = None) -> bool:
    """A person: a PER name, a noun of persons ("le président", lexicon class ``person``)."""
    lemma = lemma_of(token)
    return token.ent_type_ == "PER" or lemma in _PERSON_NOUNS or (
        lex is not None and lex.in_class(lemma, "person")) or (
        token.pos_ == "PROPN" and token.ent_type_ in ("", "PER"))


def subject_of(verb: Token) -> Token | None:
    """The subject of ``verb``, or that of the verb it depends on as an infinitive or a
    conjunct ("les forces tentaient d'entrer")."""
    node = verb
    for _ in range(3):
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if subject is not None:
            return subject
        if node.dep_ not in ("xcomp", "conj") or node.head.i == node.i:
            return None
        node = node.head
    return None
