"""The HTML pages, rendered on the server from the same queries as the CLI and the API."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from storyline.store import Store
from storyline.store.queries import entity_names, find_claims, find_quotes, timeline
from storyline.web.highlight import segments

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))


def mount_pages(app: FastAPI, store: Store) -> None:
    """Add the HTML pages to ``app``."""

    def page(request: Request, name: str, **context: Any) -> HTMLResponse:
        return TEMPLATES.TemplateResponse(request, name, {"names": entity_names(store), **context})

    @app.get("/", response_class=HTMLResponse)
    def home(request: Request) -> HTMLResponse:
        return page(request, "home.html", documents=store.documents(), stories=store.stories())

    @app.get("/timeline", response_class=HTMLResponse)
    def timeline_page(request: Request) -> HTMLResponse:
        titles = {d.id: d.outlet or d.title for d in store.documents()}
        return page(request, "timeline.html", events=timeline(store), titles=titles)

    @app.get("/entities", response_class=HTMLResponse)
    def entities_page(request: Request) -> HTMLResponse:
        entities = sorted(store.entities(), key=lambda e: (-e.mentions, e.name))
        return page(request, "entities.html", entities=entities)

    @app.get("/quotes", response_class=HTMLResponse)
    def quotes_page(request: Request, speaker: str | None = None) -> HTMLResponse:
        return page(request, "quotes.html", quotes=find_quotes(store, speaker=speaker),
                    speaker=speaker or "")

    @app.get("/claims", response_class=HTMLResponse)
    def claims_page(request: Request) -> HTMLResponse:
        outlets = {d.id: d.outlet or d.id for d in store.documents()}
        return page(request, "claims.html", claims=find_claims(store), outlets=outlets)

    @app.get("/documents/{document_id}", response_class=HTMLResponse)
    def reader(request: Request, document_id: str) -> HTMLResponse:
        document = store.document(document_id)
        if document is None:
            raise HTTPException(404, f"no document {document_id!r}")
        return page(request, "reader.html", document=document,
                    segments=segments(document.text, store.analysis(document_id)))
