"""Shared fixtures: the spaCy pipeline (loaded once), example articles, stores."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "examples" / "seeds"
GOLD = ROOT / "gold"


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from storyline.analysis.parse import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


def _postgres_admin_url() -> str:
    import os

    return os.environ.get("STORYLINE_TEST_DATABASE_URL",
                          "postgresql://postgres@127.0.0.1:5432/test")


@pytest.fixture(scope="session")
def postgres_server():  # type: ignore[no-untyped-def]
    """A fresh, empty database on the test PostgreSQL server; dropped at the end."""
    import uuid

    import psycopg

    admin = _postgres_admin_url()
    try:
        conn = psycopg.connect(admin, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as exc:  # the test command always provides one
        pytest.fail(f"no PostgreSQL at {admin} ({exc}); run the tests with scripts/test.sh")
    name = f"storyline_test_{uuid.uuid4().hex[:10]}"
    conn.execute(f'CREATE DATABASE "{name}"')
    base = admin.rsplit("/", 1)[0]
    yield f"{base}/{name}"
    conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    conn.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_target(request, tmp_path):  # type: ignore[no-untyped-def]
    """A database target for each backend: an SQLite file, or a PostgreSQL URL (emptied)."""
    if request.param == "sqlite":
        return str(tmp_path / "test.db")
    url = request.getfixturevalue("postgres_server")
    from sqlalchemy import create_engine, text

    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    engine.dispose()
    return url
