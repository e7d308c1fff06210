"""Builders for hand-made documents and analyses (no spaCy needed): import from tests here."""

from __future__ import annotations

from storyline.models import Analysis, Claim, Document, EventMention, LocalEntity, Mention, Timex


def person(key: str, name: str, *roles: str, kind: str = "PER") -> LocalEntity:
    return LocalEntity(key=key, name=name, type=kind, roles=roles)  # type: ignore[arg-type]


def doc(doc_id: str, text: str = "", published: str | None = "2025-03-18") -> Document:
    return Document(id=doc_id, source=f"{doc_id}.txt", text=text or f"Texte {doc_id}.",
                    published=published, published_precision="day" if published else None,
                    published_origin="dateline" if published else None)


def analysis(doc_id: str, *entities: LocalEntity, events: tuple[EventMention, ...] = (),
             claims: tuple[Claim, ...] = (), timexes: tuple[Timex, ...] = (),
             repeat: int = 2) -> Analysis:
    mentions = tuple(Mention(0, len(e.name), e.name, e.key) for e in entities for _ in range(repeat))
    return Analysis(document=doc_id, entities=entities, mentions=mentions, events=events,
                    claims=claims, timexes=timexes)


def call(start: int, date: str | None, *actors: str, sentence: str = "Ils se sont parlé.") -> EventMention:
    return EventMention(type="CONSULT", mode="phone", start=start, end=start + 5, trigger="appel",
                        sentence=sentence, actors=actors, date=date,
                        date_precision="day" if date else None)
