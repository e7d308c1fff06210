"""Read inputs into RawDocument records: files, folders, standard input.

``read_inputs`` takes files, folders (read recursively, sorted, hidden names left out) and
"-" for standard input, and yields one :class:`~storyline.models.RawDocument` per article:

- ``.txt``, ``.text`` and files without extension: plain-text dumps (kind "text");
- ``.html``, ``.htm``: pages (kind "html");
- ``.jsonl`` and ``.json``: news-please records (kind "text", metadata filled);
- ``.warc`` and ``.warc.gz``: the HTML responses of a web archive (kind "html");
- ``.gz`` of any of these: decompressed, then read by the inner extension.

An input that cannot be read yields a :class:`Skipped` with the reason, and reading goes
on with the next record or file: this function never raises for one bad input.
See docs/ingest.md for encodings and every message.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from storyline.ingest.dispatch import read_file
from storyline.ingest.files import walk
from storyline.ingest.skipped import Skipped
from storyline.ingest.stdin import read_stdin
from storyline.models import RawDocument

DEFAULT_MAX_BYTES = 20_000_000


def read_inputs(
    paths: Sequence[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[RawDocument | Skipped]:
    """Every article found in ``paths``, in order, with a Skipped for each bad input.

    ``max_bytes`` bounds each file (compressed size on disk, and size once decompressed)
    and standard input; larger inputs are skipped, not truncated.
    """
    for path in paths:
        if isinstance(path, str) and not path.strip():
            yield Skipped(repr(path), "empty path: give a file, a folder or '-' for standard input")
            continue
        if str(path) == "-":
            yield from read_stdin(max_bytes)
            continue
        for item in walk(Path(path)):
            if isinstance(item, Skipped):
                yield item
            else:
                yield from read_file(item, max_bytes)


__all__ = ["DEFAULT_MAX_BYTES", "Skipped", "read_inputs"]
