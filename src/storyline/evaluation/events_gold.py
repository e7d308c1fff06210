"""Gold events of ``gold/events``: reading the files and locating each trigger in its text.
See gold/events/README.md for the format."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storyline.evaluation.gold_sets import gold_texts, malformed, read_body
from storyline.evaluation.quotes_gold import locate
from storyline.models import Document, RawDocument, content_id

_SENTENCE_END = re.compile(r"[.!?…]+[»”\"]?(?=\s)|\n")
_DATE_NAME = re.compile(r"^(\d{4}-\d\d-\d\d)")


@dataclass(frozen=True)
class GoldEvent:
    """One annotated event, its trigger located in the analysed text (-1, -1 when not found)."""

    document: str
    type: str
    trigger: str
    start: int
    end: int
    sentence: tuple[int, int]  # character span of the sentence holding the trigger
    actors: tuple[tuple[str, ...], ...] = ()  # each participant: its acceptable names
    recipients: tuple[tuple[str, ...], ...] = ()
    date: str | None = None
    mode: str | None = None
    negated: bool = False
    modality: str = "asserted"

    @property
    def participants(self) -> tuple[tuple[str, ...], ...]:
        return self.actors + self.recipients


@dataclass(frozen=True)
class GoldEventDocument:
    name: str
    document: Document  # the analysed text with its title and publication date
    events: tuple[GoldEvent, ...]
    collection: str = ""


def sentence_span(text: str, position: int) -> tuple[int, int]:
    """The sentence around ``position``: from after the previous ., !, ?, … (followed by a space)
    or line break to the next one."""
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if match.end() <= position:
            start = match.end()
            while start < position and text[start].isspace():
                start += 1
        elif match.start() >= position:
            return start, match.end()
    return start, len(text)


def _names(value: Any) -> tuple[tuple[str, ...], ...]:
    if not value:
        return ()
    items = value if isinstance(value, list) else [value]
    out = []
    for item in items:
        names = tuple(str(n) for n in item) if isinstance(item, list) else (str(item),)
        if names:
            out.append(names)
    return tuple(out)


def load_event_gold(gold_dir: Path) -> list[GoldEventDocument]:
    """Read ``documents.json`` and the JSONL files it names."""
    documents: list[GoldEventDocument] = []
    with malformed(gold_dir, "events"):
        for item in gold_texts(gold_dir, "events"):
            document = _document(item.path, item.clean, (item.entry.get("dct") or {}).get(item.name))
            events = _locate_all(item.name, document.text, item.rows)
            documents.append(GoldEventDocument(item.name, document, events, item.set_name))
    return documents


def _locate_all(name: str, text: str, rows: list[dict[str, Any]]) -> tuple[GoldEvent, ...]:
    """Gold events with their trigger spans; a trigger not found (the cleaner dropped its line,
    or a typo in the gold) gets (-1, -1) and counts as missed."""
    taken: set[tuple[int, int]] = set()
    events = []
    for row in rows:
        span = locate(text, row["trigger"], row.get("context"), taken)
        if span is None and row.get("context"):
            span = locate(text, row["trigger"], None, taken)
        if span is None:
            span = (-1, -1)
        else:
            taken.add(span)
        sentence = sentence_span(text, span[0]) if span[0] >= 0 else (-1, -1)
        events.append(GoldEvent(
            document=name, type=str(row["type"]).upper(), trigger=row["trigger"],
            start=span[0], end=span[1], sentence=sentence,
            actors=_names(row.get("actors")), recipients=_names(row.get("recipients")),
            date=row.get("date") or None, mode=row.get("mode"),
            negated=bool(row.get("negated")), modality=row.get("modality") or "asserted",
        ))
    return tuple(events)


def _document(path: Path, clean: bool, dct: str | None) -> Document:
    body = read_body(path)
    dated = _DATE_NAME.match(path.stem)
    fallback = dct or (dated.group(1) if dated else None)
    if not clean:
        text = body.strip()
        return Document(id=content_id(text), source=path.name, text=text, published=fallback,
                        published_precision="day" if fallback else None)
    from storyline.clean import clean as clean_document

    document = clean_document(RawDocument(source=path.name, body=body, kind="text"))
    if dct or (document.published is None and fallback):
        document = Document(**{**document.__dict__, "published": fallback, "published_precision": "day"})
    return document
