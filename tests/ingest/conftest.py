"""Fixtures for the ingest tests.

``tests/fixtures/ingest/`` holds small real inputs, written once by hand-run Python:

- ``cp1252.txt``: French with accents, ’ « » € œ in Windows-1252, CRLF newlines;
- ``utf16le.txt`` / ``utf16be.txt``: the same text in UTF-16 with a byte-order mark;
- ``utf8-bom.txt``: the same text in UTF-8 with a BOM, accents decomposed (NFD);
- ``depeche``: a plain UTF-8 dump without extension;
- ``page.html`` (UTF-8) and ``page-cp1252.htm`` (declares windows-1252, CRLF);
- ``articles.jsonl``: three news-please records, the second one malformed JSON, the
  third with ``description`` but no ``maintext``;
- ``article.json``: one pretty-printed news-please record;
- ``article.txt.gz``: a gzip-compressed UTF-8 dump.

WARC archives are written in the tests with warcio's WARCWriter (:func:`write_warc`).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ingest"

ACCENTS = (
    "Le président a déclaré à l’Élysée : « Ça suffit », après la hausse de 5 € du prix "
    "de l’œuf.\nMême à Noël, la sœur du maïeuticien hésite."
)

# (url, content type, body bytes) of each response; a request record precedes each one
Response = tuple[str, str, bytes]

PAGES: tuple[Response, ...] = (
    ("https://news.example.org/un", "text/html; charset=utf-8",
     "<html><head><title>Un</title></head><body><p>Le président a parlé à l’Élysée.</p>"
     "</body></html>".encode()),
    ("https://news.example.org/deux", "text/html; charset=windows-1252",
     "<html><body><p>Deuxième article : « déjà » lu.</p></body></html>".encode("cp1252")),
)


def write_warc(path: Path, responses: Sequence[Response] = PAGES, *, gzip: bool = True) -> Path:
    """A WARC file with a warcinfo record, then a request and a response for each page."""
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "storyline-test"}))
        for url, content_type, body in responses:
            request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "news.example.org")],
                                       is_http_request=True)
            writer.write_record(writer.create_warc_record(url, "request", http_headers=request))
            status = "404 Not Found" if url.endswith("/missing") else "200 OK"
            headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers))
    return path


@pytest.fixture
def fixtures() -> Path:
    """The folder of real input files."""
    return FIXTURES


@pytest.fixture
def make_warc() -> Callable[..., Path]:
    """:func:`write_warc`, for tests to build archives under ``tmp_path``."""
    return write_warc
