"""Predicates whose event sense the sentence rules out.

A word of the event lexicon often has an everyday sense besides its event one; these rules
drop a trigger when its sentence shows the other sense:

- a habit: a predicate under "aimer / adorer / détester" + infinitive or "avoir l'habitude /
  coutume de" ("elle aimait parler avec chacun") tells what someone used to do, no event
  (a wish in the conditional is one: "il aimerait rencontrer X" stays, hypothetical);
- a subject unable to act, for an entry that needs an agent (lexicon ``agent``), reached
  through a relative pronoun or a partitive pronoun ("une des conduites qui a cédé",
  "l'une des digues a cédé": a pipe gives way, it concedes nothing) — the direct subject is
  checked by :mod:`storyline.analysis.event_triggers`;
- a measure: an event noun that is the subject of a verb of quantity change ("la demande
  augmente en été" is market demand, "les attaques ont diminué" a trend, no one act);
- an ambiguous protest noun (lexicon ``sense``: ``protest``, "manifestation" is also a show,
  a fair or a sports event) with no protest sign: no "contre X" / "pour X", no participants
  (a possessive, "de X" naming persons, a body or a name), no protest adjective
  ("syndicale", "anti-…") and no word of protest in its sentence or the ones next to it
  ("manifestants", "slogans", "grève", "protester"…): "cette manifestation, ouverte à tous,
  est gratuite" is a public event; taking part in it is a sign when the one who does is a
  person, a name or a body ("X a participé / pris part à une manifestation", also "après avoir
  participé à …" of the clause's subject).

See docs/events.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.analysis.event_modality import is_conditional
from storyline.analysis.event_words import PREPOSITIONAL, case_of, is_person, lemma_of, noun_lemmas

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from storyline.analysis.event_lexicon import EventLexicon
    from storyline.analysis.event_triggers import Trigger

HABIT_VERBS = frozenset({"aimer", "adorer", "détester", "affectionner"})
HABIT_NOUNS = frozenset({"habitude", "coutume", "manie"})
HABIT_CHAIN = frozenset({"xcomp", "acl", "obj", "conj"})
PARTITIVE_PRONOUNS = frozenset({"un", "une", "celui", "celle", "certain", "plusieurs", "aucun", "chacun"})
QUANTITY_VERBS = frozenset({
    "augmenter", "diminuer", "baisser", "croître", "décroître", "progresser", "reculer", "chuter",
    "grimper", "stagner", "doubler", "tripler", "fléchir", "exploser", "s'envoler", "stabiliser",
})
PROTEST_CASES = frozenset({"contre", "pour"})
PROTEST_ADJECTIVES = frozenset({
    "syndical", "étudiant", "lycéen", "ouvrier", "paysan", "pacifiste", "féministe", "écologiste",
    "antigouvernemental", "antiguerre", "revendicatif", "contestataire",
})
PROTEST_WORDS = frozenset({
    "manifestant", "protester", "protestation", "grève", "gréviste", "revendication", "revendiquer",
    "slogan", "banderole", "pancarte", "contestation", "contester", "contestataire", "mécontentement",
    "colère", "défiler", "cortège", "disperser", "dégénérer", "soutien", "solidarité", "opposant",
})
PROTEST_SENSE = "protest"
TAKING_PART = frozenset({"participer", "prendre"})  # "participer à", "prendre part à"
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass"})


def drop_ruled_out(doc: Doc, triggers: list[Trigger], lex: EventLexicon) -> list[Trigger]:
    """``triggers`` without those whose event sense their sentence rules out."""
    return [t for t in triggers if not ruled_out(doc, t, lex)]


def ruled_out(doc: Doc, trigger: Trigger, lex: EventLexicon) -> bool:
    """Whether the sentence of ``trigger`` shows the word in a sense that is no event."""
    token = doc[trigger.token]
    if _habitual(token):
        return True
    if trigger.kind == "verb" and trigger.entry.agent and _unable_subject(token, lex):
        return True
    if trigger.kind == "noun" and _measure(token):
        return True
    return trigger.kind == "noun" and trigger.entry.sense == PROTEST_SENSE and not _protest_sign(token, lex)


def _habitual(token: Token) -> bool:
    """Under a verb of liking in a tense of fact ("aimait parler", not "aimerait parler") or
    a noun of habit ("avait l'habitude de rencontrer"), through infinitives, complements of a
    noun, objects and infinitive conjuncts."""
    node = token
    for _ in range(4):
        if node.dep_ not in HABIT_CHAIN or node.head.i == node.i:
            return False
        if node.dep_ == "conj" and "Inf" not in node.morph.get("VerbForm", []):
            return False  # "il aime X et a rencontré Y": a finite conjunct is a fact of its own
        parent = node.head
        lemma = lemma_of(parent)
        if lemma in HABIT_VERBS and parent.pos_ in ("VERB", "AUX"):
            return not is_conditional(parent)
        if lemma in HABIT_NOUNS:
            return True
        node = parent
    return False


def _unable_subject(verb: Token, lex: EventLexicon) -> bool:
    """The subject is a relative pronoun or a partitive pronoun ("une des conduites") that
    stands for a common noun that is no person, no name and no body of people."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if "Rel" in subject.morph.get("PronType", []):
        if verb.dep_ != "acl:relcl":
            return False
        subject = verb.head
    elif lemma_of(subject) not in PARTITIVE_PRONOUNS:
        return False  # a direct subject: event_triggers' check
    if lemma_of(subject) in PARTITIVE_PRONOUNS and subject.pos_ in ("PRON", "DET", "NUM"):
        whole = next((c for c in subject.children if c.dep_ == "nmod" and case_of(c) == "de"), None)
        if whole is None:
            return False
        subject = whole
    return subject.pos_ == "NOUN" and not subject.ent_type_ and not is_person(subject, lex) and not any(
        lex.in_class(f, "agent") for f in noun_lemmas(subject))


