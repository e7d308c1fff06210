"""Bytes to text: BOMs, strict UTF-8, declared charsets, Windows-1252 before guesses."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storyline.errors import InputError
from storyline.ingest.encoding import BINARY_REASON, decode, normalise

from .conftest import ACCENTS, FIXTURES
from .strategies import ANY_TEXT, WESTERN_TEXT


@given(ANY_TEXT, st.sampled_from([codecs.BOM_UTF8, b""]))
def test_any_text_in_utf8_with_or_without_bom_reads_back(text: str, bom: bytes) -> None:
    assert decode(bom + text.encode("utf-8"), "t") == normalise(text)


@given(ANY_TEXT, st.sampled_from(["utf-16-le", "utf-16-be"]))
def test_any_text_in_utf16_with_bom_reads_back(text: str, codec: str) -> None:
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    assert decode(bom + text.encode(codec), "t") == normalise(text)


@given(WESTERN_TEXT)
def test_western_text_in_cp1252_reads_back(text: str) -> None:
    assert decode(text.encode("cp1252"), "t") == normalise(text)


@pytest.mark.parametrize("name", ["cp1252.txt", "utf16le.txt", "utf16be.txt", "utf8-bom.txt"])
def test_accents_survive_every_fixture_encoding(name: str) -> None:
    assert decode((FIXTURES / name).read_bytes(), name).strip() == ACCENTS


def test_newlines_become_line_feeds_and_unicode_is_composed() -> None:
    assert normalise("e\u0301te\u0301\r\nhiver\rprintemps\n") == "été\nhiver\nprintemps\n"


def test_cp1252_is_preferred_to_a_central_european_guess() -> None:
    # charset-normalizer alone reads these bytes as cp1250; typographic quotes are 0x92, 0x93
    text = "L’Élysée a confirmé « l’accord » du 18 mars, a dit le porte-parole."
    assert decode(text.encode("cp1252"), "t") == text


def test_a_single_accented_byte_reads_as_cp1252() -> None:
    assert decode("é".encode("cp1252"), "t") == "é"


def test_non_latin_legacy_encodings_are_still_guessed() -> None:
    text = "Привет мир, как дела? Это тест на кодировку текста, довольно длинный."
    assert decode(text.encode("cp1251"), "t") == text


def test_utf8_with_a_few_stray_cp1252_bytes_keeps_both() -> None:
    data = "Déjà vu à l’Élysée, ".encode() + "l’accord".encode("cp1252")
    assert decode(data, "t") == "Déjà vu à l’Élysée, l’accord"


def test_a_declared_charset_is_used_when_the_bytes_are_not_utf8() -> None:
    text = "Ωραία μέρα σήμερα στην Αθήνα, είπε ο υπουργός."
    assert decode(text.encode("iso-8859-7"), "t", declared="iso-8859-7") == text


def test_a_declared_latin1_is_read_as_windows_1252() -> None:
    assert decode(b"l\x92accord \x80", "t", declared="ISO-8859-1") == "l’accord €"


def test_a_wrong_declaration_loses_to_valid_utf8() -> None:
    assert decode("déjà".encode(), "t", declared="iso-8859-1") == "déjà"


def test_utf16_without_bom_is_recognised() -> None:
    assert decode("Genève, jeudi.".encode("utf-16-le"), "t") == "Genève, jeudi."
    assert decode("Genève, jeudi.".encode("utf-16-be"), "t") == "Genève, jeudi."


def test_utf32_with_bom_reads_back() -> None:
    assert decode("Sœur à Noël".encode("utf-32"), "t") == "Sœur à Noël"


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
    bytes(range(1, 9)) * 40,  # control characters, no NUL byte
    b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00",
])
def test_binary_data_is_refused(data: bytes) -> None:
    with pytest.raises(InputError) as error:
        decode(data, "x.txt")
    assert error.value.reason == BINARY_REASON
    assert error.value.source == "x.txt"
