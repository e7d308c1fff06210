"""Antecedents of pronouns and descriptions among event participants, where the quotes
stage's linker (built for speakers: subject pronouns and a speaker's own words) finds none.

Each function takes the phrase's token and returns the token of its antecedent, whose entity
:mod:`storyline.analysis.event_links` then finds as for any written phrase.

- Object and stressed pronouns ("l'", "le", "la", "les", "lui", "leur", "eux", "elle"): the most
  recent earlier subject that agrees in number (and gender, where both say it), then any earlier
  noun phrase that does; never the subject of the pronoun's own clause ("X lui a demandé" is
  not X asking X). Subject pronouns the linker leaves open ("ils" for a plural group: "Les
  supporters de l'OM … l'un d'eux") take the same search, the subject first. A plural
  pronoun may also stand for a noun's complement, a group of people or a body ("la vie des
  unités ukrainiennes … si elles se rendaient").
- "celui-ci", "celle-ci", "ceux-ci": the last noun phrase that agrees, whatever its role.
- A pronoun with no antecedent in reach repeats the latest earlier pronoun of the same kind
  and number ("Ils l'ont emmené … ils l'ont jeté"): :func:`earlier_pronoun`, followed by
  :mod:`storyline.analysis.event_links` along the chain.
- "qui" the parser hung on a conjoined verb instead of a relative clause ("la gendarmerie de X
  qui a ouvert une enquête"): the noun phrase right before it.
- A definite or demonstrative noun phrase naming no one by itself ("le tribunal", "les
  supporters mécontents", "le président serbe"): the latest earlier noun with the same lemma.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from storyline.analysis.event_qualifiers import same_qualifiers
from storyline.analysis.event_roles import SUBJECTS, coordinated, is_plural, shared_subject, subjects
from storyline.analysis.event_words import DEFINITE, DEMONSTRATIVES

if TYPE_CHECKING:
    from spacy.tokens import Token

Linker = Callable[["Token"], list[str]]

# pronoun -> (gender or None, plural)
OBJECT_PRONOUNS: dict[str, tuple[str | None, bool]] = {
    "l'": (None, False), "l’": (None, False), "le": ("Masc", False), "la": ("Fem", False),
    "les": (None, True), "lui": (None, False), "leur": (None, True), "eux": ("Masc", True),
    "elle": ("Fem", False), "elles": ("Fem", True),
}
SUBJECT_PRONOUNS: dict[str, tuple[str | None, bool]] = {
    "il": ("Masc", False), "elle": ("Fem", False), "ils": ("Masc", True), "elles": ("Fem", True),
}
DEMONSTRATIVE_PRONOUNS: dict[str, tuple[str | None, bool]] = {
    "celui": ("Masc", False), "celle": ("Fem", False), "ceux": ("Masc", True), "celles": ("Fem", True),
}
MASCULINE = frozenset({"le", "un", "ce", "cet", "du", "au", "m.", "monsieur"})
FEMININE = frozenset({"la", "une", "cette", "mme", "madame"})
DETERMINED = DEFINITE | DEMONSTRATIVES  # "le tribunal", "ces supporters"
ARGUMENT_DEPS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "obl:arg", "obl:mod", "obl", "appos",
                           "conj", "ROOT"})  # not "nmod": "la présidente du tribunal" is no tribunal
LOOK_BACK_SENTENCES = 2
DESCRIPTION_LOOK_BACK = 3000  # characters a description looks back for its head noun
NOMINALS = ("NOUN", "PROPN")


def pronoun_features(token: Token) -> tuple[str, tuple[str | None, bool]] | None:
    """("object" / "subject" / "demonstrative", (gender, plural)) of a pronoun, or None."""
    low = token.lower_.lstrip("-")
    if low in DEMONSTRATIVE_PRONOUNS and _demonstrative(token):
        return "demonstrative", DEMONSTRATIVE_PRONOUNS[low]
    if token.pos_ != "PRON":
        return None
    subject = token.dep_.startswith(("nsubj", "expl"))
    if low in OBJECT_PRONOUNS and (token.dep_ in ("obj", "iobj") or low in ("lui", "eux")
                                   or (low in ("elle", "elles") and not subject)):
        gender, plural = OBJECT_PRONOUNS[low]
        said = token.head.morph.get("Gender", [])  # "qui l'ont rencontré": the participle agrees
        if gender is None and token.dep_ == "obj" and said and "VerbForm=Part" in str(token.head.morph) \
                and any(c.dep_ == "aux:tense" for c in token.head.children):
            gender = said[0]
        return "object", (gender, plural)
    if low in SUBJECT_PRONOUNS:
        return "subject", SUBJECT_PRONOUNS[low]
    return None


def _demonstrative(token: Token) -> bool:
    """ "Celui-ci" (one token, or "Celui" "-" "ci")."""
    if token.lower_.endswith(("-ci", "-là")):
        return True
    following = token.doc[token.i + 1: token.i + 3]
    return any(t.lower_.lstrip("-") in ("ci", "là") for t in following)


def pronoun_antecedent(token: Token, link: Linker, is_person: Callable[[Token, list[str]], bool],
                       person_noun: Callable[[Token], bool]) -> Token | None:
    """The antecedent of the pronoun ``token`` (see the module's docstring), or None."""
    found = pronoun_features(token)
    if found is None:
        return None
    kind, (gender, plural) = found
    own = _own_subjects(token) if kind == "object" else set()
    excluded = {k for i in own for k in link(token.doc[i])}
    candidates = list(_earlier_nominals(token, plural))
    if kind == "demonstrative":
        passes = [candidates]
    else:
        passes = [[c for c in candidates if c.dep_ in SUBJECTS], candidates]
    for number, group in enumerate(passes):
        for candidate in group:
            if candidate.i in own or not _agrees(candidate, gender, plural):
                continue
            keys = link(candidate)
            if not keys and number == 0 and kind != "object" and person_noun(candidate):
                return None  # "L'homme était à terre. Il …": the latest person, unnamed
            if not keys or set(keys) & excluded:
                continue
            if not plural and not is_person(candidate, keys):
                continue
            if plural and candidate.dep_ not in SUBJECTS and len(coordinated(candidate)) < 2 \
                    and (candidate.pos_ == "PROPN" or not is_person(candidate, keys)):
                continue  # "5.000 F": a plural group is a noun (of people) or a coordination
            return candidate
    return None


def earlier_pronoun(token: Token) -> Token | None:
    """ "Ils l'ont emmené … Ils l'ont livré … ils l'ont jeté": the latest earlier pronoun of the
    same kind, number and gender (a subject for a subject, an object for an object) in the
    pronoun's sentence or the two before, outside its own clause — a chain of pronouns keeps
    one referent."""
    found = pronoun_features(token)
    if found is None or found[0] == "demonstrative":
        return None
    for candidate in reversed(token.doc[_window_start(token):token.i]):
        if candidate.pos_ != "PRON" or candidate.head.i == token.head.i:
            continue
        said = pronoun_features(candidate)
        if said is None or said[0] != found[0] or said[1][1] != found[1][1]:
            continue
        genders = {said[1][0], found[1][0]}
        if None in genders or len(genders) == 1:
            return candidate
    return None


def _window_start(token: Token) -> int:
    """The first token of ``token``'s sentence or of the LOOK_BACK_SENTENCES before it (a
    sentence with no word, a line break on its own, does not count)."""
    doc = token.doc
    first = token.sent.start
    counted = 0
    while counted < LOOK_BACK_SENTENCES and first > 0:
        sentence = doc[first - 1].sent
        first = sentence.start
        counted += any(t.is_alpha for t in sentence)
    return first


def _own_subjects(token: Token) -> set[int]:
    """Tokens of the subject of the clause a pronoun is the object of."""
    verb = token.head
    found = subjects(verb) or shared_subject(verb)
    return {m.i for s in found for m in coordinated(s)}


def _earlier_nominals(token: Token, plural: bool = False) -> Iterator[Token]:
    """Heads of noun phrases before ``token``, latest first: its sentence and the two before;
    for a plural pronoun also a plural noun's complement ("la vie des unités … si elles")."""
    for candidate in reversed(token.doc[_window_start(token):token.i]):
        complement = plural and candidate.dep_ == "nmod" and candidate.pos_ == "NOUN"
        if candidate.pos_ not in NOMINALS or (candidate.dep_ not in ARGUMENT_DEPS and not complement):
            continue
        if candidate.pos_ == "PROPN" and candidate.head.pos_ == "PROPN" and candidate.dep_ == "conj":
            continue  # a name inside a coordination: its first conjunct stands for the group
        if candidate.dep_ == "conj" and candidate.head.pos_ in NOMINALS:
            continue
        yield candidate


def _agrees(candidate: Token, gender: str | None, plural: bool) -> bool:
    if is_plural(candidate) != plural:
        return False
    if gender is None or len(coordinated(candidate)) > 1:
        return True
    nodes = [candidate] + ([candidate.head] if candidate.dep_ == "appos" else [])  # "la présidente, X"
    for node in nodes:
        words = {c.lower_ for c in node.children if c.dep_ == "det"}
        words |= {node.doc[node.i - 1].lower_} if node.i > 0 else set()
        if words & (FEMININE if gender == "Masc" else MASCULINE):
            return False
        said = node.morph.get("Gender", [])
        if node.pos_ == "NOUN" and said and said[0] != gender:
            return False
    return True


def relative_antecedent(token: Token) -> Token | None:
    """ "la gendarmerie de X qui a ouvert": the outermost noun of the phrase before "qui", when
    the parser made no relative clause of it."""
    if token.lower_ != "qui" or token.head.dep_ == "acl:relcl" or token.i == 0:
        return None
    node = token.doc[token.i - 1]
    if node.pos_ not in NOMINALS:
        return None
    while node.dep_ in ("nmod", "flat:name", "flat", "amod", "appos") and node.head.i < node.i \
            and node.head.pos_ in NOMINALS:
        node = node.head
    return node


def description_antecedent(token: Token, link: Linker) -> Token | None:
    """ "le tribunal", "les supporters mécontents": the latest earlier noun of the same lemma
    that names someone, for a definite or demonstrative noun phrase, unless what qualifies them
    tells them apart ("le président de la Commission" is not "le président Vladimir Poutine")."""
    if token.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in DETERMINED for c in token.children) \
            or any(c.dep_ == "nummod" for c in token.children):  # "les sept pays …": a definition
        return None
    lemma = token.lemma_.lower()
    for candidate in reversed(token.doc[:token.i]):
        if token.idx - candidate.idx > DESCRIPTION_LOOK_BACK:
            break
        if candidate.pos_ == "NOUN" and candidate.lemma_.lower() == lemma \
                and is_plural(candidate) == is_plural(token) and same_qualifiers(token, candidate) \
                and link(candidate):
            return candidate
    return None
