"""Plain-text dumps."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.errors import InputError
from storyline.ingest import Skipped, read_inputs
from storyline.ingest.text import read_text
from storyline.models import RawDocument


def test_a_dump_is_one_text_document_without_outer_blank_lines() -> None:
    assert read_text("a.txt", "\n\nTitre\n\nCorps.\n\n") == RawDocument(
        source="a.txt", body="Titre\n\nCorps.", kind="text")


def test_whitespace_only_is_no_text() -> None:
    with pytest.raises(InputError) as error:
        read_text("a.txt", " \n\t\n")
    assert error.value.reason == "no text: the file holds only whitespace"


@pytest.mark.parametrize("name", ["depeche", "note.text", "Reuters 18.03.2025", "M. Macron parle"])
def test_text_extensions_and_names_without_extension_are_text(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("Une dépêche.\r\n", encoding="utf-8")
    assert list(read_inputs([path])) == [
        RawDocument(source=str(path), body="Une dépêche.", kind="text")]


def test_a_file_without_extension_holding_html_is_read_as_html(tmp_path: Path) -> None:
    path = tmp_path / "page"
    path.write_text("<!DOCTYPE html><html><body><p>Un texte.</p></body></html>", encoding="utf-8")
    [document] = read_inputs([path])
    assert isinstance(document, RawDocument) and document.kind == "html"


def test_a_whole_page_saved_as_txt_is_read_as_html(tmp_path: Path) -> None:
    page, snippet = tmp_path / "page.txt", tmp_path / "extrait.txt"
    page.write_text("\n<!DOCTYPE html>\n<html><body><p>Un texte.</p></body></html>", encoding="utf-8")
    snippet.write_text("<p>Un texte.</p> cité tel quel", encoding="utf-8")
    assert [getattr(d, "kind", None) for d in read_inputs([page, snippet])] == ["html", "text"]


def test_a_dump_starting_with_a_bracket_stays_text(tmp_path: Path) -> None:
    path = tmp_path / "video"
    path.write_text("[Vidéo] Le sommet s’ouvre.\nSuite.", encoding="utf-8")
    [document] = read_inputs([path])
    assert isinstance(document, RawDocument) and document.kind == "text"


def test_an_empty_text_file_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "vide.txt"
    path.touch()
    assert list(read_inputs([path])) == [Skipped(str(path), "empty file")]
