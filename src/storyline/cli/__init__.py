"""Command line: a thin layer over :mod:`storyline.workflows` and the stores."""

from __future__ import annotations

from storyline.cli import (  # noqa: F401  (each module registers its commands)
    claims_eval,
    clean,
    corpus,
    entities_eval,
    events_eval,
    quotes_eval,
    record,
    serve,
    timex,
)
from storyline.cli.app import app

__all__ = ["app"]
