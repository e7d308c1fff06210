"""The FastAPI application: read-only JSON views of one Storyline database."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, HTTPException, Query

from storyline.export import export_record
from storyline.models import to_dict
from storyline.store import Store
from storyline.store.queries import find_claims, find_events, find_quotes, timeline
from storyline.web import mount_pages


def create_app(db: str) -> FastAPI:
    """An app serving the database at ``db`` (SQLite path or URL)."""
    store = Store(db)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(title="Storyline", version="0.1.0", lifespan=lifespan,
                  description="Source-attributed record of a developing news story.")
    app.state.store = store

    mount_pages(app, store)

    @app.get("/api/documents")
    def documents() -> list[dict[str, Any]]:
        return [{"id": d.id, "outlet": d.outlet, "published": d.published, "title": d.title,
                 "url": d.url, "story": d.story} for d in store.documents()]

    @app.get("/api/documents/{document_id}")
    def document(document_id: str) -> dict[str, Any]:
        found = store.document(document_id)
        if found is None:
            raise HTTPException(404, f"no document {document_id!r}; list them at /api/documents")
        return to_dict(found)

    @app.get("/api/entities")
    def entities() -> list[dict[str, Any]]:
        return [to_dict(e) for e in sorted(store.entities(), key=lambda e: -e.mentions)]

    @app.get("/api/quotes")
    def quotes(speaker: str | None = Query(None)) -> list[dict[str, Any]]:
        return [to_dict(q) for q in find_quotes(store, speaker=speaker)]

    @app.get("/api/events")
    def events(actor: str | None = None, type: str | None = None) -> list[dict[str, Any]]:
        return [to_dict(e) for e in find_events(store, actor=actor, type_=type)]

    @app.get("/api/timeline")
    def timeline_view() -> list[dict[str, Any]]:
        return [to_dict(e) for e in timeline(store)]

    @app.get("/api/claims")
    def claims(noun: str | None = None) -> list[dict[str, Any]]:
        return [to_dict(c) for c in find_claims(store, noun=noun)]

    @app.get("/api/stories")
    def stories() -> list[dict[str, Any]]:
        return [to_dict(s) for s in store.stories()]

    @app.get("/api/export")
    def export() -> dict[str, list[dict[str, Any]]]:
        return export_record(store)

    return app
