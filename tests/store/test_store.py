"""The store keeps documents, analyses and the resolved record, on SQLite and PostgreSQL."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyline.errors import StoreError
from storyline.models import (
    Analysis,
    Document,
    Entity,
    Event,
    EventSource,
    LocalEntity,
    Mention,
    QuoteRecord,
    content_id,
)
from storyline.store import Store, database_url
from storyline.store.migrations import LATEST, current_version

DOC = Document(id="d1", source="a.txt", text="Le président a parlé.", title="Titre",
               outlet="Outlet", published="2025-03-18", published_precision="day",
               published_origin="dateline", authors=("A B",), wire=("Reuters",), language="fr")


def test_database_url_accepts_paths_and_urls(tmp_path):
    assert database_url(tmp_path / "x.db") == f"sqlite:///{tmp_path / 'x.db'}"
    assert database_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"


def test_document_and_analysis_round_trip(db_target):
    analysis = Analysis(document="d1", entities=(LocalEntity("E1", "Poutine", "PER"),),
                        mentions=(Mention(3, 12, "président", "E1", "description"),), version="1")
    with Store(db_target) as store:
        assert store.add(DOC, analysis) is True
        assert store.add(DOC, analysis) is False  # same id: a no-op
        assert store.documents() == [DOC]
        assert store.analyses() == [analysis]
        assert store.known_ids() == {"d1"}


def test_migrations_run_once_and_record_version(db_target):
    Store(db_target).close()
    with Store(db_target) as store, store.engine.connect() as conn:
        assert current_version(conn) == LATEST


def test_a_database_from_before_the_publication_window_is_migrated(db_target):
    """Migration 3 adds documents.published_before to a version-2 database, keeping its rows."""
    from sqlalchemy import delete, text

    from storyline.store import schema

    with Store(db_target) as store:
        store.add(DOC)
        with store.engine.begin() as conn:  # make it look like a database written by version 2
            conn.execute(text("ALTER TABLE documents DROP COLUMN published_before"))
            conn.execute(delete(schema.schema_version).where(schema.schema_version.c.version == 3))
    with Store(db_target) as store:
        assert store.documents() == [DOC]
        windowed = Document(**{**DOC.__dict__, "published_origin": "inferred",
                               "published_before": "2025-03-20"})
        store.replace_resolution([windowed])
        assert store.documents()[0].published_before == "2025-03-20"
        with store.engine.connect() as conn:
            assert current_version(conn) == LATEST == 3


def test_replace_resolution_swaps_records(db_target):
    entity = Entity(id="e1", name="Vladimir Poutine", type="PER", aliases=("Poutine",),
                    mentions=2, documents=("d1",))
    event = Event(id="v1", type="CONSULT", mode="phone", actors=("e1",), date="2025-03-18",
                  date_precision="day", mentions=(EventSource("d1", 0, 5, "s"),))
    quote = QuoteRecord(id="q1", document="d1", text="x", kind="direct", start=0, end=1,
                        speaker="e1")
    with Store(db_target) as store:
        store.add(DOC)
        store.replace_resolution([Document(**{**DOC.__dict__, "story": "s1"})], [entity],
                                 [quote], [event])
        assert store.entities() == [entity]
        assert store.events() == [event]
        assert store.quotes() == [quote]
        assert store.documents()[0].story == "s1"
        store.replace_resolution([DOC], [], [], [])
        assert store.entities() == [] and store.events() == []


def test_unreachable_database_gives_clear_error():
    with pytest.raises(StoreError, match="cannot open the database"):
        Store("postgresql://nobody@127.0.0.1:1/none")


def test_sqlite_full_text_search(tmp_path):
    with Store(tmp_path / "s.db") as store:
        store.add(DOC)
        store.add(Document(id="d2", source="b.txt", text="Rien à voir ici.", title="Autre"))
        assert store.search("président") == ["d1"]
        assert store.search("president") == ["d1"]  # accents folded


def test_sqlite_uses_wal(tmp_path):
    Store(tmp_path / "w.db").close()
    mode = sqlite3.connect(tmp_path / "w.db").execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


texts = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts, title=st.text(max_size=50), authors=st.lists(st.text(max_size=20), max_size=3),
       date=st.one_of(st.none(), st.dates().map(lambda d: d.isoformat())))
def test_any_document_round_trips(tmp_path, text, title, authors, date):
    document = Document(id=content_id(text, title, authors, date), source="s", text=text, title=title,
                        authors=tuple(authors), published=date,
                        published_precision="day" if date else None)
    with Store(tmp_path / "h.db") as store:
        store.add(document)
        assert store.document(document.id) == document
