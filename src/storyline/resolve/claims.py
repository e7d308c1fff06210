"""Numeric claims aligned across sources: the same quantity of the same thing agrees or differs.

Two claims are about the same fact when they count the same noun in the same story (and the
same timeline entry when both are tied to one) and neither names a different source. A figure
a source gives for itself ("28 drones, according to Moscow") and one another source gives
("27, according to Kyiv") are two claims, not one contradicted fact.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Sequence

from storyline.models import Agreement, Analysis, Claim, ClaimRecord, EventMention, content_id
from storyline.resolve.names import fold

_PLURAL = re.compile(r"(?<=\w)[sx]\b")


def noun_key(noun: str) -> str:
    """Folded head noun without plural marks: "Drones" and "drone" share a key."""
    return _PLURAL.sub("", fold(noun).split(" ")[0]) if noun else ""


def _sentence_start(event: EventMention, claim: Claim) -> int | None:
    """Where the event's sentence starts in the text, if the claim lies inside that sentence:
    the trigger is found in the sentence and the claim's text must be where its offsets say."""
    sentence, at = event.sentence, event.sentence.find(event.trigger) if event.trigger else -1
    while at >= 0:
        start = event.start - at
        if sentence[claim.start - start:claim.end - start] == claim.text and claim.start >= start:
            return start
        at = sentence.find(event.trigger, at + 1)
    return None


def _event_of(analysis: Analysis, claim: Claim, events: dict[tuple[str, int], str]) -> str | None:
    """The timeline entry reported in the claim's own sentence; None when there is none, or
    when the sentence reports several entries and the figure could belong to any of them."""
    found = {events[(analysis.document, e.start)] for e in analysis.events
             if (analysis.document, e.start) in events and _sentence_start(e, claim) is not None}
    return found.pop() if len(found) == 1 else None


def align_claims(
    analyses: Sequence[Analysis],
    refs: dict[tuple[str, str], str],
    stories: dict[str, str],
    events: dict[tuple[str, int], str],
) -> list[ClaimRecord]:
    records: list[ClaimRecord] = []
    for analysis in analyses:
        doc = analysis.document
        for claim in analysis.claims:
            records.append(ClaimRecord(
                id=content_id("claim", doc, claim.start, claim.end), document=doc,
                value=claim.value, noun=claim.noun, start=claim.start, end=claim.end,
                qualifier=claim.qualifier,
                attributed_to=refs.get((doc, claim.attributed_to)) if claim.attributed_to else None,
                event=_event_of(analysis, claim, events)))
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, record in enumerate(records):
        groups[(stories.get(record.document, record.document), noun_key(record.noun))].append(i)
    agreement: dict[int, Agreement] = {}
    for members in groups.values():
        agreement.update(_agreements(records, members))
    return [dataclasses.replace(r, agreement=agreement[i]) for i, r in enumerate(records)]


Pool = dict[float, set[str]]  # value -> documents giving it (two are enough to tell)


def _add(pool: Pool, value: float, document: str) -> None:
    documents = pool.setdefault(value, set())
    if len(documents) < 2:
        documents.add(document)


def _agreements(records: list[ClaimRecord], members: list[int]) -> dict[int, Agreement]:
    """agree: another article gives the same value for the same fact; differ: another article
    gives a value for it that no claim of this article matches; single: nobody else reports it.

    Two claims are about the same fact unless both name a source and the sources differ, or
    both are tied to a timeline entry and the entries differ. Values are pooled by (source,
    entry), by source, by entry and overall, so each claim looks at four pools at most and the
    group is never compared pair by pair.
    """
    exact: dict[tuple[str | None, str | None], Pool] = defaultdict(dict)
    by_source: dict[str | None, Pool] = defaultdict(dict)
    by_event: dict[str | None, Pool] = defaultdict(dict)
    every: Pool = {}
    own: dict[str, set[float]] = defaultdict(set)
    for i in members:
        r = records[i]
        own[r.document].add(r.value)
        for pool in (exact[(r.attributed_to, r.event)], by_source[r.attributed_to],
                     by_event[r.event], every):
            _add(pool, r.value, r.document)
    out: dict[int, Agreement] = {}
    for i in members:
        r = records[i]
        source, event = r.attributed_to, r.event
        if source and event:
            pools = [exact.get(k, {}) for k in ((source, event), (source, None), (None, event),
                                                 (None, None))]
        elif source:
            pools = [by_source.get(source, {}), by_source.get(None, {})]
        elif event:
            pools = [by_event.get(event, {}), by_event.get(None, {})]
        else:
            pools = [every]
        mine = own[r.document]
        if any(pool.get(r.value, set()) - {r.document} for pool in pools):
            out[i] = "agree"
        elif any(len(pool) > sum(1 for v in mine if v in pool) for pool in pools):
            out[i] = "differ"
        else:
            out[i] = "single"
    return out
