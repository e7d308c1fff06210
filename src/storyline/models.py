"""Frozen records that flow through Storyline, from raw input to the exported story."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import types
import typing
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

EntityType = Literal["PER", "ORG", "LOC", "MISC"]
Precision = Literal["day", "month", "year"]
DateOrigin = Literal["metadata", "dateline", "url", "text", "inferred"]
QuoteKind = Literal["direct", "partial", "indirect", "attribution"]
Modality = Literal["asserted", "planned", "future", "hypothetical", "historical", "reported"]
Agreement = Literal["agree", "differ", "single"]

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


def content_id(*parts: object, size: int = 16) -> str:
    """A stable hexadecimal id made from the JSON form of ``parts``."""
    payload = json.dumps(parts, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:size]


# --------------------------------------------------------------------------- ingest / clean


@dataclass(frozen=True)
class RawDocument:
    """One article as read from an input, before cleaning.

    ``kind`` says how ``body`` must be cleaned: ``text`` for plain-text dumps, ``html`` for
    pages. The optional fields carry metadata the input format already states (JSON Lines
    records, WARC headers).
    """

    source: str
    body: str
    kind: Literal["text", "html"]
    url: str | None = None
    title: str | None = None
    published: str | None = None
    authors: tuple[str, ...] = ()
    outlet: str | None = None

    @property
    def id(self) -> str:
        """Content hash of the body: the same article read twice gets the same id."""
        return content_id(self.kind, self.body)


@dataclass(frozen=True)
class Document:
    """A cleaned article with its metadata: the ``documents`` record of the export."""

    id: str
    source: str
    text: str
    title: str = ""
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    published_precision: Precision | None = None
    published_origin: DateOrigin | None = None
    published_before: str | None = None  # inferred dates: the window's end, when the corpus gives one
    authors: tuple[str, ...] = ()
    wire: tuple[str, ...] = ()
    language: str | None = None
    story: str | None = None
    duplicate_of: str | None = None


# --------------------------------------------------------------------------- analysis


@dataclass(frozen=True)
class Mention:
    """A span of the cleaned text that refers to an entity of the same document."""

    start: int
    end: int
    text: str
    entity: str  # key of the LocalEntity it belongs to
    kind: Literal["name", "title", "description", "pronoun"] = "name"


@dataclass(frozen=True)
class LocalEntity:
    """An entity as one document knows it: its mentions grouped, its roles collected."""

    key: str  # unique inside the document, e.g. "E3"
    name: str  # the fullest name the document gives
    type: EntityType
    roles: tuple[str, ...] = ()
    country: str | None = None  # for nationality adjectives ("russe" -> "Russie")
    unnamed: bool = False  # a group the article never names ("mineurs de Lisieux"): its own only


@dataclass(frozen=True)
class Timex:
    """A temporal expression normalised in TimeML form (``value``)."""

    start: int
    end: int
    text: str
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str


@dataclass(frozen=True)
class Quote:
    """A statement attributed to a speaker inside one document."""

    start: int
    end: int
    text: str
    kind: QuoteKind
    speaker: str | None = None  # LocalEntity key
    speaker_text: str | None = None
    cue: str | None = None  # lemma of the reporting verb or "selon"
    cue_class: str | None = None  # neutral, assertive, claim, denial, concession, ...
    medium: str | None = None


@dataclass(frozen=True)
class Claim:
    """A number a document reports, with what it counts and who says so."""

    start: int
    end: int
    text: str
    value: float
    noun: str
    qualifier: str | None = None
    unit: str | None = None
    upper: float | None = None  # for ranges: value..upper
    attributed_to: str | None = None  # LocalEntity key


@dataclass(frozen=True)
class EventMention:
    """One predicate of one document coded as a PLOVER event."""

    type: str
    start: int
    end: int
    trigger: str
    sentence: str
    mode: str | None = None
    actors: tuple[str, ...] = ()  # LocalEntity keys
    recipients: tuple[str, ...] = ()
    date: str | None = None
    date_precision: Precision | None = None
    location: str | None = None  # LocalEntity key
    negated: bool = False
    modality: Modality = "asserted"
    attributed_to: str | None = None  # LocalEntity key


@dataclass(frozen=True)
class Analysis:
    """Everything the per-document stage found in one document."""

    document: str
    entities: tuple[LocalEntity, ...] = ()
    mentions: tuple[Mention, ...] = ()
    timexes: tuple[Timex, ...] = ()
    quotes: tuple[Quote, ...] = ()
    claims: tuple[Claim, ...] = ()
    events: tuple[EventMention, ...] = ()
    version: str = ""


# --------------------------------------------------------------------------- corpus record


@dataclass(frozen=True)
class Entity:
    """A canonical actor, organisation or place across every document."""

    id: str
    name: str
    type: EntityType
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    mentions: int = 0
    documents: tuple[str, ...] = ()


@dataclass(frozen=True)
class QuoteRecord:
    """A quote with its speaker resolved to a canonical entity id."""

    id: str
    document: str
    text: str
    kind: QuoteKind
    start: int
    end: int
    speaker: str | None = None
    speaker_text: str | None = None
    cue: str | None = None
    cue_class: str | None = None
    medium: str | None = None


@dataclass(frozen=True)
class EventSource:
    """Where one document reports a timeline entry."""

    document: str
    start: int
    end: int
    sentence: str
    attributed_to: str | None = None


@dataclass(frozen=True)
class Event:
    """A timeline entry: event mentions of every source merged, disagreements kept."""

    id: str
    type: str
    mentions: tuple[EventSource, ...]
    mode: str | None = None
    actors: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()
    date: str | None = None
    date_precision: Precision | None = None
    location: str | None = None
    negated: bool = False
    modality: Modality | None = "asserted"
    disputed: tuple[str, ...] = ()  # fields on which sources disagree


@dataclass(frozen=True)
class ClaimRecord:
    """A numeric claim with its source resolved and its agreement across sources."""

    id: str
    document: str
    value: float
    noun: str
    start: int
    end: int
    qualifier: str | None = None
    attributed_to: str | None = None
    event: str | None = None
    agreement: Agreement | None = None


@dataclass(frozen=True)
class Story:
    """Articles about the same developing story."""

    id: str
    label: str
    documents: tuple[str, ...]
    start: str | None = None
    end: str | None = None


# --------------------------------------------------------------------------- serialisation

T = TypeVar("T")


def to_dict(record: Any) -> dict[str, Any]:
    """Plain JSON-ready dict of a record (tuples become lists)."""
    return json.loads(json.dumps(dataclasses.asdict(record), ensure_ascii=False))  # type: ignore[no-any-return]


def from_dict(cls: type[T], data: dict[str, Any]) -> T:
    """Rebuild a record from :func:`to_dict` output, nested records and tuples included."""
    hints = typing.get_type_hints(cls)
    kwargs = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        if f.name in data:
            kwargs[f.name] = _coerce(hints[f.name], data[f.name])
    return cls(**kwargs)


def _coerce(hint: Any, value: Any) -> Any:
    origin = typing.get_origin(hint)
    if origin is tuple and isinstance(value, list | tuple):
        inner = typing.get_args(hint)[0]
        return tuple(_coerce(inner, v) for v in value)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return _coerce(args[0], value) if value is not None and len(args) == 1 else value
    if dataclasses.is_dataclass(hint) and isinstance(value, dict):
        return from_dict(hint, value)  # type: ignore[arg-type]
    return value


__all__ = [
    "Agreement", "Analysis", "Claim", "ClaimRecord", "DateOrigin", "Document", "Entity", "EntityType",
    "Event", "EventMention", "EventSource", "LocalEntity", "Mention", "Modality", "PLOVER_TYPES",
    "Precision", "Quote", "QuoteKind", "QuoteRecord", "RawDocument", "Story", "Timex", "content_id",
    "from_dict", "to_dict",
]
