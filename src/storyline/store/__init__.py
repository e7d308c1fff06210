"""Storage of documents, analyses and the resolved record: SQLite by default, PostgreSQL by URL."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, create_engine, delete, event, func, insert, select, text
from sqlalchemy.exc import SQLAlchemyError

from storyline.errors import StoreError
from storyline.models import (
    Analysis,
    ClaimRecord,
    Document,
    Entity,
    Event,
    QuoteRecord,
    Story,
    from_dict,
    to_dict,
)
from storyline.store import schema
from storyline.store.migrations import migrate

T = TypeVar("T")


def database_url(target: str | Path) -> str:
    """Turn ``--db`` into an SQLAlchemy URL: a path means an SQLite file."""
    target = str(target)
    if target.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + target.split("://", 1)[1]
    if "://" in target:
        return target
    return f"sqlite:///{Path(target).expanduser()}"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _document_row(document: Document, seq: int) -> dict[str, Any]:
    row = to_dict(document)
    row["authors"] = json.dumps(row["authors"], ensure_ascii=False)
    row["wire"] = json.dumps(row["wire"], ensure_ascii=False)
    row["seq"] = seq
    return row


def _row_document(row: Any) -> Document:
    data = dict(row._mapping)
    data.pop("seq", None)
    data["authors"] = json.loads(data["authors"])
    data["wire"] = json.loads(data["wire"])
    return from_dict(Document, data)


class Store:
    """One database. Every write is one transaction: a crash leaves nothing half-written."""

    def __init__(self, target: str | Path) -> None:
        self.url = database_url(target)
        try:
            self.engine: Engine = create_engine(self.url)
            if self.engine.dialect.name == "sqlite":
                event.listen(self.engine, "connect", _sqlite_pragmas)
            with self.engine.begin() as conn:
                migrate(conn)
        except SQLAlchemyError as exc:
            raise StoreError(
                f"cannot open the database {target}: {exc.__class__.__name__}: "
                f"{str(exc).splitlines()[0]} (check the path or URL, and that the server runs)"
            ) from exc

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ documents

    def known_ids(self) -> set[str]:
        with self.engine.connect() as conn:
            return set(conn.execute(select(schema.documents.c.id)).scalars())

    def add(self, document: Document, analysis: Analysis | None = None) -> bool:
        """Store a document (and its analysis) in one transaction; False if already there."""
        with self.engine.begin() as conn:
            exists = conn.execute(
                select(schema.documents.c.id).where(schema.documents.c.id == document.id)
            ).first()
            if exists:
                return False
            seq = conn.execute(select(func.coalesce(func.max(schema.documents.c.seq), 0))).scalar_one()
            conn.execute(insert(schema.documents).values(_document_row(document, seq + 1)))
            if analysis is not None:
                conn.execute(insert(schema.analyses).values(
                    document=document.id, version=analysis.version,
                    payload=json.dumps(to_dict(analysis), ensure_ascii=False)))
            if conn.dialect.name == "sqlite":
                conn.execute(text("INSERT INTO documents_fts(id, title, text) VALUES (:i, :t, :x)"),
                             {"i": document.id, "t": document.title, "x": document.text})
        return True

    def documents(self) -> list[Document]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(schema.documents).order_by(schema.documents.c.seq))
            return [_row_document(r) for r in rows]

    def document(self, document_id: str) -> Document | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                select(schema.documents).where(schema.documents.c.id == document_id)
            ).first()
        return _row_document(row) if row else None

    def analyses(self) -> list[Analysis]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(schema.analyses.c.payload)
                .join(schema.documents, schema.documents.c.id == schema.analyses.c.document)
                .order_by(schema.documents.c.seq)
            ).scalars()
            return [from_dict(Analysis, json.loads(p)) for p in rows]

    def analysis(self, document_id: str) -> Analysis | None:
        with self.engine.connect() as conn:
            payload = conn.execute(select(schema.analyses.c.payload).where(
                schema.analyses.c.document == document_id)).scalar()
        return from_dict(Analysis, json.loads(payload)) if payload else None

    def search(self, query: str, limit: int = 20) -> list[str]:
        """Ids of documents matching a full-text query (SQLite FTS5; LIKE elsewhere)."""
        with self.engine.connect() as conn:
            if conn.dialect.name == "sqlite":
                rows = conn.execute(text(
                    "SELECT id FROM documents_fts WHERE documents_fts MATCH :q "
                    "ORDER BY rank LIMIT :n"), {"q": query, "n": limit})
                return [r[0] for r in rows]
            like = f"%{query}%"
            rows = conn.execute(select(schema.documents.c.id).where(
                schema.documents.c.text.ilike(like) | schema.documents.c.title.ilike(like)
            ).limit(limit))
            return [r[0] for r in rows]

    # ------------------------------------------------------------------ resolved record

    def replace_resolution(
        self,
        documents: Sequence[Document],
        entities: Sequence[Entity] = (),
        quotes: Sequence[QuoteRecord] = (),
        events: Sequence[Event] = (),
        claims: Sequence[ClaimRecord] = (),
        stories: Sequence[Story] = (),
        merge_log: Sequence[Any] = (),
    ) -> None:
        """Swap in a new resolved record in one transaction."""
        d = schema.documents.c
        with self.engine.begin() as conn:
            for doc in documents:
                conn.execute(schema.documents.update().where(d.id == doc.id).values(
                    story=doc.story, duplicate_of=doc.duplicate_of, published=doc.published,
                    published_precision=doc.published_precision,
                    published_origin=doc.published_origin, published_before=doc.published_before))
            for table in schema.RESOLVED_TABLES:
                conn.execute(delete(table))
            self._insert(conn, schema.entities, entities, lambda e: {"name": e.name, "type": e.type})
            self._insert(conn, schema.quotes, quotes,
                         lambda q: {"document": q.document, "speaker": q.speaker})
            self._insert(conn, schema.events, events, lambda e: {"type": e.type, "date": e.date})
            self._insert(conn, schema.claims, claims, lambda c: {"document": c.document})
            self._insert(conn, schema.stories, stories, lambda s: {})
            self._insert(conn, schema.merge_log, merge_log, lambda m: {})

    @staticmethod
    def _insert(conn: Any, table: Any, records: Sequence[Any], columns: Any) -> None:
        rows = []
        for number, record in enumerate(records):
            payload = to_dict(record)
            rows.append({"id": payload.get("id") or f"{number:08d}", **columns(record),
                         "payload": json.dumps(payload, ensure_ascii=False)})
        if rows:
            conn.execute(insert(table), rows)

    def _records(self, table: Any, cls: type[T], *where: Any) -> list[T]:
        with self.engine.connect() as conn:
            query = select(table.c.payload).where(*where).order_by(table.c.id)
            return [from_dict(cls, json.loads(p)) for p in conn.execute(query).scalars()]

    def entities(self) -> list[Entity]:
        return self._records(schema.entities, Entity)

    def quotes(self) -> list[QuoteRecord]:
        return self._records(schema.quotes, QuoteRecord)

    def events(self) -> list[Event]:
        return self._records(schema.events, Event)

    def claims(self) -> list[ClaimRecord]:
        return self._records(schema.claims, ClaimRecord)

    def stories(self) -> list[Story]:
        return self._records(schema.stories, Story)

    def merge_log(self) -> Iterator[dict[str, Any]]:
        with self.engine.connect() as conn:
            for payload in conn.execute(select(schema.merge_log.c.payload)).scalars():
                yield json.loads(payload)
