"""HTML pages: kept whole for trafilatura, refused when they have no markup or no text."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.errors import InputError
from storyline.ingest import Skipped, read_inputs
from storyline.ingest.html import declared_charset, read_html
from storyline.models import RawDocument

from .conftest import FIXTURES


def test_a_page_declaring_windows_1252_keeps_its_accents() -> None:
    [page] = read_inputs([FIXTURES / "page-cp1252.htm"])
    assert isinstance(page, RawDocument) and page.kind == "html"
    assert "<h1>Sommet à Genève</h1>" in page.body
    assert "« Nous avançons », a déclaré la ministre." in page.body


@pytest.mark.parametrize(("head", "charset"), [
    (b'<meta charset="utf-8">', "utf-8"),
    (b"<META CHARSET=iso-8859-15>", "iso-8859-15"),
    (b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">', "windows-1252"),
    (b"<title>sans</title>", None),
])
def test_the_declared_charset_is_found(head: bytes, charset: str | None) -> None:
    assert declared_charset(b"<html><head>" + head + b"</head>") == charset


def test_a_file_without_tags_is_malformed_html() -> None:
    with pytest.raises(InputError) as error:
        read_html("p.html", "Juste du texte, sans balise.")
    assert error.value.reason == (
        "malformed HTML: no tags found; name the file .txt if it is a plain-text dump")


@pytest.mark.parametrize("page", [
    "<html><head><title>Vide</title><script>render('<p>texte</p>')</script></head><body></body></html>",
    "<html><body><style>p { color: red }</style><div id='app'>&nbsp;</div><!-- rien --></body></html>",
])
def test_a_page_without_text_content_is_malformed_html(page: str) -> None:
    with pytest.raises(InputError) as error:
        read_html("p.html", page)
    assert error.value.reason.startswith("malformed HTML: the page has no text content")


def test_an_empty_shell_is_skipped_in_a_batch(tmp_path: Path) -> None:
    shell = tmp_path / "a.html"
    shell.write_text("<html><body><div id='root'></div></body></html>", encoding="utf-8")
    good = tmp_path / "b.htm"
    good.write_text("<p>Un paragraphe.</p>", encoding="utf-8")
    skipped, page = read_inputs([tmp_path])
    assert isinstance(skipped, Skipped) and skipped.source == str(shell)
    assert page == RawDocument(source=str(good), body="<p>Un paragraphe.</p>", kind="html")
