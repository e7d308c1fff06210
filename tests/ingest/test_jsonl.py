"""News-please records in JSON Lines and JSON files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storyline.errors import InputError
from storyline.ingest import Skipped, read_inputs
from storyline.ingest.jsonl import read_json, read_json_lines
from storyline.models import RawDocument

from .conftest import FIXTURES


def test_jsonl_records_keep_their_metadata_and_a_bad_line_is_skipped() -> None:
    path = FIXTURES / "articles.jsonl"
    first, bad, third = read_inputs([path])
    assert first == RawDocument(
        source=f"{path}:1",
        body="Les pourparlers reprennent à Genève.\nLa délégation est arrivée mardi.",
        kind="text",
        url="https://news.example.org/a1",
        title="Reprise des pourparlers",
        published="2025-03-18 09:30:00",
        authors=("Anne Dupré", "Marc Lévêque"),
        outlet="news.example.org",
    )
    assert bad == Skipped(f"{path}:2", "line 2: invalid JSON (Expecting ',' delimiter at column 40)")
    assert isinstance(third, RawDocument)
    assert third.source == f"{path}:3"
    assert third.body == "Une brève sans corps principal."  # description as fallback body
    assert (third.published, third.authors) == (None, ())


def test_text_is_the_second_fallback_body() -> None:
    line = json.dumps({"maintext": "  ", "text": "Corps de secours.", "description": "Résumé."})
    [document] = read_json_lines("f.jsonl", line)
    assert isinstance(document, RawDocument) and document.body == "Corps de secours."


def test_a_record_without_body_is_skipped_and_the_next_lines_come() -> None:
    lines = "\n".join([
        json.dumps({"title": "Sans corps", "maintext": None}),
        "",
        "[1, 2]",
        json.dumps({"maintext": "Un corps."}),
    ])
    assert list(read_json_lines("f.jsonl", lines)) == [
        Skipped("f.jsonl:1", "line 1: no body text: the record has no non-empty 'maintext' "
                             "(nor 'text' or 'description')"),
        Skipped("f.jsonl:3", "line 3: expected a JSON object (one article), got a list"),
        RawDocument(source="f.jsonl:4", body="Un corps.", kind="text"),
    ]


def test_title_falls_back_to_the_rss_then_the_page_title() -> None:
    line = json.dumps({"maintext": "Corps.", "title": None, "title_rss": "", "title_page": "Page"})
    [document] = read_json_lines("f.jsonl", line)
    assert isinstance(document, RawDocument) and document.title == "Page"


def test_a_single_author_string_and_odd_fields_are_tolerated() -> None:
    record = {"maintext": "Corps.", "authors": "Jeanne Roy", "title": 12, "date_publish": None,
              "source_domain": "", "url": ["x"]}
    [document] = read_json_lines("f.jsonl", json.dumps(record))
    assert isinstance(document, RawDocument)
    assert document.authors == ("Jeanne Roy",)
    assert (document.title, document.published, document.outlet, document.url) == (None,) * 4


def test_a_pretty_printed_json_file_is_one_article() -> None:
    path = FIXTURES / "article.json"
    [document] = read_inputs([path])
    assert document == RawDocument(
        source=str(path), body="Le Parlement a voté la loi à l’unanimité.", kind="text",
        url="https://presse.example.fr/loi", title="Un article news-please",
        published="2025-03-19 00:00:00", authors=("Claire Fabre",), outlet="presse.example.fr",
    )


def test_a_json_list_gives_one_record_per_item() -> None:
    items = list(read_json("f.json", json.dumps([{"maintext": "Un."}, "x", {"maintext": "Deux."}])))
    assert [i.source for i in items] == ["f.json#1", "f.json#2", "f.json#3"]
    assert items[1] == Skipped("f.json#2", "item 2: expected a JSON object (one article), got a string")


def test_a_json_file_in_lines_is_read_as_lines() -> None:
    text = json.dumps({"maintext": "Un."}) + "\n" + json.dumps({"maintext": "Deux."})
    assert [d.source for d in read_json("f.json", text)] == ["f.json:1", "f.json:2"]


def test_a_broken_json_file_is_one_clear_error() -> None:
    with pytest.raises(InputError) as error:
        list(read_json("f.json", '{\n  "maintext": "Un."\n  "title": "x"\n}'))
    assert error.value.reason.startswith("invalid JSON (Expecting ',' delimiter at line 3, column 3)")


def test_a_blank_jsonl_file_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "vide.jsonl"
    path.write_text("\n \n", encoding="utf-8")
    assert list(read_inputs([path])) == [Skipped(str(path), "no text: the file holds only whitespace")]


_BODY = st.text(min_size=1).filter(lambda t: t.strip() and "\r" not in t and "\x00" not in t)


@given(st.lists(_BODY, min_size=1, max_size=5))
def test_every_valid_line_comes_back_in_order(bodies: list[str]) -> None:
    text = "\n".join(json.dumps({"maintext": b}) for b in bodies)
    documents = list(read_json_lines("f.jsonl", text))
    assert [d.source for d in documents] == [f"f.jsonl:{n}" for n in range(1, len(bodies) + 1)]
    assert all(isinstance(d, RawDocument) for d in documents)
