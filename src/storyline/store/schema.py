"""The tables of a Storyline database (SQLAlchemy Core), the same on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Integer, MetaData, String, Table, Text

metadata = MetaData()

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True),
)

documents = Table(
    "documents",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("seq", Integer, nullable=False, index=True),  # order of arrival
    Column("source", Text, nullable=False),
    Column("url", Text),
    Column("title", Text, nullable=False),
    Column("outlet", Text),
    Column("published", String(10)),
    Column("published_precision", String(8)),
    Column("published_origin", String(16)),
    Column("published_before", String(10)),  # added by migration 3
    Column("authors", Text, nullable=False),  # JSON list
    Column("wire", Text, nullable=False),  # JSON list
    Column("language", String(8)),
    Column("text", Text, nullable=False),
    Column("story", String(64)),
    Column("duplicate_of", String(64)),
)

analyses = Table(
    "analyses",
    metadata,
    Column("document", String(64), ForeignKey("documents.id"), primary_key=True),
    Column("version", String(16), nullable=False),
    Column("payload", Text, nullable=False),  # JSON of models.Analysis
)


def _record_table(name: str, *columns: Column[str]) -> Table:
    """A resolved-record table: an id, a few columns to filter on, the record as JSON."""
    return Table(
        name,
        metadata,
        Column("id", String(64), primary_key=True),
        *columns,
        Column("payload", Text, nullable=False),
    )


entities = _record_table("entities", Column("name", Text, index=True), Column("type", String(8)))
quotes = _record_table("quotes", Column("document", String(64), index=True),
                       Column("speaker", String(64), index=True))
events = _record_table("events", Column("type", String(16), index=True),
                       Column("date", String(10), index=True))
claims = _record_table("claims", Column("document", String(64), index=True))
stories = _record_table("stories")
merge_log = _record_table("merge_log")

RESOLVED_TABLES = (entities, quotes, events, claims, stories, merge_log)
