"""The record an input that cannot be read turns into (re-exported by :mod:`storyline.ingest`)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Skipped:
    """An input, or one record of it, that was not read, and why.

    ``source`` names the file (``path``), the line (``path:LINE``) or the record
    (``path#N``); ``reason`` is one line saying what is wrong and, where useful, how to
    fix it.
    """

    source: str
    reason: str
