"""WARC archives (CC-NEWS style): each HTML response record is one page.

Records are read as a stream with warcio. Request, metadata and warcinfo records,
responses that are not HTML, and responses with a status other than 2xx (redirects,
errors) are ignored. warcio stops quietly at a damaged or cut record, so the reader checks
that every record is complete and that nothing but blank lines follows the last one: a
file cut short gives a Skipped after the records before the cut.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from typing import IO

from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArcWarcRecord

from storyline.errors import InputError
from storyline.ingest.compressed import GZIP_MAGIC
from storyline.ingest.encoding import decode
from storyline.ingest.files import over_limit
from storyline.ingest.html import declared_charset, read_html
from storyline.ingest.kinds import kind_from_text
from storyline.ingest.skipped import Skipped
from storyline.models import RawDocument

HTML_TYPES = ("text/html", "application/xhtml+xml")
NOT_WARC = ("not a WARC archive (it does not start with a WARC record); expected a web archive "
            "such as CC-NEWS (.warc or .warc.gz)")
_CHUNK = 1 << 16


def read_warc(source: str, stream: IO[bytes], max_bytes: int) -> Iterator[RawDocument | Skipped]:
    """One RawDocument per HTML response of the archive, source ``path#N`` where N counts
    every record of the file from 1 (the URL comes from ``WARC-Target-URI``).

    ``stream`` must be seekable. Raises InputError, after the good records, for an
    archive that is empty, cut short or damaged.
    """
    iterator = ArchiveIterator(stream)
    records = iter(iterator)
    number = end = 0
    while True:
        try:
            record = next(records)
        except StopIteration:
            break
        except Exception as exc:  # noqa: BLE001 - warcio has no single error for a bad record
            raise InputError(f"{source}#{number + 1}", _damaged(stream, end, number, exc)) from exc
        number += 1
        where = f"{source}#{number}"
        if not record.format.startswith("warc"):  # warcio also reads old ARC files, and junk as ARC
            raise InputError(where, NOT_WARC if number == 1 else _damaged(stream, end, number - 1, None))
        item: RawDocument | Skipped | None
        try:
            item = _html_page(record, where, max_bytes)
        except InputError as exc:
            item = Skipped(exc.source, exc.reason)
        if not _complete(record):
            raise InputError(where, _damaged(stream, end, number - 1, None))
        end = iterator.get_record_offset() + iterator.get_record_length()
        if item is not None:
            yield item
    if _has_data_after(stream, end):
        raise InputError(source, _damaged(stream, end, number, None))
    if number == 0:
        raise InputError(source, "empty WARC archive: no records in it")


def _html_page(record: ArcWarcRecord, where: str, max_bytes: int) -> RawDocument | None:
    """The page of an HTML response record; None for every other record.

    A response without Content-Type is kept when its body reads as an HTML page.
    """
    if record.rec_type != "response" or record.http_headers is None:
        return None
    status = record.http_headers.get_statuscode() or ""
    content_type = record.http_headers.get_header("Content-Type") or ""
    mime, _, params = content_type.partition(";")
    mime = mime.strip().lower()
    if not status.startswith("2") or (mime and mime not in HTML_TYPES):
        return None
    try:
        payload = record.content_stream().read(max_bytes + 1)
    except (EOFError, zlib.error, OSError) as exc:
        raise InputError(where, f"the HTTP body cannot be decoded ({exc})") from exc
    if len(payload) > max_bytes:
        raise InputError(where, over_limit("the HTML response", None, max_bytes))
    if not payload.strip():
        if not mime:
            return None
        raise InputError(where, "empty HTML response")
    charset = _charset(params) or declared_charset(payload)
    try:
        page = decode(payload, where, declared=charset)
    except InputError:
        if mime:
            raise
        return None
    if not mime and kind_from_text(page) != "html":
        return None
    url = record.rec_headers.get_header("WARC-Target-URI") or None
    return read_html(where, page, url=url)


def _charset(params: str) -> str | None:
    for param in params.split(";"):
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _complete(record: ArcWarcRecord) -> bool:
    """Read the rest of the record; False when the file ends before its stated length."""
    if record.rec_headers.get_header("Content-Length") is None:
        return False
    while record.raw_stream.read(_CHUNK):
        pass
    return getattr(record.raw_stream, "limit", 0) <= 0


def _has_data_after(stream: IO[bytes], end: int) -> bool:
    """Whether anything but blank lines follows byte ``end`` of the file."""
    stream.seek(end)
    while chunk := stream.read(_CHUNK):
        if chunk.strip(b"\r\n"):
            return True
    return False


def _damaged(stream: IO[bytes], end: int, read: int, exc: BaseException | None) -> str:
    """The reason for an archive that cannot be read past byte ``end`` (``read`` records)."""
    done = f"after {read} record{'s' if read != 1 else ''}"
    again = "the file was cut short or damaged, download or copy it again"
    stream.seek(end)
    if stream.read(2) == GZIP_MAGIC:
        stream.seek(end)
        try:
            with gzip.GzipFile(fileobj=stream) as rest:
                while rest.read(_CHUNK):
                    pass
        except EOFError as error:
            return f"truncated gzip stream ({error}) {done}; {again}"
        except (zlib.error, gzip.BadGzipFile) as error:
            return f"corrupt gzip stream ({error}) {done}; {again}"
    if exc is not None and "Unknown archive format" in str(exc) and read == 0:
        return NOT_WARC
    detail = f" ({exc})" if exc is not None else ""
    return f"truncated or damaged WARC record{detail} {done}; {again}"
