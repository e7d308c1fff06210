"""Analysis stage: events — who did what to whom and when, coded in PLOVER, one event per
predicate that is not part of another, told again or named again.

Triggers come from the French event lexicon (:mod:`storyline.analysis.event_triggers`,
:mod:`storyline.analysis.event_scope`), participants are the entities stage's LocalEntity keys
(:mod:`storyline.analysis.event_participants`), date, negation and source from
:mod:`storyline.analysis.event_context`, modality from :mod:`storyline.analysis.event_modality`.
Acts going on with an earlier one (an act renewed by an ``again`` light verb takes its
recipients, everyday verbs of harm after an assault its parties) are
:mod:`storyline.analysis.event_continued`'s. Here: a definite noun
made from an earlier verb of its type, its participants not conflicting, is that verb's
event ("d'inculper le président … l'inculpation de X"); a noun naming again an earlier
event of its type ("cet appel") is that event (also one an agreement signs, itself no
event: "la signature de pourparlers … au moment des négociations"), and a headline or
caption line that restates an event of the body (same type, participants included in the
body event's) gives no second event; sources telling an event again are
:mod:`storyline.analysis.event_restatements`'. See docs/events.md.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from storyline.analysis.event_adversaries import add_adversaries
from storyline.analysis.event_context import DateFinder
from storyline.analysis.event_continued import renewed_recipients, with_continued
from storyline.analysis.event_contrasts import shared_arbiter
from storyline.analysis.event_lexicon import EventLexicon, load_event_lexicon
from storyline.analysis.event_modality import modality_of
from storyline.analysis.event_pairs import drop_unpaired
from storyline.analysis.event_participants import ParticipantFinder
from storyline.analysis.event_purposes import agreement_parties
from storyline.analysis.event_refusals import offered_refusals
from storyline.analysis.event_restatements import (
    Located,
    drop_reported_restatements,
    drop_told_states,
    drop_trips,
    everyone,
)
from storyline.analysis.event_roles import is_possessive
from storyline.analysis.event_scope import part_of_another, signed_contents
from storyline.analysis.event_senses import drop_ruled_out
from storyline.analysis.event_telling import attribution, is_negated
from storyline.analysis.event_triggers import Trigger, find_triggers, mode_of
from storyline.analysis.event_words import DEFINITE, DEMONSTRATIVES, case_of, lemma_of
from storyline.analysis.parse import text_of
from storyline.analysis.pipeline import AnalysisState, Stage
from storyline.analysis.timex import publication_date
from storyline.models import EventMention, LocalEntity, Mention, Quote, Timex
from storyline.spelling import fold

if TYPE_CHECKING:
    from datetime import date

    from spacy.tokens import Doc, Token

ANAPHORA_LINES = 25  # how far back "cet appel" looks (lines of the text, blank ones included)
ATTRIBUTING = frozenset({"qualifier"})  # "qualifier X de Y": Y is said of X
POSSESSIVE_LINES = 8  # "ses bombardements": its owner's event of that type a few lines up
CAPTION_CHARS = 150
TITLE_CUT = re.compile(r"\.\s?-\s")  # "Titre.- Corps", "Titre. - Corps"
HEADLINE_ENDS = (".", "!", "?", "»", "”", '"', ":", ";", "…")


def extract_events(
    doc: Doc,
    entities: tuple[LocalEntity, ...] = (),
    mentions: tuple[Mention, ...] = (),
    timexes: tuple[Timex, ...] = (),
    published: str | None = None,
    *,
    quotes: tuple[Quote, ...] = (),
    title: str | None = None,
    lexicon: EventLexicon | None = None,
) -> tuple[EventMention, ...]:
    """Every event of the parsed document ``doc``, in reading order.

    ``entities`` and ``mentions`` come from the entities stage (participants are their keys;
    without them events have no participants), ``timexes`` from the timex stage, ``quotes``
    from the quotes stage (who an event is attributed to) and ``published`` is the
    publication date (for "historical" modality). ``title`` is the document's headline: the
    line that repeats it, and caption-like lines, give no event the body restates.
    """
    lex = lexicon or load_event_lexicon()
    dct = publication_date(published)
    text = text_of(doc)
    lines = _lines(text)

    def speaker(position: int) -> str | None:
        return attribution(position, quotes)

    finder = ParticipantFinder(doc, entities, mentions, lex, speaker)
    triggers = drop_unpaired(doc, drop_ruled_out(doc, find_triggers(doc, lex), lex), finder.find)
    dates = DateFinder(doc, timexes, frozenset(t.token for t in triggers if t.kind == "noun"), dct, lex)
    events: list[Located] = []
    inside = part_of_another(doc, triggers, lex)
    signed = signed_contents(doc, triggers) & inside  # not events, yet named again later
    for trigger in (t for n, t in enumerate(triggers) if n not in inside or n in signed):
        event = _event(doc, trigger, finder, dates, lex, dct, quotes)
        events.append((trigger, event, _line_of(lines, trigger.start)))
    events = shared_arbiter(doc, renewed_recipients(doc, events, lex), entities, lex)
    events = offered_refusals(doc, agreement_parties(doc, events, lex, finder.referents))
    events = with_continued(doc, events, lex, finder.keys_of,
                            lambda t: _event(doc, t, finder, dates, lex, dct, quotes),
                            lambda position: _line_of(lines, position))
    silent = [e for e in events if any(e[0] is triggers[n] for n in signed)]
    named = [e for e in _resolve_anaphora(doc, events, lex, lines) if e not in silent]
    named_again = tuple(e for e in events if e not in named and e not in silent)
    events = drop_trips(doc, drop_reported_restatements(doc, named, quotes, named_again, mentions, lex))
    events = drop_told_states(doc, events, lex)
    kept = add_adversaries(doc, _drop_restatements(events, lines, text, title), entities)
    return tuple(e for _, e, _ in kept)


def _event(doc: Doc, trigger: Trigger, finder: ParticipantFinder, dates: DateFinder,
           lex: EventLexicon, dct: date | None, quotes: tuple[Quote, ...]) -> EventMention:
    who = finder.find(trigger)
    when = dates.date_of(trigger)
    sentence = doc[trigger.token].sent
    return EventMention(
        type=trigger.entry.type or "",
        start=trigger.start,
        end=trigger.end,
        trigger=text_of(doc)[trigger.start:trigger.end],
        sentence=sentence.text.strip(),
        mode=mode_of(trigger, doc, lex),
        actors=who.actors,
        recipients=who.recipients,
        date=when.date,
        date_precision=when.precision,
        location=who.location,
        negated=is_negated(trigger, doc),
        modality=modality_of(trigger, doc, lex, when.date, dct, dates.reports,
                             any(q.start <= trigger.start < q.end for q in quotes)),
        attributed_to=attribution(trigger.start, quotes),
    )


def _lines(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _line_of(lines: list[tuple[int, int]], position: int) -> int:
    for n, (start, end) in enumerate(lines):
        if start <= position <= end:
            return n
    return len(lines) - 1


def _resolve_anaphora(doc: Doc, events: list[Located], lex: EventLexicon,
                      lines: list[tuple[int, int]]) -> list[Located]:
    """ "cet appel", "la conversation entre X et Y", "sa précédente conversation avec X": a noun
    (or light verb + noun) naming again an earlier event of the same type is that event, not
    another — when its participants, if it has any, are among that event's, or when it shares a
    participant and the day with it ("lors d'un appel hier, X et Y"). Two dates that differ are
    two events, and so are an event of an earlier year and a definite noun not told as one
    (a demonstrative or possessive still points back), and a supposed event and a dated noun
    not supposed ("s'ils sont prêts à accepter le cadre … Cet accord avait été élaboré le 6 mai")."""
    out: list[Located] = []
    seen: list[tuple[EventMention, int]] = []
    for trigger, event, line in events:
        nominal = trigger.kind == "noun" or (
            trigger.kind == "light" and lemma_of(doc[trigger.token]) not in lex.again)
        again = nominal and any(_names_again(doc, trigger, event, line, other, n, lex) for other, n in seen)
        seen.append((event, line))
        bare = _bare_talks_before(doc, trigger, event, line, out) if nominal else None
        if bare is not None:  # "les discussions à Genève … ses discussions avec X": X is the partner
            earlier, other, other_line = out[bare]
            other = replace(other, actors=event.actors, recipients=event.recipients)
            out[bare] = (earlier, other, other_line)
            continue
        if again:
            continue
        verbal = _nominalised(doc, trigger, event, line, out) if nominal else None
        if verbal is None:
            out.append((trigger, event, line))
            continue
        earlier, other, other_line = out[verbal]
        out[verbal] = (earlier, replace(other, actors=other.actors or event.actors,
                                        recipients=other.recipients or event.recipients), other_line)
    return out


def _bare_talks_before(doc: Doc, trigger: Trigger, event: EventMention, line: int,
                       kept: list[Located]) -> int | None:
    """Where in ``kept`` the noun of ``event``'s type that names nobody and that a possessive noun
    naming participants ("ses discussions avec le président") tells again, within
    ``POSSESSIVE_LINES``, at a time that fits, with the same negation and modality."""
    if not _possessive(doc, trigger) or not everyone(event):
        return None
    return next((n for n, (earlier, other, other_line) in enumerate(kept)
                 if earlier.kind == "noun" and other.type == event.type and not everyone(other)
                 and other_line >= line - POSSESSIVE_LINES and _same_time(event.date, other.date)
                 and other.negated == event.negated and other.modality == event.modality), None)


def _nominalised(doc: Doc, trigger: Trigger, event: EventMention, line: int,
                 kept: list[Located]) -> int | None:
    """Where in ``kept`` the verbal event that a definite noun of its type, its
    nominalisation, names again ("la décision d'inculper le président … l'inculpation de X"):
    a noun sharing the verb's stem, within ``ANAPHORA_LINES``, the same day, whose participants
    do not conflict with the verb's (none of its actors outside the verb's when both have
    actors, the same for recipients; when the verb has recipients or is reciprocal, none of the
    noun's participants outside the verb's, since the role of "de X" is unsure: two arrests of
    two people are two events)."""
    noun = _noun_of(doc, trigger)
    dets = [c for c in noun.children if c.dep_ == "det"]
    if not dets or not all(d.lower_ in DEFINITE or d.lower_ in DEMONSTRATIVES or is_possessive(d)
                           for d in dets):
        return None
    for n in range(len(kept) - 1, -1, -1):
        earlier, other, other_line = kept[n]
        if earlier.kind != "verb" or other.type != event.type or other_line < line - ANAPHORA_LINES \
                or not _same_time(event.date, other.date):
            continue
        if not _shares_stem(lemma_of(noun), lemma_of(doc[earlier.token])):
            continue
        if _conflict(event.actors, other.actors) or _conflict(event.recipients, other.recipients):
            continue
        if (other.recipients or earlier.entry.reciprocal or trigger.entry.reciprocal) \
                and not everyone(event) <= everyone(other):
            continue  # "la police a arrêté X … l'arrestation de Y": whom "de Y" names is unsure
        return n
    return None


def _conflict(mine: tuple[str, ...], theirs: tuple[str, ...]) -> bool:
    return bool(mine) and bool(theirs) and not set(mine) <= set(theirs)


def _shares_stem(noun: str, verb: str) -> bool:
    """A noun made from the verb: its lemma starts with most of the verb's stem, accents aside
    (inculper -> inculpation, attaquer -> attaque, arrêter -> arrestation)."""
    stem = fold(verb)
    stem = stem[:-2] if stem.endswith(("er", "ir", "re")) else stem
    plain = fold(noun)
    common = 0
    while common < min(len(stem), len(plain)) and stem[common] == plain[common]:
        common += 1
    return common >= 4 and common >= len(stem) - 2


def _names_again(doc: Doc, trigger: Trigger, event: EventMention, line: int, other: EventMention,
                 other_line: int, lex: EventLexicon) -> bool:
    if other.type != event.type or not _same_time(event.date, other.date):
        return False
    if other.modality == "hypothetical" and event.modality != "hypothetical" and event.date is not None:
        return False  # "s'ils sont prêts à accepter le cadre … Cet accord avait été élaboré le 6 mai"
    earlier_year = (event.modality == "historical") != (other.modality == "historical")
    if earlier_year and not _pointing(doc, trigger, lex):
        return False  # "l'avancée … en août 2024" and, now, "la résistance des forces": two events
    mine, theirs = everyone(event), everyone(other)
    if _refers_back(doc, trigger, lex, bare=not mine) and other_line >= line - ANAPHORA_LINES \
            and mine <= theirs and _roles_fit(trigger, event, other):
        return True
    same_partners = not other.recipients or set(event.recipients) <= theirs
    if _possessive(doc, trigger) and event.actors and set(event.actors) <= set(other.actors) \
            and same_partners and other_line >= line - POSSESSIVE_LINES:
        return True  # "l'OTAN a intensifié ses frappes … l'OTAN poursuit ses bombardements sur X"
    return bool(mine & theirs) and event.date is not None and event.date == other.date


def _noun_of(doc: Doc, trigger: Trigger) -> Token:
    """The event noun: the trigger, or the noun of a light verb."""
    return doc[trigger.noun if trigger.kind == "light" and trigger.noun is not None else trigger.token]


def _pointing(doc: Doc, trigger: Trigger, lex: EventLexicon) -> bool:
    """A demonstrative or possessive noun ("cette offensive", "son offensive"): it points back
    even across a change of year."""
    return any(c.dep_ == "det" and (c.lower_ in lex.demonstratives or is_possessive(c))
               for c in _noun_of(doc, trigger).children)


def _possessive(doc: Doc, trigger: Trigger) -> bool:
    return any(is_possessive(c) for c in _noun_of(doc, trigger).children)


def _roles_fit(trigger: Trigger, event: EventMention, other: EventMention) -> bool:
    """ "leur avancée" names its agent: an earlier event of its type that this agent underwent
    ("les forces ukrainiennes sont encerclées") is another event. Roles only count when both
    are one-sided (no reciprocal noun, an earlier event with recipients)."""
    if trigger.entry.reciprocal or not other.recipients:
        return True
    return set(event.actors) <= set(other.actors)


def _same_time(one: str | None, other: str | None) -> bool:
    return one is None or other is None or one.startswith(other) or other.startswith(one)


def _refers_back(doc: Doc, trigger: Trigger, lex: EventLexicon, *, bare: bool) -> bool:
    """A definite, demonstrative or possessive noun; without participants (``bare``) also
    without a complement of its own ("le meurtre de 17.000 juifs" is a new event) — the
    attribute given to it is none ("qualifiant la conversation de « franche »")."""
    noun = _noun_of(doc, trigger)
    if bare and any(c.dep_ == "nmod" and not _attribute(noun, c) and case_of(c) in ("de", "entre") and not (
            lex.in_class(lemma_of(c), "aid") or lex.in_class(lemma_of(c), "weapon")) for c in noun.children):
        return False  # what was given or fired is no distinguishing complement
    dets = [c for c in noun.children if c.dep_ == "det"]
    return not dets or any(d.lower_ in lex.demonstratives or d.lower_ in DEFINITE
                           or is_possessive(d) for d in dets)


def _attribute(noun: Token, complement: Token) -> bool:
    """ "qualifiant l'entretien de « constructif »": an adjective, or the "de" complement of the
    object of a verb that gives its object an attribute (the parser may tag it a noun)."""
    return complement.pos_ == "ADJ" or (
        noun.dep_ == "obj" and lemma_of(noun.head) in ATTRIBUTING and case_of(complement) == "de")


def _headline_like(line: int, lines: list[tuple[int, int]], text: str, title: str | None) -> bool:
    """The line repeating the title, or a caption-like line: short, no closing punctuation."""
    start, end = lines[line]
    content = text[start:end].strip()
    if title and content == title.strip():
        return True
    return bool(content) and len(content) < CAPTION_CHARS and not content.endswith(HEADLINE_ENDS)


def _untitled_headline(text: str, title: str | None, body: bool) -> tuple[int, int] | None:
    """Without a title, a dump may start with its headline: the part before « .- » of the first
    line (« Titre.- Corps »), else a short first line when a ``body`` line follows."""
    if title:
        return None
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    first = text[start:end if end >= 0 else len(text)]
    cut = TITLE_CUT.search(first)
    if cut is not None and cut.start() < CAPTION_CHARS:
        return start, start + cut.start()
    if body and end >= 0 and len(first.strip()) < CAPTION_CHARS:
        return start, end
    return None


def _drop_restatements(events: list[Located], lines: list[tuple[int, int]],
                       text: str, title: str | None) -> list[Located]:
    """A headline or caption-like line gives no event that the body restates (same type,
    participants among the body event's)."""
    captions = {n for n in {n for _, _, n in events} if _headline_like(n, lines, text, title)}
    body = [n for n in range(1, len(lines)) if text[lines[n][0]:lines[n][1]].strip()
            and not _headline_like(n, lines, text, title)]
    untitled = _untitled_headline(text, title, bool(body))

    def heading(event: EventMention, line: int) -> bool:
        return line in captions or (untitled is not None and untitled[0] <= event.start < untitled[1])

    kept = []
    for trigger, event, line in events:
        if heading(event, line):
            restated = any(
                other.type == event.type and not heading(other, n) and everyone(event) <= everyone(other)
                for _, other, n in events)
            if restated:
                continue
        kept.append((trigger, event, line))
    return kept


def _run(state: AnalysisState) -> AnalysisState:
    events = extract_events(state.doc, state.entities, state.mentions, state.timexes,
                            state.document.published, quotes=state.quotes,
                            title=state.document.title)
    return state.add(events=events)


STAGE = Stage(name="events", requires=("doc", "entities", "mentions", "timexes", "quotes"),
              assigns=("events",), run=_run)

__all__ = ["STAGE", "extract_events"]
