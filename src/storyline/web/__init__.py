"""Server-rendered web UI: timeline, actors, quotes, claims side by side, article reader."""

from __future__ import annotations

from storyline.web.pages import mount_pages

__all__ = ["mount_pages"]
