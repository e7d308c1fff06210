"""Walking paths, the size limit and unreadable paths."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from storyline.ingest import Skipped, read_inputs
from storyline.ingest.files import human_size
from storyline.models import RawDocument


@pytest.mark.parametrize(("size", "shown"), [
    (0, "0 bytes"), (999, "999 bytes"), (1_500, "1.5 kB"), (20_000_000, "20 MB"),
    (30_500_000, "30.5 MB"), (2_000_000_000, "2 GB"),
])
def test_sizes_are_shown_in_decimal_units(size: int, shown: str) -> None:
    assert human_size(size) == shown


def test_a_file_over_the_limit_is_skipped_with_the_fix(tmp_path: Path) -> None:
    big = tmp_path / "gros.txt"
    with big.open("wb") as handle:
        handle.truncate(30_000_000)  # sparse: no 30 MB written
    small = tmp_path / "petit.txt"
    small.write_text("Un article.", encoding="utf-8")
    assert list(read_inputs([big, small])) == [
        Skipped(str(big), "file is 30 MB, over the 20 MB limit; raise --max-bytes to read it"),
        RawDocument(source=str(small), body="Un article.", kind="text"),
    ]


def test_max_bytes_is_the_limit(tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text("x" * 150, encoding="utf-8")
    [skipped] = read_inputs([text], max_bytes=100)
    assert skipped == Skipped(
        str(text), "file is 150 bytes, over the 100 bytes limit; raise --max-bytes to read it")
    [document] = read_inputs([text], max_bytes=150)
    assert isinstance(document, RawDocument)


def test_a_gzip_that_decompresses_over_the_limit_is_skipped(tmp_path: Path) -> None:
    import gzip

    bomb = tmp_path / "bombe.txt.gz"
    bomb.write_bytes(gzip.compress(b"a" * 5_000))
    [skipped] = read_inputs([bomb], max_bytes=1_000)
    assert skipped == Skipped(str(bomb), (
        "decompressed content is over the 1 kB limit; raise --max-bytes to read it"))


def test_permission_denied_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked, other = tmp_path / "verrou.txt", tmp_path / "libre.txt"
    locked.write_text("Secret.", encoding="utf-8")
    other.write_text("Libre.", encoding="utf-8")
    real_open = Path.open

    def guarded_open(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", guarded_open)
    first, second = read_inputs([locked, other])
    assert first == Skipped(
        str(locked), "permission denied; make it readable (chmod +r, and +x for a folder)")
    assert isinstance(second, RawDocument)


def test_an_unreadable_folder_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    closed = tmp_path / "ferme"
    closed.mkdir()
    (closed / "a.txt").write_text("Caché.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Visible.", encoding="utf-8")
    real_scandir = os.scandir

    def guarded_scandir(path: str) -> object:
        if Path(path) == closed:
            raise PermissionError(13, "Permission denied", path)
        return real_scandir(path)

    monkeypatch.setattr("storyline.ingest.files.os.scandir", guarded_scandir)
    document, skipped = read_inputs([tmp_path])
    assert isinstance(document, RawDocument) and document.source == str(tmp_path / "b.txt")
    assert skipped == Skipped(
        str(closed), "permission denied; make it readable (chmod +r, and +x for a folder)")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_a_file_without_read_permission_is_skipped(tmp_path: Path) -> None:
    locked = tmp_path / "verrou.txt"
    locked.write_text("Secret.", encoding="utf-8")
    locked.chmod(0)
    [skipped] = read_inputs([locked])
    assert isinstance(skipped, Skipped) and skipped.reason.startswith("permission denied")


def test_a_named_pipe_is_skipped_not_read(tmp_path: Path) -> None:
    pipe = tmp_path / "tube"
    os.mkfifo(pipe)
    assert list(read_inputs([pipe])) == [Skipped(str(pipe), (
        "not a regular file or folder (device, socket or pipe); give '-' to read standard input"))]


def test_a_broken_symlink_names_its_target(tmp_path: Path) -> None:
    link = tmp_path / "lien.txt"
    link.symlink_to(tmp_path / "parti.txt")
    assert list(read_inputs([link])) == [Skipped(
        str(link), f"broken symbolic link to '{tmp_path / 'parti.txt'}'; fix or remove the link")]


def test_a_symlink_to_a_file_is_followed(tmp_path: Path) -> None:
    target = tmp_path / "vrai.txt"
    target.write_text("Un article.", encoding="utf-8")
    link = tmp_path / "lien.txt"
    link.symlink_to(target)
    [document] = read_inputs([link])
    assert isinstance(document, RawDocument) and document.source == str(link)
