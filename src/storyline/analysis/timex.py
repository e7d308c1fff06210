"""Time expressions: find French temporal expressions and normalise them to TimeML values.

:func:`tag` is a pure function of a text and its document creation time (DCT); the
analysis ``STAGE`` calls it with the publication date and the tense of the verbs that the
spaCy parse gives. Conventions follow the French TimeBank (see ``docs/timex.md``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from storyline.analysis.parse import text_of
from storyline.analysis.pipeline import AnalysisState, Stage
from storyline.analysis.timex_context import Context, Handler, Result
from storyline.analysis.timex_dates import HANDLERS as DATE_HANDLERS
from storyline.analysis.timex_patterns import RULES, normalise
from storyline.analysis.timex_spans import HANDLERS as SPAN_HANDLERS
from storyline.analysis.timex_tense import TenseLookup, tense_lookup
from storyline.models import Timex

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

HANDLERS: dict[str, Handler] = {**DATE_HANDLERS, **SPAN_HANDLERS}
_PRIORITY = {rule.name: index for index, rule in enumerate(RULES)}
_DAY = re.compile(r"^(\d{4}-\d\d-\d\d)")
_SENTENCE_END = re.compile(r"[.!?…]+[ \n]+|\n")
# Rules whose match writes its year out: later months of the sentence take that year.
_EXPLICIT_YEAR = frozenset({"year", "short_year", "month_year", "numeric_date", "iso_date"})


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    rule: str
    match: re.Match[str]


def _candidates(low: str) -> list[_Candidate]:
    found = []
    for rule in RULES:
        group = "tx" if "tx" in rule.pattern.groupindex else 0
        for match in rule.pattern.finditer(low):
            start, end = match.span(group)
            if end > start:
                found.append(_Candidate(start, end, rule.name, match))
    return found


def _choose(candidates: list[_Candidate]) -> list[_Candidate]:
    """Longest spans first (ties: earlier rule), no two overlapping; in text order."""
    ordered = sorted(candidates, key=lambda c: (-(c.end - c.start), _PRIORITY[c.rule], c.start))
    taken: list[_Candidate] = []
    for candidate in ordered:
        if all(candidate.end <= t.start or candidate.start >= t.end for t in taken):
            taken.append(candidate)
    return sorted(taken, key=lambda c: c.start)


def _sentence_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in _SENTENCE_END.finditer(text)]


def _writes_year(candidate: _Candidate) -> bool:
    if candidate.rule == "date":
        return bool(candidate.match.group("year") or candidate.match.group("year2"))
    return candidate.rule in _EXPLICIT_YEAR


@dataclass(frozen=True)
class _Anchors:
    """What the text said before a candidate: the last day, a year of the same sentence."""

    ref: dt.date | None
    year: int | None = None


def _value(
    candidate: _Candidate,
    text: str,
    low: str,
    dct: dt.date | None,
    anchors: _Anchors,
    tense: TenseLookup | None,
) -> Result | None:
    context = Context(
        text=low,
        original=text,
        start=candidate.start,
        end=candidate.end,
        dct=dct,
        ref=anchors.ref,
        tense=tense(candidate.start, candidate.end) if tense else None,
        year=anchors.year,
    )
    return HANDLERS[candidate.rule](candidate.match, context)


def tag(text: str, dct: dt.date | None, *, tense: TenseLookup | None = None) -> list[Timex]:
    """The time expressions of ``text`` with TimeML values computed from ``dct``.

    ``dct`` is the document creation (publication) date; without it relative expressions
    keep unknown parts as ``X`` (``hier`` -> ``XXXX-XX-XX``). ``tense`` maps a character
    span to the tense of its governing verb, which picks the year of ``le 19 mars`` and
    the week of ``vendredi``; without it the nearest occurrence wins.
    """
    low = normalise(text)
    plain = _Anchors(dct)
    accepted = [c for c in _candidates(low) if _value(c, text, low, dct, plain, None)]
    sentences = _sentence_starts(text)
    timexes: list[Timex] = []
    anchors = plain
    sentence = 0
    for candidate in _choose(accepted):
        while sentence + 1 < len(sentences) and sentences[sentence + 1] <= candidate.start:
            sentence += 1
            anchors = _Anchors(anchors.ref)
        result = _value(candidate, text, low, dct, anchors, tense)
        if result is None:
            continue
        kind, value = result
        timexes.append(
            Timex(candidate.start, candidate.end, text[candidate.start : candidate.end], kind, value)
        )
        day = _DAY.match(value)
        if day and kind in ("DATE", "TIME"):
            anchors = _Anchors(dt.date.fromisoformat(day.group(1)), anchors.year)
        if (_writes_year(candidate) or re.fullmatch(r"\d{4}", value)) and value[:4].isdigit():
            anchors = _Anchors(anchors.ref, int(value[:4]))
    return timexes


def tag_doc(doc: Doc, dct: dt.date | None) -> list[Timex]:
    """:func:`tag` on a spaCy ``doc``, with verb tenses taken from its parse."""
    return tag(text_of(doc), dct, tense=tense_lookup(doc))


def spacy_tagger(nlp: Language) -> Callable[[str, dt.date | None], list[Timex]]:
    """A ``(text, dct) -> timexes`` function that parses ``text`` with ``nlp`` for tenses."""

    def run(text: str, dct: dt.date | None) -> list[Timex]:
        return tag_doc(nlp(text), dct)

    return run


def publication_date(published: str | None) -> dt.date | None:
    """The DCT from a publication date cut to its precision: only a full day counts."""
    if not published or not re.match(r"^\d{4}-\d\d-\d\d", published):
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def _run(state: AnalysisState) -> AnalysisState:
    dct = publication_date(state.document.published)
    return state.add(timexes=tuple(tag_doc(state.doc, dct)))


STAGE = Stage(name="timex", requires=("doc",), assigns=("timexes",), run=_run)

__all__ = ["STAGE", "publication_date", "spacy_tagger", "tag", "tag_doc"]
