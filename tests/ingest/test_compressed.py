"""Gzip-compressed inputs."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from storyline.errors import InputError
from storyline.ingest import Skipped, read_inputs
from storyline.ingest.compressed import gunzip
from storyline.models import RawDocument

from .conftest import FIXTURES


def test_a_gz_is_read_by_its_inner_extension(tmp_path: Path) -> None:
    page = tmp_path / "page.html.gz"
    page.write_bytes(gzip.compress((FIXTURES / "page.html").read_bytes()))
    records = tmp_path / "a.jsonl.gz"
    records.write_bytes(gzip.compress(b'{"maintext": "Un."}\n{"maintext": "Deux."}\n'))
    items = list(read_inputs([page, records]))
    assert [(i.source, getattr(i, "kind", None)) for i in items] == [
        (str(page), "html"), (f"{records}:1", "text"), (f"{records}:2", "text")]


def test_a_truncated_gzip_is_skipped_with_the_fix() -> None:
    data = (FIXTURES / "article.txt.gz").read_bytes()
    with pytest.raises(InputError) as error:
        gunzip(data[:-10], "a.txt.gz", 1_000)
    assert error.value.reason == (
        "truncated gzip stream (Compressed file ended before the end-of-stream marker was "
        "reached); the file was cut short, download or copy it again")


def test_a_gz_that_is_not_gzip_is_skipped(tmp_path: Path) -> None:
    fake = tmp_path / "faux.txt.gz"
    fake.write_text("pas compressé", encoding="utf-8")
    good = FIXTURES / "article.txt.gz"
    skipped, document = read_inputs([fake, good])
    assert isinstance(skipped, Skipped) and skipped.reason.startswith("not a gzip file")
    assert "remove the .gz ending" in skipped.reason
    assert isinstance(document, RawDocument)


def test_a_gzip_of_nothing_is_an_empty_file() -> None:
    with pytest.raises(InputError) as error:
        gunzip(gzip.compress(b""), "a.txt.gz", 1_000)
    assert error.value.reason == "empty file (nothing once decompressed)"


def test_a_corrupt_gzip_is_skipped() -> None:
    data = bytearray(gzip.compress(b"Un texte assez long pour avoir un bloc." * 20))
    data[-8] ^= 0xFF  # the CRC
    with pytest.raises(InputError) as error:
        gunzip(bytes(data), "a.txt.gz", 10_000)
    assert error.value.reason.startswith("corrupt gzip stream")
