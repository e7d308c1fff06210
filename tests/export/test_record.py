"""The export follows the contract and gives back exactly what was stored."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyline.export import export_record, write_export
from storyline.models import (
    ClaimRecord,
    Document,
    Entity,
    Event,
    EventSource,
    QuoteRecord,
    Story,
    content_id,
    from_dict,
)
from storyline.store import Store

ROOT = Path(__file__).resolve().parents[2]

SCHEMA = json.loads((ROOT / "src/storyline/data/export.schema.json").read_text(encoding="utf-8"))


def _full_store(path) -> Store:  # type: ignore[no-untyped-def]
    store = Store(path)
    doc = Document(id="d1", source="a.txt", text="Texte.", title="T", published="2025-03",
                   published_precision="month", published_origin="url", language="fr",
                   story="s1")
    store.add(doc)
    store.replace_resolution(
        [doc],
        [Entity(id="e1", name="Kiev", type="LOC", aliases=("Kyiv",), mentions=2,
                documents=("d1",))],
        [QuoteRecord(id="q1", document="d1", text="Texte", kind="direct", start=0, end=5,
                     speaker="e1", speaker_text="Kiev", cue="déclarer")],
        [Event(id="v1", type="ASSAULT", date="2025-03-14", date_precision="day",
               mentions=(EventSource("d1", 0, 5, "Texte.", "e1"),), modality="asserted")],
        [ClaimRecord(id="c1", document="d1", value=27.0, noun="drones", start=0, end=2,
                     attributed_to="e1", agreement="single")],
        [Story(id="s1", label="Kiev", documents=("d1",), start="2025-03", end="2025-03")],
    )
    return store


def test_export_validates_against_the_contract(tmp_path):
    with _full_store(tmp_path / "x.db") as store:
        record = export_record(store)
    jsonschema.validate(record, SCHEMA)
    assert [len(record[k]) for k in ("documents", "entities", "quotes", "events", "claims",
                                     "stories")] == [1, 1, 1, 1, 1, 1]
    assert record["events"][0]["mentions"][0]["attributed_to"] == "e1"


def test_csv_and_jsonl_formats(tmp_path):
    with _full_store(tmp_path / "x.db") as store:
        rows = list(csv.DictReader(io.StringIO(write_export(store, "csv"))))
        lines = [json.loads(x) for x in write_export(store, "jsonl").splitlines()]
    assert rows[0]["id"] == "d1" and rows[0]["published"] == "2025-03"
    assert {x["record"] for x in lines} == {"documents", "entities", "quotes", "events", "claims",
                                          "stories"}


documents = st.builds(
    Document,
    id=st.just(""),
    source=st.text(min_size=1, max_size=30),
    text=st.text(min_size=1),
    title=st.text(max_size=40),
    url=st.one_of(st.none(), st.text(max_size=40)),
    outlet=st.one_of(st.none(), st.text(max_size=20)),
    authors=st.lists(st.text(max_size=15), max_size=3).map(tuple),
    wire=st.lists(st.sampled_from(["AFP", "Reuters", "AP"]), max_size=2).map(tuple),
    language=st.sampled_from(["fr", "en", None]),
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(document=documents)
def test_document_store_export_round_trip(tmp_path, document):
    document = Document(**{**document.__dict__, "id": content_id(document.__dict__)})
    with Store(tmp_path / "r.db") as store:
        store.add(document)
        exported = [d for d in export_record(store)["documents"] if d["id"] == document.id]
    jsonschema.validate({"documents": exported, "entities": [], "quotes": [], "events": [],
                         "claims": [], "stories": []}, SCHEMA)
    assert from_dict(Document, exported[0]) == document


def test_markdown_and_timelinejs(tmp_path):
    with _full_store(tmp_path / "x.db") as store:
        markdown = write_export(store, "markdown")
        slides = json.loads(write_export(store, "timelinejs"))["events"]
    assert "- 2025-03-14 · ASSAULT" in markdown
    assert "**Kiev** (déclarer): « Texte »" in markdown
    assert slides == [{"start_date": {"year": "2025", "month": "03", "day": "14"},
                       "text": {"headline": "ASSAULT", "text": "Texte."}}]
