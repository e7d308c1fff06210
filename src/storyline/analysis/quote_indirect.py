"""Reported speech without quotation marks: "X a déclaré que …", "a confirmé avoir …",
"…, a annoncé X" (kind "indirect"), and "selon X, …" / "d'après X" (kind "attribution").

The reported words run from the complement to the end of the sentence, cut where another
statement starts (", ajoutant que", "et a déclaré", ", tandis que l'armée affirmait"). A
reported clause that holds quotation marks is left to its quoted fragments.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.analysis.parse import text_of
from storyline.analysis.quote_cues import adjectival, attribution_index, attribution_lemma, reporting_lemma
from storyline.analysis.quote_lexicon import Lexicon, feature, is_negated
from storyline.analysis.quote_subjects import (
    TIME_WORDS,
    attribution_phrase,
    inverted_subject,
    subject_of,
)
from storyline.analysis.quote_types import Finding, SpeakerRef
from storyline.analysis.quote_units import Unit, span_of
from storyline.models import QuoteKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

QUE = frozenset({"que", "qu'", "qu’"})
CLAUSE_BREAKS = frozenset({".", ";", ":", "!", "?", "…"})
BOUNDARIES = frozenset({",", ";", "et", "mais", "puis"})
CONCESSIVE = frozenset({"tandis", "alors", "pendant"})
MONTHS = frozenset({
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre",
})
TRAILING = " \t\n,;:.!?…"
CLITICS = frozenset({"en", "y", "l'", "l’", "le", "la", "les", "lui", "leur"})  # "dit en avoir abattu"
RELATIVES = frozenset({"qui", "dont", "lequel", "laquelle", "lesquels", "lesquelles"})
MAX_GAP = 15  # tokens between a verb and its "que"


def find_reported(doc: Doc, unit: Unit, lexicon: Lexicon) -> list[Finding]:
    """Indirect statements and attributions of ``unit``, outer ones first, nested ones left out."""
    results: list[Finding] = []
    for token in span_of(doc, unit.start, unit.end):
        if unit.inside_quote(token.idx) or any(f.start <= token.idx < f.end for f in results):
            continue
        index = attribution_index(token)
        if index is not None:
            finding = _attribution(doc, unit, token, index, lexicon)
        else:
            finding = _indirect(doc, unit, token, lexicon)
        if finding is not None:
            results.append(finding)
    kept = [f for f in results if not unit.inside_quote(f.start, f.end) and _words(doc, f) >= 2]
    return [f for f in kept if not any(g is not f and g.start <= f.start and f.end <= g.end for g in kept)]


def _indirect(doc: Doc, unit: Unit, verb: Token, lexicon: Lexicon) -> Finding | None:
    lemma = reporting_lemma(verb, lexicon)
    if lemma is None:
        guessed = lexicon.cue_lemma(verb, guess=True)
        return _inverted_clause(doc, unit, verb, guessed) if guessed and not is_negated(verb) else None
    if verb.i == span_of(doc, unit.start, unit.end)[0].i and feature(verb, "VerbForm") == "Part":
        return None  # "Considérant que …, le tribunal a condamné": an adverbial, not a statement
    start = _que_complement(doc, unit, verb, lemma, lexicon)
    if start is None and lexicon.takes_infinitive(lemma) and not lexicon.is_weak(lemma):
        start = _infinitive_complement(doc, unit, verb)
    if start is not None:
        end = _clause_end(doc, unit, start, lexicon)
        return _finding(doc, start, end, "indirect", subject_of(verb), lemma, unit, verb.i)
    return _inverted_clause(doc, unit, verb, lemma)


def _que_complement(doc: Doc, unit: Unit, verb: Token, lemma: str, lexicon: Lexicon) -> int | None:
    """Index of the first word of the que-clause of ``verb`` (after "que")."""
    if not lexicon.takes_clause(lemma):
        return None
    first = verb.i + 1 + (lemma.count(" ") if " " in lemma else 0)
    for j in range(first, min(len(doc), first + MAX_GAP)):
        token = doc[j]
        if token.idx >= unit.end or unit.inside_quote(token.idx) or token.text in CLAUSE_BREAKS:
            return None
        if token.lower_ in QUE:
            before = doc[j - 1].lower_ if j > 0 else ""
            if before in lexicon.blocking_before_que or (token.pos_ == "PRON" and not _complementizer(token)):
                return None
            return j + 1
        if feature(token, "VerbForm") == "Fin" and not token.text[:1].isupper():
            return None
        if lexicon.cue_lemma(token) is not None and not adjectival(token):
            return None
    return None


def _complementizer(que: Token) -> bool:
    """A "que" tagged as a relative pronoun that cannot be one: its verb already has an object
    ("a déclaré dans un communiqué que la rencontre aurait lieu")."""
    if que.dep_ == "mark":
        return True
    return que.dep_ == "obj" and any(c.dep_ == "obj" and c.i != que.i for c in que.head.children)


def _infinitive_complement(doc: Doc, unit: Unit, verb: Token) -> int | None:
    """Index of a bare infinitive right after ``verb``: "a confirmé avoir eu", "affirmait hier,
    accepter", "dit en avoir abattu" (an object clitic before it)."""
    for j in range(verb.i + 1, min(len(doc), verb.i + 7)):
        token = doc[j]
        if token.idx >= unit.end or unit.inside_quote(token.idx):
            return None
        if feature(token, "VerbForm") == "Inf":
            return j
        skippable = (token.pos_ in ("ADV", "NUM") or token.text == "," or token.lower_ in TIME_WORDS
                     or (token.lower_ in CLITICS and j + 1 < len(doc)
                         and feature(doc[j + 1], "VerbForm") == "Inf")
                     or token.lower_ in MONTHS or (token.pos_ == "DET" and _date_follows(doc, j)))
        if not skippable:
            return None
    return None


