"""Standard input ("-"): read whole, its kind told by its content."""

from __future__ import annotations

import sys
from collections.abc import Iterator

from storyline.errors import InputError
from storyline.ingest.dispatch import Item, read_data
from storyline.ingest.files import over_limit
from storyline.ingest.skipped import Skipped

SOURCE = "<stdin>"


def read_stdin(max_bytes: int) -> Iterator[Item]:
    """The documents piped on standard input: text, HTML, JSON (Lines) or WARC, gzipped or not.

    Records are named ``<stdin>:LINE`` and ``<stdin>#N`` as for files.
    """
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        yield Skipped(SOURCE, "standard input is closed or not a byte stream; pipe a file into it")
        return
    try:
        data = stream.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise InputError(SOURCE, over_limit("standard input", None, max_bytes))
        if not data:
            raise InputError(SOURCE, "empty file (nothing on standard input)")
        yield from read_data(SOURCE, data, "sniff", max_bytes)
    except InputError as exc:
        yield Skipped(exc.source, exc.reason)
    except OSError as exc:
        yield Skipped(SOURCE, f"standard input cannot be read ({exc.strerror or exc})")
    except Exception as exc:  # noqa: BLE001 - one bad input never stops the batch
        yield Skipped(SOURCE, f"could not be read ({type(exc).__name__}: {exc}); please report it")
