"""Story clusters: articles linked by shared salient actors, shared figures and close dates.

Candidates come from inverted indexes (entity -> articles, figure -> articles) that skip
entities present in too many articles, so no step compares every pair of articles.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Sequence

from storyline.models import Analysis, Document, Story, content_id
from storyline.resolve.unionfind import UnionFind

MAX_DAYS_APART = 10  # dated articles further apart than this are different stories
MIN_SHARED = 3  # shared salient entities (a shared figure counts double) to link two articles
HUB_SHARE = 0.2  # an entity in more than this share of articles is too common to block on
NEIGHBOURS = 25  # in a long index entry, each article is compared with this many next in date order


def _day(value: str | None) -> dt.date | None:
    if not value:
        return None
    parts = [int(p) for p in value.split("-")] + [15, 15]
    try:
        return dt.date(parts[0], parts[1] if len(value) > 4 else 6, parts[2] if len(value) > 7 else 15)
    except ValueError:
        return None


def _salient(analysis: Analysis, refs: dict[tuple[str, str], str]) -> set[str]:
    """Canonical entities mentioned at least twice in the article (or named in its title)."""
    counts = Counter(refs.get((analysis.document, m.entity)) for m in analysis.mentions)
    return {e for e, n in counts.items() if e and n >= 2}


def _figures(analysis: Analysis) -> set[tuple[float, str]]:
    return {(c.value, c.noun.casefold()) for c in analysis.claims if c.value >= 10}


def cluster_stories(
    documents: Sequence[Document],
    analyses: dict[str, Analysis],
    refs: dict[tuple[str, str], str],
    names: dict[str, str],
    duplicates: dict[str, str],
) -> list[Story]:
    """Group articles into stories; every article belongs to exactly one story."""
    ids = [d.id for d in documents]
    days = {d.id: _day(d.published) for d in documents}
    salient = {i: _salient(analyses[i], refs) if i in analyses else set() for i in ids}
    figures = {i: _figures(analyses[i]) if i in analyses else set() for i in ids}
    index: dict[str | tuple[float, str], list[str]] = defaultdict(list)
    for i in ids:
        for entity in salient[i]:
            index[entity].append(i)
        for figure in figures[i]:
            index[figure].append(i)
    hub = max(3, int(HUB_SHARE * len(ids)))
    groups: UnionFind[str] = UnionFind(ids)
    for copy, original in duplicates.items():
        groups.union(copy, original)
    shared: Counter[tuple[str, str]] = Counter()
    for key, members in index.items():
        if len(members) > hub and not isinstance(key, tuple):
            continue
        weight = 2 if isinstance(key, tuple) else 1
        members.sort(key=lambda m: (days[m] is None, days[m] or dt.date.min))
        for pos, a in enumerate(members):
            for b in members[pos + 1:pos + 1 + NEIGHBOURS]:
                shared[(a, b) if a < b else (b, a)] += weight
    for (a, b), score in shared.items():
        if score < MIN_SHARED:
            continue
        day_a, day_b = days[a], days[b]
        if day_a and day_b and abs((day_a - day_b).days) > MAX_DAYS_APART:
            continue
        if (day_a is None or day_b is None) and score < MIN_SHARED + 1:
            continue
        groups.union(a, b)
    stories = []
    order = {i: n for n, i in enumerate(ids)}
    for group in groups.groups():
        group.sort(key=order.__getitem__)
        dates = sorted(d for d in (documents[order[m]].published for m in group) if d)
        counts = Counter(e for m in group for e in salient[m])
        top = sorted((e for e in counts if e in names), key=lambda e: (-counts[e], names[e]))[:3]
        label = ", ".join(names[e] for e in top)  # ties by name: the same label on every run
        title = documents[order[group[0]]].title or group[0]  # no named entity: the first title
        stories.append(Story(id=content_id("story", group[0]), label=label or title[:80],
                             documents=tuple(group), start=dates[0] if dates else None,
                             end=dates[-1] if dates else None))
    return stories
