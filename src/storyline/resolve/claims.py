"""Numeric claims aligned across sources: the same quantity of the same thing agrees or differs.

Two claims are about the same fact when they count the same noun in the same story (and the
same timeline entry when both are tied to one) and neither names a different source. A figure
a source gives for itself ("28 drones, according to Moscow") and one another source gives
("27, according to Kyiv") are two claims, not one contradicted fact.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from storyline.models import Analysis, ClaimRecord, content_id
from storyline.resolve.names import fold

_PLURAL = re.compile(r"(?<=\w)[sx]\b")


def noun_key(noun: str) -> str:
    """Folded head noun without plural marks: "Drones" and "drone" share a key."""
    return _PLURAL.sub("", fold(noun).split(" ")[0]) if noun else ""


def _event_of(analysis: Analysis, start: int, events: dict[tuple[str, int], str]) -> str | None:
    """The timeline entry of an event mention whose sentence holds the claim."""
    for event in analysis.events:
        if event.sentence and event.start - len(event.sentence) <= start <= event.start + len(event.sentence):
            found = events.get((analysis.document, event.start))
            if found:
                return found
    return None


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
                event=_event_of(analysis, claim.start, events)))
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, record in enumerate(records):
        groups[(stories.get(record.document, record.document), noun_key(record.noun))].append(i)
    agreement: dict[int, str] = {}
    for members in groups.values():
        for i in members:
            agreement[i] = _agreement(records[i], [records[j] for j in members])
    return [ClaimRecord(**{**r.__dict__, "agreement": agreement[i]}) for i, r in enumerate(records)]


def _equal(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(a))


def _agreement(claim: ClaimRecord, group: list[ClaimRecord]) -> str:
    """agree: another source gives the same value; differ: another source gives a value for
    the same fact that no claim of this article matches; single: nobody else reports it."""
    own_values = [c.value for c in group if c.document == claim.document]
    verdict = "single"
    for other in group:
        if other.document == claim.document or not _same_fact(claim, other):
            continue
        if _equal(other.value, claim.value):
            return "agree"
        if not any(_equal(other.value, v) for v in own_values):
            verdict = "differ"
    return verdict


def _same_fact(a: ClaimRecord, b: ClaimRecord) -> bool:
    if a.attributed_to and b.attributed_to and a.attributed_to != b.attributed_to:
        return False
    return not (a.event and b.event and a.event != b.event)
