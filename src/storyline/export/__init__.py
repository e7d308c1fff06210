"""Exports of the stored record: the JSON contract first, other formats built on it."""

from __future__ import annotations

from storyline.export.record import FORMATS, export_record, write_export

__all__ = ["FORMATS", "export_record", "write_export"]
