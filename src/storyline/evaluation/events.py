"""Score the events stage against hand-annotated events (``gold/events``).

**Pairing.** A predicted event can stand for a gold event of the same document when its
trigger span overlaps the located gold trigger (any shared character), or when it starts
inside the gold trigger's sentence and has the gold type. Pairs are made one to one, trigger
overlaps before same-sentence pairs, nearer triggers first.

**Levels.** ``type``: the pair has the gold type. ``actors``: also, every gold actor and
recipient names a participant (actor or recipient, roles not compared) of the prediction and
every participant of the prediction is named by a gold one. ``date``: also, the predicted date
cut to the gold precision equals the gold date (a gold ``null`` wants no date). Names are
compared in lower case without accents, titles or determiners; one matches the other when it
contains it (a gold name inside an entity's name or one of its mentions, or a proper name of
those inside the gold name). Each level pairs afresh under its own condition; P = pairs /
predicted, R = pairs / gold.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from storyline.evaluation.events_gold import GoldEvent, GoldEventDocument, load_event_gold
from storyline.evaluation.gold_sets import score_sets
from storyline.evaluation.quotes import Prf, stand_in_entities
from storyline.evaluation.quotes_gold import PROPER_NAME, normalise_name
from storyline.models import Document, EventMention, LocalEntity, Mention

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

LEVELS = ("type", "actors", "date")
PRONOUNS = frozenset({"il", "elle", "ils", "elles", "lui", "eux", "on", "qui", "je", "nous", "j'"})


@dataclass(frozen=True)
class SystemOutput:
    """What the system found in one document: events and the entities they name."""

    events: tuple[EventMention, ...]
    entities: tuple[LocalEntity, ...] = ()
    mentions: tuple[Mention, ...] = ()

    def names_of(self, key: str) -> list[tuple[str, bool]]:
        """(normalised name, is a proper name) for the entity ``key``: its name, its mentions
        and each proper name inside them."""
        raw = [e.name for e in self.entities if e.key == key]
        raw += [m.text for m in self.mentions if m.entity == key]
        forms: dict[str, bool] = {}
        for name in raw:
            whole = normalise_name(name)
            if whole and whole not in PRONOUNS:
                forms[whole] = forms.get(whole, False) or name[:1].isupper()
            for match in PROPER_NAME.finditer(name):
                proper = normalise_name(match.group(0))
                if proper and proper not in PRONOUNS:
                    forms[proper] = True
        return list(forms.items())


@dataclass(frozen=True)
class EventError:
    """A disagreement, for reading."""

    document: str
    kind: str  # missed, spurious, type, actors, date
    trigger: str
    expected: str | None = None
    found: str | None = None


@dataclass(frozen=True)
class EventScores:
    documents: int
    scores: dict[str, Prf]  # level -> counts
    negation_correct: int = 0
    modality_correct: int = 0
    compared: int = 0  # pairs at the type level, for the two accuracies
    errors: tuple[EventError, ...] = ()

    def f1(self, level: str) -> float:
        return self.scores[level].f1

    @property
    def negation_accuracy(self) -> float:
        return self.negation_correct / self.compared if self.compared else 1.0

    @property
    def modality_accuracy(self) -> float:
        return self.modality_correct / self.compared if self.compared else 1.0


Extractor = Callable[[Document], SystemOutput]


def _contains(outer: str, inner: str) -> bool:
    return bool(inner) and re.search(rf"(?<!\w){re.escape(inner)}(?!\w)", outer) is not None


def names_match(gold_names: Iterable[str], forms: Sequence[tuple[str, bool]]) -> bool:
    """Whether one of ``gold_names`` and one of the entity's ``forms`` name each other."""
    for gold in gold_names:
        wanted = normalise_name(gold)
        for form, proper in forms:
            if _contains(form, wanted) or (proper and _contains(wanted, form)):
                return True
    return False


def participants_match(gold: GoldEvent, event: EventMention, output: SystemOutput) -> bool:
    """Every gold participant names a predicted one and every predicted one is named."""
    keys = list(dict.fromkeys((*event.actors, *event.recipients)))
    forms = {key: output.names_of(key) for key in keys}
    wanted = gold.participants
    if not all(any(names_match(g, forms[k]) for k in keys) for g in wanted):
        return False
    return all(any(names_match(g, forms[k]) for g in wanted) for k in keys)


def date_matches(gold: GoldEvent, event: EventMention) -> bool:
    if gold.date is None:
        return event.date is None
    return event.date is not None and len(event.date) >= len(gold.date) and event.date.startswith(gold.date)


def _strength(gold: GoldEvent, event: EventMention) -> int:
    if gold.start < 0:
        return 0
    if event.start < gold.end and gold.start < event.end:
        return 2
    if gold.sentence[0] <= event.start < gold.sentence[1] and event.type == gold.type:
        return 1
    return 0


def pair(gold: Sequence[GoldEvent], system: Sequence[EventMention],
         accept: Callable[[GoldEvent, EventMention], bool]) -> list[tuple[GoldEvent, EventMention]]:
    """One-to-one pairs that ``accept`` allows: overlaps first, then same sentence, nearest first."""
    scored = sorted(
        ((-_strength(g, s), abs(g.start - s.start), gi, si)
         for gi, g in enumerate(gold) for si, s in enumerate(system) if _strength(g, s)),
    )
    used_gold: set[int] = set()
    used_system: set[int] = set()
    pairs = []
    for _, _, gi, si in scored:
        if gi in used_gold or si in used_system or not accept(gold[gi], system[si]):
            continue
        used_gold.add(gi)
        used_system.add(si)
        pairs.append((gold[gi], system[si]))
    return pairs


