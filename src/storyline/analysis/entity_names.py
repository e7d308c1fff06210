"""Named mentions from spaCy's entities, repaired by general rules before they are grouped.

Repairs: honorifics belong to the name ("M." split off is joined back), role nouns tagged as
part of a name are cut off ("président Trump" -> "Trump"), a verb or a punctuation swallowed at
an edge is dropped, a name tagged from a lower-case common noun on is the name it governs
("prise d'otages de l'OPEP" -> "OPEP"), a minister's portfolio is cut off ("ministre de la
Santé du Liban" -> "Liban"; "ministre des Affaires étrangères": no name), a name inside a
fixed phrase of the lexicon is none ("coup d'État"), a capitalised name after an honorific
that the model missed is added, and a "person" or "place" that takes a definite article and
speaks or acts is an organisation ("le Kremlin a déclaré"), while a country stays a place.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from storyline.analysis.entity_lexicon import ARTICLES, CONTRACTED, EntityLexicon
from storyline.analysis.entity_portfolios import after_portfolio
from storyline.models import EntityType
from storyline.spelling import fold

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

LABELS: dict[str, EntityType] = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass"})
COMPLEMENTS = frozenset({"de", "d'", "d’", "du", "des"})
EDGE_POS = frozenset({"VERB", "AUX", "PUNCT", "DET", "ADP", "CCONJ", "SCONJ", "PRON"})


@dataclass(frozen=True)
class NameSpan:
    """A repaired named mention: tokens ``start``..``end`` (exclusive), ``name`` without honorific."""

    start: int
    end: int
    type: EntityType
    name_start: int  # first token of the name proper (after an honorific)
    acts: bool = False  # subject of a verb with a definite article ("le Kremlin a déclaré")

    def text(self, doc: Doc) -> str:
        return doc[self.start:self.end].text

    def name(self, doc: Doc) -> str:
        return doc[self.name_start:self.end].text


def named_spans(doc: Doc, lexicon: EntityLexicon) -> list[NameSpan]:
    """Every named mention of ``doc`` in reading order, repaired."""
    found: list[NameSpan] = []
    covered: set[int] = set()
    fixed = fixed_tokens(doc, lexicon)
    for ent in doc.ents:
        label = LABELS.get(ent.label_)
        if label is None:
            continue
        span = _repair(doc, ent.start, ent.end, label, lexicon)
        if span is not None and not all(t.i in fixed for t in doc[span.name_start:span.end]
                                        if t.text[:1].isupper()):
            found.append(span)
            covered.update(range(span.start, span.end))
    found.extend(_missed_after_honorific(doc, covered, lexicon))
    return sorted(_person_tails(doc, found), key=lambda s: s.start)


def fixed_tokens(doc: Doc, lexicon: EntityLexicon) -> set[int]:
    """The tokens of the lexicon's fixed phrases ("coup d'État", "chefs d'État"): a name whose
    capitalised words all lie in one is no name ("État africains" of "chefs d'État africains")."""
    found: set[int] = set()
    for token in doc:
        end = lexicon.fixed_phrase_at(doc, token.i) if token.i not in found else token.i
        found.update(range(token.i, end))
    return found


def _person_tails(doc: Doc, spans: list[NameSpan]) -> list[NameSpan]:
    """'Affaires étrangères Dominique de Villepin' tagged as one organisation: when a longer
    name ends with a person named elsewhere in the article, it is that person."""
    people = {s.name(doc) for s in spans if s.type == "PER" and s.end - s.name_start > 1}
    repaired = []
    for span in spans:
        tails = [p for p in people if span.type != "PER" and span.name(doc).endswith(" " + p)]
        if not tails:
            repaired.append(span)
            continue
        tail = max(tails, key=len)
        start = span.end - 1
        while start > span.name_start and doc[start:span.end].text != tail:
            start -= 1
        repaired.append(NameSpan(start, span.end, "PER", start))
    return repaired


def _repair(doc: Doc, start: int, end: int, label: EntityType, lexicon: EntityLexicon) -> NameSpan | None:
    while start < end and (_is_edge_noise(doc[start]) or _is_role_word(doc[start], lexicon)):
        start += 1
    while end > start and (_is_edge_noise(doc[end - 1]) or doc[end - 1].text in ("'", "’")):
        end -= 1
    if not (lexicon.is_body(doc[start].text) or any(t.pos_ == "ADJ" for t in doc[start:end])):
        start = _after_common_noun(doc, start, end, label == "LOC")
    if (cut := after_portfolio(doc, start, end)) != start:
        if cut >= end:
            return None  # "ministre des Affaires étrangères": a portfolio, no name
        start = cut
        if lexicon.is_country(doc[start:end].text):
            label = "LOC"
        elif doc[cut - 1].lower_ not in ARTICLES | CONTRACTED | {"de", "d'", "d’"}:
            label = "PER"  # the holder named right after the portfolio
    if start >= end:
        return None
    honorific = start > 0 and doc[start - 1].lower_ in lexicon.honorifics
    if doc[start].lower_ in lexicon.honorifics:
        honorific, name_start = True, start + 1
        if name_start >= end:
            return None
    else:
        name_start = start
        if honorific:
            start -= 1
    if not any(t.text[:1].isupper() or t.text[:1].isdigit() for t in doc[name_start:end]):
        return None
    if end - name_start == 1 and fold(doc[name_start].text) in lexicon.not_names:
        return None
    if _title_only(doc, name_start, end, lexicon) or lexicon.is_demonym(doc[name_start:end].text):
        return None  # "Premier ministre britannique", "les Britanniques": no name
    if honorific and label != "PER":
        label = "PER"
    acts = _acts_with_article(doc, name_start, end)
    if label in ("PER", "LOC") and _has_article(doc, start) and not honorific:
        name = doc[name_start:end].text
        if label == "PER" or (not lexicon.is_country(name) and (acts or _serves(doc, start, lexicon))):
            label = "ORG"
    return NameSpan(start, end, label, name_start, acts)


def _title_only(doc: Doc, start: int, end: int, lexicon: EntityLexicon) -> bool:
    """A capitalised title with nothing but lower-case words after it: 'Premier ministre'."""
    role_end = lexicon.role_end(doc, start)
    return role_end > start and not any(t.text[:1].isupper() for t in doc[role_end:end])


def _after_common_noun(doc: Doc, start: int, end: int, place: bool) -> int:
    """'région de Koursk' -> 'Koursk', "prise d'otages de l'OPEP" -> 'OPEP': a name tagged
    from a lower-case common noun on starts at the first capitalised word after its last "de"
    (an event or a kind of place is no name; the name it governs is). A body noun or an
    adjective keeps the name whole ("ministère russe de la Défense")."""
    i = start
    while i < end and doc[i].text[:1].islower() and doc[i].pos_ in ("NOUN", "ADJ"):
        i += 1
        if i < end - 1 and doc[i].lower_ in COMPLEMENTS and doc[i + 1].text[:1].islower() \
                and doc[i + 1].pos_ == "NOUN":
            i += 1  # "prise d'otages de …"
    if start < i < end - 1 and doc[i].lower_ in COMPLEMENTS:
        after = i + 1
        if not place and after < end - 1 and doc[after].text in ("l'", "l’", "la", "le", "les"):
            after += 1  # "de l'OPEP"; a place keeps its article: "parc de la Pépinière"
        if doc[after].text[:1].isupper():
            return after
    return start


def _is_edge_noise(token: Token) -> bool:
    return token.pos_ in EDGE_POS and not token.text[:1].isupper() or token.is_space or token.is_punct


def _is_role_word(token: Token, lexicon: EntityLexicon) -> bool:
    return token.text[:1].islower() and lexicon.is_role(token.text)


def _has_article(doc: Doc, start: int) -> bool:
    return start > 0 and doc[start - 1].lower_ in ARTICLES | CONTRACTED


def _serves(doc: Doc, start: int, lexicon: EntityLexicon) -> bool:
    """The complement of a role or body noun: "la porte-parole de la Maison Blanche"."""
    i = start - 1
    if i > 0 and doc[i].lower_ in ARTICLES:
        i -= 1
    if i < 1 or doc[i].lower_ not in ("de", "du", "des", "d'", "d’"):
        return False
    noun = doc[i - 1]
    return lexicon.is_role(noun.text) or lexicon.is_body(noun.text)


def _acts_with_article(doc: Doc, start: int, end: int) -> bool:
    """The mention is the subject of a verb: "le Kremlin a déclaré", "la Maison Blanche a dit"."""
    root = doc[start:end].root
    return root.dep_ in SUBJECT_DEPS and root.head.pos_ in ("VERB", "AUX")


def _missed_after_honorific(doc: Doc, covered: set[int], lexicon: EntityLexicon) -> list[NameSpan]:
    """'M. Zelensky' where the model tagged nothing: the capitalised words after the honorific."""
    found: list[NameSpan] = []
    for token in doc[:-1]:
        if token.lower_ not in lexicon.honorifics or token.i in covered or token.i + 1 in covered:
            continue
        end = token.i + 1
        while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha and end not in covered:
            end += 1
        if end > token.i + 1:
            found.append(NameSpan(token.i, end, "PER", token.i + 1))
    return found
