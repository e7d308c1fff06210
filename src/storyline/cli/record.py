"""Commands that show the resolved record: entities, quotes, events, timeline, claims, stories, merges."""

from __future__ import annotations

from collections.abc import Callable

import typer
from rich.table import Table

from storyline.cli.app import app
from storyline.cli.common import DB_OPTION, JSON_OPTION, console, print_json, with_store
from storyline.models import ClaimRecord, Event, QuoteRecord, to_dict
from storyline.store import Store
from storyline.store.queries import (
    entity_names,
    find_claims,
    find_events,
    find_quotes,
    timeline,
)


@app.command("entities")
def entities_command(
    db: str = DB_OPTION,
    type_: str = typer.Option(None, "--type", help="PER, ORG, LOC or MISC."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Canonical actors, organisations and places with their aliases and roles."""
    entities = with_store(db, lambda s: s.entities())
    entities = sorted((e for e in entities if type_ is None or e.type == type_.upper()),
                      key=lambda e: (-e.mentions, e.name))
    if as_json:
        print_json([to_dict(e) for e in entities])
        return
    table = Table("name", "type", "mentions", "docs", "aliases", "roles")
    for e in entities:
        table.add_row(e.name, e.type, str(e.mentions), str(len(e.documents)),
                      ", ".join(a for a in e.aliases if a != e.name), "; ".join(e.roles))
    console.print(table)


@app.command("quotes")
def quotes_command(
    db: str = DB_OPTION,
    speaker: str = typer.Option(None, "--speaker", help="Only quotes by this speaker (any alias)."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Who said what, with the reporting verb and the source article."""

    def run(store: Store) -> tuple[list[QuoteRecord], dict[str, str]]:
        return find_quotes(store, speaker=speaker), entity_names(store)

    quotes, names = with_store(db, run)
    if as_json:
        print_json([to_dict(q) for q in quotes])
        return
    table = Table("speaker", "verb", "kind", "quote", "document")
    for q in quotes:
        who = names.get(q.speaker or "", q.speaker_text or "?")
        table.add_row(who, q.cue or "", q.kind, q.text, q.document)
    console.print(table)


@app.command("events")
def events_command(
    db: str = DB_OPTION,
    actor: str = typer.Option(None, "--actor", help="Only events with this actor (any alias)."),
    type_: str = typer.Option(None, "--type", help="PLOVER type, e.g. CONSULT."),
    as_json: bool = JSON_OPTION,
) -> None:
    """PLOVER events with actors, recipients, dates and supporting sources."""
    _show_events(db, lambda s: find_events(s, actor=actor, type_=type_), as_json)


@app.command("timeline")
def timeline_command(db: str = DB_OPTION, as_json: bool = JSON_OPTION) -> None:
    """The merged record in date order, one line per timeline entry."""
    _show_events(db, timeline, as_json)


def _show_events(db: str | None, query: Callable[[Store], list[Event]], as_json: bool) -> None:
    def run(store: Store) -> tuple[list[Event], dict[str, str]]:
        return query(store), entity_names(store)

    events, names = with_store(db, run)
    if as_json:
        print_json([to_dict(e) for e in events])
        return
    table = Table("date", "type", "actors", "recipients", "sources", "flag")
    for e in events:
        table.add_row(
            e.date or "?", f"{e.type}/{e.mode}" if e.mode else e.type,
            ", ".join(names.get(a, a) for a in e.actors),
            ", ".join(names.get(a, a) for a in e.recipients),
            str(len({m.document for m in e.mentions})),
            "disputed: " + ", ".join(e.disputed) if e.disputed else "",
        )
    console.print(table)


@app.command("claims")
def claims_command(
    db: str = DB_OPTION,
    noun: str = typer.Option(None, "--noun", help="Only claims counting this noun."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Numbers each source reports, and whether sources agree."""

    def run(store: Store) -> tuple[list[ClaimRecord], dict[str, str]]:
        return find_claims(store, noun=noun), entity_names(store)

    claims, names = with_store(db, run)
    if as_json:
        print_json([to_dict(c) for c in claims])
        return
    table = Table("value", "noun", "qualifier", "according to", "agreement", "document")
    for c in claims:
        table.add_row(f"{c.value:g}", c.noun, c.qualifier or "",
                      names.get(c.attributed_to or "", ""), c.agreement or "", c.document)
    console.print(table)


@app.command("stories")
def stories_command(db: str = DB_OPTION, as_json: bool = JSON_OPTION) -> None:
    """Story clusters: articles about the same developing story."""
    stories = with_store(db, lambda s: s.stories())
    if as_json:
        print_json([to_dict(s) for s in stories])
        return
    table = Table("story", "label", "articles", "from", "to")
    for s in stories:
        table.add_row(s.id, s.label, str(len(s.documents)), s.start or "", s.end or "")
    console.print(table)


@app.command("merges")
def merges_command(db: str = DB_OPTION, as_json: bool = JSON_OPTION) -> None:
    """The merge log: which name was joined to which canonical entity, and why."""
    notes = with_store(db, lambda s: list(s.merge_log()))
    if as_json:
        print_json(notes)
        return
    table = Table("entity", "name", "merged", "reason")
    for note in notes:
        table.add_row(note["entity"], note["name"], note["merged"], note["reason"])
    console.print(table)
