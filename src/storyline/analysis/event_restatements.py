"""Dropping later mentions of an event already coded: told again by a source, or a noun naming
nobody said again a few lines on.

A source repeating the narrated fact — a quotation (« J'exhorte le président Poutine à … » after
"a déclaré avoir exhorté son homologue"), a report ("Moscou a déclaré que l'Ukraine avait lancé
28 drones" after "l'Ukraine et la Russie ont lancé des attaques") — is no new event: a verb
inside a quote or reported by a statement, of the type of an earlier event a few lines up, whose
participants (at least one) are among that event's in the same roles and whose clause and named
place, if both have one, are the same ("il nous a demandé de l'aider" and "il nous a demandé de
le suivre" are two requests, "ont franchi la frontière, dans la province de X" and "tentaient
d'entrer dans Y" two acts); "a few lines up" counts from the latest mention merged into that
event ("lors d'un appel hier"); a shootdown ("a affirmé avoir abattu trois roquettes") tells
again no attack, nor an attack a shootdown. A source giving a narrated fact again with the same
predicate and complement noun ("pour exempter de quarantaine le chien … « Rex est exempté de
quarantaine »") is no new event either, when it names no other agent. Hypothetical, future and
planned mentions are never restatements of a fact, nor facts of them. A direct quotation giving
the words of a narrated mention (same predicate, participants and modality: « ont convenu de
travailler » after "ont convenu de collaborer") is no new event either, nor is a source telling
how an event named by a bare noun in the sentence before happened ("… tués dans une attaque.
Selon les secours, des tireurs ont ouvert le feu"; the noun may name its side by its own
adjective, "une attaque russe", when the detail names no other agent). Two reports quoting the
source's same words for one predicate and recipient ("affirmait accepter « les principes
généraux de X »" … "Y « accepte les principes généraux de X »") are one act, whoever is named as
its agent (a country, its capital). A noun naming nobody, said again a few lines on ("une
attaque … une attaque qui a duré trois heures"), is the same event, so is a wish naming nobody
said again in its paragraph ("son intérêt pour aider … la volonté de son pays d'aider à
fournir"), and so is a trip naming only its traveller that retells a consultation he took part
in, or one held in the place it names ("X a reçu Y à Paris. Y s'était rendu à Paris"; "les
discussions à Belgrade … qui s'est rendu hier à Belgrade"). A custody state in the imperfect
passive just after a custody noun ("après douze jours de captivité … X et Y étaient détenus à
140 km de la ville") describes that custody. The definite nouns ("cet appel") are
:func:`storyline.analysis.events._resolve_anaphora`'s. See gold/events/README.md (one line per
event).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from storyline.analysis.event_modes import is_shootdown
from storyline.analysis.event_words import case_of, lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from storyline.analysis.event_lexicon import EventLexicon
    from storyline.analysis.event_triggers import Trigger
    from storyline.models import EventMention, Mention, Quote

RESTATED_LINES = 8  # how far back a reported restatement looks (lines, blank ones included)
REPEATED_LINES = 4  # how far back a bare repetition of the same predicate looks
UNREAL = frozenset({"hypothetical", "future", "planned"})
PLACE_CASES = frozenset({"dans", "en", "vers", "sur"})  # and "à" before a place name
SUBJECTS = frozenset({"nsubj"})
OBJECTS = frozenset({"obj"})

Located = tuple["Trigger", "EventMention", int]  # an event, its trigger and its line of the text


def drop_reported_restatements(doc: Doc, events: list[Located], quotes: tuple[Quote, ...],
                               named_again: tuple[Located, ...] = (),
                               mentions: tuple[Mention, ...] = (),
                               lex: EventLexicon | None = None) -> list[Located]:
    """``events`` (trigger, event, line) without the reported repetitions of earlier ones;
    ``named_again`` are the later mentions already merged into one of them ("lors d'un appel
    hier"): a report is near its event when it is near one of them. ``mentions`` (the
    entities stage's) show which participants a noun names only by its own adjectives."""
    kept: list[Located] = []
    for trigger, event, line in events:
        earlier_mentions = kept + [m for m in named_again if m[1].start < event.start]
        if trigger.kind != "noun" and _reported(event, quotes) and any(
                _restates(event, other, line, other_line) and _same_content(doc, trigger, earlier)
                and _same_place(doc, trigger, earlier)
                and _shootdown(doc, trigger, lex) == _shootdown(doc, earlier, lex)
                for earlier, other, other_line in earlier_mentions):
            continue
        if trigger.kind == "verb" and _reported(event, quotes) and any(
                _details(doc, trigger, event, earlier, other, mentions) for earlier, other, _ in kept):
            continue
        if trigger.kind == "verb" and _reported(event, quotes) and any(
                earlier.kind == "verb" and _reported(other, quotes)
                and _same_quoted_words(doc, trigger, event, line, earlier, other, other_line)
                for earlier, other, other_line in kept):
            continue
        if _quoted(event, quotes) and any(
                _quotes_narrated(trigger, event, line, earlier, other, other_line)
                and not _quoted(other, quotes) for earlier, other, other_line in kept):
            continue
        if trigger.kind == "verb" and _reported(event, quotes) and any(
                not _reported(other, quotes)
                and _same_act(doc, trigger, event, line, earlier, other, other_line)
                for earlier, other, other_line in kept):
            continue
        if any(_repeats(trigger, event, line, earlier, other, other_line)
               for earlier, other, other_line in kept):
            continue
        kept.append((trigger, event, line))
    return kept


def drop_trips(doc: Doc, events: list[Located]) -> list[Located]:
    """``events`` without the trips that tell again a consultation coded a few lines up: "X a
    reçu Y à Moscou … Y s'était rendu dans la capitale russe", "les discussions à Belgrade … Z
    qui s'est rendu hier à Belgrade". A trip is a visit naming only its traveller; it restates
    an earlier consultation (not supposed, same negation, a date that fits) that the traveller
    took part in (among its participants, or named in its object: "a reçu, le soir du 13 mars,
    l'envoyé spécial X … M. X s'était rendu"), in the place it names if both name one — or,
    when the earlier one names nobody, held in the place the trip names. The consultation
    keeps the trip's date and traveller when it has none ("les discussions à Belgrade" dated
    by "s'est rendu hier")."""
    kept: list[Located] = []
    for trigger, event, line in events:
        n = next((n for n, (earlier, other, other_line) in enumerate(kept)
                  if _trip_to(doc, trigger, event, line, earlier, other, other_line)), None)
        if n is None:
            kept.append((trigger, event, line))
            continue
        earlier, other, other_line = kept[n]
        if other.date is None and event.date is not None:
            other = replace(other, date=event.date, date_precision=event.date_precision)
        if not everyone(other):
            other = replace(other, actors=event.actors)
        kept[n] = (earlier, other, other_line)
    return kept


def drop_told_states(doc: Doc, events: list[Located], lex: EventLexicon) -> list[Located]:
    """``events`` without the custody states that describe a custody named just before: "… ont
    été libérés après douze jours de captivité. X et Y étaient détenus à 140 km de la ville" —
    a verb of the lexicon class ``custody`` in the passive imperfect (a state, not an act), with
    no agent and no date, in the sentence of a custody noun (``custody`` class, not negated) or
    the one after. The noun keeps the state's recipients when it has none."""
    kept: list[Located] = []
    for trigger, event, line in events:
        n = next((n for n, (earlier, other, _) in enumerate(kept)
                  if _states(doc, trigger, event, earlier, other, lex)), None)
        if n is None:
            kept.append((trigger, event, line))
            continue
        earlier, other, other_line = kept[n]
        if not everyone(other):
            kept[n] = (earlier, replace(other, recipients=event.recipients), other_line)
    return kept


def _states(doc: Doc, trigger: Trigger, event: EventMention, earlier: Trigger, other: EventMention,
            lex: EventLexicon) -> bool:
    verb = doc[trigger.token]
    if trigger.kind != "verb" or event.actors or event.date is not None or event.negated \
            or event.modality in UNREAL or not lex.in_class(trigger.lemma, "custody"):
        return False
    imperfect = any(c.dep_ == "aux:pass" and "Imp" in c.morph.get("Tense", []) for c in verb.children)
    if not imperfect or earlier.kind != "noun" or other.negated or other.modality in UNREAL \
            or not lex.in_class(earlier.lemma, "custody"):
        return False
    sentences = [s.start for s in doc.sents]
    mine, theirs = sentences.index(verb.sent.start), sentences.index(doc[earlier.token].sent.start)
    return 0 <= mine - theirs <= 1


def _trip_to(doc: Doc, trigger: Trigger, event: EventMention, line: int, earlier: Trigger,
             other: EventMention, other_line: int) -> bool:
    if trigger.kind != "verb" or event.type != "CONSULT" or event.mode != "visit" or event.recipients \
            or not event.actors or other.type != "CONSULT" or other_line < line - RESTATED_LINES:
        return False
    if other.negated != event.negated or event.modality in UNREAL or other.modality in UNREAL:
        return False
    if other.date is not None and event.date is not None and not (
            other.date.startswith(event.date) or event.date.startswith(other.date)):
        return False
    mine, theirs = _places(doc, trigger), _places(doc, earlier)
    named = bool(_names(doc, trigger, SUBJECTS) & _names(doc, earlier, OBJECTS))
    if not everyone(other) and not named:
        return bool(mine & theirs)
    took_part = named or set(event.actors) <= everyone(other)
    return took_part and (not mine or not theirs or bool(mine & theirs))


def _names(doc: Doc, trigger: Trigger, deps: frozenset[str]) -> set[str]:
    """The proper names (lower case) in the subject or object phrases of a predicate, with the
    object the parser cut off ("a reçu, le 13 mars, l'envoyé spécial X")."""
    phrases = [c for c in doc[trigger.token].children if c.dep_ in deps]
    if "obj" in deps and trigger.cut_object is not None:
        phrases.append(doc[trigger.cut_object])
    return {t.lower_ for p in phrases for t in p.subtree if t.pos_ == "PROPN"}


def everyone(event: EventMention) -> set[str]:
    """The keys of the event's actors and recipients."""
    return set(event.actors) | set(event.recipients)


def _reported(event: EventMention, quotes: tuple[Quote, ...]) -> bool:
    return event.modality == "reported" or any(q.start <= event.start < q.end for q in quotes)


def _quoted(event: EventMention, quotes: tuple[Quote, ...]) -> bool:
    """Inside a direct quotation (« … », a-t-il déclaré)."""
    return any(q.kind == "direct" and q.start <= event.start < q.end for q in quotes)


def _quotes_narrated(trigger: Trigger, event: EventMention, line: int, earlier: Trigger,
                     other: EventMention, other_line: int) -> bool:
    """A quotation giving the words of a fact narrated a few lines up: the same predicate, with
    the same participants (at least one) and the same modality (« ont convenu de travailler »
    after "ont convenu de collaborer", « une réunion entre les équipes » after "ont prévu une
    réunion entre les équipes")."""
    return (trigger.lemma == earlier.lemma and other.type == event.type and other.negated == event.negated
            and other.modality == event.modality and other_line >= line - RESTATED_LINES
            and bool(everyone(event)) and everyone(event) == everyone(other))


def _same_act(doc: Doc, trigger: Trigger, event: EventMention, line: int, earlier: Trigger,
              other: EventMention, other_line: int) -> bool:
    """A source giving again a fact narrated a few lines up with the same predicate and the same
    complement noun, and no other agent ("X est intervenu pour exempter de quarantaine le chien
    de Y … une lettre annonçant que « Rex est exempté de quarantaine »"): the one acted on may be
    named otherwise (the dog, its owner), the complement shows the act."""
    if earlier.kind != "verb" or trigger.lemma != earlier.lemma or other.type != event.type:
        return False
    if other_line < line - RESTATED_LINES or other.negated != event.negated:
        return False
    if event.modality in UNREAL or other.modality in UNREAL:
        return False
    if event.actors and other.actors and not set(event.actors) & set(other.actors):
        return False  # another agent: another act
    return bool(_complements(doc, trigger) & _complements(doc, earlier))


def _same_quoted_words(doc: Doc, trigger: Trigger, event: EventMention, line: int, earlier: Trigger,
                       other: EventMention, other_line: int) -> bool:
    """Two reports of one act quoting the source's same words: "X affirmait accepter « les
    principes généraux du plan »" … "Y « accepte les principes généraux du plan »" — the same
    predicate with the same recipients and the same object of four words or more in
    guillemets, a few lines apart: the agent may be named otherwise (a country, its capital)."""
    if trigger.lemma != earlier.lemma or other.type != event.type or other.negated != event.negated:
        return False
    if other_line < line - RESTATED_LINES or event.modality in UNREAL or other.modality in UNREAL:
        return False
    if not event.recipients or set(event.recipients) != set(other.recipients):
        return False
    mine, theirs = _quoted_object(doc, trigger), _quoted_object(doc, earlier)
    return mine is not None and mine == theirs and len(mine) >= 4


def _quoted_object(doc: Doc, trigger: Trigger) -> tuple[str, ...] | None:
    """The words of the predicate's object when it stands in guillemets, lower case."""
    obj = next((c for c in doc[trigger.token].children if c.dep_ == "obj"), None)
    if obj is None:
        return None
    words = [t for t in obj.subtree if not t.is_punct]
    first, last = words[0].i, words[-1].i
    sentence = doc[first].sent
    opened = [t.i for t in doc[sentence.start:first] if t.text in ("«", "“")]
    closed = [t.i for t in doc[last + 1:sentence.end] if t.text in ("»", "”")]
    if not opened or not closed or any(t.text in ("»", "”") for t in doc[opened[-1]:first]):
        return None
    return tuple(t.lower_ for t in words)


def _complements(doc: Doc, trigger: Trigger) -> set[tuple[str | None, str]]:
    """The common nouns complementing a predicate, with their preposition ("de quarantaine")."""
    return {(case_of(c), lemma_of(c)) for c in doc[trigger.token].children
            if c.pos_ == "NOUN" and c.dep_.startswith(("obl", "nmod")) and case_of(c) is not None}


def _details(doc: Doc, trigger: Trigger, event: EventMention, earlier: Trigger, other: EventMention,
             mentions: tuple[Mention, ...] = ()) -> bool:
    """A source telling how an event named just before by a bare noun happened: "Trois personnes
    ont été tuées dans une attaque. Selon les secours, des tireurs ont ouvert le feu sur un
    véhicule" — a noun of the same type naming nobody, or only by its own adjectives ("une
    attaque rebelle": the side, not who did what), in the sentence before; an agent the
    detail names must be among the noun's."""
    if earlier.kind != "noun" or other.type != event.type:
        return False
    if everyone(other) and not _by_own_adjectives(doc, earlier, other, mentions):
        return False
    if event.actors and other.actors and not set(event.actors) & set(other.actors):
        return False
    if other.negated != event.negated or event.modality in UNREAL or other.modality in UNREAL:
        return False
    sentence = doc[trigger.token].sent
    before = doc[earlier.token].sent
    between = doc[before.end:sentence.start]
    return before.start < sentence.start and all(t.is_space for t in between)


def _by_own_adjectives(doc: Doc, trigger: Trigger, event: EventMention,
                       mentions: tuple[Mention, ...]) -> bool:
    """Whether every participant of a noun's event is named only by an adjective of that noun
    ("une attaque palestinienne": a description mention inside an ``amod`` of the noun)."""
    spans = [(a.idx, a.idx + len(a)) for a in doc[trigger.token].children if a.dep_ == "amod"]
    own = {m.entity for m in mentions if m.kind == "description"
           and any(start <= m.start and m.end <= end for start, end in spans)}
    return bool(own) and everyone(event) <= own


def _restates(event: EventMention, other: EventMention, line: int, other_line: int) -> bool:
    if other.type != event.type or other_line < line - RESTATED_LINES or other.negated != event.negated:
        return False
    if event.modality in UNREAL or other.modality in UNREAL:
        return False
    mine = everyone(event)
    if not mine or not mine <= everyone(other):
        return False
    return not other.recipients or set(event.actors) <= set(other.actors)


def _shootdown(doc: Doc, trigger: Trigger, lex: EventLexicon | None) -> bool:
    """An act against weapons ("a affirmé avoir abattu trois roquettes", "intercepté des
    drones", :func:`~storyline.analysis.event_modes.is_shootdown`). It never tells again an
    attack (that launches them), nor an attack a shootdown."""
    return lex is not None and is_shootdown(trigger, doc, lex)


def _same_content(doc: Doc, trigger: Trigger, other: Trigger) -> bool:
    """Whether the clauses the two predicates govern, when both govern one, have one verb."""
    mine, theirs = _clause(doc, trigger), _clause(doc, other)
    return mine is None or theirs is None or mine == theirs


def _same_place(doc: Doc, trigger: Trigger, other: Trigger) -> bool:
    """Whether the two predicates, when both name where they happen, name one place ("ont
    franchi la frontière …, dans la province de X" and "tentaient d'entrer dans Y" are two
    acts)."""
    mine, theirs = _places(doc, trigger), _places(doc, other)
    return not mine or not theirs or bool(mine & theirs)


def _places(doc: Doc, trigger: Trigger) -> set[str]:
    """The names in the place complements of a predicate and of its coordinated verbs ("dans
    X", "en X", "vers X"; "à X" for a place name), lower case."""
    head = doc[trigger.token]
    verbs = [head, *[c for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB"]]
    names: set[str] = set()
    for verb in verbs:
        for child in verb.children:
            case = case_of(child)
            if not child.dep_.startswith(("obl", "nmod")) or case not in PLACE_CASES | {"à"}:
                continue
            names |= {t.lower_ for t in child.subtree if t.pos_ == "PROPN"
                      and (case in PLACE_CASES or t.ent_type_ == "LOC")}
    return names


def _clause(doc: Doc, trigger: Trigger) -> str | None:
    return next((lemma_of(c) for c in doc[trigger.token].children if c.dep_ in ("xcomp", "ccomp")), None)


def _repeats(trigger: Trigger, event: EventMention, line: int, earlier: Trigger, other: EventMention,
             other_line: int) -> bool:
    """The same noun again, naming nobody, a few lines on ("une attaque … une attaque qui a duré
    trois heures"), or the same wish ("l'Allemagne a manifesté son intérêt pour aider … la
    volonté de son pays d'aider à fournir …": both hypothetical, in one paragraph)."""
    return (not event.actors and not event.recipients and trigger.lemma == earlier.lemma
            and other.type == event.type and other.negated == event.negated
            and other_line >= line - REPEATED_LINES
            # a noun, or a wish said again in its paragraph (how it would be done may be told
            # otherwise): a verb of fact said again is often a new act ("manifestera",
            # "avait ouvert le feu")
            and (trigger.kind == "noun" or (event.modality == other.modality == "hypothetical"
                                            and other_line == line)))
