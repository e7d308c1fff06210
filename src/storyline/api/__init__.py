"""HTTP JSON API (FastAPI) over the stored record: the same queries as the CLI."""

from __future__ import annotations

from storyline.api.app import create_app

__all__ = ["create_app"]