def _inverted_clause(doc: Doc, unit: Unit, verb: Token, lemma: str) -> Finding | None:
    """"Des parachutages … vont être effectués, a annoncé le ministère." (no quotation marks)."""
    j = verb.i - 1
    while j >= 0 and (doc[j].pos_ == "AUX" or doc[j].text.startswith("-")
                      or doc[j].lower_ in ("se", "s'", "s’")):
        j -= 1
    if j < 0 or doc[j].text != "," or doc[j].idx <= unit.start or not _finite_or_compound(verb):
        return None
    if any(c.dep_ in ("nsubj", "nsubj:pass") and c.i < verb.i and c.idx >= unit.start for c in verb.children):
        return None
    speaker = subject_of(verb)
    if speaker is None or (speaker.start < verb.idx and speaker.pronoun is None):
        speaker = inverted_subject(verb)
    if speaker is None:
        return None
    clause = span_of(doc, unit.start, doc[j].idx)
    if not any(feature(t, "VerbForm") == "Fin" for t in clause):
        return None
    return _finding(doc, clause[0].i, j, "indirect", speaker, lemma, unit, verb.i)


def _attribution(doc: Doc, unit: Unit, word: Token, index: int, lexicon: Lexicon) -> Finding | None:
    ref = attribution_phrase(doc, index, lexicon)
    if ref is None:
        return None
    tail = span_of(doc, ref.end, unit.end)
    tokens_before = [t for t in span_of(doc, unit.start, word.idx) if not t.is_punct]
    opening = len(tokens_before) <= 3 and all(t.pos_ in ("ADV", "CCONJ") for t in tokens_before)
    if opening:  # "Selon X, …" (or "En outre, selon X, …")
        comma = next((t.i for t in tail if t.text == ","), None)
        if comma is None:
            return None
        start = comma + 1
    elif not any(t.text == "," for t in tail) or _relative_after(tail):
        first = span_of(doc, unit.start, word.idx)
        return _finding(doc, first[0].i, word.i, "attribution", ref, attribution_lemma(word), unit, word.i)
    else:
        start = tail[0].i + 1 if tail[0].text == "," else tail[0].i
    end = _clause_end(doc, unit, start, lexicon)
    return _finding(doc, start, end, "attribution", ref, attribution_lemma(word), unit, word.i)


