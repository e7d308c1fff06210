"""The public interface the ingest and workflow code call."""

from __future__ import annotations

from pathlib import Path

from storyline.clean import boilerplate_lines, clean
from storyline.models import RawDocument

SEEDS = Path(__file__).resolve().parents[2] / "examples" / "seeds"


def test_batch_boilerplate_from_seeds() -> None:
    bodies = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    found = boilerplate_lines(bodies)
    assert "comment (0)" in found  # on three of the five pages
    assert boilerplate_lines(bodies, min_documents=2) >= {"no data", "même sujet", "comment (0)"}
    assert all(len(line.split()) < 6 for line in found)


def test_clean_keeps_the_id_and_text_offsets_stay_in_text() -> None:
    path = SEEDS / "000_a02933fc097f034d.txt"
    raw = RawDocument(source=str(path), body=path.read_text(encoding="utf-8"), kind="text")
    doc = clean(raw, boilerplate=boilerplate_lines([raw.body]))
    assert doc.id == raw.id and doc.source == raw.source
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[0].startswith("Le président américain Donald Trump a rejeté")
    assert all(p == " ".join(p.split()) for p in paragraphs)  # whitespace normalised
    # every kept paragraph is a line of the dump, unchanged but for its lead marker
    lines = {" ".join(line.split()) for line in raw.body.splitlines()}
    assert all(p in lines for p in paragraphs[1:])
