"""Score the quotes stage against hand-annotated quotes (``gold/quotes``).

Gold quotes are surface strings (the quoted words, the complement clause, the attributed
clause) located by string search in the text the system analyses, so they survive changes of
the cleaner. A gold and a predicted quote match when their spans overlap by at least a
threshold, overlap = |intersection| / max(|gold|, |predicted|) in characters (1.0 only for
identical spans; 0.8 tolerates a few stray characters; 0.3 a clause cut differently);
matching is one to one, best overlap first. Precision, recall and F1 are reported for direct
quotes (kind "direct" on both sides), quoted words (direct + partial) and every kind (kinds
not compared). Speaker accuracy is the share of matched quotes (all kinds, overlap 0.3) with
a gold speaker whose predicted speaker names it: the gold name equals, or is contained in,
the linked entity's name, one of its mentions or the speaker text (or one of those, a name,
is contained in the gold name: "M. Trump" for "Donald Trump"), compared without case,
titles and determiners.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from storyline.evaluation.gold_sets import score_sets
from storyline.evaluation.quotes_gold import GoldDocument, GoldQuote, load_gold, name_forms, normalise_name
from storyline.models import Document, LocalEntity, Mention, Quote, content_id

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

THRESHOLDS = (0.3, 0.8)
GROUPS: dict[str, frozenset[str]] = {
    "direct": frozenset({"direct"}),
    "quoted": frozenset({"direct", "partial"}),
    "all": frozenset({"direct", "partial", "indirect", "attribution"}),
}
PRONOUNS = frozenset({"il", "elle", "ils", "elles", "lui", "eux", "on", "qui", "lequel", "laquelle"})


@dataclass(frozen=True)
class SystemOutput:
    """What the system found in one document: quotes and the entities speakers link to."""

    quotes: tuple[Quote, ...]
    entities: tuple[LocalEntity, ...] = ()
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True)
class Prf:
    gold: int
    predicted: int
    matched: int

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class QuoteError:
    """A disagreement, for reading: a missed or spurious quote, or a wrong speaker."""

    document: str
    kind: str  # "missed", "spurious", "speaker"
    text: str
    expected: str | None = None
    found: str | None = None


@dataclass(frozen=True)
class QuoteScores:
    documents: int
    scores: dict[tuple[str, float], Prf]  # (group, threshold) -> counts
    speaker_total: int
    speaker_correct: int
    kind_total: int
    kind_correct: int
    errors: tuple[QuoteError, ...] = ()

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_correct / self.speaker_total if self.speaker_total else 1.0

    @property
    def kind_accuracy(self) -> float:
        return self.kind_correct / self.kind_total if self.kind_total else 1.0

    def f1(self, group: str, threshold: float) -> float:
        return self.scores[(group, threshold)].f1


Extractor = Callable[[str], SystemOutput]


def evaluate(documents: Sequence[GoldDocument], extractor: Extractor) -> QuoteScores:
    """Run ``extractor`` on each gold document's text and score it."""
    counts = {key: [0, 0, 0] for key in ((g, t) for g in GROUPS for t in THRESHOLDS)}
    speaker = [0, 0]
    kinds = [0, 0]
    errors: list[QuoteError] = []
    for document in documents:
        output = extractor(document.text)
        for group, kinds_in in GROUPS.items():
            gold = [q for q in document.quotes if q.kind in kinds_in]
            system = [q for q in output.quotes if q.kind in kinds_in]
            for threshold in THRESHOLDS:
                pairs = match(gold, system, threshold)
                counts[(group, threshold)][0] += len(gold)
                counts[(group, threshold)][1] += len(system)
                counts[(group, threshold)][2] += len(pairs)
                if group == "all" and threshold == THRESHOLDS[0]:
                    _score_pairs(document.name, pairs, output, speaker, kinds, errors)
                    errors.extend(_unmatched(document.name, gold, system, pairs))
    return QuoteScores(
        documents=len(documents),
        scores={key: Prf(*value) for key, value in counts.items()},
        speaker_total=speaker[0], speaker_correct=speaker[1],
        kind_total=kinds[0], kind_correct=kinds[1],
        errors=tuple(errors),
    )


def evaluate_folder(gold_dir: Path, *, stand_in: bool = False) -> dict[str, QuoteScores]:
    """Scores per set of ``gold_dir/documents.json`` and for all of them ("all"); each document
    is analysed once, though it is scored in its set and in "all"."""
    from storyline.analysis.parse import load_nlp

    documents = load_gold(gold_dir)
    extractor = cache(pipeline_extractor(load_nlp(), stand_in=stand_in))
    return score_sets(documents, lambda d: d.collection, lambda chosen: evaluate(chosen, extractor))


