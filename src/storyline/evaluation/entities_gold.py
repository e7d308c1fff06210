"""Gold entities of ``gold/entities``: reading the files and finding every mention string in
its text. See gold/entities/README.md for the format."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storyline.errors import EvaluationError
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
    index_path = gold_dir / "documents.json"
    if not index_path.is_file():
        raise EvaluationError(f"{index_path} not found: pass the folder that holds the entities "
                              "gold (documents.json, *.jsonl), e.g. gold/entities")
    reader = read_text or _read_text
    documents: list[GoldDocument] = []
    try:
        index = json.loads(index_path.read_text(encoding="utf-8"))
        for entry in index["sets"]:
            rows = _rows(gold_dir / entry["gold"])
            cleaned = bool(entry.get("clean"))
            for name in entry["documents"]:
                text = reader(gold_dir / entry["texts"] / f"{name}.txt", cleaned)
                wanted = [GoldEntity(r["name"], r["type"], tuple(r["mentions"]), tuple(r.get("roles") or ()),
                                     r.get("country")) for r in rows.get(name, [])]
                entities, occurrences = locate_entities(name, text, wanted, cleaned)
                documents.append(GoldDocument(name, text, entities, occurrences, entry["name"]))
    except (KeyError, TypeError, ValueError) as exc:
        raise EvaluationError(
            f"{index_path}: malformed entities gold ({exc}); see gold/entities/README.md") from exc
    return documents


def _rows(path: Path) -> dict[str, list[dict[str, Any]]]:
    if not path.is_file():
        raise EvaluationError(f"{path} not found: documents.json names it as a gold file")
    rows: dict[str, list[dict[str, Any]]] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError as exc:
            raise EvaluationError(f"{path}:{number}: not JSON ({exc})") from exc
        rows.setdefault(row["doc"], []).append(row)
    return rows


def _read_text(path: Path, clean: bool) -> str:
    if not path.is_file():
        raise EvaluationError(f"{path} not found: the gold index names a text that is missing")
    body = path.read_text(encoding="utf-8")
    if not clean:
        return body.strip()
    from storyline.clean import clean as clean_document
    from storyline.models import RawDocument

    return clean_document(RawDocument(source=path.name, body=body, kind="text")).text


__all__ = ["TITLE", "GoldDocument", "GoldEntity", "GoldOccurrence", "find_all", "load_gold",
           "locate_entities", "mention_kind"]
