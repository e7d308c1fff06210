"""Bytes to text: byte-order marks, strict UTF-8, a declared charset, then a guess.

The order is the one that rarely goes wrong on news text:

1. a byte-order mark (UTF-8, UTF-16 or UTF-32) decides;
2. NUL bytes mean binary, unless the bytes read as UTF-16 without a mark;
3. strict UTF-8 (text that decodes as UTF-8 is UTF-8 in practice), or UTF-8 with a few
   stray Windows-1252 bytes when its multi-byte characters outnumber them;
4. the charset the document declares (HTML ``<meta>``, HTTP header), when it decodes;
5. Windows-1252 for Western text (mostly ASCII with some accents), before the guess of
   charset-normalizer, which is kept only when it reads as a non-Latin script;
6. else binary.

Decoded text then has its newlines normalised to ``\\n`` and its Unicode to NFC.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from charset_normalizer import from_bytes

from storyline.errors import InputError

BINARY_REASON = "binary file, not text: expected .txt, .html, .jsonl or .warc(.gz)"

_BOMS = (  # UTF-32 first: its little-endian mark starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_LATIN1_NAMES = {"latin_1", "iso8859_1", "ascii"}  # browsers read these as Windows-1252
_MAX_CONTROL_SHARE = 0.05  # more control characters than this: binary
_MAX_WESTERN_NON_ASCII = 0.4  # share of non-ASCII characters Western text stays under
_SAMPLE = 65_536  # characters looked at for the binary and script tests
_STRAY = re.compile("[\udc80-\udcff]")  # bytes that are not UTF-8, kept by surrogateescape
_NON_ASCII = re.compile("[^\x00-\x7f]")


def decode(data: bytes, source: str, *, declared: str | None = None) -> str:
    """The text of ``data``, normalised (``\\n`` newlines, NFC); InputError when binary.

    ``declared`` is a charset the container states (``<meta charset>``, HTTP header); it is
    used only when the bytes are not UTF-8 and decode strictly with it.
    """
    text = _decode(data, declared)
    if text is None or _control_share(text) > _MAX_CONTROL_SHARE:
        raise InputError(source, BINARY_REASON)
    return normalise(text)


def normalise(text: str) -> str:
    """``\\r\\n`` and ``\\r`` become ``\\n``; Unicode is composed (NFC)."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def _decode(data: bytes, declared: str | None) -> str | None:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _strict(data, codec)
    if b"\x00" in data:
        return _utf16_without_bom(data)
    text = _strict(data, "utf-8")
    if text is None:
        text = _mostly_utf8(data)
    if text is None and (named := _codec(declared)):
        text = _strict(data, named)
    if text is not None:
        return text
    western = _strict(data, "cp1252")
    if western is not None and _non_ascii_share(western) <= _MAX_WESTERN_NON_ASCII:
        return western
    best = from_bytes(data).best()
    guess = str(best) if best is not None else None
    if guess is not None and _non_latin_share(guess) > 0.5:
        return guess
    return western if western is not None else guess


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 text with a few stray Windows-1252 bytes (dumps pasted together), read as such
    when its valid multi-byte characters outnumber the stray bytes."""
    text = data.decode("utf-8", errors="surrogateescape")
    stray = len(_STRAY.findall(text))
    if len(_NON_ASCII.findall(text)) - stray <= stray:
        return None
    return _STRAY.sub(lambda m: bytes([ord(m.group()) - 0xDC00]).decode("cp1252", "replace"), text)


def _codec(declared: str | None) -> str | None:
    """Python's codec name for a declared charset, or None when Python has no such codec."""
    if not declared:
        return None
    try:
        name = codecs.lookup(declared.strip().strip("\"'")).name
    except LookupError:
        return None
    return "cp1252" if name.replace("-", "_") in _LATIN1_NAMES else name


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a byte-order mark: mostly ASCII, so every other byte is NUL."""
    if len(data) % 2 or len(data) < 4:
        return None
    even, odd = data[0::2], data[1::2]
    for zeros, other, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) >= 0.7 * len(zeros) and other.count(0) <= 0.05 * len(other):
            return _strict(data, codec)
    return None


def _control_share(text: str) -> float:
    sample = text[:_SAMPLE]
    if not sample:
        return 0.0
    controls = sum(1 for c in sample if c not in "\t\n\r\f\v" and unicodedata.category(c) == "Cc")
    return controls / len(sample)


def _non_ascii_share(text: str) -> float:
    visible = [c for c in text[:_SAMPLE] if not c.isspace()]
    return sum(1 for c in visible if ord(c) > 127) / len(visible) if visible else 0.0


def _non_latin_share(text: str) -> float:
    letters = [c for c in text[:_SAMPLE] if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if not unicodedata.name(c, "").startswith("LATIN")) / len(letters)
