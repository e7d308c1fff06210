"""News-please records: JSON Lines (one article a line) and JSON files (one article or a list).

Fields read: ``maintext`` (else ``text``, else ``description``) as the body, ``title``
(else ``title_rss``, else ``title_page``),
``date_publish`` (kept as written), ``url``, ``authors`` and ``source_domain`` (the outlet).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from storyline.errors import InputError
from storyline.ingest.encoding import normalise
from storyline.ingest.skipped import Skipped
from storyline.models import RawDocument

BODY_FIELDS = ("maintext", "text", "description")
TITLE_FIELDS = ("title", "title_rss", "title_page")


def read_json_lines(source: str, text: str) -> Iterator[RawDocument | Skipped]:
    """One RawDocument per line of ``text`` (source ``path:LINE``); blank lines are ignored.

    A line that is not valid JSON, not an object, or has no body text gives a Skipped and
    the following lines are still read.
    """
    found = False
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        found = True
        where, prefix = f"{source}:{number}", f"line {number}: "
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Skipped(where, f"{prefix}invalid JSON ({exc.msg} at column {exc.colno})")
            continue
        yield _record_or_skipped(where, value, prefix)
    if not found:
        raise InputError(source, "no text: the file holds only whitespace")


def read_json(source: str, text: str) -> Iterator[RawDocument | Skipped]:
    """The records of a JSON file: one object (source ``path``), a list of objects (source
    ``path#N``, from 1), or, when the whole file does not parse, JSON Lines."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        if _first_line_parses(text):
            yield from read_json_lines(source, text)
            return
        raise InputError(source, (
            f"invalid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno}); "
            "expected one article object, a list of them, or one object a line (.jsonl)"
        )) from exc
    if isinstance(value, list):
        if not value:
            raise InputError(source, "empty JSON list: no articles in it")
        for number, item in enumerate(value, 1):
            yield _record_or_skipped(f"{source}#{number}", item, f"item {number}: ")
    else:
        yield _record_or_skipped(source, value, "")


def _first_line_parses(text: str) -> bool:
    first = next((line for line in text.split("\n") if line.strip()), "")
    try:
        json.loads(first)
    except json.JSONDecodeError:
        return False
    return True


def _record_or_skipped(source: str, value: Any, prefix: str) -> RawDocument | Skipped:
    if not isinstance(value, dict):
        return Skipped(source, (
            f"{prefix}expected a JSON object (one article), got {_json_type(value)}"
        ))
    body = next((v for v in (value.get(f) for f in BODY_FIELDS) if _string(v)), None)
    if body is None:
        return Skipped(source, (
            f"{prefix}no body text: the record has no non-empty 'maintext' "
            "(nor 'text' or 'description')"
        ))
    return RawDocument(
        source=source,
        body=normalise(body).strip(),
        kind="text",
        url=_field(value, "url"),
        title=next((t for t in (_field(value, f) for f in TITLE_FIELDS) if t), None),
        published=_field(value, "date_publish"),
        authors=_authors(value.get("authors")),
        outlet=_field(value, "source_domain"),
    )


def _string(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _field(record: dict[str, Any], name: str) -> str | None:
    value = record.get(name)
    return normalise(value).strip() if isinstance(value, str) and value.strip() else None


def _authors(value: Any) -> tuple[str, ...]:
    names = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    return tuple(normalise(n).strip() for n in names if isinstance(n, str) and n.strip())


def _json_type(value: Any) -> str:
    names = {list: "a list", str: "a string", bool: "a boolean", int: "a number", float: "a number"}
    return "null" if value is None else names.get(type(value), type(value).__name__)
