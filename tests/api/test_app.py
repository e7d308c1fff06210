"""The JSON API answers the same queries as the CLI, over a real SQLite file."""

from __future__ import annotations

from fastapi.testclient import TestClient

from storyline.api import create_app
from storyline.models import Document, Entity, Event, EventSource, QuoteRecord
from storyline.store import Store


def _client(tmp_path) -> TestClient:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "api.db")
    with Store(db) as store:
        doc = Document(id="d1", source="a.txt", text="« Oui », a dit Karoline Leavitt.",
                       title="Un titre", published="2025-03-19", published_precision="day")
        store.add(doc)
        store.replace_resolution(
            [doc],
            [Entity(id="e1", name="Karoline Leavitt", type="PER", aliases=("Leavit",),
                    mentions=1, documents=("d1",)),
             Entity(id="e2", name="Donald Trump", type="PER", mentions=1, documents=("d1",))],
            [QuoteRecord(id="q1", document="d1", text="Oui", kind="direct", start=2, end=5,
                         speaker="e1", cue="dire")],
            [Event(id="v2", type="CONSULT", actors=("e2",), date="2025-03-18",
                   mentions=(EventSource("d1", 0, 3, "s"),)),
             Event(id="v1", type="AGREE", actors=("e1",), date="2025-03-19",
                   mentions=(EventSource("d1", 0, 3, "s"),))],
        )
    return TestClient(create_app(db))


def test_documents_and_document(tmp_path):
    client = _client(tmp_path)
    assert [d["id"] for d in client.get("/api/documents").json()] == ["d1"]
    assert client.get("/api/documents/d1").json()["title"] == "Un titre"
    missing = client.get("/api/documents/nope")
    assert missing.status_code == 404 and "nope" in missing.json()["detail"]


def test_quotes_by_speaker_alias(tmp_path):
    client = _client(tmp_path)
    assert [q["id"] for q in client.get("/api/quotes", params={"speaker": "leavit"}).json()] == ["q1"]
    assert client.get("/api/quotes", params={"speaker": "Trump"}).json() == []


def test_timeline_is_in_date_order_and_events_filter(tmp_path):
    client = _client(tmp_path)
    assert [e["id"] for e in client.get("/api/timeline").json()] == ["v2", "v1"]
    assert [e["id"] for e in client.get("/api/events", params={"actor": "trump"}).json()] == ["v2"]
    assert client.get("/api/events", params={"type": "agree"}).json()[0]["id"] == "v1"


def test_openapi_lists_the_routes(tmp_path):
    paths = _client(tmp_path).get("/openapi.json").json()["paths"]
    assert {"/api/timeline", "/api/quotes", "/api/export"} <= set(paths)


def test_pages_render_with_the_record(tmp_path):
    client = _client(tmp_path)
    home = client.get("/")
    assert home.status_code == 200 and "Un titre" in home.text
    assert "Donald Trump" in client.get("/timeline").text
    assert "Leavit" in client.get("/entities").text
    reader = client.get("/documents/d1").text
    assert "a dit Karoline Leavitt" in reader
