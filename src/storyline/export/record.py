"""The export contract (``data/export.schema.json``): the stored record as JSON-ready dicts, and writers."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from typing import Any

from storyline.models import to_dict
from storyline.store import Store

CONTRACT_KEYS = ("documents", "entities", "quotes", "events", "claims", "stories")


def export_record(store: Store) -> dict[str, list[dict[str, Any]]]:
    """Everything stored, in the shape of ``storyline export --format json``."""
    return {
        "documents": [to_dict(d) for d in store.documents()],
        "entities": [to_dict(e) for e in store.entities()],
        "quotes": [to_dict(q) for q in store.quotes()],
        "events": [to_dict(e) for e in store.events()],
        "claims": [to_dict(c) for c in store.claims()],
        "stories": [to_dict(s) for s in store.stories()],
    }


def _json(record: dict[str, list[dict[str, Any]]]) -> str:
    return json.dumps(record, ensure_ascii=False, indent=2) + "\n"


def _jsonl(record: dict[str, list[dict[str, Any]]]) -> str:
    lines = [json.dumps({"record": kind, **row}, ensure_ascii=False)
             for kind in CONTRACT_KEYS for row in record[kind]]
    return "\n".join(lines) + ("\n" if lines else "")


def _csv_documents(record: dict[str, list[dict[str, Any]]]) -> str:
    out = io.StringIO()
    fields = ["id", "outlet", "published", "title", "url", "source", "story", "duplicate_of"]
    writer = csv.DictWriter(out, fieldnames=fields, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(record["documents"])
    return out.getvalue()


def _names(record: dict[str, list[dict[str, Any]]]) -> dict[str, str]:
    return {e["id"]: e["name"] for e in record["entities"]}


def _markdown(record: dict[str, list[dict[str, Any]]]) -> str:
    """A readable brief: the timeline with its sources, then who said what."""
    names = _names(record)
    outlets = {d["id"]: d["outlet"] or d["title"] or d["id"] for d in record["documents"]}
    lines = ["# Timeline", ""]
    for event in sorted(record["events"], key=lambda e: (e["date"] is None, e["date"] or "")):
        who = ", ".join(names.get(a, a) for a in event["actors"]) or "?"
        whom = ", ".join(names.get(a, a) for a in event["recipients"])
        kind = event["type"] + (f"/{event['mode']}" if event["mode"] else "")
        sources = ", ".join(sorted({outlets.get(m["document"], m["document"])
                                    for m in event["mentions"]}))
        flag = f" **(sources disagree: {', '.join(event['disputed'])})**" if event.get("disputed") else ""
        lines.append(f"- {event['date'] or 'undated'} · {kind} · {who}"
                     + (f" → {whom}" if whom else "") + f" — {sources}{flag}")
    lines += ["", "# Quotes", ""]
    for quote in record["quotes"]:
        speaker = names.get(quote["speaker"] or "", quote["speaker_text"] or "?")
        lines.append(f"- **{speaker}** ({quote['cue'] or quote['kind']}): « {quote['text']} » "
                     f"— {outlets.get(quote['document'], quote['document'])}")
    return "\n".join(lines) + "\n"


def _timelinejs(record: dict[str, list[dict[str, Any]]]) -> str:
    """TimelineJS 3 JSON: one slide per dated timeline entry."""
    names = _names(record)
    slides = []
    for event in record["events"]:
        if not event["date"]:
            continue
        year, *rest = event["date"].split("-")
        start = {"year": year, **({"month": rest[0]} if rest else {}),
                 **({"day": rest[1]} if len(rest) > 1 else {})}
        actors = ", ".join(names.get(a, a) for a in event["actors"])
        slides.append({"start_date": start,
                       "text": {"headline": f"{event['type']} {actors}".strip(),
                                "text": event["mentions"][0]["sentence"]}})
    return json.dumps({"events": slides}, ensure_ascii=False, indent=2) + "\n"


FORMATS: dict[str, Callable[[dict[str, list[dict[str, Any]]]], str]] = {
    "json": _json,
    "jsonl": _jsonl,
    "csv": _csv_documents,
    "markdown": _markdown,
    "timelinejs": _timelinejs,
}


def write_export(store: Store, fmt: str) -> str:
    """The stored record rendered in ``fmt`` (one of FORMATS)."""
    return FORMATS[fmt](export_record(store))
