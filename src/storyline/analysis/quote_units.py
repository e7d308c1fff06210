"""Split a parsed document into reading units: sentences that never cut a quotation in two.

spaCy splits inside long quotations and before "», a-t-il déclaré"; a unit glues those pieces
back together, so a quotation and the words that introduce it always share one unit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from storyline.analysis.parse import text_of
from storyline.analysis.quote_marks import QuoteSpan, find_quotes, paragraphs

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

CONTINUATION_STARTS = ",;:)»”.!?…"
SENTENCE_ENDS = ".!?…"
CLOSING_MARKS = "»”\"›"


@dataclass(frozen=True)
class Unit:
    """A sentence (or several, when a quotation runs over them) and the quotations inside it."""

    start: int
    end: int
    paragraph: int  # index of the paragraph the unit starts in
    quotes: tuple[QuoteSpan, ...]

    def inside_quote(self, start: int, end: int | None = None) -> bool:
        """Whether the character range lies inside (or crosses) one of the unit's quotations."""
        end = start + 1 if end is None else end
        return any(q.open < end and start < q.stop for q in self.quotes)


def build_units(doc: Doc) -> list[Unit]:
    """Reading units of ``doc`` in order; they cover every non-blank paragraph."""
    text = text_of(doc)
    quotes = find_quotes(text)
    paras = paragraphs(text)
    starts = {p_start for p_start, _ in paras}
    for sentence in doc.sents:
        position = _after_closing_mark(text, _before_opening_mark(text, sentence.start_char, quotes), quotes)
        if position not in starts and not _glued(text, position):
            starts.add(position)
    starts = {s for s in starts if not any(q.open < s < q.stop for q in quotes)}
    ordered = sorted(starts)
    units: list[Unit] = []
    para_index = 0
    for n, start in enumerate(ordered):
        end = ordered[n + 1] if n + 1 < len(ordered) else len(text)
        end = _trim_end(text, start, end, paras)
        while para_index + 1 < len(paras) and paras[para_index + 1][0] <= start:
            para_index += 1
        if end > start:
            inside = tuple(q for q in quotes if start <= q.open < end)
            units.append(Unit(start, end, para_index, inside))
    return units



def span_of(doc: Doc, start: int, end: int) -> Span:
    """The tokens covering characters ``start``..``end`` (expanded to whole tokens)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:  # only for an empty or white-space range
        return doc[0:0]
    return span


def tokens_outside_quotes(unit: Unit, span: Span) -> list[Token]:
    """The unit's tokens that are neither quotation marks nor quoted words."""
    return [t for t in span if not unit.inside_quote(t.idx) and not t.is_space]


def _before_opening_mark(text: str, position: int, quotes: list[QuoteSpan]) -> int:
    """Move a sentence start found just inside an opening mark back onto the mark."""
    for quote in quotes:
        if quote.open < position <= quote.start and not text[quote.open + 1:position].strip():
            return quote.open
    return position


def _after_closing_mark(text: str, position: int, quotes: list[QuoteSpan]) -> int:
    """Move a sentence start found on the closing mark of a quotation past it ("coup. » Pendant")."""
    for quote in quotes:
        if quote.end <= position < quote.stop:
            after = quote.stop
            while after < len(text) and text[after] in " \u00a0\u202f":
                after += 1
            return after
    return position


def _glued(text: str, position: int) -> bool:
    """A sentence start that is really a continuation: "», a déclaré", a lower-case word, or
    anything after a piece that does not end like a sentence."""
    head = text[position:position + 2].lstrip()
    if not head or head[0] in CONTINUATION_STARTS or head[0].islower():
        return True
    before = text[:position].rstrip()
    while before and before[-1] in CLOSING_MARKS:
        before = before[:-1].rstrip()
    return not before or before[-1] not in SENTENCE_ENDS


def _trim_end(text: str, start: int, end: int, paras: list[tuple[int, int]]) -> int:
    """Cut a unit at the end of its paragraph (unless a quotation carries it over) and strip space."""
    for p_start, p_end in paras:
        if p_start <= start < p_end and end > p_end and not text[p_end:end].strip():
            end = p_end
            break
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
