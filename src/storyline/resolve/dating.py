"""Publication windows for undated articles, inferred from their content and their story.

An undated article was published on or after the latest event it reports as having happened
(dated events that are not future, planned or hypothetical), else the latest full date it
mentions; its story adds a window: not before the story's first dated article when the content
says nothing, and not after its last one when that comes later than the content's bound.
``published`` holds the window's start (origin ``inferred``), ``published_before`` its end.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from storyline.models import Analysis, Document, Precision, Story

_CALENDAR = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
NOT_HAPPENED = frozenset({"future", "planned", "hypothetical"})

Dated = tuple[str, Precision]


def _absolute(value: str) -> Dated | None:
    match = _CALENDAR.match(value[:10])
    if not match:
        return None
    year, month, day = match.groups()
    if day:
        return f"{year}-{month}-{day}", "day"
    if month:
        return f"{year}-{month}", "month"
    return year, "year"


def _latest(found: list[Dated]) -> Dated | None:
    for precision in ("day", "month"):
        pool = [f for f in found if f[1] == precision]
        if pool:
            return max(pool)
    return None


def date_from_content(analysis: Analysis) -> Dated | None:
    """The earliest the article can have appeared: after the latest event it reports as past,
    else after the latest full date it mentions."""
    happened = [_absolute(e.date) for e in analysis.events if e.date and e.modality not in NOT_HAPPENED]
    latest = _latest([d for d in happened if d])
    if latest is not None:
        return latest
    return _latest([a for t in analysis.timexes if t.type == "DATE" and (a := _absolute(t.value))])


def infer_dates(
    documents: Sequence[Document], analyses: dict[str, Analysis], stories: Sequence[Story]
) -> list[Document]:
    """Fill ``published`` (origin "inferred") and ``published_before`` where the date is missing."""
    known = {d.id: d.published for d in documents if d.published and d.published_origin != "inferred"}
    spans: dict[str, tuple[str, str]] = {}
    for story in stories:
        dates = sorted(known[d] for d in story.documents if d in known)
        for member in story.documents:
            if dates:
                spans[member] = (dates[0], dates[-1])
    out = []
    for document in documents:
        if document.published is None or document.published_origin == "inferred":
            document = _window(document, analyses.get(document.id), spans.get(document.id))
        out.append(document)
    return out


def _window(document: Document, analysis: Analysis | None, story: tuple[str, str] | None) -> Document:
    start = date_from_content(analysis) if analysis is not None else None
    end = None
    if story is not None:
        first, last = story
        if start is None:
            start = _absolute(first)
        if start is not None and last >= start[0]:
            end = last
    if start is None:
        return document
    return dataclasses.replace(document, published=start[0], published_precision=start[1],
                               published_origin="inferred", published_before=end)
