"""Publication dates for undated articles, inferred from their content and then their story."""

from __future__ import annotations

import re
from collections.abc import Sequence

from storyline.models import Analysis, Document, Precision, Story

_CALENDAR = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def _absolute(value: str) -> tuple[str, Precision] | None:
    match = _CALENDAR.match(value[:10])
    if not match:
        return None
    year, month, day = match.groups()
    if day:
        return f"{year}-{month}-{day}", "day"
    if month:
        return f"{year}-{month}", "month"
    return year, "year"


def date_from_content(analysis: Analysis) -> tuple[str, Precision] | None:
    """The latest fully written date the article mentions: it was published on or after it."""
    found = [a for t in analysis.timexes if t.type == "DATE" and (a := _absolute(t.value))]
    days = [f for f in found if f[1] == "day"]
    months = [f for f in found if f[1] == "month"]
    for pool in (days, months):
        if pool:
            return max(pool)
    return None


def infer_dates(
    documents: Sequence[Document], analyses: dict[str, Analysis], stories: Sequence[Story]
) -> list[Document]:
    """Fill ``published`` (origin "inferred") where it is missing: content first, then story."""
    story_of = {d: s for s in stories for d in s.documents}
    out = []
    for document in documents:
        if document.published is None:
            found = date_from_content(analyses[document.id]) if document.id in analyses else None
            story = story_of.get(document.id)
            if found is None and story is not None and story.end:
                found = (story.end[:7], "month") if len(story.end) >= 7 else (story.end, "year")
            if found is not None:
                document = Document(**{**document.__dict__, "published": found[0],
                                       "published_precision": found[1],
                                       "published_origin": "inferred"})
        out.append(document)
    return out
