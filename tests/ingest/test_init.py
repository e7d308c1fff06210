"""read_inputs: every input kind of the fixtures folder, batches with bad inputs, order."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.ingest import Skipped, read_inputs
from storyline.models import RawDocument

from .conftest import ACCENTS, FIXTURES


def _by_source(items: list[RawDocument | Skipped]) -> dict[str, RawDocument | Skipped]:
    return {Path(item.source).name: item for item in items}


def test_every_fixture_is_read_with_its_kind_and_metadata() -> None:
    items = _by_source(list(read_inputs([FIXTURES])))
    assert sorted(items) == [
        "article.json", "article.txt.gz", "articles.jsonl:1", "articles.jsonl:2",
        "articles.jsonl:3", "cp1252.txt", "depeche", "page-cp1252.htm", "page.html",
        "utf16be.txt", "utf16le.txt", "utf8-bom.txt",
    ]
    for name in ("cp1252.txt", "utf16le.txt", "utf16be.txt", "utf8-bom.txt"):
        document = items[name]
        assert isinstance(document, RawDocument)
        assert (document.kind, document.body) == ("text", ACCENTS)
    for name in ("page.html", "page-cp1252.htm"):
        page = items[name]
        assert isinstance(page, RawDocument) and page.kind == "html"
        assert "<p>Les délégations se sont réunies mercredi à Genève" in page.body
        assert "\r" not in page.body
    gz = items["article.txt.gz"]
    assert isinstance(gz, RawDocument)
    assert gz.body == "Dépêche compressée : le sommet s’ouvre à Bruxelles."
    depeche = items["depeche"]
    assert isinstance(depeche, RawDocument) and depeche.kind == "text"
    assert isinstance(items["articles.jsonl:2"], Skipped)


def test_the_same_file_read_twice_gives_the_same_id() -> None:
    first, second = read_inputs([FIXTURES / "cp1252.txt", FIXTURES / "utf16le.txt"])
    assert isinstance(first, RawDocument) and isinstance(second, RawDocument)
    assert first.id == second.id  # same text in two encodings is the same article


def test_folders_are_walked_recursively_in_sorted_order_without_hidden_names(
    tmp_path: Path,
) -> None:
    (tmp_path / "b" / "deep").mkdir(parents=True)
    (tmp_path / ".cache").mkdir()
    for name in ("z.txt", "a.txt", "b/m.txt", "b/deep/c.txt", ".hidden.txt", ".cache/x.txt",
                 "b/.secret.txt"):
        (tmp_path / name).write_text(f"Article {name}.", encoding="utf-8")
    sources = [item.source for item in read_inputs([tmp_path])]
    assert sources == [str(tmp_path / n) for n in ("a.txt", "b/deep/c.txt", "b/m.txt", "z.txt")]


def test_an_explicit_hidden_file_is_read(tmp_path: Path) -> None:
    hidden = tmp_path / ".brouillon.txt"
    hidden.write_text("Un texte.", encoding="utf-8")
    assert [d.source for d in read_inputs([hidden])] == [str(hidden)]


def test_a_symlink_loop_is_walked_once(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Un texte.", encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    assert [d.source for d in read_inputs([tmp_path])] == [str(tmp_path / "a.txt")]


def test_paths_keep_their_given_order_and_duplicates(tmp_path: Path) -> None:
    one, two = tmp_path / "1.txt", tmp_path / "2.txt"
    one.write_text("Premier.", encoding="utf-8")
    two.write_text("Second.", encoding="utf-8")
    assert [d.source for d in read_inputs([two, str(one), two])] == [str(two), str(one), str(two)]


def test_every_bad_input_is_skipped_and_the_good_ones_still_come(tmp_path: Path) -> None:
    good = tmp_path / "bon.txt"
    good.write_text("Un bon article.", encoding="utf-8")
    (tmp_path / "vide.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "coupe.txt.gz").write_bytes((FIXTURES / "article.txt.gz").read_bytes()[:40])
    (tmp_path / "page.html").write_text("pas une seule balise", encoding="utf-8")
    (tmp_path / "notes.md").write_text("# notes", encoding="utf-8")
    (tmp_path / "lien").symlink_to(tmp_path / "parti.txt")
    items = list(read_inputs([tmp_path, tmp_path / "absent.txt"]))
    reasons = {Path(i.source).name: i.reason for i in items if isinstance(i, Skipped)}
    assert [i.source for i in items if isinstance(i, RawDocument)] == [str(good)]
    assert reasons["vide.txt"] == "empty file"
    assert reasons["image.txt"].startswith("binary file, not text")
    assert reasons["coupe.txt.gz"].startswith("truncated gzip stream")
    assert reasons["page.html"].startswith("malformed HTML")
    assert reasons["notes.md"].startswith("unsupported file type '.md'")
    assert reasons["lien"].startswith("broken symbolic link")
    assert reasons["absent.txt"] == "no such file or folder; check the path"


def test_an_unexpected_reader_failure_becomes_a_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import storyline.ingest.dispatch as dispatch

    def explode(source: str, text: str) -> RawDocument:
        raise RuntimeError("boom")

    monkeypatch.setattr(dispatch, "read_text", explode)
    (tmp_path / "a.txt").write_text("Texte.", encoding="utf-8")
    (tmp_path / "b.html").write_text("<p>Texte.</p>", encoding="utf-8")
    first, second = read_inputs([tmp_path])
    assert first == Skipped(str(tmp_path / "a.txt"),
                            "could not be read (RuntimeError: boom); please report it")
    assert isinstance(second, RawDocument)


def test_an_empty_path_is_skipped_not_read_as_the_current_folder() -> None:
    assert list(read_inputs(["", FIXTURES / "depeche"]))[0] == Skipped(
        "''", "empty path: give a file, a folder or '-' for standard input")
