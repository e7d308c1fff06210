"""The date of the lead's scene for the undated acts told right after it
(:func:`lead_scene`), a fallback of :class:`storyline.analysis.event_context.DateFinder`.

"L'équipe a perdu samedi à Lyon (1-3). Les supporters ont demandé la démission de
l'entraîneur au stade": the article opens on one dated past scene and its next paragraphs tell
what happened there in the past without a date of their own; for three paragraphs they go on
the lead's date until the article writes another date (outside a quote).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from storyline.analysis.event_modality import in_guillemets, is_conditional, is_future
from storyline.analysis.event_words import has_auxiliary
from storyline.analysis.quote_lexicon import feature
from storyline.analysis.quote_marks import paragraphs as paragraphs_of
from storyline.models import Timex

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SCENE_PARAGRAPHS = 3  # how many paragraphs after the lead may still tell its scene
Reduce = Callable[[str], tuple[str | None, str | None]]


def _told_in_past(head: Token, states: Callable[[Token], bool]) -> bool:
    """The trigger or a verb above it in its sentence is a past of the scene (a compound past
    with a present auxiliary, a simple past or an imperfect of the indicative), none is a
    future or a conditional, and it is not the que-clause of a statement."""
    past = False
    node = head
    while True:
        if node.pos_ in ("VERB", "AUX"):
            auxiliaries = [c for c in node.children if c.dep_.startswith("aux")]
            if is_future(node) or is_conditional(node) or any(
                    is_future(a) or is_conditional(a) for a in auxiliaries):
                return False
            if has_auxiliary(node):
                past = past or all(feature(a, "Tense") == "Pres" for a in auxiliaries)
            elif feature(node, "Mood") == "Ind" and feature(node, "Tense") in ("Past", "Imp"):
                past = True
        if node.head.i == node.i:
            return past
        if node.dep_ == "ccomp" and states(node.head):
            return False
        node = node.head


def lead_scene(doc: Doc, head: Token, dates: dict[int, Timex], reduce: Reduce,
               published: dt.date | None, states: Callable[[Token], bool]) -> str | None:
    """The lead's one past day (ISO) for an undated verb trigger ``head`` told in the past
    (:func:`_told_in_past`) outside a quote in one of the ``SCENE_PARAGRAPHS`` after the lead,
    when the lead gives exactly one day on or before ``published`` and no date (outside quotes)
    stands between the lead and the end of the trigger's sentence; else None. ``dates``: the document's dated
    timexes by root token; ``reduce``: a TimeML value as (date, precision)."""
    text = doc.text
    paragraphs = paragraphs_of(text)
    if published is None or head.pos_ not in ("VERB", "AUX") or len(paragraphs) < 2:
        return None
    lead = paragraphs[0]
    if head.idx < paragraphs[1][0]:
        return None
    here = next(p for p in paragraphs if p[0] <= head.idx <= p[1])
    if paragraphs.index(here) > SCENE_PARAGRAPHS:  # further on, the article has moved on
        return None
    if in_guillemets(text, here[0], head.idx) or not _told_in_past(head, states):
        return None
    days: set[str] = set()
    for root, timex in dates.items():
        position = doc[root].idx
        date, precision = reduce(timex.value)
        if lead[0] <= position <= lead[1]:
            if precision == "day" and date is not None and dt.date.fromisoformat(date) <= published:
                days.add(date)
        elif lead[1] < position < head.sent.end_char:
            paragraph = next(p for p in paragraphs if p[0] <= position <= p[1])
            if not in_guillemets(text, paragraph[0], position):
                return None
    return days.pop() if len(days) == 1 else None
