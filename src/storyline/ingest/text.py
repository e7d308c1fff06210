"""Plain-text dumps: one article a file, cleaned later by the line classifier."""

from __future__ import annotations

from storyline.errors import InputError
from storyline.models import RawDocument


def read_text(source: str, text: str) -> RawDocument:
    """The article of a decoded plain-text dump; InputError when it holds only whitespace."""
    body = text.strip()
    if not body:
        raise InputError(source, "no text: the file holds only whitespace")
    return RawDocument(source=source, body=body, kind="text")
