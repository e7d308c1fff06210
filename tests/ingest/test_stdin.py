"""Standard input ("-"): the kind is told by the content."""

from __future__ import annotations

import gzip
import io
import json
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from storyline.ingest import Skipped, read_inputs
from storyline.models import RawDocument

from .conftest import ACCENTS, FIXTURES


def _pipe(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def test_plain_text_in_cp1252(monkeypatch: pytest.MonkeyPatch) -> None:
    _pipe(monkeypatch, (FIXTURES / "cp1252.txt").read_bytes())
    assert list(read_inputs(["-"])) == [RawDocument(source="<stdin>", body=ACCENTS, kind="text")]


def test_html(monkeypatch: pytest.MonkeyPatch) -> None:
    _pipe(monkeypatch, (FIXTURES / "page.html").read_bytes())
    [page] = read_inputs(["-"])
    assert isinstance(page, RawDocument) and page.kind == "html"


def test_json_lines_with_a_bad_line(monkeypatch: pytest.MonkeyPatch) -> None:
    _pipe(monkeypatch, (FIXTURES / "articles.jsonl").read_bytes())
    items = list(read_inputs(["-"]))
    assert [i.source for i in items] == ["<stdin>:1", "<stdin>:2", "<stdin>:3"]
    assert isinstance(items[1], Skipped)


def test_a_single_json_record(monkeypatch: pytest.MonkeyPatch) -> None:
    _pipe(monkeypatch, json.dumps({"maintext": "Un corps.", "title": "Titre"}).encode())
    [document] = read_inputs(["-"])
    assert isinstance(document, RawDocument) and document.title == "Titre"


def test_gzipped_text(monkeypatch: pytest.MonkeyPatch) -> None:
    _pipe(monkeypatch, (FIXTURES / "article.txt.gz").read_bytes())
    [document] = read_inputs(["-"])
    assert isinstance(document, RawDocument)
    assert document.body == "Dépêche compressée : le sommet s’ouvre à Bruxelles."


@pytest.mark.parametrize("compressed", [True, False])
def test_a_warc_archive(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, make_warc: Callable[..., Path],
    compressed: bool,
) -> None:
    _pipe(monkeypatch, make_warc(tmp_path / "a.warc.gz", gzip=compressed).read_bytes())
    assert [d.source for d in read_inputs(["-"])] == ["<stdin>#3", "<stdin>#5"]


def test_stdin_between_files(monkeypatch: pytest.MonkeyPatch) -> None:
    _pipe(monkeypatch, "Depuis l’entrée standard.".encode())
    sources = [d.source for d in read_inputs([FIXTURES / "depeche", "-", FIXTURES / "depeche"])]
    assert sources == [str(FIXTURES / "depeche"), "<stdin>", str(FIXTURES / "depeche")]


def test_empty_binary_and_oversized_stdin_are_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    _pipe(monkeypatch, b"")
    assert list(read_inputs(["-"])) == [
        Skipped("<stdin>", "empty file (nothing on standard input)")]
    _pipe(monkeypatch, b"\x00\x01\x02\x03binary")
    assert list(read_inputs(["-"])) == [
        Skipped("<stdin>", "binary file, not text: expected .txt, .html, .jsonl or .warc(.gz)")]
    _pipe(monkeypatch, b"x" * 200)
    assert list(read_inputs(["-"], max_bytes=100)) == [Skipped(
        "<stdin>", "standard input is over the 100 bytes limit; raise --max-bytes to read it")]


def test_truncated_gzip_on_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    _pipe(monkeypatch, gzip.compress(b"Un texte.")[:-6])
    [skipped] = read_inputs(["-"])
    assert isinstance(skipped, Skipped) and skipped.reason.startswith("truncated gzip stream")


def test_a_closed_stdin_is_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", None)
    [skipped] = read_inputs(["-"])
    assert isinstance(skipped, Skipped) and skipped.source == "<stdin>"
