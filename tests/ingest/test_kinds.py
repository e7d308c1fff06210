"""Which reader an input needs."""

from __future__ import annotations

import pytest

from storyline.errors import InputError
from storyline.ingest.kinds import extension, kind_from_name, kind_from_text


@pytest.mark.parametrize(("name", "expected"), [
    ("a.txt", ("text", False)), ("a.TEXT", ("text", False)), ("a.htm", ("html", False)),
    ("a.html.gz", ("html", True)), ("a.jsonl", ("jsonl", False)), ("a.json.gz", ("json", True)),
    ("a.warc", ("warc", False)), ("a.warc.gz", ("warc", True)), ("a", ("sniff", False)),
    ("a.gz", ("sniff", True)), ("AFP 18.03.2025", ("sniff", False)),
])
def test_kind_from_name(name: str, expected: tuple[str, bool]) -> None:
    assert kind_from_name(name, name) == expected


@pytest.mark.parametrize("name", ["a.pdf", "a.docx", "a.md.gz", "a.csv"])
def test_unsupported_extensions_are_refused_with_the_list(name: str) -> None:
    with pytest.raises(InputError) as error:
        kind_from_name(name, name)
    assert "expected .txt, .html, .jsonl or .warc(.gz)" in error.value.reason


@pytest.mark.parametrize(("name", "ending"), [
    ("x.txt", ".txt"), (".bashrc", ""), ("M. Macron parle", ""), ("rapport.2025", ""), ("x.", ""),
])
def test_extension(name: str, ending: str) -> None:
    assert extension(name) == ending


@pytest.mark.parametrize(("text", "kind"), [
    ("<!doctype html><html><body>x</body></html>", "html"),
    ("\n  <html lang='fr'><p>x</p></html>", "html"),
    ('{"maintext": "x"}\n{"maintext": "y"}', "json"),
    ('[{"maintext": "x"}]', "json"),
    ('{\n  "maintext": "x"\n}', "json"),
    ("[Vidéo] Le sommet", "text"),
    ("{Brève} Le sommet", "text"),
    ("<b>Brève</b> sans page", "text"),
    ("Un article ordinaire.", "text"),
])
def test_kind_from_text(text: str, kind: str) -> None:
    assert kind_from_text(text) == kind
