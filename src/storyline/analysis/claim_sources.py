"""Who says a number: the source a sentence gives for it, and the entity that names it.

Cues, tried in this order for the token that anchors a claim, inside its sentence
(:mod:`storyline.analysis.claim_sentences`):

1. a reporting verb that governs the number ("X a déclaré que ... 28 drones",
   "Il a réclamé 20 batteries"): its subject (or its agent, "annoncé par X");
2. "selon X" / "d'après X": X;
3. an incise, a reporting verb after a comma or a closing quote with its subject after
   it ("..., note l'Institut", "», se défend Courbis");
4. for a number inside a «quotation», the incise right after the quotation or the
   reporting verb just before it ("X a déclaré : « ... »").

The source is a token span; :func:`source_entity` maps it to the LocalEntity key of the
mention that covers its head word, else of the agent or the first person or organisation
named inside it ("les chiffres rendus publics par l'INSEE" -> INSEE).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from storyline.analysis.claim_lexicon import ClaimLexicon
from storyline.analysis.claim_sentences import quotation_bounds, sentence_bounds
from storyline.analysis.parse import text_of
from storyline.models import Mention

_SUBJECTS = ("nsubj", "nsubj:pass")
_CLAUSES = ("ccomp", "xcomp", "parataxis")
_IMPERSONAL = frozenset({"on", "cela", "ça", "ce", "c'"})
_RELATIVES = frozenset({"qui", "lequel", "laquelle", "lesquels", "lesquelles"})
_CUT_DEPS = frozenset({"acl:relcl", "advcl", "parataxis", "punct", "ccomp", "conj", "cc", "case"})
_INCISE_GLUE = frozenset({"se", "s'", "s’", "a", "ont", "avait", "avaient", "aurait", "t", "-t"})
_BREAKS = frozenset({",", "»", "”", '"', ")", "—", "–"})
_PREFERRED_TYPES = ("PER", "ORG")


@dataclass(frozen=True)
class Source:
    """The words that name a claim's source: token span ``[start, end)`` and its head."""

    head: int
    start: int
    end: int
    cue: str  # lemma of the reporting verb, or "selon"


def find_source(token: Token, lex: ClaimLexicon) -> Source | None:
    """The source the sentence of ``token`` gives for it, or ``None``."""
    doc = token.doc
    bounds = sentence_bounds(text_of(doc), token.idx)
    found = (
        _reporting_ancestor(token, bounds, lex)
        or _selon(token, bounds, lex)
        or _que_clause(token, bounds, lex)
        or _incise(doc, bounds, lex)
    )
    if found is not None:
        return found
    quote = quotation_bounds(text_of(doc), token.idx)
    if quote is None:
        return None
    after = sentence_bounds(text_of(doc), quote[1])
    return _incise(doc, (quote[1] - 1, after[1]), lex) or _verb_before(doc, quote[0], lex)


def _inside(token: Token, bounds: tuple[int, int]) -> bool:
    return bounds[0] <= token.idx < bounds[1]


def _reporting_ancestor(token: Token, bounds: tuple[int, int], lex: ClaimLexicon) -> Source | None:
    child, node = token, token.head
    while node.i != child.i and _inside(node, bounds):
        lemma = node.lemma_.lower()
        if node.pos_ in ("VERB", "AUX") and lemma in lex.reporting_verbs:
            clause = child.dep_ in _CLAUSES or lemma not in lex.clause_only_verbs
            if child.dep_ not in _SUBJECTS and clause and not _reflexive(node):
                subject = _subject(node)
                if subject is not None and _inside(subject, bounds):
                    return _span(subject, lemma, token)
        child, node = node, node.head
    return None


def _reflexive(verb: Token) -> bool:
    """ "se dire optimiste", "se déclarer prêt": describing oneself, not reporting."""
    return any(c.lower_ in ("se", "s'", "s’") for c in verb.children)


def _que_clause(token: Token, bounds: tuple[int, int], lex: ClaimLexicon) -> Source | None:
    """ "X juge que ... 3 inconvénients" when the parse missed the verb: its subject."""
    doc = token.doc
    for k in range(token.i - 1, 0, -1):
        verb = doc[k - 1]
        if not _inside(verb, bounds):
            return None
        if doc[k].lower_ not in ("que", "qu'", "qu’") or _verb_like(verb, lex.reporting_verbs) is None:
            continue
        subject = _subject(verb) if verb.pos_ in ("VERB", "AUX") else None
        if subject is None and verb.head.i < verb.i and verb.head.pos_ in ("NOUN", "PROPN"):
            subject = verb.head  # "le président ... juge que", "juge" tagged as a noun
        if subject is not None and _inside(subject, bounds):
            return _span(subject, _verb_like(verb, lex.reporting_verbs) or "", token)
        return None
    return None


def _subject(verb: Token) -> Token | None:
    """The grammatical subject of ``verb``; a relative "qui" stands for its antecedent."""
    passive = any(c.dep_ == "aux:pass" for c in verb.children)
    for child in verb.children:
        if passive and child.dep_ == "obl:agent":
            return child
        if not passive and child.dep_ in _SUBJECTS:
            if child.lower_ in _RELATIVES and verb.dep_ == "acl:relcl":
                return verb.head
            if child.lower_ in _IMPERSONAL:
                return None
            return child
    return None


