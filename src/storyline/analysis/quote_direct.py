"""Quotations: whole statements in quotation marks ("direct") and quoted fragments inside a
sentence ("partial"), each with its cue and the phrase naming its speaker.

A quotation is direct when it stands as the sentence itself: nothing before it but a colon
or a connective, nothing after it but a cue ("», a déclaré X") or "selon X". A fragment is
kept only with a reporting cue in its sentence; a quoted name or title ("« plan de victoire »")
with no cue is not a quotation.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from storyline.analysis.parse import text_of
from storyline.analysis.quote_cues import (
    Cue,
    attribution_after,
    cue_before,
    inverted_cue,
    reporting_lemma,
    root_subject,
)
from storyline.analysis.quote_lexicon import Lexicon
from storyline.analysis.quote_marks import QuoteSpan
from storyline.analysis.quote_media import names_medium
from storyline.analysis.quote_subjects import noun_phrase, subject_of
from storyline.analysis.quote_types import Finding, SpeakerRef
from storyline.analysis.quote_units import Unit, span_of
from storyline.models import QuoteKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

ATTRIBUTIONS = frozenset({"selon", "d'après"})
CONTINUATION_WINDOW = 2  # paragraphs a quotation with no cue may reach back to its speaker
CONNECTIVE_POS = frozenset({"ADV", "CCONJ", "ADP", "PUNCT", "DET", "NOUN"})


def find_quoted(doc: Doc, unit: Unit, lexicon: Lexicon, previous: Unit | None,
                found: Sequence[Finding]) -> list[Finding]:
    """Direct and partial quotations of ``unit``; ``previous`` and ``found`` (what earlier
    units gave) serve quotations whose speaker was introduced before them."""
    results: list[Finding] = []
    for quote in unit.quotes:
        if quote.end <= quote.start:
            continue
        if _is_direct(doc, unit, quote, lexicon):
            finding = _direct(doc, unit, quote, lexicon, previous, [*found, *results])
        else:
            finding = _partial(doc, unit, quote, lexicon)
        if finding is not None:
            results.append(finding)
    return results


def _is_direct(doc: Doc, unit: Unit, quote: QuoteSpan, lexicon: Lexicon) -> bool:
    before = text_of(doc)[unit.start:quote.open].strip()
    if before and not before.endswith(":") and not _connective(doc, unit.start, quote.open):
        return False
    after = text_of(doc)[quote.stop:unit.end].strip()
    if not after or after[0] in ".!?…":
        return True
    return (inverted_cue(doc, unit, quote.stop, lexicon, anywhere=False) is not None
            or attribution_after(doc, unit, quote.stop, lexicon) is not None)


def _direct(doc: Doc, unit: Unit, quote: QuoteSpan, lexicon: Lexicon, previous: Unit | None,
            found: Sequence[Finding]) -> Finding | None:
    cue = (inverted_cue(doc, unit, quote.stop, lexicon, anywhere=False)
           or attribution_after(doc, unit, quote.stop, lexicon)
           or _colon_cue(doc, unit, quote, lexicon)
           or _cue_ending(doc, previous, unit, lexicon))
    if cue is not None:
        return _finding(quote, "direct", cue.speaker, cue.lemma, unit, cue.token)
    for earlier in reversed(found):
        if earlier.speaker is not None and earlier.paragraph >= unit.paragraph - CONTINUATION_WINDOW:
            return _finding(quote, "direct", earlier.speaker, None, unit)
    return None


def _partial(doc: Doc, unit: Unit, quote: QuoteSpan, lexicon: Lexicon) -> Finding | None:
    words = span_of(doc, quote.start, quote.end)
    if _looks_like_title(doc, words, unit, quote):
        return None
    before = cue_before(doc, unit, quote.open, lexicon)
    after = (inverted_cue(doc, unit, quote.stop, lexicon, anywhere=True)
             or attribution_after(doc, unit, quote.stop, lexicon, anywhere=True))
    # "…, a indiqué X" after the quotation speaks for the whole sentence, verbs before included;
    # a "selon X" right before the fragment is nearer still.
    cue = after if after is not None and (before is None or before.lemma not in ATTRIBUTIONS) else before
    if cue is not None:
        return _finding(quote, "partial", cue.speaker, cue.lemma, unit, cue.token)
    if names_medium(text_of(doc)[unit.start:unit.end], lexicon):
        return _finding(quote, "partial", root_subject(doc, unit), None, unit)
    return None


def _colon_cue(doc: Doc, unit: Unit, quote: QuoteSpan, lexicon: Lexicon) -> Cue | None:
    """"X a déclaré : « … »": the verb before the colon and its subject."""
    if not text_of(doc)[unit.start:quote.open].rstrip().endswith(":"):
        return None
    verbs = [t for t in span_of(doc, unit.start, quote.open)
             if t.pos_ == "VERB" and not unit.inside_quote(t.idx)]
    for verb in verbs:
        lemma = reporting_lemma(verb, lexicon)
        if lemma is not None:
            return Cue(verb.i, lemma, subject_of(verb))
    for verb in verbs:
        if any(c.dep_ in ("nsubj", "nsubj:pass") for c in verb.children):
            return Cue(verb.i, lexicon.cue_lemma(verb) or "", subject_of(verb))
    words = [t for t in span_of(doc, unit.start, quote.open) if not t.is_punct and not t.is_space]
    if not verbs and 0 < len(words) <= 6 and any(t.pos_ == "PROPN" for t in words):
        speaker = noun_phrase(doc, words[0].i)  # a headline: "Zelensky : « Nous tiendrons »"
        if speaker is not None:
            return Cue(words[0].i, "", speaker)
    return None


def _cue_ending(doc: Doc, previous: Unit | None, unit: Unit, lexicon: Lexicon) -> Cue | None:
    """A previous sentence that ends on its cue: "Hervé Mangin, le patron du camping, confirme."."""
    if previous is None or previous.paragraph < unit.paragraph - 1 or previous.quotes:
        return None
    words = [t for t in span_of(doc, previous.start, previous.end) if not t.is_punct]
    if not words:
        return None
    last = words[-1]
    lemma = reporting_lemma(last, lexicon)
    if lemma is None:
        return None
    return Cue(last.i, lemma, subject_of(last))


def _connective(doc: Doc, start: int, end: int) -> bool:
    """"En outre, « … »", "Mais « … »": a few words and no verb before the quotation."""
    tokens = [t for t in span_of(doc, start, end) if not t.is_space]
    return 0 < len(tokens) <= 3 and all(t.pos_ in CONNECTIVE_POS for t in tokens)


def _looks_like_title(doc: Doc, words: Span, unit: Unit, quote: QuoteSpan) -> bool:
    """A capitalised quoted name with no verb inside a sentence: « Le Monde », « Stop Essais ! »."""
    if any(t.pos_ in ("VERB", "AUX") for t in words):
        return False
    first = text_of(doc)[quote.start:quote.start + 1]
    return first.isupper() and quote.open > unit.start


def _finding(quote: QuoteSpan, kind: QuoteKind, speaker: SpeakerRef | None, cue: str | None,
             unit: Unit, cue_token: int | None = None) -> Finding:
    return Finding(start=quote.start, end=quote.end, kind=kind, speaker=speaker, cue=cue or None,
                   unit_start=unit.start, unit_end=unit.end, paragraph=unit.paragraph, cue_token=cue_token)
