"""Score the entities stage against hand-annotated entities (``gold/entities``).

Gold entities list surface strings (names, "M. X", descriptions such as "président russe"),
located by string search in the text the system analyses: every occurrence of a string counts
(whole words; one inside a longer string of the same entity counts only as that longer one).
A string is a *name* when it is the entity's name or starts, after a civil title, with a
capital; otherwise a *description*. Spans are compared after a leading civil title (M., Mme,
Mlle, Dr, Me) is cut on both sides, so "M. Poutine" and "Poutine" are the same span.

- names: gold name occurrences against system mentions of kind "name" (entities typed MISC
  left out: the gold has none). ``strict``: same span; ``relaxed``: overlap >= 0.5
  (|intersection| / longer span, one to one, best first); ``typed``: strict and the system
  entity has the gold type.
- descriptions: gold description occurrences against system mentions of kind "description"
  or "title", overlap >= 0.5.
- grouping, a pairwise link score: each gold occurrence is matched to a system mention of any
  kind (overlap >= 0.5, one to one); for every pair of matched occurrences of one document
  whose texts differ (identical strings are one entity by construction), a gold link is "same
  gold entity", a system link "same system entity"; P = both / system links, R = both / gold
  links. ``names``: pairs of two names; ``descriptions``: pairs with at least one description.
- roles: each gold entity is aligned to the system entity holding most of its matched
  occurrences; a gold (entity, role) is found when the aligned entity has a role equal to,
  containing or contained in it (whole words), compared lower-cased without accents,
  determiners, punctuation or hyphens (one to one). Predicted: every (system entity, role).
- country: accuracy over aligned gold PER entities where the gold or the system gives a
  country; correct when both give the same one (accents and case ignored).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from storyline.evaluation.entities_gold import (
    TITLE,
    GoldDocument,
    GoldEntity,
    GoldOccurrence,
    find_all,
    load_gold,
    locate_entities,
    mention_kind,
)
from storyline.evaluation.gold_sets import score_sets
from storyline.evaluation.quotes import Prf, overlap
from storyline.evaluation.quotes_gold import normalise_name
from storyline.models import Document, LocalEntity, Mention, content_id

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

RELAXED = 0.5
NAME_LEVELS = ("strict", "relaxed", "typed")
GROUP_LEVELS = ("names", "descriptions")
DESCRIPTION_KINDS = frozenset({"description", "title"})
DETERMINER_WORDS = frozenset({"le", "la", "les", "l", "un", "une", "des", "du", "de", "d"})


@dataclass(frozen=True)
class SystemOutput:
    """What the entities stage found in one document."""

    entities: tuple[LocalEntity, ...] = ()
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True)
class EntityError:
    """A disagreement, for reading."""

    document: str
    kind: str  # missed, spurious, type, split, merged, role, country
    text: str
    expected: str | None = None
    found: str | None = None


@dataclass(frozen=True)
class EntityScores:
    documents: int
    names: dict[str, Prf]
    descriptions: Prf
    groups: dict[str, Prf]
    roles: Prf
    country_total: int
    country_correct: int
    errors: tuple[EntityError, ...] = ()

    @property
    def country_accuracy(self) -> float:
        return self.country_correct / self.country_total if self.country_total else 1.0


Extractor = Callable[[str], SystemOutput]


# --------------------------------------------------------------------------- scoring


def core_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without a leading civil title ("M. Poutine" -> "Poutine")."""
    found = TITLE.match(text, start, end)
    return (found.end(), end) if found and found.end() < end else (start, end)


def match_spans(gold: Sequence[tuple[int, int]], system: Sequence[tuple[int, int]],
                threshold: float) -> list[tuple[int, int]]:
    """One-to-one (gold index, system index) pairs with overlap >= ``threshold``, best first."""
    scored = sorted(((overlap(g[0], g[1], s[0], s[1]), gi, si)
                     for gi, g in enumerate(gold) for si, s in enumerate(system)),
                    key=lambda t: (-t[0], t[1], t[2]))
    used_gold: set[int] = set()
    used_system: set[int] = set()
    pairs = []
    for value, gi, si in scored:
        if value < threshold or value == 0:
            break
        if gi not in used_gold and si not in used_system:
            used_gold.add(gi)
            used_system.add(si)
            pairs.append((gi, si))
    return pairs


def normalise_role(role: str) -> str:
    """Lower case, no accents, no determiners, punctuation and hyphens as spaces."""
    text = re.sub(r"[^\w\s]|_", " ", normalise_name(role))
    return " ".join(w for w in text.split() if w not in DETERMINER_WORDS)


