"""Gzip-compressed inputs (``.gz``), decompressed in memory within the size limit."""

from __future__ import annotations

import gzip
import io
import zlib

from storyline.errors import InputError
from storyline.ingest.files import over_limit

GZIP_MAGIC = b"\x1f\x8b"


def gunzip(data: bytes, source: str, max_bytes: int) -> bytes:
    """The decompressed content of ``data``.

    Raises InputError for a stream that is cut short, corrupt, not gzip at all, empty
    once decompressed, or that decompresses to more than ``max_bytes``.
    """
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            inner = stream.read(max_bytes + 1)
    except EOFError as exc:
        raise InputError(source, (
            f"truncated gzip stream ({exc}); the file was cut short, download or copy it again"
        )) from exc
    except gzip.BadGzipFile as exc:
        if data.startswith(GZIP_MAGIC):
            raise InputError(source, f"corrupt gzip stream ({exc}); download or copy it again") from exc
        raise InputError(source, (
            f"not a gzip file ({exc}); remove the .gz ending if the file is not compressed"
        )) from exc
    except zlib.error as exc:
        raise InputError(source, f"corrupt gzip stream ({exc}); download or copy it again") from exc
    if len(inner) > max_bytes:
        raise InputError(source, over_limit("decompressed content", None, max_bytes))
    if not inner:
        raise InputError(source, "empty file (nothing once decompressed)")
    return inner
