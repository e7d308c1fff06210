"""Gold entities of ``gold/entities``: reading the files and finding every mention string in
its text. See gold/entities/README.md for the format."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from storyline.errors import EvaluationError
from storyline.evaluation.gold_sets import gold_texts, malformed
from storyline.evaluation.gold_sets import read_text as read_gold_text
from storyline.evaluation.quotes_gold import normalised

TITLE = re.compile(r"(?:M\.|Mme|Mlle|Dr|Me)\s+")


@dataclass(frozen=True)
class GoldEntity:
    name: str
    type: str
    mentions: tuple[str, ...]
    roles: tuple[str, ...] = ()
    country: str | None = None
    absent: tuple[str, ...] = ()  # mention strings the (cleaned) text no longer holds


@dataclass(frozen=True)
class GoldOccurrence:
    """One occurrence of a gold mention string, with its span in the text."""

    entity: int  # index in GoldDocument.entities
    start: int
    end: int
    text: str
    kind: str  # "name" or "description"


@dataclass(frozen=True)
class GoldDocument:
    name: str
    text: str
    entities: tuple[GoldEntity, ...]
    occurrences: tuple[GoldOccurrence, ...]
    collection: str = ""


def mention_kind(mention: str, entity_name: str) -> str:
    """``name`` for the entity's name or a string starting (after a title) with a capital."""
    core = TITLE.sub("", mention.strip(), count=1)
    return "name" if mention == entity_name or core[:1].isupper() else "description"


def find_all(text: str, needle: str) -> list[tuple[int, int]]:
    """Spans of every whole-word occurrence of ``needle`` (spaces and apostrophes normalised)."""
    haystack, positions = normalised(text)
    wanted = normalised(needle.strip())[0]
    if not wanted:
        return []
    pattern = re.compile(rf"(?<!\w){re.escape(wanted)}(?!\w)")
    return [(positions[m.start()], positions[m.end() - 1] + 1) for m in pattern.finditer(haystack)]


def locate_entities(name: str, text: str, entities: Sequence[GoldEntity],
                    cleaned: bool) -> tuple[tuple[GoldEntity, ...], tuple[GoldOccurrence, ...]]:
    """Occurrences of every entity's strings; absent strings kept apart in cleaned texts."""
    owner: dict[str, int] = {}
    occurrences: list[GoldOccurrence] = []
    located: list[GoldEntity] = []
    for index, entity in enumerate(entities):
        taken: list[tuple[int, int]] = []
        absent = []
        for mention in sorted(dict.fromkeys(entity.mentions), key=len, reverse=True):
            if owner.setdefault(mention, index) != index:
                raise EvaluationError(f"{name}: mention {mention!r} is listed under two entities")
            spans = [s for s in find_all(text, mention)
                     if not any(a <= s[0] and s[1] <= b for a, b in taken)]
            if not spans and not cleaned:
                raise EvaluationError(f"{name}: gold mention {mention!r} of {entity.name!r} not found "
                                      "in the text; fix the gold row")
            if not spans:
                absent.append(mention)
            taken += spans
            kind = mention_kind(mention, entity.name)
            occurrences += [GoldOccurrence(index, s, e, text[s:e], kind) for s, e in spans]
        located.append(GoldEntity(entity.name, entity.type, entity.mentions, entity.roles,
                                  entity.country, tuple(absent)))
    occurrences.sort(key=lambda o: (o.start, o.end))
    return tuple(located), tuple(occurrences)


def load_gold(gold_dir: Path, read_text: Callable[[Path, bool], str] | None = None) -> list[GoldDocument]:
    """Read ``documents.json`` and its JSONL files; ``read_text(path, clean)`` gives a text."""
    reader = read_text or read_gold_text
    documents: list[GoldDocument] = []
    with malformed(gold_dir, "entities"):
        for item in gold_texts(gold_dir, "entities"):
            text = reader(item.path, item.clean)
            wanted = [GoldEntity(r["name"], r["type"], tuple(r["mentions"]), tuple(r.get("roles") or ()),
                                 r.get("country")) for r in item.rows]
            entities, occurrences = locate_entities(item.name, text, wanted, item.clean)
            documents.append(GoldDocument(item.name, text, entities, occurrences, item.set_name))
    return documents


__all__ = ["TITLE", "GoldDocument", "GoldEntity", "GoldOccurrence", "find_all", "load_gold",
           "locate_entities", "mention_kind"]