def roles_match(gold: str, system: str) -> bool:
    """Equal, or one contains the other at word boundaries (after :func:`normalise_role`)."""
    a, b = normalise_role(gold), normalise_role(system)
    if not a or not b:
        return False
    return _within(a, b) or _within(b, a)


def _within(inner: str, outer: str) -> bool:
    return re.search(rf"(?<!\S){re.escape(inner)}(?!\S)", outer) is not None


def pair_links(gold_ids: Sequence[int], system_ids: Sequence[str],
               texts: Sequence[str], kinds: Sequence[str]) -> dict[str, list[int]]:
    """[gold links, system links, both] per level over pairs of matched occurrences."""
    counts = {level: [0, 0, 0] for level in GROUP_LEVELS}
    for i in range(len(gold_ids)):
        for j in range(i + 1, len(gold_ids)):
            if normalise_name(texts[i]) == normalise_name(texts[j]):
                continue
            level = "names" if kinds[i] == kinds[j] == "name" else "descriptions"
            same_gold = gold_ids[i] == gold_ids[j]
            same_system = system_ids[i] == system_ids[j]
            counts[level][0] += same_gold
            counts[level][1] += same_system
            counts[level][2] += same_gold and same_system
    return counts


def evaluate(documents: Sequence[GoldDocument], extractor: Extractor) -> EntityScores:
    """Run ``extractor`` on each gold document's text and score it."""
    names = {level: [0, 0, 0] for level in NAME_LEVELS}
    described = [0, 0, 0]
    groups = {level: [0, 0, 0] for level in GROUP_LEVELS}
    roles = [0, 0, 0]
    country = [0, 0]
    errors: list[EntityError] = []
    for document in documents:
        output = extractor(document.text)
        _score_document(document, output, names, described, groups, roles, country, errors)
    return EntityScores(
        documents=len(documents),
        names={level: Prf(*value) for level, value in names.items()},
        descriptions=Prf(*described),
        groups={level: Prf(*value) for level, value in groups.items()},
        roles=Prf(*roles), country_total=country[0], country_correct=country[1],
        errors=tuple(errors),
    )


def _score_document(document: GoldDocument, output: SystemOutput, names: dict[str, list[int]],
                    described: list[int], groups: dict[str, list[int]], roles: list[int],
                    country: list[int], errors: list[EntityError]) -> None:
    text, doc = document.text, document.name
    by_key = {e.key: e for e in output.entities}
    mentions = list({(m.start, m.end, m.entity): m for m in output.mentions}.values())
    gold_spans = [core_span(text, o.start, o.end) for o in document.occurrences]
    spans = [core_span(text, m.start, m.end) for m in mentions]

    # (a) name mentions
    gold_names = [i for i, o in enumerate(document.occurrences) if o.kind == "name"]
    absent = sum(1 for e in document.entities for m in e.absent if mention_kind(m, e.name) == "name")
    system_names = [i for i, m in enumerate(mentions) if m.kind == "name"
                    and (m.entity not in by_key or by_key[m.entity].type != "MISC")]
    strict = _pairs(gold_names, system_names, gold_spans, spans, 1.0)
    relaxed = _pairs(gold_names, system_names, gold_spans, spans, RELAXED)
    typed = [(g, s) for g, s in strict if mentions[s].entity in by_key
             and by_key[mentions[s].entity].type == document.entities[document.occurrences[g].entity].type]
    for level, matched in (("strict", strict), ("relaxed", relaxed), ("typed", typed)):
        names[level][0] += len(gold_names) + absent
        names[level][1] += len(system_names)
        names[level][2] += len(matched)
    relaxed_gold = {g for g, _ in relaxed}
    relaxed_system = {s for _, s in relaxed}
    errors += [EntityError(doc, "missed", document.occurrences[g].text,
                           document.entities[document.occurrences[g].entity].type)
               for g in gold_names if g not in relaxed_gold]
    errors += [EntityError(doc, "spurious", mentions[s].text, None, by_key[mentions[s].entity].type
                           if mentions[s].entity in by_key else None)
               for s in system_names if s not in relaxed_system]
    errors += [EntityError(doc, "type", document.occurrences[g].text,
                           document.entities[document.occurrences[g].entity].type,
                           by_key[mentions[s].entity].type if mentions[s].entity in by_key else None)
               for g, s in strict if (g, s) not in typed]

    # descriptions
    gold_desc = [i for i, o in enumerate(document.occurrences) if o.kind == "description"]
    system_desc = [i for i, m in enumerate(mentions) if m.kind in DESCRIPTION_KINDS]
    absent_desc = sum(1 for e in document.entities for m in e.absent if mention_kind(m, e.name) != "name")
    found_desc = _pairs(gold_desc, system_desc, gold_spans, spans, RELAXED)
    described[0] += len(gold_desc) + absent_desc
    described[1] += len(system_desc)
    described[2] += len(found_desc)

    # (b) grouping over occurrences matched to any system mention
    linked = match_spans(gold_spans, spans, RELAXED)
    occ = [document.occurrences[g] for g, _ in linked]
    keys = [mentions[s].entity for _, s in linked]
    for level, value in pair_links([o.entity for o in occ], keys, [o.text for o in occ],
                                   [o.kind for o in occ]).items():
        for i in range(3):
            groups[level][i] += value[i]
    holders: dict[int, Counter[str]] = {}
    for o, key in zip(occ, keys, strict=True):
        holders.setdefault(o.entity, Counter())[key] += 1
    for index, counter in holders.items():
        if len(counter) > 1:
            errors.append(EntityError(doc, "split", document.entities[index].name, None,
                                      " | ".join(sorted(counter))))
    owners: dict[str, set[int]] = {}
    for o, key in zip(occ, keys, strict=True):
        owners.setdefault(key, set()).add(o.entity)
    for key, gold_ids in owners.items():
        if len(gold_ids) > 1:
            errors.append(EntityError(doc, "merged", key, " | ".join(sorted(
                document.entities[i].name for i in gold_ids)), by_key[key].name if key in by_key else None))

    # (c) roles and (d) country through the aligned system entity
    aligned = {index: counter.most_common(1)[0][0] for index, counter in holders.items()}
    used: set[tuple[str, int]] = set()
    roles[1] += sum(len(dict.fromkeys(normalise_role(r) for r in e.roles)) for e in output.entities)
    for index, entity in enumerate(document.entities):
        system = by_key.get(aligned.get(index, ""))
        system_roles = list(dict.fromkeys(normalise_role(r) for r in system.roles)) if system else []
        for role in entity.roles:
            roles[0] += 1
            hit = next((i for i, r in enumerate(system_roles) if system is not None
                        and (system.key, i) not in used and roles_match(role, r)), None)
            if hit is None or system is None:
                errors.append(EntityError(doc, "role", entity.name, role, " | ".join(system_roles) or None))
                continue
            used.add((system.key, hit))
            roles[2] += 1
        if entity.type != "PER" or system is None or (entity.country is None and system.country is None):
            continue
        country[0] += 1
        if entity.country and system.country \
                and normalise_name(entity.country) == normalise_name(system.country):
            country[1] += 1
        else:
            errors.append(EntityError(doc, "country", entity.name, entity.country, system.country))


