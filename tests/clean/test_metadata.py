"""Parsers of metadata lines and of the outlet lead."""

from __future__ import annotations

import pytest

from storyline.clean.dates import PartialDate
from storyline.clean.metadata import (
    domain_outlet,
    is_name,
    parse_lead,
    parse_meta_line,
    self_name,
    split_names,
)


def test_source_line_gives_url_and_domain() -> None:
    meta = parse_meta_line("Source : https://www.thanhnien.vn/chien-su-185250314203319371.htm")
    assert meta is not None and meta.kind == "source" and meta.ends_article
    assert meta.url == "https://www.thanhnien.vn/chien-su-185250314203319371.htm"
    assert meta.outlet == "thanhnien.vn"


def test_source_line_naming_an_agency_is_a_wire_credit() -> None:
    meta = parse_meta_line("Source : AFP")
    assert meta is not None and meta.kind == "wire" and meta.wire == ("AFP",)
    assert parse_meta_line("Source : Insee") is None  # a data credit under a chart


def test_credit_sentence_gives_authors() -> None:
    meta = parse_meta_line("Emel Akan et Jacob Burg ont contribué à la rédaction de cet article.")
    assert meta is not None and meta.kind == "credit"
    assert meta.authors == ("Emel Akan", "Jacob Burg")
    meta = parse_meta_line("Reporting by Tom Balmforth and Olena Harmash; Editing by Mark Heinrich")
    assert meta is not None and meta.authors == ("Tom Balmforth", "Olena Harmash")


def test_signature_gives_author_and_wire() -> None:
    meta = parse_meta_line("Kong Anh (Source : Reuters)")
    assert meta is not None and meta.kind == "signature"
    assert meta.authors == ("Kong Anh",) and meta.wire == ("Reuters",)


def test_photo_credit_is_not_a_signature() -> None:
    assert parse_meta_line("Le président russe et le président américain. (Photo : Reuters)") is None


@pytest.mark.parametrize(("text", "wire", "outlet"), [
    ("Avec Reuters", ("Reuters",), None),
    ("Avec AFP et Reuters", ("AFP", "Reuters"), None),
    ("Le Monde avec AFP", ("AFP",), "Le Monde"),
    ("(AFP)", ("AFP",), None),
])
def test_wire_lines(text: str, wire: tuple[str, ...], outlet: str | None) -> None:
    meta = parse_meta_line(text)
    assert meta is not None and meta.kind == "wire"
    assert meta.wire == wire and meta.outlet == outlet


@pytest.mark.parametrize("text", [
    "Avec Macron",  # a heading, not a credit
    "Trump avec Poutine",
    "Avec 539 drones, la Russie a frappé Kiev.",
    "Par ailleurs, les autorités ont annoncé huit blessés.",
    "Comment (0)",
    "Même sujet",
])
def test_not_metadata(text: str) -> None:
    assert parse_meta_line(text) is None


def test_bylines() -> None:
    meta = parse_meta_line("Par Marc Lefèvre (avec AFP)")
    assert meta is not None and meta.kind == "byline"
    assert meta.authors == ("Marc Lefèvre",) and meta.wire == ("AFP",)
    meta = parse_meta_line("Par Jeanne Morel, envoyée spéciale à Kiev")
    assert meta is not None and meta.authors == ("Jeanne Morel",)
    meta = parse_meta_line("By Tom Balmforth and Olena Harmash")
    assert meta is not None and meta.authors == ("Tom Balmforth", "Olena Harmash")


def test_glued_masthead() -> None:
    meta = parse_meta_line("VTC NewsVTC News08/11/2024")
    assert meta is not None and meta.kind == "masthead"
    assert meta.outlet == "VTC News" and meta.date == PartialDate(2024, 11, 8)


def test_separated_masthead() -> None:
    meta = parse_meta_line("Le Courrier | 14 mars 2025")
    assert meta is not None and meta.outlet == "Le Courrier"
    assert meta.date == PartialDate(2025, 3, 14)


@pytest.mark.parametrize(("text", "date"), [
    ("Publié le 12 mai 2024 à 18h05, modifié le 13 mai 2024 à 08h12", PartialDate(2024, 5, 12)),
    ("March 5, 2025 8:14 AM GMT+1 Updated 2 hours ago", PartialDate(2025, 3, 5)),
    ("14/03/2025", PartialDate(2025, 3, 14)),
])
def test_datelines(text: str, date: PartialDate) -> None:
    meta = parse_meta_line(text)
    assert meta is not None and meta.kind == "dateline" and meta.date == date


def test_a_sentence_starting_with_a_date_is_not_a_dateline() -> None:
    assert parse_meta_line("14 mars 2025 : l'armée russe a annoncé avoir repris trois villages "
                           "de la région après des combats qui ont duré toute la nuit.") is None


@pytest.mark.parametrize(("text", "outlet", "wire", "rest"), [
    ("(Dan Tri) - Le président a parlé.", "Dan Tri", (), "Le président a parlé."),
    ("KYIV, March 5 (Reuters) - Ukraine said", None, ("Reuters",), "Ukraine said"),
    ("Madrid, 14 sep (EFE).- Ucrania y Rusia", None, ("EFE",), "Ucrania y Rusia"),
    ("Berlin (dpa) - Der Präsident", None, ("dpa",), "Der Präsident"),
])
def test_leads(text: str, outlet: str | None, wire: tuple[str, ...], rest: str) -> None:
    lead = parse_lead(text)
    assert lead is not None
    assert (lead.outlet, lead.wire, text[lead.length:]) == (outlet, wire, rest)


def test_no_lead_in_ordinary_sentences() -> None:
    assert parse_lead("Le président (au centre) a parlé.") is None
    assert parse_lead("« Le partage se poursuivra », a déclaré Leavitt.") is None


def test_names() -> None:
    assert is_name("Kong Anh", min_tokens=2)
    assert is_name("Ursula von der Leyen")
    assert not is_name("les autorités")
    assert split_names("Emel Akan et Jacob Burg") == ("Emel Akan", "Jacob Burg")
    assert split_names("Emel Akan et les autres") is None


def test_domain_outlet() -> None:
    assert domain_outlet("https://www.thanhnien.vn/a.htm") == "thanhnien.vn"
    assert domain_outlet("https://m.example.fr:8080/x") == "example.fr"


def test_self_name_needs_two_appeals() -> None:
    appeals = ["Soutenez Epoch Times à partir de 1€", "Epoch Times est un média libre."]
    assert self_name(appeals) == "Epoch Times"
    assert self_name(appeals[:1]) is None


def test_dateline_labels_with_prepositions() -> None:
    meta = parse_meta_line("Publicado em 14/09/2024")
    assert meta is not None and meta.kind == "dateline" and meta.date == PartialDate(2024, 9, 14)
