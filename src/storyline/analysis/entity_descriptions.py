"""Descriptions resolved to the entities of the same article, and bodies of a country.

A definite description headed by a role noun ("le président russe", "le dirigeant du
Kremlin", "son homologue américain", "le dirigeant ukrainien") refers to the person of the
article whose stated role it repeats, or who holds a role with the same noun, or a leading
role, in the same country, or a role the lexicon gives as naming the same office ("le
souverain" after "le roi Harald"); the latest such person before it wins. A body noun
qualified by a nationality ("l'armée russe", "les autorités ukrainiennes") refers to that
country. A nationality noun refers to its country, unless it has an indefinite article ("un
jeune Espagnol"): that is a person, the one the next sentence names first. A demonstrative
("ce membre du réseau", "cet homme") or a former office as subject ("l'ancien candidat de la
LCR manifestera") takes up the person the sentence before is about. An indefinite role subject
("un juge de Boston devait décider") is the only holder of that role the article names after it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from storyline.analysis.entity_lexicon import QUANTITY_NOUNS, EntityLexicon
from storyline.analysis.entity_roles import DETERMINERS, Role, country_in
from storyline.spelling import fold

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

LEADING_ROLES = frozenset({
    "president", "presidente", "dirigeant", "dirigeante", "chef", "cheffe", "leader", "premier ministre",
    "premiere ministre", "chancelier", "chanceliere", "roi", "reine"})
INDEFINITE = frozenset({"un", "une"})
DEMONSTRATIVE = frozenset({"ce", "cet", "cette"})
ARTICLE = frozenset({"le", "la", "l'", "l’"})
FORMER = frozenset({"ancien", "ancienne", "ex"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass"})
STOPS = frozenset({".", "!", "?", "…"})
REFERRING = frozenset({"le", "la", "l'", "l’", "du", "au", "son", "sa", "ce", "cet", "cette", "notre",
                       "leur"})


@dataclass(frozen=True)
class Person:
    """What a description can be matched against: one person of the article."""

    key: str
    roles: tuple[str, ...]  # folded role phrases
    heads: frozenset[str]  # folded role nouns
    country: str | None
    starts: tuple[int, ...]  # first token of each of the person's mentions

    def last_before(self, position: int) -> int:
        return max((s for s in self.starts if s < position), default=-1)


@dataclass(frozen=True)
class Description:
    start: int
    end: int
    text: str
    key: str  # the entity referred to, or "" for a country not yet an entity
    country: str | None = None  # set for a body of a country


def person_of(key: str, roles: Sequence[Role], starts: tuple[int, ...]) -> Person:
    heads = {fold(r.text.split()[0]) for r in roles}
    heads.update(fold(" ".join(r.text.split()[:2])) for r in roles)
    country = next((r.country for r in roles if r.country), None)
    return Person(key, tuple(fold(r.text) for r in roles), frozenset(heads), country, starts)


def find_descriptions(doc: Doc, people: Sequence[Person], taken: set[int],
                      lexicon: EntityLexicon) -> list[Description]:
    """Descriptions of people and bodies of countries, outside the tokens in ``taken``."""
    found: list[Description] = []
    introduced: dict[str, int] = {}  # role noun -> last "un porte-parole" that names no one
    for token in doc:
        if token.i in taken or token.pos_ not in ("NOUN", "ADJ") or not token.text[:1].islower():
            continue
        before = doc[token.i - 1].lower_ if token.i else ""
        counted = token.lower_ in lexicon.body_nouns and _counted(doc, token)  # "1 500 soldats français"
        if before in INDEFINITE and lexicon.is_role(token.text):
            introduced[fold(token.text)] = token.i
            key = _holder_named_later(doc, token, people)
            if key:
                span = _phrase(doc, token, taken)
                found.append(Description(span.start, span.end, span.text, key))
        if before not in REFERRING | DETERMINERS and not counted:
            continue
        if lexicon.is_role(token.text) and before in REFERRING:
            span = _phrase(doc, token, taken)
            key = _resolve(span, token, people, lexicon, introduced.get(fold(token.text), -1))
            if key:
                found.append(Description(span.start, span.end, span.text, key))
        elif token.lower_ in lexicon.body_nouns:
            span = _phrase(doc, token, taken)
            country = next((lexicon.country_of(t.text) for t in span[1:] if t.pos_ == "ADJ"
                            and lexicon.country_of(t.text)), None)
            if not country and (adjective := _adjective_past_complement(doc, token, taken, lexicon)):
                span, country = doc[token.i:adjective.i + 1], lexicon.country_of(adjective.text)
            if country:
                found.append(Description(span.start, span.end, span.text, "", country))
    return found + find_anaphors(doc, people, taken | {i for d in found for i in range(d.start, d.end)},
                                 lexicon)


def find_anaphors(doc: Doc, people: Sequence[Person], taken: set[int], lexicon: EntityLexicon
                  ) -> list[Description]:
    """Descriptions that take up the person the sentence before is about.

    A singular demonstrative phrase headed by a role, people or person noun ("ce membre du
    réseau", "cet homme", "ce militant"), or a definite role phrase of a former office that
    is a subject ("l'ancien candidat de la LCR manifestera"), is the person the previous
    sentence has as a subject (the latest one) — for a demonstrative, else the only person it
    names. Not when the noun itself came up since ("un juge … ce juge" is that judge).
    """
    found: list[Description] = []
    for token in doc:
        if token.i in taken or token.pos_ != "NOUN" or "Number=Plur" in str(token.morph):
            continue
        det = next((c for c in token.children if c.dep_ == "det" and c.i < token.i), None)
        if det is None:
            continue
        role = lexicon.is_role(token.text)
        former = [c for c in token.children if c.dep_ == "amod" and c.i < token.i and c.lower_ in FORMER]
        if det.lower_ in DEMONSTRATIVE and (role or token.lower_ in lexicon.people_nouns
                                            or token.lower_ in lexicon.person_nouns):
            subjects_only = False
        elif det.lower_ in ARTICLE and role and former and token.dep_ in SUBJECT_DEPS:
            subjects_only = True
        else:
            continue
        key = _topic(doc, token, people, subjects_only)
        if key is None:
            continue
        span = _phrase(doc, token, taken)
        end = span.end
        while end < len(doc) and end in taken and doc[end].pos_ == "ADJ" and doc[end].text[:1].islower():
            end += 1  # the name's own lower-case words: "de la Ligue communiste révolutionnaire"
        start = min([token.i] + [c.i for c in former])
        found.append(Description(start, end, doc[start:end].text, key))
    return found


def _topic(doc: Doc, token: Token, people: Sequence[Person], subjects_only: bool) -> str | None:
    """The person the sentence before ``token``'s has as a subject (the latest), else, unless
    ``subjects_only``, the only person it names; None when ``token``'s noun came up since."""
    end = _sentence_start(doc, token.i)
    last = end - 1
    while last > 0 and doc[last].is_space:
        last -= 1  # the line break of a new paragraph
    begin = _sentence_start(doc, last) if end else 0
    if begin >= end:
        return None
    lemma = token.lemma_.lower()
    if any(t.lemma_.lower() == lemma and t.pos_ == "NOUN" for t in doc[begin:token.i]):
        return None
    named: list[tuple[int, bool, str]] = []
    for person in people:
        for start in person.starts:
            if begin <= start < end:
                named.append((start, _is_subject(doc[start]), person.key))
    subjects = [n for n in named if n[1]]
    if subjects:
        return max(subjects)[2]
    keys = {n[2] for n in named}
    return keys.pop() if len(keys) == 1 and not subjects_only else None


def _sentence_start(doc: Doc, position: int) -> int:
    """The first token after the full stop or line break before ``position`` (the parser's
    sentences also break before "afin de" and the like)."""
    i = position
    while i > 0 and not (doc[i - 1].text in STOPS or "\n" in doc[i - 1].text + doc[i - 1].whitespace_):
        i -= 1
    return i


def _is_subject(token: Token) -> bool:
    """A name's first token whose phrase is a subject ("Olivier" of "Olivier Besancenot sera")."""
    while token.dep_ in ("flat:name", "flat", "appos") and token.head.i != token.i:
        token = token.head
    return token.dep_ in SUBJECT_DEPS


def find_demonyms(doc: Doc, taken: set[int], people: Sequence[Person], lexicon: EntityLexicon
                  ) -> list[Description]:
    """Capitalised nationality nouns ("les Palestiniens", "le Britannique Richard Reid")
    refer to their country; one with an indefinite article ("un jeune Britannique") is a
    person, the one the next sentence names for the first time, if any."""
    found = []
    for token in doc:
        if token.i in taken or token.pos_ not in ("NOUN", "PROPN", "ADJ"):
            continue
        if not lexicon.is_demonym(token.text) or (token.is_sent_start and token.pos_ == "ADJ"):
            continue
        if any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in token.children):
            key = _named_next(doc, token, people)
            if key:
                found.append(Description(token.i, token.i + 1, token.text, key))
        else:
            found.append(Description(token.i, token.i + 1, token.text, "", lexicon.country_of(token.text)))
    return found


