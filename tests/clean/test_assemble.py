"""Metadata precedence and the Document the cleaner returns."""

from __future__ import annotations

import pytest

from storyline.clean import clean
from storyline.clean.assemble import PageMeta, build_document, fallback_title
from storyline.clean.text import classify
from storyline.errors import InputError
from storyline.models import RawDocument

DUMP = """VTC NewsVTC News08/11/2024

Le porte-parole du Kremlin a déclaré que les conditions de Moscou n'avaient pas changé, \
soulignant que la position russe restait la même.

Kong Anh (Source : Reuters)

Source : https://vtcnews.example/dien-kremlin-20241107101010.html
"""


def _raw(body: str = DUMP, **fields: object) -> RawDocument:
    return RawDocument(source="test.txt", body=body, kind="text", **fields)  # type: ignore[arg-type]


def test_text_metadata() -> None:
    doc = clean(_raw())
    assert doc.id == _raw().id
    assert doc.outlet == "VTC News"  # the masthead names the outlet better than the domain
    assert doc.url == "https://vtcnews.example/dien-kremlin-20241107101010.html"
    assert (doc.published, doc.published_precision, doc.published_origin) == (
        "2024-11-08", "day", "dateline")  # the masthead date wins over the URL date
    assert doc.authors == ("Kong Anh",) and doc.wire == ("Reuters",)
    assert doc.language == "fr"
    assert doc.text.startswith("Le porte-parole du Kremlin") and "Source" not in doc.text


def test_record_metadata_wins() -> None:
    doc = clean(_raw(url="https://a.example/x", title="Titre du flux", published="2024-11",
                     authors=("Jean Martin",), outlet="Le Flux"))
    assert (doc.url, doc.title, doc.outlet) == ("https://a.example/x", "Titre du flux", "Le Flux")
    assert (doc.published, doc.published_precision, doc.published_origin) == (
        "2024-11", "month", "metadata")
    assert doc.authors == ("Jean Martin",)


def test_page_metadata_comes_before_text_metadata() -> None:
    page = PageMeta(title="Titre de la page", outlet="Site", published="2024-11-06T10:00:00Z")
    doc = build_document(_raw(), classify(DUMP), page)
    assert (doc.title, doc.outlet, doc.published, doc.published_origin) == (
        "Titre de la page", "Site", "2024-11-06", "metadata")


def test_url_date_when_nothing_else_dates_the_article() -> None:
    body = DUMP.replace("VTC NewsVTC News08/11/2024\n", "")
    doc = clean(_raw(body))
    assert (doc.published, doc.published_origin) == ("2024-11-07", "url")
    assert doc.outlet == "vtcnews.example"


def test_undated_article_has_no_date() -> None:
    doc = clean(_raw("Un paragraphe sans date, qui raconte ce qui s'est passé hier soir.\n"))
    assert (doc.published, doc.published_precision, doc.published_origin) == (None, None, None)


def test_unparseable_record_date_is_ignored() -> None:
    doc = clean(_raw(published="sometime"))
    assert doc.published_origin == "dateline"


def test_fallback_title_is_first_sentence_trimmed() -> None:
    assert fallback_title("M. Trump a parlé. Ensuite il est parti.") == "M. Trump a parlé"
    long = "Le président " + "très " * 60 + "fatigué a parlé."
    title = fallback_title(long)
    assert len(title) <= 161 and title.endswith("…") and " " not in title[-2:]


def test_nothing_to_keep_is_an_input_error() -> None:
    with pytest.raises(InputError, match="no article text"):
        clean(_raw("Menu\n\nAccueil\n\nComment (0)\n"))


def test_unknown_kind_is_an_input_error() -> None:
    with pytest.raises(InputError, match="unknown document kind"):
        clean(RawDocument(source="x", body="texte", kind="pdf"))  # type: ignore[arg-type]
