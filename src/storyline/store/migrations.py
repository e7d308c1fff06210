"""Versioned schema migrations: each step runs once, in order, inside one transaction."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, inspect, select, text

from storyline.store import schema


def _create_tables(conn: Connection) -> None:
    schema.metadata.create_all(conn)


def _sqlite_full_text(conn: Connection) -> None:
    """SQLite only: an FTS5 index over document titles and texts."""
    if conn.dialect.name != "sqlite":
        return
    conn.execute(text(
        "CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5("
        "id UNINDEXED, title, text, tokenize='unicode61 remove_diacritics 2')"
    ))


def _publication_window(conn: Connection) -> None:
    """The end of an inferred publication window (a database made before it lacks the column)."""
    columns = {c["name"] for c in inspect(conn).get_columns("documents")}
    if "published_before" not in columns:
        conn.execute(text("ALTER TABLE documents ADD COLUMN published_before VARCHAR(10)"))


MIGRATIONS: tuple[Callable[[Connection], None], ...] = (
    _create_tables, _sqlite_full_text, _publication_window)
LATEST = len(MIGRATIONS)


def current_version(conn: Connection) -> int:
    if not conn.dialect.has_table(conn, "schema_version"):
        return 0
    found = conn.execute(select(schema.schema_version.c.version)).scalars().all()
    return max(found, default=0)


def migrate(conn: Connection) -> int:
    """Bring the database to the latest schema; returns the version it is at."""
    version = current_version(conn)
    for number, step in enumerate(MIGRATIONS[version:], start=version + 1):
        step(conn)
        conn.execute(schema.schema_version.insert().values(version=number))
    return LATEST
