"""WARC archives: HTML responses become pages, everything else is ignored."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from storyline.ingest import Skipped, read_inputs
from storyline.models import RawDocument

MakeWarc = Callable[..., Path]


@pytest.mark.parametrize("compressed", [True, False])
def test_html_responses_become_pages_and_requests_are_ignored(
    tmp_path: Path, make_warc: MakeWarc, compressed: bool
) -> None:
    path = make_warc(tmp_path / ("cc-news.warc.gz" if compressed else "cc-news.warc"),
                     gzip=compressed)
    first, second = read_inputs([path])
    # records: 1 warcinfo, 2 request, 3 response, 4 request, 5 response
    assert isinstance(first, RawDocument) and isinstance(second, RawDocument)
    assert (first.source, first.kind, first.url) == (
        f"{path}#3", "html", "https://news.example.org/un")
    assert "<p>Le président a parlé à l’Élysée.</p>" in first.body
    assert (second.source, second.url) == (f"{path}#5", "https://news.example.org/deux")
    assert "« déjà »" in second.body  # windows-1252 from the HTTP header


def test_non_html_and_non_2xx_responses_are_ignored(tmp_path: Path, make_warc: MakeWarc) -> None:
    path = make_warc(tmp_path / "mix.warc.gz", [
        ("https://news.example.org/logo.png", "image/png", b"\x89PNG\r\n\x1a\n\x00\x00"),
        ("https://news.example.org/missing", "text/html", b"<html><body><p>Introuvable</p></body></html>"),
        ("https://news.example.org/ok", "text/html", b"<html><body><p>Bonjour.</p></body></html>"),
    ])
    assert [d.source for d in read_inputs([path])] == [f"{path}#7"]


def test_a_response_without_content_type_is_kept_when_it_is_html(
    tmp_path: Path, make_warc: MakeWarc
) -> None:
    path = make_warc(tmp_path / "a.warc.gz", [
        ("https://news.example.org/api", "", b'{"maintext": "x"}'),
        ("https://news.example.org/page", "", b"<!DOCTYPE html><html><body><p>Oui.</p></body></html>"),
    ])
    [page] = read_inputs([path])
    assert isinstance(page, RawDocument) and page.url == "https://news.example.org/page"


def test_a_bad_record_is_skipped_and_the_next_ones_come(tmp_path: Path, make_warc: MakeWarc) -> None:
    path = make_warc(tmp_path / "mix.warc.gz", [
        ("https://news.example.org/vide", "text/html", b"<html><body></body></html>"),
        ("https://news.example.org/ok", "text/html; charset=utf-8", "<p>Déjà.</p>".encode()),
    ])
    skipped, page = read_inputs([path])
    assert isinstance(skipped, Skipped) and skipped.source == f"{path}#3"
    assert skipped.reason.startswith("malformed HTML: the page has no text content")
    assert isinstance(page, RawDocument) and page.body == "<p>Déjà.</p>"


def test_a_truncated_warc_gz_keeps_the_records_before_the_cut(
    tmp_path: Path, make_warc: MakeWarc
) -> None:
    whole = make_warc(tmp_path / "whole.warc.gz").read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(whole[:-60])  # inside the last response
    good = tmp_path / "after.txt"
    good.write_text("Un article après.", encoding="utf-8")
    items = list(read_inputs([cut, good]))
    assert [type(i).__name__ for i in items] == ["RawDocument", "Skipped", "RawDocument"]
    assert items[0].source == f"{cut}#3"
    skipped = items[1]
    assert isinstance(skipped, Skipped)
    assert skipped.reason.startswith("truncated gzip stream (Compressed file ended before")
    assert "download or copy it again" in skipped.reason


@pytest.mark.parametrize("size", [30, 300, 900])
def test_a_warc_cut_anywhere_never_passes_silently(
    tmp_path: Path, make_warc: MakeWarc, size: int
) -> None:
    whole = make_warc(tmp_path / "whole.warc", gzip=False).read_bytes()
    cut = tmp_path / "cut.warc"
    cut.write_bytes(whole[:size])
    last = list(read_inputs([cut]))[-1]
    assert isinstance(last, Skipped)
    assert last.reason.startswith("truncated or damaged WARC record")


def test_a_file_that_is_not_warc_is_skipped(tmp_path: Path) -> None:
    fake = tmp_path / "faux.warc"
    fake.write_text("Ceci n'est pas une archive.", encoding="utf-8")
    [skipped] = read_inputs([fake])
    assert skipped == Skipped(f"{fake}#1", (
        "not a WARC archive (it does not start with a WARC record); expected a web archive "
        "such as CC-NEWS (.warc or .warc.gz)"))


def test_an_empty_warc_is_skipped(tmp_path: Path) -> None:
    empty = tmp_path / "vide.warc.gz"
    empty.touch()
    assert list(read_inputs([empty])) == [Skipped(str(empty), "empty file")]


def test_a_warc_over_the_limit_is_skipped(tmp_path: Path, make_warc: MakeWarc) -> None:
    path = make_warc(tmp_path / "a.warc.gz")
    [skipped] = read_inputs([path], max_bytes=100)
    assert isinstance(skipped, Skipped)
    assert skipped.reason.endswith("over the 100 bytes limit; raise --max-bytes to read it")