def pipeline_extractor(nlp: Language | Callable[[str], Doc], *, stand_in: bool = False) -> Extractor:
    """Parse with ``nlp`` (a spaCy pipeline or any text -> Doc function), run the entities stage
    (when it assigns mentions) and the quotes stage.

    ``stand_in`` replaces the entities stage by spaCy's named entities grouped by name
    (:func:`stand_in_entities`): a rough stand-in that lets speaker linking be scored while
    the entities stage is missing; the CLI reports it apart.
    """
    from storyline.analysis import entities, quotes
    from storyline.analysis.pipeline import AnalysisState

    real = {"entities", "mentions"} <= set(entities.STAGE.assigns) and not stand_in

    def run(text: str) -> SystemOutput:
        document = Document(id=content_id(text), source="gold", text=text)
        state = AnalysisState(document=document, doc=nlp(text))
        if real:
            state = entities.STAGE.run(state)
        elif stand_in:
            found, mentions = stand_in_entities(state.doc)
            state = state.add(entities=found, mentions=mentions)
        state = quotes.STAGE.run(state)
        return SystemOutput(state.quotes, state.entities, state.mentions)

    return run


def stand_in_entities(doc: Doc) -> tuple[tuple[LocalEntity, ...], tuple[Mention, ...]]:
    """spaCy's named entities, one LocalEntity per name (a person by surname)."""
    keys: dict[tuple[str, str], str] = {}
    names: dict[str, str] = {}
    types: dict[str, str] = {}
    mentions: list[Mention] = []
    for ent in doc.ents:
        if ent.label_ not in ("PER", "ORG", "LOC", "MISC"):
            continue
        words = normalise_name(ent.text).split()
        if not words:
            continue
        group = (ent.label_, words[-1] if ent.label_ == "PER" else " ".join(words))
        key = keys.setdefault(group, f"E{len(keys) + 1}")
        if len(ent.text) > len(names.get(key, "")):
            names[key] = ent.text
        types[key] = ent.label_
        mentions.append(Mention(ent.start_char, ent.end_char, ent.text, key))
    found = tuple(LocalEntity(key, names[key], types[key]) for key in names)  # type: ignore[arg-type]
    return found, tuple(mentions)


def overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> float:
    """|intersection| / max(|a|, |b|) of two character spans."""
    inter = min(a_end, b_end) - max(a_start, b_start)
    longest = max(a_end - a_start, b_end - b_start)
    return max(0, inter) / longest if longest > 0 else 0.0


def match(gold: Sequence[GoldQuote], system: Sequence[Quote],
          threshold: float) -> list[tuple[GoldQuote, Quote]]:
    """One-to-one pairs with overlap >= ``threshold``, best overlaps taken first."""
    scored = sorted(
        ((overlap(g.start, g.end, s.start, s.end), gi, si)
         for gi, g in enumerate(gold) for si, s in enumerate(system)),
        reverse=True,
    )
    used_gold: set[int] = set()
    used_system: set[int] = set()
    pairs: list[tuple[GoldQuote, Quote]] = []
    for value, gi, si in scored:
        if value < threshold or value == 0:
            break
        if gi in used_gold or si in used_system:
            continue
        used_gold.add(gi)
        used_system.add(si)
        pairs.append((gold[gi], system[si]))
    return pairs


def speaker_matches(gold_names: Iterable[str], quote: Quote, output: SystemOutput) -> bool:
    """Whether the predicted speaker of ``quote`` names one of ``gold_names``."""
    names = []
    if quote.speaker is not None:
        names += [e.name for e in output.entities if e.key == quote.speaker]
        names += [m.text for m in output.mentions if m.entity == quote.speaker]
    if quote.speaker_text:
        names.append(quote.speaker_text)
    found = [form for n in names for form in name_forms(n)]
    found = [n for n in found if n and n not in PRONOUNS]
    for gold in gold_names:
        wanted = normalise_name(gold)
        for name in found:
            if _contains(name, wanted) or _contains(wanted, name):
                return True
    return False


def _contains(outer: str, inner: str) -> bool:
    return bool(inner) and re.search(rf"(?<!\w){re.escape(inner)}(?!\w)", outer) is not None


def _score_pairs(name: str, pairs: list[tuple[GoldQuote, Quote]], output: SystemOutput,
                 speaker: list[int], kinds: list[int], errors: list[QuoteError]) -> None:
    for gold, quote in pairs:
        kinds[0] += 1
        kinds[1] += gold.kind == quote.kind
        if not gold.speakers:
            continue
        speaker[0] += 1
        if speaker_matches(gold.speakers, quote, output):
            speaker[1] += 1
        else:
            expected = " | ".join(gold.speakers)
            errors.append(QuoteError(name, "speaker", gold.text, expected, quote.speaker_text))


def _unmatched(name: str, gold: Sequence[GoldQuote], system: Sequence[Quote],
               pairs: list[tuple[GoldQuote, Quote]]) -> list[QuoteError]:
    matched_gold = {id(g) for g, _ in pairs}
    matched_system = {id(s) for _, s in pairs}
    errors = [QuoteError(name, "missed", g.text, g.kind, None)
              for g in gold if id(g) not in matched_gold]
    errors += [QuoteError(name, "spurious", s.text, None, s.kind)
               for s in system if id(s) not in matched_system]
    return errors


__all__ = [
    "GROUPS", "THRESHOLDS", "GoldDocument", "GoldQuote", "Prf", "QuoteError", "QuoteScores",
    "SystemOutput", "evaluate", "evaluate_folder", "load_gold", "match", "overlap",
    "pipeline_extractor", "speaker_matches", "stand_in_entities",
]