def _holder_named_later(doc: Doc, token: Token, people: Sequence[Person]) -> str | None:
    """The person an indefinite role subject introduces before naming it ("Un juge de Boston
    devait décider … [next line] … le juge William Young"): the only person of the article
    whose role has that noun, first named after it, in the same line or the next."""
    if token.dep_ not in SUBJECT_DEPS or "Number=Plur" in str(token.morph):
        return None
    noun = fold(token.text)
    holders = [p for p in people if noun in p.heads and p.starts]
    if len(holders) != 1 or min(holders[0].starts) < token.i:
        return None
    breaks = sum(t.text.count("\n") + t.whitespace_.count("\n") for t in doc[token.i:min(holders[0].starts)])
    return holders[0].key if breaks <= 1 else None


def _named_next(doc: Doc, token: Token, people: Sequence[Person]) -> str | None:
    """The person first named in the sentence after ``token``'s ("… le chien d'un jeune
    Britannique. Craignant …, William a écrit"), the earliest there."""
    start = token.sent.end
    if start >= len(doc):
        return None
    end = doc[start].sent.end
    introduced = [p for p in people if p.starts and start <= min(p.starts) < end]
    return min(introduced, key=lambda p: min(p.starts)).key if introduced else None


def _adjective_past_complement(doc: Doc, body: Token, taken: set[int],
                               lexicon: EntityLexicon) -> Token | None:
    """ "l'armée de l'air ukrainienne", "les forces de sécurité ukrainiennes": a nationality
    adjective after the body's "de" + common noun complement that agrees with the body noun in
    gender and number, and not with the complement noun."""
    i = body.i + 1
    if i >= len(doc) or doc[i].lower_ not in ("de", "d'", "d’"):
        return None
    i += 1
    if i < len(doc) and doc[i].lower_ in ("l'", "l’", "la", "le", "les"):
        i += 1
    if i + 1 >= len(doc) or doc[i].pos_ != "NOUN" or not doc[i].text[:1].islower():
        return None
    noun, adjective = doc[i], doc[i + 1]
    if adjective.i in taken or adjective.pos_ != "ADJ" or not lexicon.country_of(adjective.text):
        return None
    return adjective if _agrees(adjective, body) and not _agrees(adjective, noun) else None


