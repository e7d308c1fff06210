"""Read-side queries over the resolved record, shared by the CLI, the API and the web UI."""

from __future__ import annotations

import unicodedata

from storyline.models import ClaimRecord, Entity, Event, QuoteRecord
from storyline.store import Store


def fold(text: str) -> str:
    """Lower case without accents, for matching what a user types against names."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip()


def entity_names(store: Store) -> dict[str, str]:
    return {e.id: e.name for e in store.entities()}


def matching_entities(store: Store, name: str) -> set[str]:
    """Ids of entities whose name or an alias contains ``name`` (accents and case ignored)."""
    wanted = fold(name)
    return {e.id for e in store.entities() if _matches(e, wanted)}


def _matches(entity: Entity, wanted: str) -> bool:
    return any(wanted in fold(n) for n in (entity.name, *entity.aliases))


def find_quotes(store: Store, *, speaker: str | None = None) -> list[QuoteRecord]:
    quotes = store.quotes()
    if speaker:
        ids = matching_entities(store, speaker)
        wanted = fold(speaker)
        quotes = [q for q in quotes
                  if q.speaker in ids or (q.speaker is None and wanted in fold(q.speaker_text or ""))]
    return sorted(quotes, key=lambda q: (q.document, q.start))


def find_events(
    store: Store, *, actor: str | None = None, type_: str | None = None
) -> list[Event]:
    events = store.events()
    if actor:
        ids = matching_entities(store, actor)
        events = [e for e in events if ids & {*e.actors, *e.recipients}]
    if type_:
        events = [e for e in events if e.type == type_.upper()]
    return _by_date(events)


def timeline(store: Store) -> list[Event]:
    return _by_date(store.events())


def _by_date(events: list[Event]) -> list[Event]:
    return sorted(events, key=lambda e: (e.date is None, e.date or "", e.type, e.id))


def find_claims(store: Store, *, noun: str | None = None) -> list[ClaimRecord]:
    claims = store.claims()
    if noun:
        wanted = fold(noun)
        claims = [c for c in claims if wanted in fold(c.noun)]
    return sorted(claims, key=lambda c: (fold(c.noun), c.value, c.document))
