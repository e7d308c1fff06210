"""From the bytes of one input to its documents, encodings included."""

from __future__ import annotations

import codecs

from hypothesis import assume, given
from hypothesis import strategies as st

from storyline.ingest.dispatch import read_data
from storyline.ingest.encoding import normalise
from storyline.models import RawDocument

from .strategies import ANY_TEXT, WESTERN_TEXT

_ENCODINGS = {
    "utf-8": lambda t: t.encode("utf-8"),
    "utf-8-bom": lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
    "utf-16-le": lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"),
    "utf-16-be": lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
}


@given(ANY_TEXT, st.sampled_from(sorted(_ENCODINGS)))
def test_a_text_file_in_any_unicode_encoding_reads_back(text: str, encoding: str) -> None:
    assume(text.strip())
    [document] = read_data("a.txt", _ENCODINGS[encoding](text), "text", 10_000_000)
    assert document == RawDocument(source="a.txt", body=normalise(text).strip(), kind="text")


@given(WESTERN_TEXT)
def test_a_western_text_file_in_cp1252_reads_back(text: str) -> None:
    [document] = read_data("a.txt", text.encode("cp1252"), "text", 10_000_000)
    assert isinstance(document, RawDocument)
    assert document.body == normalise(text).strip()