def _selon(token: Token, bounds: tuple[int, int], lex: ClaimLexicon) -> Source | None:
    """The nearest "selon X" / "d'après X" of the sentence."""
    doc = token.doc
    best: Token | None = None
    for word in doc.char_span(*bounds, alignment_mode="expand") or ():
        cue = word.lower_.replace("’", "'")
        if cue == "après" and word.i > 0 and doc[word.i - 1].lower_ in ("d'", "d’"):
            cue, word = "d'après", doc[word.i - 1]  # "d'" heads the fixed "après"
        if cue not in lex.source_prepositions:
            continue
        target = word.head
        if target.i == word.i or target.lower_ in _RELATIVES or target.pos_ in ("VERB", "AUX"):
            continue
        if best is None or abs(word.i - token.i) < abs(best.i - token.i):
            best = word
    return _span(best.head, "selon", token) if best is not None else None


def _verb_like(token: Token, verbs: frozenset[str]) -> str | None:
    """The reporting verb ``token`` writes, also when the tagger took it for a noun."""
    word = token.lower_
    if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in verbs:
        return token.lemma_.lower()
    for lemma in (word + "r", word[:-1] + "er"):  # "note" -> noter, "déclaré" -> déclarer
        if word[-1:] in ("e", "é") and lemma in verbs:
            return lemma
    return None


def _incise(doc: Doc, bounds: tuple[int, int], lex: ClaimLexicon) -> Source | None:
    """ "..., note l'Institut", "», se défend Courbis": a subject after the verb."""
    verbs = lex.reporting_verbs | lex.incise_verbs
    span = doc.char_span(*bounds, alignment_mode="expand")
    for word in span or ():
        lemma = _verb_like(word, verbs)
        if lemma is None or not _after_break(word):
            continue
        subject = _subject_after(word)
        if subject is not None:
            return _span(subject, lemma)
    return None


def _after_break(word: Token) -> bool:
    k = word.i - 1
    while k >= 0 and (word.doc[k].lower_ in _INCISE_GLUE or word.doc[k].is_space):
        k -= 1
    return k >= 0 and word.doc[k].text in _BREAKS


def _subject_after(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in _SUBJECTS and child.i > verb.i and child.lower_ not in _IMPERSONAL:
            return child
    doc = verb.doc
    for k in range(verb.i + 1, min(len(doc), verb.i + 4)):
        token = doc[k]
        if token.pos_ in ("PROPN", "NOUN") or (token.pos_ == "PRON" and token.lower_ not in
                                               _IMPERSONAL):
            return token
        if token.pos_ not in ("DET", "ADJ"):
            return None
    return None


def _verb_before(doc: Doc, opening: int, lex: ClaimLexicon) -> Source | None:
    """ "X a déclaré : « ... »": the reporting verb before the opening quote."""
    start = sentence_bounds(text_of(doc), max(0, opening - 1))[0]
    span = doc.char_span(start, opening, alignment_mode="expand")
    for word in reversed(list(span or ())):
        if _verb_like(word, lex.reporting_verbs):
            subject = _subject(word)
            return _span(subject, word.lemma_.lower()) if subject is not None else None
    return None


def _span(head: Token, cue: str, claim: Token | None = None) -> Source:
    """The head's phrase without its relative clauses, incidental parts and the claim."""

    def keep(node: Token) -> bool:
        return claim is None or not (node.i == claim.i or node.is_ancestor(claim))

    tokens = [head]
    stack = [c for c in head.children if c.dep_ not in _CUT_DEPS and keep(c)]
    while stack:
        node = stack.pop()
        tokens.append(node)
        stack.extend(c for c in node.children
                     if c.dep_ not in ("acl:relcl", "parataxis") and keep(c))
    start = min(t.i for t in tokens)
    end = max(t.i for t in tokens) + 1
    return Source(head=head.i, start=start, end=end, cue=cue)


def source_entity(
    doc: Doc,
    source: Source,
    mentions: Sequence[Mention],
    types: Mapping[str, str],
) -> str | None:
    """The entity key of the mention naming ``source``, or ``None`` when none does."""
    head = doc[source.head]
    head_start, head_end = head.idx, head.idx + len(head.text)
    covering = [m for m in mentions if m.start <= head_start and head_end <= m.end]
    if covering:
        return min(covering, key=lambda m: m.end - m.start).entity
    span = doc[source.start : source.end]
    inside = [m for m in mentions if span.start_char <= m.start and m.end <= span.end_char]
    if not inside:
        return None
    agents = [m for m in inside if _agent(doc, m)]
    preferred = [m for m in inside if types.get(m.entity) in _PREFERRED_TYPES]
    return min(agents or preferred or inside, key=lambda m: m.start).entity


def _agent(doc: Doc, mention: Mention) -> bool:
    """True for a mention introduced by "par": "réalisé par l'IFOP"."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    k = span.start - 1
    if doc[k].pos_ == "DET" and k > 0:
        k -= 1
    return doc[k].lower_ == "par"
