"""Analysis stage: numeric claims, the numbers a document reports with what they count and who says so.

For every number of the text (:mod:`storyline.analysis.quantities`) the stage decides
whether it is a claim and what it counts (:mod:`storyline.analysis.claim_nouns`), how
exact it is said to be (:mod:`storyline.analysis.claim_qualifiers`) and who gives it
(:mod:`storyline.analysis.claim_sources`). "un"/"une" counts only when something says it
is a number ("un seul drone", "qu'une victoire", "trois petits-enfants et un
arrière-petit-fils"), and "les deux"/"ces deux" (both) is a reference, not a count.
A number without a noun takes the noun of the claim before it in the same sentence
("28 drones ..., contre plus de 300").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from storyline.analysis.claim_lexicon import ClaimLexicon, load_lexicon
from storyline.analysis.claim_nouns import Counted, counted
from storyline.analysis.claim_qualifiers import qualifier
from storyline.analysis.claim_sentences import sentence_bounds
from storyline.analysis.claim_sources import Source, find_source, source_entity
from storyline.analysis.parse import text_of
from storyline.analysis.pipeline import AnalysisState, Stage
from storyline.analysis.quantities import Quantity, Words, content_words, find_quantities
from storyline.models import Claim, LocalEntity, Mention

_COUNTING_QUALIFIERS = frozenset({"plus de", "moins de", "au moins", "au plus", "seulement"})


@dataclass(frozen=True)
class FoundClaim:
    """A claim with the words that name its source (token span), kept for evaluation."""

    claim: Claim
    source: Source | None
    counted: Counted


def find_claims(
    doc: Doc,
    mentions: Sequence[Mention] = (),
    entities: Sequence[LocalEntity] = (),
    lexicon: ClaimLexicon | None = None,
) -> list[FoundClaim]:
    """The numeric claims of ``doc`` in text order; offsets index ``doc.text``.

    ``mentions`` and ``entities`` come from the entities stage; without them every
    claim's ``attributed_to`` is ``None``.
    """
    lex = lexicon or load_lexicon()
    types = {e.key: e.type for e in entities}
    words = content_words(doc)
    found: list[FoundClaim] = []
    for quantity in find_quantities(words, lex):
        thing = counted(words, quantity, lex)
        if thing is None or _both(words, quantity, lex):
            continue
        if thing.elliptical:
            borrowed = _borrow(words, quantity, found)
            if borrowed is None:
                continue
            thing = borrowed
        qualified, text_start = qualifier(words, quantity, thing.end, lex)
        if quantity.upper is not None and text_start == quantity.start:
            text_start -= 1  # "entre 20 et 30", "de 10 à 15"
        if quantity.article and not _counts_one(words, quantity, qualified, found):
            continue
        source = find_source(words[quantity.start], lex)
        if source is not None and _inside(words[quantity.start], doc[source.head]):
            source = None  # "cinq représentants ont déclaré": what is counted is not its own source
        attributed = source_entity(doc, source, mentions, types) if source else None
        start_char = words[text_start].idx
        last = words[max(thing.end, quantity.end) - 1]
        end_char = last.idx + len(last.text.rstrip("."))  # "m." ends a sentence, not a claim
        claim = Claim(
            start=start_char,
            end=end_char,
            text=text_of(doc)[start_char:end_char],
            value=quantity.value * thing.multiplier,
            noun=thing.noun,
            qualifier=qualified,
            unit=thing.unit,
            upper=quantity.upper * thing.multiplier if quantity.upper is not None else None,
            attributed_to=attributed,
        )
        found.append(FoundClaim(claim=claim, source=source, counted=thing))
    return found


def _both(doc: Words, quantity: Quantity, lex: ClaimLexicon) -> bool:
    """ "les deux dirigeants", "ces deux pays": "both", a reference rather than a count."""
    if quantity.value != 2 or quantity.upper is not None or quantity.start == 0:
        return False
    return doc[quantity.start - 1].lower_ in lex.definite_determiners


def _borrow(doc: Words, quantity: Quantity, found: Sequence[FoundClaim]) -> Counted | None:
    """The noun and unit of the last claim of the same sentence, for "contre plus de 300"."""
    token = doc[quantity.start]
    sentence_start = sentence_bounds(text_of(token.doc), token.idx)[0]
    if not found or found[-1].claim.start < sentence_start:
        return None
    previous = found[-1]
    return Counted(noun=previous.claim.noun, end=quantity.end, unit=previous.counted.unit,
                   multiplier=1.0 if quantity.scaled else previous.counted.multiplier,
                   elliptical=True)


def _counts_one(
    doc: Words, quantity: Quantity, qualified: str | None, found: Sequence[FoundClaim]
) -> bool:
    """Whether a bare "un"/"une" is a count rather than an article."""
    if quantity.start > 0 and doc[quantity.start - 1].lower_ in ("l'", "l’"):
        return False  # "l'un des", "l'une des"
    if qualified in _COUNTING_QUALIFIERS:
        return True  # "plus d'un", "qu'une victoire"; but "près d'une colonie" is a place
    if quantity.start < 2 or not found:
        return False
    joiner = doc[quantity.start - 1]
    if joiner.lower_ not in ("et", ","):
        return False
    before = doc[quantity.start - 2]
    return found[-1].claim.end == before.idx + len(before.text)


def _run(state: AnalysisState) -> AnalysisState:
    found = find_claims(state.doc, state.mentions, state.entities)
    return state.add(claims=tuple(f.claim for f in found))


STAGE = Stage(name="claims", requires=("doc", "entities", "mentions"), assigns=("claims",), run=_run)


def _inside(token: Token, head: Token) -> bool:
    """``token`` belongs to the phrase headed by ``head``."""
    return head.left_edge.i <= token.i <= head.right_edge.i
