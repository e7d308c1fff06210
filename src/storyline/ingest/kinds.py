"""Which reader an input needs: from its file name, or from its first bytes."""

from __future__ import annotations

import json
import re
from typing import Literal

from storyline.errors import InputError

Kind = Literal["text", "html", "json", "jsonl", "warc", "sniff"]

EXTENSIONS: dict[str, Kind] = {
    ".txt": "text", ".text": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
    ".warc": "warc",
}
SUPPORTED = ".txt, .html, .jsonl or .warc(.gz)"

# An ending counts as a file extension when it is short and has a letter: "x.txt", "x.md"
# do, "Reuters 18.03.2025" and "M. Macron parle" do not (those read as files without one).
_EXTENSION = re.compile(r"\.(?=[a-z0-9]*[a-z])[a-z0-9]{1,5}")
_PAGE_START = re.compile(r"\s*<(!doctype\s+html|html)[\s>]", re.IGNORECASE)
_HTML_START = re.compile(
    r"<(!doctype\s+html|html|head|body|meta|title|article|div|p|h[1-6]|!--)[\s>/]", re.IGNORECASE
)


def extension(name: str) -> str:
    """The lower-case extension of a file name, or "" when it has none."""
    dot = name.rfind(".")
    ending = name[dot:].lower() if dot > 0 else ""
    return ending if _EXTENSION.fullmatch(ending) else ""


def kind_from_name(name: str, source: str) -> tuple[Kind, bool]:
    """The reader for a file name and whether the file is gzip-compressed.

    Raises InputError for an extension Storyline does not read.
    """
    gzipped = extension(name) == ".gz"
    inner = name[:-3] if gzipped else name
    ending = extension(inner)
    if not ending:
        return "sniff", gzipped
    if ending not in EXTENSIONS:
        raise InputError(source, (
            f"unsupported file type '{ending}': expected {SUPPORTED}; "
            "rename the file if it holds one of these"
        ))
    return EXTENSIONS[ending], gzipped


def is_warc(data: bytes) -> bool:
    """Whether ``data`` (uncompressed) starts with a WARC record."""
    return data.lstrip(b"\r\n").startswith(b"WARC/")


def is_page(text: str) -> bool:
    """Whether ``text`` is a whole HTML page (``<!DOCTYPE html>`` or ``<html>`` first): a page
    saved as .txt is still read as HTML."""
    return _PAGE_START.match(text) is not None


def kind_from_text(text: str) -> Kind:
    """The reader for decoded text of unknown kind: HTML, JSON, JSON Lines or plain text."""
    head = text.lstrip()[:2048]
    if _HTML_START.match(head) or head.lower().startswith("<?xml") and "<html" in head.lower():
        return "html"
    if head[:1] in ("[", "{"):
        body = text.strip()
        if _is_json(body) or _is_json(body.split("\n", 1)[0]):
            return "json"
    return "text"


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True
