"""HTML pages through trafilatura: body text without furniture, page metadata."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.clean import clean
from storyline.clean.html import page_date
from storyline.errors import InputError
from storyline.models import Document, RawDocument

DATA = Path(__file__).parent / "data"


def _clean(name: str) -> Document:
    body = (DATA / name).read_text(encoding="utf-8")
    return clean(RawDocument(source=name, body=body, kind="html"))


def test_article_page() -> None:
    doc = _clean("article.html")
    assert doc.title == "Kiev et Moscou échangent des prisonniers"
    assert doc.outlet == "Le Courrier du Matin"
    assert doc.authors == ("Claire Fontaine",)
    assert doc.url is not None and doc.url.endswith("/2025/03/19/kiev-moscou-prisonniers")
    # article:published_time wins over the date in the URL
    assert (doc.published, doc.published_precision, doc.published_origin) == (
        "2025-03-18", "day", "metadata",
    )
    assert doc.language == "fr"


def test_article_page_text_is_the_body_only() -> None:
    text = _clean("article.html").text
    paragraphs = text.split("\n\n")
    assert paragraphs[0].startswith("L’Ukraine et la Russie ont procédé mardi")
    assert paragraphs[-1].startswith("Il s’agit du plus important échange")
    assert len(paragraphs) == 4
    for furniture in ("Accueil", "Mentions légales", "Tous droits réservés", "newsletter",
                      "(Photo : AFP)", "Par Claire Fontaine"):
        assert furniture not in text


def test_undated_page_stays_undated() -> None:
    doc = _clean("article_undated.html")
    assert doc.published is None and doc.published_origin is None
    assert doc.outlet == "Agri Info"
    assert "Accueil" not in doc.text


def test_page_date_sources() -> None:
    assert page_date('<html><head><meta property="article:published_time" '
                     'content="2025-03-18T10:30:00+01:00"></head><body></body></html>') == (
        "2025-03-18T10:30:00+01:00")
    assert page_date('<html><body><time itemprop="datePublished" datetime="2024-02-01">1 fév'
                     '</time></body></html>') == "2024-02-01"
    assert page_date('<html><head><script type="application/ld+json">{"datePublished": '
                     '"2023-07-14"}</script></head><body></body></html>') == "2023-07-14"
    assert page_date("<html><body><p>Rien</p></body></html>") is None


def test_page_without_text_is_an_input_error() -> None:
    with pytest.raises(InputError, match="no article text"):
        clean(RawDocument(source="empty.html", body="<html><body><nav>Menu</nav></body></html>",
                          kind="html"))
