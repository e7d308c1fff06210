"""HTML pages: checked for markup and visible text here, extracted later by trafilatura."""

from __future__ import annotations

import html
import re

from storyline.errors import InputError
from storyline.models import RawDocument

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_MARKUP = re.compile(r"<[A-Za-z!/][^<>]*>")
_INVISIBLE = re.compile(
    r"<(script|style|noscript|template|head)\b.*?</\1\s*>|<!--.*?-->", re.IGNORECASE | re.DOTALL
)
_TAG = re.compile(r"<[^<>]*>")


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` tag of its first 4 kB, if any."""
    found = _META_CHARSET.search(data[:4096])
    return found.group(1).decode("ascii") if found else None


def read_html(source: str, page: str, *, url: str | None = None) -> RawDocument:
    """The article of a decoded HTML page.

    Raises InputError when the page has no markup (a text file named .html) or no visible
    text at all (an empty shell, scripts and styles only).
    """
    body = page.strip()
    if not _MARKUP.search(body):
        raise InputError(source, (
            "malformed HTML: no tags found; name the file .txt if it is a plain-text dump"
        ))
    visible = html.unescape(_TAG.sub(" ", _INVISIBLE.sub(" ", body)))
    if not visible.strip():
        raise InputError(source, (
            "malformed HTML: the page has no text content (only markup, scripts or styles); "
            "save the page after it has loaded, or its article view"
        ))
    return RawDocument(source=source, body=body, kind="html", url=url)
