"""Helpers shared by the command modules: settings, errors as one line, output."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import typer
from rich.console import Console

from storyline.errors import StorylineError
from storyline.settings import Settings, load_settings
from storyline.store import Store

console = Console()
errors = Console(stderr=True)

EXIT_SKIPPED = 1  # the command finished but skipped some input
EXIT_ERROR = 2  # the command could not do its job

T = TypeVar("T")


def settings_with(db: str | None = None, **overrides: Any) -> Settings:
    settings = load_settings()
    values = {k: v for k, v in overrides.items() if v is not None}
    if db is not None:
        values["db"] = db
    return Settings(**{**settings.__dict__, **values})


def fail(message: str) -> typer.Exit:
    errors.print(f"[red]error:[/red] {message}", highlight=False, soft_wrap=True)
    return typer.Exit(EXIT_ERROR)


@contextmanager
def guarded() -> Iterator[None]:
    """Turn a StorylineError into one line on stderr and exit code 2."""
    try:
        yield
    except StorylineError as exc:
        raise fail(str(exc)) from None


def with_store(db: str | None, action: Callable[[Store], T]) -> T:
    with guarded(), Store(settings_with(db).db) as store:
        return action(store)


def print_json(data: Any) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


DB_OPTION = typer.Option(None, "--db", help="SQLite file or postgresql:// URL [default: storyline.db]")
JSON_OPTION = typer.Option(False, "--json", help="Print JSON for scripts.")