def _pairs(gold: Sequence[int], system: Sequence[int], gold_spans: Sequence[tuple[int, int]],
           spans: Sequence[tuple[int, int]], threshold: float) -> list[tuple[int, int]]:
    """:func:`match_spans` over subsets, giving back indices of the full lists."""
    pairs = match_spans([gold_spans[g] for g in gold], [spans[s] for s in system], threshold)
    return [(gold[g], system[s]) for g, s in pairs]


# --------------------------------------------------------------------------- running


def evaluate_folder(gold_dir: Path, *, stand_in: bool = False) -> dict[str, EntityScores]:
    """Scores per set of ``gold_dir/documents.json`` and for all of them ("all"); each document
    is analysed once, though it is scored in its set and in "all"."""
    from storyline.analysis.parse import load_nlp

    documents = load_gold(gold_dir)
    extractor = cache(pipeline_extractor(load_nlp(), stand_in=stand_in))
    return score_sets(documents, lambda d: d.collection, lambda chosen: evaluate(chosen, extractor))


def pipeline_extractor(nlp: Language | Callable[[str], Doc], *, stand_in: bool = False) -> Extractor:
    """Parse with ``nlp`` (a spaCy pipeline or any text -> Doc function) and run the entities
    stage; ``stand_in`` scores spaCy's named entities grouped by name instead (a baseline)."""
    from storyline.analysis import entities
    from storyline.analysis.pipeline import AnalysisState
    from storyline.evaluation.quotes import stand_in_entities

    def run(text: str) -> SystemOutput:
        document = Document(id=content_id(text), source="gold", text=text)
        state = AnalysisState(document=document, doc=nlp(text))
        if stand_in:
            found, mentions = stand_in_entities(state.doc)
            return SystemOutput(found, mentions)
        state = entities.STAGE.run(state)
        return SystemOutput(state.entities, state.mentions)

    return run


__all__ = [
    "EntityError", "EntityScores", "GoldDocument", "GoldEntity", "GoldOccurrence", "SystemOutput",
    "core_span", "evaluate", "evaluate_folder", "find_all", "load_gold", "locate_entities",
    "match_spans", "mention_kind", "normalise_role", "pair_links", "pipeline_extractor", "roles_match",
]
