"""Reading a gold folder: ``documents.json`` names sets of texts and the JSONL file of each.

Every gold folder under ``gold/`` has the same index: ``{"sets": [{"name", "texts", "clean",
"gold", "documents", ...}]}``; ``texts`` is a folder of ``<document>.txt`` relative to the
gold folder, ``clean`` says the texts are raw dumps to clean as the pipeline does.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from storyline.errors import EvaluationError

Rows = dict[str, list[dict[str, Any]]]  # document name -> its gold lines
D = TypeVar("D")
S = TypeVar("S")


@dataclass(frozen=True)
class GoldText:
    """One annotated document of a set: where its text is and its gold lines."""

    set_name: str
    name: str
    path: Path
    clean: bool
    rows: list[dict[str, Any]]
    entry: dict[str, Any]  # the set's entry in documents.json, for set-specific keys ("dct")


def gold_texts(gold_dir: Path, what: str) -> list[GoldText]:
    """Every document of every set of ``gold_dir/documents.json``; ``what`` names the gold
    ("quotes", "events", "entities") in error messages."""
    index_path = gold_dir / "documents.json"
    if not index_path.is_file():
        raise EvaluationError(f"{index_path} not found: pass the folder that holds the {what} gold "
                              f"(documents.json, *.jsonl), e.g. gold/{what}")
    with malformed(gold_dir, what):
        index = json.loads(index_path.read_text(encoding="utf-8"))
        found = []
        for entry in index["sets"]:
            rows = read_rows(gold_dir / entry["gold"])
            found += [GoldText(entry["name"], name, gold_dir / entry["texts"] / f"{name}.txt",
                               bool(entry.get("clean")), rows.get(name, []), entry)
                      for name in entry["documents"]]
        return found


@contextmanager
def malformed(gold_dir: Path, what: str) -> Iterator[None]:
    """Turn a missing key or a wrong value in the gold into an error naming the gold folder."""
    try:
        yield
    except (KeyError, TypeError, ValueError) as exc:
        raise EvaluationError(f"{gold_dir / 'documents.json'}: malformed {what} gold ({exc}); "
                              f"see gold/{what}/README.md") from exc


def read_rows(path: Path) -> Rows:
    """The JSON lines of a gold file, by document name."""
    if not path.is_file():
        raise EvaluationError(f"{path} not found: documents.json names it as a gold file")
    rows: Rows = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError as exc:
            raise EvaluationError(f"{path}:{number}: not JSON ({exc})") from exc
        rows.setdefault(row["doc"], []).append(row)
    return rows


def read_body(path: Path) -> str:
    if not path.is_file():
        raise EvaluationError(f"{path} not found: the gold index names a text that is missing")
    return path.read_text(encoding="utf-8")


def read_text(path: Path, clean: bool) -> str:
    """The text the pipeline analyses: the file as it is, or the cleaned dump."""
    body = read_body(path)
    if not clean:
        return body.strip()
    from storyline.clean import clean as clean_document
    from storyline.models import RawDocument

    return clean_document(RawDocument(source=path.name, body=body, kind="text")).text


def score_sets(documents: Sequence[D], set_of: Callable[[D], str],
               score: Callable[[list[D]], S]) -> dict[str, S]:
    """``score`` of each set's documents, in the order of documents.json, then of "all"."""
    results = {name: score([d for d in documents if set_of(d) == name])
               for name in dict.fromkeys(map(set_of, documents))}
    results["all"] = score(list(documents))
    return results