def _measure(noun: Token) -> bool:
    """ "la demande augmente", "les attaques ont diminué": a quantity that changes."""
    return noun.dep_ == "nsubj" and noun.head.pos_ == "VERB" and any(
        f in QUANTITY_VERBS for f in (lemma_of(noun.head), noun.head.lower_))


def _protest_sign(noun: Token, lex: EventLexicon) -> bool:
    """A sign that the noun names a protest: its complements, or a word of protest nearby."""
    for child in noun.children:
        if child.dep_ == "det" and "Yes" in child.morph.get("Poss", []):
            return True  # "leur manifestation"
        if child.dep_ in PREPOSITIONAL and case_of(child) in PROTEST_CASES:
            return True  # "contre la réforme", "pour la paix"
        protest_adjective = lemma_of(child) in PROTEST_ADJECTIVES or child.lower_.startswith("anti")
        if child.dep_ == "amod" and protest_adjective:
            return True  # "syndicale", "antinucléaire"
        if child.dep_ == "nmod" and case_of(child) == "de" and _participant(child, lex):
            return True  # "la manifestation des agriculteurs"
    if _taken_part(noun, lex):
        return True  # "X a participé à une manifestation"
    return any(lemma_of(t) in PROTEST_WORDS or t.lower_ in PROTEST_WORDS for s in _near(noun) for t in s)


def _taken_part(noun: Token, lex: EventLexicon) -> bool:
    return any(_participant(t, lex) for t in takers(noun))


def takers(noun: Token) -> list[Token]:
    """ "X a participé / pris part à une manifestation": the subjects of "participer" or
    "prendre part" whose "à" complement is ``noun`` (for an infinitive or participle without
    one, the subject of the clause it depends on: "arrêtée après avoir participé à …")."""
    verb = noun.head
    if case_of(noun) != "à" or not noun.dep_.startswith(("obl", "nmod")):
        return []
    if lemma_of(verb) == "part":  # "prendre part à": hung on "part" or on "prendre"
        verb = verb.head
    elif not (lemma_of(verb) == "participer" or (lemma_of(verb) == "prendre" and any(
            c.dep_ == "obj" and c.lower_ == "part" for c in verb.children))):
        return []
    if lemma_of(verb) not in TAKING_PART:
        return []
    for _ in range(2):
        doers = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if doers or verb.head.i == verb.i or verb.dep_ not in ("advcl", "xcomp", "conj"):
            return doers
        verb = verb.head
    return []


def _participant(token: Token, lex: EventLexicon) -> bool:
    return is_person(token, lex) or token.ent_type_ in ("PER", "ORG") or any(
        lex.in_class(f, "agent") for f in noun_lemmas(token))


def _near(token: Token) -> list[Span]:
    """The sentence of ``token`` and the ones before and after it."""
    sentences = list(token.doc.sents)
    n = next(i for i, s in enumerate(sentences) if s.start <= token.i < s.end)
    return sentences[max(0, n - 1):n + 2]
