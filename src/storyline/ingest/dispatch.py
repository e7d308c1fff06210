"""Send one file or stream to the reader its kind needs."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

from storyline.errors import InputError
from storyline.ingest.compressed import GZIP_MAGIC, gunzip
from storyline.ingest.encoding import decode
from storyline.ingest.files import check_size, read_bytes
from storyline.ingest.html import declared_charset, read_html
from storyline.ingest.jsonl import read_json, read_json_lines
from storyline.ingest.kinds import Kind, is_page, is_warc, kind_from_name, kind_from_text
from storyline.ingest.skipped import Skipped
from storyline.ingest.text import read_text
from storyline.ingest.warc import read_warc
from storyline.models import RawDocument

Item = RawDocument | Skipped


def read_file(path: Path, max_bytes: int) -> Iterator[Item]:
    """The documents of one file; a Skipped instead of any error, after what was read."""
    source = str(path)
    try:
        kind, gzipped = kind_from_name(path.name, source)
        if kind == "warc":  # streamed: warcio reads .warc and .warc.gz alike
            check_size(path, max_bytes)
            with path.open("rb") as stream:
                yield from read_warc(source, stream, max_bytes)
            return
        data = read_bytes(path, max_bytes)
        if gzipped:
            data = gunzip(data, source, max_bytes)
        yield from read_data(source, data, kind, max_bytes)
    except InputError as exc:
        yield Skipped(exc.source, exc.reason)
    except OSError as exc:  # the file vanished or failed while being read
        yield Skipped(source, f"cannot be read ({exc.strerror or exc})")
    except Exception as exc:  # noqa: BLE001 - one bad file never stops the batch
        yield Skipped(source, f"could not be read ({type(exc).__name__}: {exc}); please report it")


def read_data(source: str, data: bytes, kind: Kind, max_bytes: int) -> Iterator[Item]:
    """The documents in the bytes of one input; ``kind`` "sniff" looks at the content.

    Raises InputError for an input that yields nothing at all.
    """
    if not data:
        raise InputError(source, "empty file")
    if kind == "sniff" and data.startswith(GZIP_MAGIC):
        data = gunzip(data, source, max_bytes)
    if kind == "warc" or (kind == "sniff" and is_warc(data)):
        yield from read_warc(source, io.BytesIO(data), max_bytes)
        return
    declared = declared_charset(data) if kind in ("html", "sniff") else None
    text = decode(data, source, declared=declared)
    if kind == "sniff":
        kind = kind_from_text(text)
    if kind == "html" or (kind == "text" and is_page(text)):
        yield read_html(source, text)
    elif kind == "json":
        yield from read_json(source, text)
    elif kind == "jsonl":
        yield from read_json_lines(source, text)
    else:
        yield read_text(source, text)