def _accepts(output: SystemOutput) -> dict[str, Callable[[GoldEvent, EventMention], bool]]:
    def typed(g: GoldEvent, s: EventMention) -> bool:
        return g.type == s.type

    def actors(g: GoldEvent, s: EventMention) -> bool:
        return typed(g, s) and participants_match(g, s, output)

    def dated(g: GoldEvent, s: EventMention) -> bool:
        return actors(g, s) and date_matches(g, s)

    return {"type": typed, "actors": actors, "date": dated}


def _describe(event: EventMention, output: SystemOutput) -> str:
    names = {e.key: e.name for e in output.entities}

    def who(keys: tuple[str, ...]) -> str:
        return ", ".join(names.get(k, k) for k in keys)

    return f"{event.type} [{who(event.actors)}] -> [{who(event.recipients)}] {event.date or '-'}"


def _gold_text(gold: GoldEvent) -> str:
    def who(items: tuple[tuple[str, ...], ...]) -> str:
        return ", ".join("/".join(i) for i in items)

    return f"{gold.type} [{who(gold.actors)}] -> [{who(gold.recipients)}] {gold.date or '-'}"


def evaluate(documents: Sequence[GoldEventDocument], extractor: Extractor) -> EventScores:
    """Run ``extractor`` on each gold document and score it at every level."""
    counts = {level: [0, 0, 0] for level in LEVELS}
    accuracy = [0, 0, 0]  # compared, negation right, modality right
    errors: list[EventError] = []
    for document in documents:
        output = extractor(document.document)
        gold, system = list(document.events), list(output.events)
        accepts = _accepts(output)
        found: dict[str, list[tuple[GoldEvent, EventMention]]] = {}
        for level in LEVELS:
            found[level] = pair(gold, system, accepts[level])
            counts[level][0] += len(gold)
            counts[level][1] += len(system)
            counts[level][2] += len(found[level])
        for g, s in found["type"]:
            accuracy[0] += 1
            accuracy[1] += g.negated == s.negated
            accuracy[2] += g.modality == s.modality
        errors += _errors(document.name, gold, system, found, output)
    return EventScores(
        documents=len(documents), scores={level: Prf(*counts[level]) for level in LEVELS},
        compared=accuracy[0], negation_correct=accuracy[1], modality_correct=accuracy[2],
        errors=tuple(errors))


def _errors(name: str, gold: list[GoldEvent], system: list[EventMention],
            found: dict[str, list[tuple[GoldEvent, EventMention]]], output: SystemOutput) -> list[EventError]:
    errors = []
    typed = {id(g): s for g, s in found["type"]}
    with_actors = {id(g) for g, _ in found["actors"]}
    dated = {id(g) for g, _ in found["date"]}
    matched_system = {id(s) for _, s in found["type"]}
    for g in gold:
        s = typed.get(id(g))
        if s is None:
            near = [e for e in system if _strength(g, e) == 2]
            errors.append(EventError(name, "type" if near else "missed", g.trigger, _gold_text(g),
                                     _describe(near[0], output) if near else None))
        elif id(g) not in with_actors:
            errors.append(EventError(name, "actors", g.trigger, _gold_text(g), _describe(s, output)))
        elif id(g) not in dated:
            errors.append(EventError(name, "date", g.trigger, _gold_text(g), _describe(s, output)))
    for s in system:
        if id(s) not in matched_system:
            errors.append(EventError(name, "spurious", s.trigger, None, _describe(s, output)))
    return errors


def pipeline_extractor(nlp: Language | Callable[[str], Doc], *, stand_in: bool = False) -> Extractor:
    """Parse with ``nlp`` and run the entities (when it assigns mentions; ``stand_in``: spaCy's
    named entities instead, see :func:`storyline.evaluation.quotes.stand_in_entities`), timex,
    quotes and events stages."""
    from storyline.analysis import entities, events, quotes, timex
    from storyline.analysis.pipeline import AnalysisState

    real = {"entities", "mentions"} <= set(entities.STAGE.assigns) and not stand_in

    def run(document: Document) -> SystemOutput:
        state = AnalysisState(document=document, doc=nlp(document.text))
        if real:
            state = entities.STAGE.run(state)
        elif stand_in:
            found, mentions = stand_in_entities(state.doc)
            state = state.add(entities=found, mentions=mentions)
        for stage in (timex.STAGE, quotes.STAGE, events.STAGE):
            state = stage.run(state)
        return SystemOutput(state.events, state.entities, state.mentions)

    return run


def evaluate_folder(gold_dir: Path, *, stand_in: bool = False) -> dict[str, EventScores]:
    """Scores per set of ``gold_dir/documents.json`` and for all of them ("all"); each document
    is analysed once, though it is scored in its set and in "all"."""
    from storyline.analysis.parse import load_nlp

    documents = load_event_gold(gold_dir)
    extractor = cache(pipeline_extractor(load_nlp(), stand_in=stand_in))
    return score_sets(documents, lambda d: d.collection, lambda chosen: evaluate(chosen, extractor))


__all__ = [
    "LEVELS", "EventError", "EventScores", "SystemOutput", "date_matches", "evaluate",
    "evaluate_folder", "load_event_gold", "names_match", "pair", "participants_match",
    "pipeline_extractor",
]
