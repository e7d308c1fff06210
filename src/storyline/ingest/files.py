"""Walk the paths given on the command line and read files within the size limit."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

from storyline.errors import InputError
from storyline.ingest.skipped import Skipped


def human_size(size: int) -> str:
    """``30 MB``, ``1.5 kB``, ``120 bytes``: decimal units, as ``--max-bytes`` counts them."""
    for unit, scale in (("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if size >= scale:
            return f"{size / scale:.1f}".rstrip("0").rstrip(".") + f" {unit}"
    return f"{size} bytes"


def over_limit(what: str, size: int | None, max_bytes: int) -> str:
    """The reason given for an input larger than ``max_bytes`` (``size`` None: not known)."""
    stated = f"{what} is {human_size(size)}, over" if size is not None else f"{what} is over"
    return f"{stated} the {human_size(max_bytes)} limit; raise --max-bytes to read it"


def walk(path: Path) -> Iterator[Path | Skipped]:
    """Every regular file under ``path`` (itself when it is a file), sorted by name.

    Hidden files and folders (name starting with ".") inside a folder are left out;
    symbolic links are followed, each folder visited once.
    """
    yield from _walk(path, set())


def _walk(path: Path, seen: set[str]) -> Iterator[Path | Skipped]:
    source = str(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            yield Skipped(source, f"broken symbolic link to '{os.readlink(path)}'; "
                                  "fix or remove the link")
        else:
            yield Skipped(source, "no such file or folder; check the path")
        return
    except OSError as exc:
        yield Skipped(source, _os_reason(exc))
        return
    if stat.S_ISREG(info.st_mode):
        yield path
        return
    if not stat.S_ISDIR(info.st_mode):
        yield Skipped(source, "not a regular file or folder (device, socket or pipe); "
                              "give '-' to read standard input")
        return
    real = os.path.realpath(path)
    if real in seen:
        return
    seen.add(real)
    try:
        children = sorted(os.scandir(path), key=lambda entry: entry.name)
    except OSError as exc:
        yield Skipped(source, _os_reason(exc))
        return
    for child in children:
        if not child.name.startswith("."):
            yield from _walk(Path(child.path), seen)


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The content of ``path``; InputError when it is empty, too large or unreadable."""
    source = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(source, over_limit("file", size, max_bytes))
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(source, _os_reason(exc)) from exc
    if len(data) > max_bytes:  # it grew after stat()
        raise InputError(source, over_limit("file", None, max_bytes))
    if not data:
        raise InputError(source, "empty file")
    return data


def check_size(path: Path, max_bytes: int) -> None:
    """InputError when ``path`` is empty, too large or cannot be read (for streamed files)."""
    source = str(path)
    try:
        size = path.stat().st_size
        with path.open("rb"):
            pass
    except OSError as exc:
        raise InputError(source, _os_reason(exc)) from exc
    if size > max_bytes:
        raise InputError(source, over_limit("file", size, max_bytes))
    if size == 0:
        raise InputError(source, "empty file")


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied; make it readable (chmod +r, and +x for a folder)"
    if isinstance(exc, IsADirectoryError):
        return "is a folder, not a file"
    return f"cannot be read ({exc.strerror or exc})"
