"""Score the cleaner against hand-labelled dumps (``gold/clean/**/*.json``).

Each gold file names a dump (``path``, relative to the repository root), labels every
non-blank line ``keep`` or ``drop`` and gives the expected metadata. Line scores treat
``keep`` as the positive class: precision is the share of kept lines that are body,
recall the share of body lines kept. Two error counts matter most: ``noise_kept`` (a
drop line kept) and ``body_lost`` (a keep line dropped). Metadata is scored field by
field, exact match.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storyline.clean import boilerplate_lines, clean
from storyline.clean.text import classify
from storyline.errors import EvaluationError
from storyline.models import RawDocument, to_dict

METADATA_FIELDS = (
    "title", "outlet", "url", "published", "published_precision", "published_origin",
    "authors", "wire", "language",
)


@dataclass(frozen=True)
class GoldDump:
    """One gold file: the dump it labels, line labels and expected metadata."""

    name: str
    path: Path
    labels: dict[int, bool]  # raw line number -> keep
    metadata: dict[str, Any]


@dataclass(frozen=True)
class LineError:
    """A line the cleaner labels differently from the gold."""

    dump: str
    line: int
    gold_keep: bool
    text: str


@dataclass(frozen=True)
class DumpScore:
    """Figures for one dump."""

    name: str
    lines: int
    kept: int  # lines the gold keeps
    dropped: int  # lines the gold drops
    noise_kept: int
    body_lost: int
    metadata_wrong: tuple[str, ...]  # fields that differ from the gold


@dataclass(frozen=True)
class CleanScores:
    """Figures over a set of gold dumps."""

    dumps: tuple[DumpScore, ...]
    errors: tuple[LineError, ...] = ()

    @property
    def lines(self) -> int:
        return sum(d.lines for d in self.dumps)

    @property
    def line_errors(self) -> int:
        return sum(d.noise_kept + d.body_lost for d in self.dumps)

    @property
    def accuracy(self) -> float:
        return 1.0 - self.line_errors / self.lines if self.lines else 0.0

    @property
    def precision(self) -> float:
        true_keep = sum(d.kept - d.body_lost for d in self.dumps)
        system_keep = true_keep + sum(d.noise_kept for d in self.dumps)
        return true_keep / system_keep if system_keep else 0.0

    @property
    def recall(self) -> float:
        gold_keep = sum(d.kept for d in self.dumps)
        true_keep = gold_keep - sum(d.body_lost for d in self.dumps)
        return true_keep / gold_keep if gold_keep else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def metadata_accuracy(self) -> float:
        fields = len(self.dumps) * len(METADATA_FIELDS)
        wrong = sum(len(d.metadata_wrong) for d in self.dumps)
        return 1.0 - wrong / fields if fields else 0.0

    def figures(self) -> dict[str, float | int]:
        return {
            "dumps": len(self.dumps), "lines": self.lines,
            "kept": sum(d.kept for d in self.dumps), "dropped": sum(d.dropped for d in self.dumps),
            "noise_kept": sum(d.noise_kept for d in self.dumps),
            "body_lost": sum(d.body_lost for d in self.dumps),
            "accuracy": round(self.accuracy, 4), "precision": round(self.precision, 4),
            "recall": round(self.recall, 4), "f1": round(self.f1, 4),
            "metadata_accuracy": round(self.metadata_accuracy, 4),
        }


def _load(file: Path, root: Path) -> GoldDump:
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
        path = root / data["path"]
        labels = {int(r["line"]): r["label"] == "keep" for r in data["lines"]}
        metadata = {k: data["metadata"][k] for k in METADATA_FIELDS}
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise EvaluationError(
            f"{file}: not a cleaning gold file ({exc}); see gold/clean/README.md for the format"
        ) from exc
    if not path.is_file():
        raise EvaluationError(
            f"{file}: the dump {data['path']} is not under {root}; run from the repository "
            "root or pass the root folder"
        )
    return GoldDump(file.name.removesuffix(".json"), path, labels, metadata)


def read_gold(folder: Path, root: Path) -> list[GoldDump]:
    """Every gold file under ``folder`` (sub-folders included), sorted by path."""
    files = sorted(folder.rglob("*.json"))
    if not files:
        raise EvaluationError(f"{folder}: no gold .json files; expected gold/clean/*.json")
    return [_load(f, root) for f in files]


def _score(dump: GoldDump, boilerplate: frozenset[str]) -> tuple[DumpScore, list[LineError]]:
    body = dump.path.read_text(encoding="utf-8")
    raw_lines = body.splitlines()
    found = classify(body, boilerplate=boilerplate).line_labels()
    errors = [
        LineError(dump.name, n, keep, " ".join(raw_lines[n - 1].split()))
        for n, keep in sorted(dump.labels.items())
        if found.get(n, False) != keep
    ]
    document = to_dict(clean(RawDocument(str(dump.path), body, "text"), boilerplate=boilerplate))
    wrong = tuple(f for f in METADATA_FIELDS if document[f] != dump.metadata[f])
    kept = sum(dump.labels.values())
    score = DumpScore(
        name=dump.name,
        lines=len(dump.labels),
        kept=kept,
        dropped=len(dump.labels) - kept,
        noise_kept=sum(not e.gold_keep for e in errors),
        body_lost=sum(e.gold_keep for e in errors),
        metadata_wrong=wrong,
    )
    return score, errors


def evaluate(dumps: list[GoldDump]) -> CleanScores:
    """Clean every dump as one batch (lines repeated across them count as boilerplate)."""
    boilerplate = boilerplate_lines(d.path.read_text(encoding="utf-8") for d in dumps)
    scores: list[DumpScore] = []
    errors: list[LineError] = []
    for dump in dumps:
        score, found = _score(dump, boilerplate)
        scores.append(score)
        errors.extend(found)
    return CleanScores(tuple(scores), tuple(errors))


def evaluate_folder(folder: Path, root: Path | None = None) -> CleanScores:
    """Read the gold files under ``folder`` and score the cleaner on them."""
    return evaluate(read_gold(folder, root or Path.cwd()))
