"""Analysis stage: events — who did what to whom and when, coded in PLOVER.

One event per predicate: triggers from the French event lexicon
(:mod:`storyline.analysis.event_triggers`), participants mapped to the entities stage's
LocalEntity keys (:mod:`storyline.analysis.event_participants`), date, negation, modality and
source (:mod:`storyline.analysis.event_context`). A headline or caption line that restates an
event of the body (same type, participants included in the body event's) gives no second
event. See docs/events.md.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from storyline.analysis.event_context import DateFinder, attribution, is_negated, modality_of
from storyline.analysis.event_lexicon import EventLexicon, load_event_lexicon
from storyline.analysis.event_participants import ParticipantFinder
from storyline.analysis.event_triggers import Trigger, find_triggers, mode_of
from storyline.analysis.pipeline import AnalysisState, Stage
from storyline.analysis.timex import publication_date
from storyline.models import EventMention, LocalEntity, Mention, Modality, Quote, Timex

if TYPE_CHECKING:
    from spacy.tokens import Doc

ANAPHORA_LINES = 6  # how far back "cet appel" looks (lines of the text, blank ones included)
DEFINITE = frozenset({"le", "la", "l'", "l’", "les"})
CAPTION_CHARS = 150
HEADLINE_ENDS = (".", "!", "?", "»", "”", '"', ":", ";", "…")


def extract_events(
    doc: Doc,
    entities: tuple[LocalEntity, ...] = (),
    mentions: tuple[Mention, ...] = (),
    timexes: tuple[Timex, ...] = (),
    published: str | dt.date | None = None,
    *,
    quotes: tuple[Quote, ...] = (),
    title: str | None = None,
    lexicon: EventLexicon | None = None,
) -> tuple[EventMention, ...]:
    """Every event of the parsed document ``doc``, in reading order.

    ``entities`` and ``mentions`` come from the entities stage (participants are their keys;
    without them events have no participants), ``timexes`` from the timex stage, ``quotes``
    from the quotes stage (who an event is attributed to) and ``published`` is the
    publication date (for "historical" modality). ``title`` is the document's headline: the
    line that repeats it, and caption-like lines, give no event the body restates.
    """
    lex = lexicon or load_event_lexicon()
    dct = published if isinstance(published, dt.date) else publication_date(published)
    text = doc.text
    lines = _lines(text)

    def speaker(position: int) -> str | None:
        return attribution(position, quotes)

    finder = ParticipantFinder(doc, entities, mentions, lex, speaker)
    dates = DateFinder(doc, timexes)
    events: list[tuple[Trigger, EventMention, int]] = []
    for trigger in find_triggers(doc, lex):
        event = _event(doc, trigger, finder, dates, lex, dct, quotes)
        events.append((trigger, event, _line_of(lines, trigger.start)))
    events = _resolve_anaphora(doc, events, lex, lines)
    kept = _drop_restatements(events, lines, text, title)
    return tuple(e for _, e, _ in kept)


def _event(doc: Doc, trigger: Trigger, finder: ParticipantFinder, dates: DateFinder,
           lex: EventLexicon, dct: dt.date | None, quotes: tuple[Quote, ...]) -> EventMention:
    who = finder.find(trigger)
    when = dates.date_of(trigger)
    sentence = doc[trigger.token].sent
    return EventMention(
        type=trigger.entry.type or "",
        start=trigger.start,
        end=trigger.end,
        trigger=doc.text[trigger.start:trigger.end],
        sentence=sentence.text.strip(),
        mode=mode_of(trigger, doc, lex),
        actors=who.actors,
        recipients=who.recipients,
        date=when.date,
        date_precision=when.precision,
        location=who.location,
        negated=is_negated(trigger, doc),
        modality=_reported(modality_of(trigger, doc, lex, when, dct), trigger, quotes),
        attributed_to=attribution(trigger.start, quotes),
    )


def _reported(modality: Modality, trigger: Trigger, quotes: tuple[Quote, ...]) -> Modality:
    """An asserted event inside a quote, an indirect statement or a "selon X" is reported."""
    if modality == "asserted" and any(q.start <= trigger.start < q.end for q in quotes):
        return "reported"
    return modality


def _lines(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _line_of(lines: list[tuple[int, int]], position: int) -> int:
    for n, (start, end) in enumerate(lines):
        if start <= position <= end:
            return n
    return len(lines) - 1


def _resolve_anaphora(doc: Doc, events: list[tuple[Trigger, EventMention, int]], lex: EventLexicon,
                      lines: list[tuple[int, int]]) -> list[tuple[Trigger, EventMention, int]]:
    """ "cet appel", "la conversation entre X et Y": a noun naming again an earlier event of the
    same type (its participants, if it has any, among that event's) is that event, not another."""
    out: list[tuple[Trigger, EventMention, int]] = []
    for trigger, event, line in events:
        if trigger.kind == "noun" and _refers_back(doc, trigger, lex):
            mine = set(event.actors) | set(event.recipients)
            earlier = [e for _, e, n in out if e.type == event.type and n >= line - ANAPHORA_LINES
                       and mine <= set(e.actors) | set(e.recipients)]
            if earlier:
                continue
        out.append((trigger, event, line))
    return out


def _refers_back(doc: Doc, trigger: Trigger, lex: EventLexicon) -> bool:
    dets = [c.lower_ for c in doc[trigger.token].children if c.dep_ == "det"]
    return not dets or any(d in lex.demonstratives or d in DEFINITE for d in dets)


def _headline_like(line: int, lines: list[tuple[int, int]], text: str, title: str | None) -> bool:
    """The line repeating the title, or a caption-like line: short, no closing punctuation."""
    start, end = lines[line]
    content = text[start:end].strip()
    if title and content == title.strip():
        return True
    return bool(content) and len(content) < CAPTION_CHARS and not content.endswith(HEADLINE_ENDS)


def _drop_restatements(events: list[tuple[Trigger, EventMention, int]], lines: list[tuple[int, int]],
                       text: str, title: str | None) -> list[tuple[Trigger, EventMention, int]]:
    headline = {n for n in {n for _, _, n in events} if _headline_like(n, lines, text, title)}
    kept = []
    for trigger, event, line in events:
        if line in headline:
            mine = set(event.actors) | set(event.recipients)
            restated = any(
                other.type == event.type and n not in headline
                and mine <= set(other.actors) | set(other.recipients)
                for _, other, n in events)
            if restated:
                continue
        kept.append((trigger, event, line))
    return kept


def _run(state: AnalysisState) -> AnalysisState:
    events = extract_events(state.doc, state.entities, state.mentions, state.timexes,
                            state.document.published, quotes=state.quotes,
                            title=state.document.title)
    return state.add(events=events)


STAGE = Stage(name="events", requires=("doc", "entities", "mentions", "timexes", "quotes"),
              assigns=("events",), run=_run)

__all__ = ["STAGE", "extract_events"]
