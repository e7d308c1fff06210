"""One timeline: event mentions of every source merged when type, participants and dates agree.

Mentions are blocked by (type, story, participant). Inside a block they merge when their dates
are compatible (equal, one refining the other, or missing) and their participants are too (the
same set, or a subset of exactly one other set: a source that names fewer participants does
not name different ones); never two mentions of one article, never X→Y with Y→X. Disagreements
keep both versions as separate entries, flagged in ``disputed``: ``date`` (same participants a
few days apart), ``participants`` (same day, one shared participant, different others, no
source reporting both), ``negated`` and ``numbers`` (sources give different figures for one
quantity of the entry).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from storyline.models import Analysis, ClaimRecord, Event, EventMention, EventSource, content_id
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
               stories: dict[str, str], same_as: dict[str, str]) -> list[_Mention]:
    out = []
    for analysis in analyses:
        doc = analysis.document

        def canon(key: str | None, doc: str = doc) -> str | None:
            found = refs.get((doc, key)) if key else None
            return same_as.get(found, found) if found else None

        for event in analysis.events:
            out.append(_Mention(
                document=doc, story=stories.get(doc, doc), event=event,
                actors=tuple(dict.fromkeys(a for a in map(canon, event.actors) if a)),
                recipients=tuple(dict.fromkeys(r for r in map(canon, event.recipients) if r)),
                location=canon(event.location), attributed_to=canon(event.attributed_to)))
    return out


def _participants(m: _Mention) -> frozenset[str]:
    return frozenset((*m.actors, *m.recipients))


def _date_clusters(mentions: list[_Mention], members: list[int]) -> list[list[int]]:
    """Mentions whose dates are compatible: the same day; a coarser date ("2025-07") with the
    one finer date that refines it; undated mentions with the only date there is."""
    dated: dict[str, list[int]] = defaultdict(list)
    undated: list[int] = []
    for i in members:
        date = mentions[i].event.date
        (dated[date] if date else undated).append(i)
    days = sorted(dated)  # a date sorts right before the dates that refine it
    target = {d: d for d in days}
    for pos, coarse in enumerate(days):
        finer = []
        for fine in days[pos + 1:]:
            if not fine.startswith(coarse):
                break
            finer.append(fine)
        if finer and all(finer[-1].startswith(f) for f in finer):
            target[coarse] = finer[-1]
    clusters: dict[str, list[int]] = defaultdict(list)
    for day in days:
        clusters[target[day]].extend(dated[day])
    out = list(clusters.values())
    if len(out) <= 1:
        return [[*(out[0] if out else []), *undated]]
    return out


MAX_SHAPES = 64  # distinct participant sets compared pairwise inside one date cluster
SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})  # X with Y is Y with X


class _Entries:
    """Mentions joined into timeline entries. Two entries never join when they share a document
    (an article reports each event once: the events stage merged its restatements) or, for a
    directed type, when one's actor is only the other's recipient (X attacks Y, Y attacks X)."""

    def __init__(self, mentions: list[_Mention]) -> None:
        self.sets: UnionFind[int] = UnionFind(range(len(mentions)))
        self.documents = {i: {m.document} for i, m in enumerate(mentions)}
        self.actors = {i: set(m.actors) for i, m in enumerate(mentions)}
        self.recipients = {i: set(m.recipients) for i, m in enumerate(mentions)}
        self.directed = {i: m.event.type not in SYMMETRIC for i, m in enumerate(mentions)}

    def join(self, a: int, b: int) -> None:
        ra, rb = self.sets.find(a), self.sets.find(b)
        if ra == rb or self.documents[ra] & self.documents[rb]:
            return
        if self.directed[ra] and not self.actors[ra] & self.actors[rb] and (
                self.actors[ra] & self.recipients[rb] or self.actors[rb] & self.recipients[ra]):
            return
        self.sets.union(ra, rb)
        root, other = (ra, rb) if self.sets.find(ra) == ra else (rb, ra)
        self.documents[root] |= self.documents.pop(other)
        self.actors[root] |= self.actors.pop(other)
        self.recipients[root] |= self.recipients.pop(other)


def _join_participants(entries: _Entries, mentions: list[_Mention], cluster: list[int]) -> None:
    """Join mentions with the same participants, and a mention that names fewer participants
    to the one set of participants it is part of (a missing name is not a different one)."""
    by_shape: dict[frozenset[str], list[int]] = defaultdict(list)
    for i in cluster:
        by_shape[_participants(mentions[i])].append(i)
    for same in by_shape.values():
        for i in same[1:]:
            entries.join(same[0], i)
    if len(by_shape) > MAX_SHAPES:
        return
    maximal: list[frozenset[str]] = []
    for shape in sorted(by_shape, key=len, reverse=True):
        supersets = [big for big in maximal if shape < big]
        if not supersets:
            maximal.append(shape)
        elif len(supersets) == 1:
            entries.join(by_shape[supersets[0]][0], by_shape[shape][0])


def _group(mentions: list[_Mention]) -> list[list[int]]:
    entries = _Entries(mentions)
    by_key: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        for participant in sorted(_participants(m)):
            by_key[(m.event.type, m.story, participant)].append(i)
    for members in by_key.values():
        for cluster in _date_clusters(mentions, members):
            _join_participants(entries, mentions, cluster)
    return [sorted(g) for g in entries.sets.groups()]


def _majority(values: list[str | None]) -> str | None:
    known = [v for v in values if v]
    return Counter(known).most_common(1)[0][0] if known else None


def _entry(mentions: list[_Mention]) -> Event:
    dates = Counter(m.event.date for m in mentions if m.event.date)
    date = max(dates, key=lambda d: (dates[d], len(d), d)) if dates else None
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


def _story(event: Event, stories: dict[str, str]) -> str:
    return stories.get(event.mentions[0].document, event.mentions[0].document)


def _documents(event: Event) -> frozenset[str]:
    return frozenset(m.document for m in event.mentions)


def _flag(events: list[Event], flagged: dict[int, set[str]]) -> list[Event]:
    return [dataclasses.replace(e, disputed=tuple(sorted({*e.disputed, *flagged[i]})))
            if i in flagged else e for i, e in enumerate(events)]


def _flag_date_disputes(events: list[Event], stories: dict[str, str]) -> list[Event]:
    """Entries of one story with the same type and participants a few days apart, reported by
    different sources, disagree on the date: both are kept and flagged."""
    by_key: dict[tuple[object, ...], list[tuple[dt.date, int]]] = defaultdict(list)
    for i, e in enumerate(events):
        day = _day(e.date) if e.date and len(e.date) == 10 else None
        if day and (e.actors or e.recipients):
            by_key[(e.type, _story(e, stories), frozenset(e.actors) | frozenset(e.recipients))
                   ].append((day, i))
    flagged: dict[int, set[str]] = defaultdict(set)
    for members in by_key.values():
        members.sort()
        for pos, (day_a, a) in enumerate(members):
            for day_b, b in members[pos + 1:]:
                if (day_b - day_a).days > DISPUTE_DAYS:
                    break
                if day_b != day_a and _documents(events[a]) != _documents(events[b]):
                    flagged[a].add("date")
                    flagged[b].add("date")
    return _flag(events, flagged)


def _flag_participant_disputes(events: list[Event], stories: dict[str, str]) -> list[Event]:
    """Entries of one story, type and date that share a participant but name different others,
    with no source reporting both, disagree on who took part: both kept, both flagged."""
    by_key: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for i, e in enumerate(events):
        if e.date:
            for participant in {*e.actors, *e.recipients}:
                by_key[(e.type, _story(e, stories), e.date, participant)].append(i)
    flagged: dict[int, set[str]] = defaultdict(set)
    for members in by_key.values():
        for pos, a in enumerate(members[:MAX_SHAPES]):
            for b in members[pos + 1:MAX_SHAPES]:
                one = {*events[a].actors, *events[a].recipients}
                two = {*events[b].actors, *events[b].recipients}
                if not (one <= two or two <= one) and not _documents(events[a]) & _documents(events[b]):
                    flagged[a].add("participants")
                    flagged[b].add("participants")
    return _flag(events, flagged)


def flag_number_disputes(events: Sequence[Event], claims: Sequence[ClaimRecord]) -> list[Event]:
    """Entries whose sources give different figures for one quantity are flagged "numbers"
    (each figure stays a claim of its own, with its source)."""
    differ = {c.event for c in claims if c.event and c.agreement == "differ"}
    index = {e.id: i for i, e in enumerate(events)}
    return _flag(list(events), {index[e]: {"numbers"} for e in differ if e in index})


def merge_events(
    analyses: Sequence[Analysis], refs: dict[tuple[str, str], str], stories: dict[str, str],
    same_as: dict[str, str] | None = None,
) -> tuple[list[Event], dict[tuple[str, int], str]]:
    """Timeline entries, and the map (document, trigger start) -> entry id. ``same_as`` maps
    an entity id to the one it acts for (a capital to its country) in actors and recipients."""
    mentions = _canonical(analyses, refs, stories, same_as or {})
    grouped = _group(mentions)
    events = [_entry([mentions[i] for i in g]) for g in grouped]
    events = _flag_participant_disputes(_flag_date_disputes(events, stories), stories)
    where = {}
    for event, group in zip(events, grouped, strict=True):
        for i in group:
            where[(mentions[i].document, mentions[i].event.start)] = event.id
    return events, where
