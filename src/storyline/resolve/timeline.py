"""One timeline: event mentions of every source merged when type, participants and dates agree.

Mentions are grouped by (type, story) and linked through shared participants with compatible
dates; nearby but different dates from different sources are kept as separate entries, both
flagged ``disputed: date``, since either could be right.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from storyline.models import Analysis, Event, EventMention, EventSource, content_id
from storyline.resolve.stories import _day
from storyline.resolve.unionfind import UnionFind

DISPUTE_DAYS = 3  # same event, different day: read as a disagreement up to this gap


@dataclass(frozen=True)
class _Mention:
    document: str
    story: str
    event: EventMention
    actors: tuple[str, ...]
    recipients: tuple[str, ...]
    location: str | None
    attributed_to: str | None


def _compatible(a: str | None, b: str | None) -> bool:
    """Dates agree when equal, when one is missing, or when one refines the other."""
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def _canonical(analyses: Sequence[Analysis], refs: dict[tuple[str, str], str],
               stories: dict[str, str]) -> list[_Mention]:
    out = []
    for analysis in analyses:
        doc = analysis.document

        def canon(key: str | None, doc: str = doc) -> str | None:
            return refs.get((doc, key)) if key else None

        for event in analysis.events:
            out.append(_Mention(
                document=doc, story=stories.get(doc, doc), event=event,
                actors=tuple(dict.fromkeys(a for a in map(canon, event.actors) if a)),
                recipients=tuple(dict.fromkeys(r for r in map(canon, event.recipients) if r)),
                location=canon(event.location), attributed_to=canon(event.attributed_to)))
    return out


def _group(mentions: list[_Mention]) -> list[list[int]]:
    sets: UnionFind[int] = UnionFind(range(len(mentions)))
    by_key: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        for participant in (*m.actors, *m.recipients):
            by_key[(m.event.type, m.story, participant)].append(i)
    for members in by_key.values():
        dated: dict[str, list[int]] = defaultdict(list)
        undated: list[int] = []
        for i in members:
            date = mentions[i].event.date
            (dated[date] if date else undated).append(i)
        for same_day in dated.values():
            for i in same_day[1:]:
                sets.union(same_day[0], i)
        days = sorted(dated)
        for coarse, fine in zip(days, days[1:], strict=False):
            if fine.startswith(coarse):
                sets.union(dated[coarse][0], dated[fine][0])
        if len(dated) <= 1:
            anchor = next(iter(dated.values()))[0] if dated else (undated[0] if undated else None)
            for i in undated:
                if anchor is not None:
                    sets.union(anchor, i)
    return sets.groups()


def _majority(values: list[str | None]) -> str | None:
    known = [v for v in values if v]
    return Counter(known).most_common(1)[0][0] if known else None


def _entry(mentions: list[_Mention]) -> Event:
    mentions = sorted(mentions, key=lambda m: (m.document, m.event.start))
    dates = [m.event.date for m in mentions if m.event.date]
    date = max(dates, key=lambda d: (dates.count(d), len(d))) if dates else None
    precision = next((m.event.date_precision for m in mentions if m.event.date == date), None)
    negations = {m.event.negated for m in mentions}
    disputed = ["negated"] if len(negations) > 1 else []
    sources = tuple(EventSource(m.document, m.event.start, m.event.end, m.event.sentence,
                                m.attributed_to) for m in mentions)
    first = mentions[0]
    return Event(
        id=content_id("event", first.event.type, first.document, first.event.start),
        type=first.event.type, mentions=sources,
        mode=_majority([m.event.mode for m in mentions]),
        actors=tuple(dict.fromkeys(a for m in mentions for a in m.actors)),
        recipients=tuple(dict.fromkeys(r for m in mentions for r in m.recipients)),
        date=date, date_precision=precision,
        location=_majority([m.location for m in mentions]),
        negated=Counter(m.event.negated for m in mentions).most_common(1)[0][0],
        modality=Counter(m.event.modality for m in mentions).most_common(1)[0][0],
        disputed=tuple(disputed))


def _flag_date_disputes(events: list[Event], stories: dict[str, str]) -> list[Event]:
    """Entries of one story with the same type and participants a few days apart disagree."""
    by_key: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for i, e in enumerate(events):
        if e.date and len(e.date) == 10 and (e.actors or e.recipients):
            story = stories.get(e.mentions[0].document, e.mentions[0].document)
            by_key[(e.type, story, frozenset(e.actors) | frozenset(e.recipients))].append(i)
    flagged: set[int] = set()
    for members in by_key.values():
        for a in members:
            for b in members:
                day_a, day_b = _day(events[a].date), _day(events[b].date)
                docs_a = {m.document for m in events[a].mentions}
                docs_b = {m.document for m in events[b].mentions}
                if (a < b and day_a and day_b and 0 < abs((day_a - day_b).days) <= DISPUTE_DAYS
                        and docs_a != docs_b):
                    flagged.update((a, b))
    return [Event(**{**e.__dict__, "disputed": tuple(sorted({*e.disputed, "date"}))})
            if i in flagged else e for i, e in enumerate(events)]


def merge_events(
    analyses: Sequence[Analysis], refs: dict[tuple[str, str], str], stories: dict[str, str]
) -> tuple[list[Event], dict[tuple[str, int], str]]:
    """Timeline entries, and the map (document, trigger start) -> entry id."""
    mentions = _canonical(analyses, refs, stories)
    grouped = _group(mentions)
    events = _flag_date_disputes([_entry([mentions[i] for i in g]) for g in grouped], stories)
    where = {}
    for event, group in zip(events, grouped, strict=True):
        for i in group:
            where[(mentions[i].document, mentions[i].event.start)] = event.id
    return events, where