def _agrees(adjective: Token, noun: Token) -> bool:
    """Same gender and number (a feature the tagger leaves out agrees)."""
    return all(not (a := adjective.morph.get(f, [])) or not (n := noun.morph.get(f, [])) or a == n
               for f in ("Gender", "Number"))


def _phrase(doc: Doc, head: Token, taken: set[int]) -> Span:
    """The head noun with its adjectives and one "de X" complement: 'dirigeant du Kremlin'."""
    end = head.i + 1
    while end < len(doc) and end not in taken and doc[end].pos_ == "ADJ" and doc[end].text[:1].islower():
        end += 1
    if end + 1 < len(doc) and doc[end].lower_ in ("de", "du", "des", "d'", "d’"):
        after = end + 1
        while after < len(doc) and doc[after].lower_ in DETERMINERS:
            after += 1
        stop = after
        while stop < len(doc) and doc[stop].text[:1].isupper() and doc[stop].is_alpha:
            stop += 1
        if stop > after:
            end = stop
    return doc[head.i:end]


def _counted(doc: Doc, noun: Token) -> bool:
    """A noun right after a number or a quantity noun's "de" ("1 500 soldats", "des 300
    militaires", "des milliers de soldats")."""
    if noun.i > 1 and doc[noun.i - 1].lower_ in ("de", "d'", "d’") \
            and doc[noun.i - 2].lower_ in QUANTITY_NOUNS:
        return True
    return noun.i > 0 and (doc[noun.i - 1].like_num or doc[noun.i - 1].pos_ == "NUM")


def _has_complement(head: Token) -> bool:
    """ "le président du conseil régional": a role of another body than a bare "le président"."""
    doc = head.doc
    return head.i + 1 < len(doc) and doc[head.i + 1].lower_ in ("de", "du", "des", "d'", "d’")


def _resolve(span: Span, head: Token, people: Sequence[Person], lexicon: EntityLexicon,
             introduced: int) -> str | None:
    """The latest person before ``span`` the description fits, or None.

    A role noun ("le porte-parole") is left alone when an unnamed holder of that role ("un
    porte-parole du gouvernement") came up after the last mention of a person who fits.
    """
    if len(span) == 1 and _has_complement(head):
        return None  # "le président du conseil régional" is not "le président Poutine"
    text = fold(span.text)
    noun = fold(head.text)
    two = fold(" ".join(t.text for t in span[:2]))
    country = country_in(span, lexicon)
    before = [p for p in people if p.last_before(span.start) > introduced]
    rules: list[Callable[[Person], bool]] = [
        lambda p: text in p.roles,
        lambda p: (noun in p.heads or two in p.heads) and country is not None and p.country == country,
        lambda p: noun in {"homologue", *LEADING_ROLES} and country is not None and p.country == country
        and bool(p.heads & LEADING_ROLES),
        lambda p: (noun in p.heads or two in p.heads) and country is None and len(span) == 1,
        lambda p: bool(lexicon.synonyms_of(noun) & p.heads) and (country is None or p.country == country),
    ]
    for rule in rules:
        fits = [p for p in before if rule(p)]
        if fits:
            return max(fits, key=lambda p: p.last_before(span.start)).key
    return None