def _relative_after(tail: Span) -> bool:
    """ "…, selon l'armée, qui dit en avoir abattu 70": a relative clause on the source follows
    it, so the attributed words are those before "selon", not the clause."""
    words = [t for t in tail if not t.is_space]
    return len(words) > 1 and words[0].text == "," and words[1].lower_ in RELATIVES


def _clause_end(doc: Doc, unit: Unit, start: int, lexicon: Lexicon) -> int:
    """Token index where the reported clause starting at ``start`` stops."""
    tokens = [t for t in span_of(doc, doc[start].idx, unit.end) if t.i >= start]
    for token in tokens:
        if token.text == ":" and text_of(doc)[token.idx + 1:token.idx + 3].strip()[:1] in ("«", "“", '"'):
            return token.i
        if unit.inside_quote(token.idx) or token.i == start:
            continue
        lemma = lexicon.cue_lemma(token)
        if lemma is not None and not lexicon.is_weak(lemma) and feature(token, "VerbForm") != "Inf":
            boundary, concessive = _boundary_before(doc, start, token)
            if boundary is not None and (concessive or _opens_statement(token)):
                return boundary
    return tokens[-1].i + 1 if tokens else start


def _boundary_before(doc: Doc, start: int, verb: Token) -> tuple[int | None, bool]:
    """Where the clause of a later cue begins, if a comma or conjunction opens it, and whether
    that is "tandis que"/"alors que" (a new statement whatever its subject)."""
    for m in range(verb.i - 1, start, -1):
        token = doc[m]
        if token.lower_ in QUE:
            before = doc[m - 1].lower_ if m > 0 else ""
            if before in CONCESSIVE:
                return (m - 2 if m >= 2 and doc[m - 2].text == "," else m - 1), True
            return None, False
        if token.lower_ in BOUNDARIES or token.text in BOUNDARIES:
            return m, False
        if token.pos_ == "VERB":
            return None, False
    return None, False


def _opens_statement(token: Token) -> bool:
    """A later cue that starts a statement of its own: no subject of its own ("et a déclaré",
    ", ajoutant") or a pronoun one (", et il a exprimé") — not the main verb of the clause."""
    if token.dep_ in ("acl", "acl:relcl"):
        return False
    if feature(token, "VerbForm") == "Part" and feature(token, "Tense") != "Pres" and not any(
            c.dep_.startswith("aux") for c in token.children):
        return False
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubj:pass", "expl:subj") and c.i < token.i]
    return all(s.pos_ == "PRON" for s in subjects)


def _finite_or_compound(verb: Token) -> bool:
    """"a annoncé", "note": a conjugated cue, not a participle phrase (", ajoutant")."""
    if feature(verb, "VerbForm") == "Fin":
        return True
    return any(c.dep_.startswith("aux") for c in verb.children) or verb.pos_ != "VERB"


def _date_follows(doc: Doc, j: int) -> bool:
    return j + 2 < len(doc) and doc[j + 1].pos_ == "NUM" and doc[j + 2].lower_ in MONTHS


def _finding(doc: Doc, first: int, stop: int, kind: QuoteKind, speaker: SpeakerRef | None,
             cue: str, unit: Unit, cue_token: int | None = None) -> Finding | None:
    """The reported words from token ``first`` up to (not including) token ``stop``, trimmed."""
    if stop <= first:
        return None
    start = doc[first].idx
    end = doc[stop - 1].idx + len(doc[stop - 1])
    text = text_of(doc)
    while end > start and text[end - 1] in TRAILING:
        end -= 1
    for word in (" et", " mais"):
        if text[start:end].endswith(word):
            end -= len(word)
    while start < end and text[start] in TRAILING:
        start += 1
    if end <= start:
        return None
    return Finding(start=start, end=end, kind=kind, speaker=speaker, cue=cue,
                   unit_start=unit.start, unit_end=unit.end, paragraph=unit.paragraph, cue_token=cue_token)


def _words(doc: Doc, finding: Finding) -> int:
    return len(text_of(doc)[finding.start:finding.end].split())
