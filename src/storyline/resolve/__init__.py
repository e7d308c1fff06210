"""Corpus-level resolution: per-article analyses turned into one record of the story.

``resolve`` is a pure function of the stored documents and analyses (no spaCy), cheap enough
to rerun on every build, and near-linear in the number of articles.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from storyline.models import (
    Analysis,
    ClaimRecord,
    Document,
    Entity,
    Event,
    QuoteRecord,
    Story,
    content_id,
)
from storyline.resolve.aliases import AliasFile, load_aliases
from storyline.resolve.claims import align_claims
from storyline.resolve.dating import infer_dates
from storyline.resolve.dedup import SCHEME, find_duplicates
from storyline.resolve.entities import MergeNote, resolve_entities
from storyline.resolve.metonyms import seats_of_power
from storyline.resolve.stories import cluster_stories
from storyline.resolve.timeline import flag_number_disputes, merge_events


@dataclass(frozen=True)
class Resolution:
    documents: tuple[Document, ...]
    entities: tuple[Entity, ...] = ()
    quotes: tuple[QuoteRecord, ...] = ()
    events: tuple[Event, ...] = ()
    claims: tuple[ClaimRecord, ...] = ()
    stories: tuple[Story, ...] = ()
    merge_log: tuple[MergeNote, ...] = ()


def _quotes(analyses: Sequence[Analysis], refs: dict[tuple[str, str], str]) -> list[QuoteRecord]:
    return [
        QuoteRecord(
            id=content_id("quote", a.document, q.start, q.end), document=a.document, text=q.text,
            kind=q.kind, start=q.start, end=q.end,
            speaker=refs.get((a.document, q.speaker)) if q.speaker else None,
            speaker_text=q.speaker_text, cue=q.cue, cue_class=q.cue_class, medium=q.medium)
        for a in analyses for q in a.quotes
    ]


def resolve(
    documents: Sequence[Document],
    analyses: Sequence[Analysis],
    *,
    aliases: AliasFile | None = None,
) -> Resolution:
    """Resolve every article against the others: actors, duplicates, stories, timeline, claims."""
    by_id = {a.document: a for a in analyses}
    documents = [  # dates inferred by an earlier build are inferred again from today's corpus
        dataclasses.replace(d, published=None, published_precision=None, published_origin=None,
                            published_before=None)
        if d.published_origin == "inferred" else d for d in documents]
    entities, refs, notes = resolve_entities(analyses, aliases)
    names = {e.id: e.name for e in entities}
    duplicates = find_duplicates(documents)
    dated = infer_dates(documents, by_id, [])
    stories = cluster_stories(dated, by_id, refs, names, duplicates)
    dated = infer_dates(dated, by_id, stories)
    story_of = {d: s.id for s in stories for d in s.documents}
    events, event_of = merge_events(analyses, refs, story_of, seats_of_power(entities))
    claims = align_claims(analyses, refs, story_of, event_of)
    events = flag_number_disputes(events, claims)
    final = tuple(dataclasses.replace(d, story=story_of.get(d.id), duplicate_of=duplicates.get(d.id))
                  for d in dated)
    return Resolution(documents=final, entities=tuple(entities), quotes=tuple(_quotes(analyses, refs)),
                      events=tuple(events), claims=tuple(claims), stories=tuple(stories),
                      merge_log=tuple(notes))


__all__ = ["SCHEME", "AliasFile", "MergeNote", "Resolution", "load_aliases", "resolve"]
