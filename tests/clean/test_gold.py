"""The hand-labelled dumps: every line's keep/drop label, the metadata, the text start.

Gold files live in gold/clean/ (the five seeds) and gold/clean/synthetic/ (dumps written
for these tests, tests/clean/data/). See gold/clean/README.md.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from storyline.clean import boilerplate_lines, clean
from storyline.clean.text import classify
from storyline.evaluation.clean import METADATA_FIELDS
from storyline.models import RawDocument, to_dict

ROOT = Path(__file__).resolve().parents[2]
GOLD_FILES = sorted((ROOT / "gold" / "clean").rglob("*.json"))


def _gold(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def batch_boilerplate() -> frozenset[str]:
    bodies = [(ROOT / _gold(p)["path"]).read_text(encoding="utf-8") for p in GOLD_FILES]
    return boilerplate_lines(bodies)


def test_gold_set_is_complete() -> None:
    seeds = {p.name for p in (ROOT / "examples" / "seeds").glob("*.txt")}
    assert {p.name.removesuffix(".json") for p in GOLD_FILES} >= seeds
    assert len(GOLD_FILES) >= len(seeds) + 4


@pytest.mark.parametrize("gold_file", GOLD_FILES, ids=lambda p: p.stem)
def test_every_line_label(gold_file: Path, batch_boilerplate: frozenset[str]) -> None:
    gold = _gold(gold_file)
    body = (ROOT / gold["path"]).read_text(encoding="utf-8")
    found = classify(body, boilerplate=batch_boilerplate).line_labels()
    non_blank = [n for n, line in enumerate(body.splitlines(), 1) if line.strip()]
    assert sorted(r["line"] for r in gold["lines"]) == non_blank  # the gold labels every line
    noise_kept = [r["text"] for r in gold["lines"] if r["label"] == "drop" and found[r["line"]]]
    body_lost = [r["text"] for r in gold["lines"] if r["label"] == "keep" and not found[r["line"]]]
    assert noise_kept == []
    assert body_lost == []


@pytest.mark.parametrize("gold_file", GOLD_FILES, ids=lambda p: p.stem)
def test_metadata_and_text(gold_file: Path, batch_boilerplate: frozenset[str]) -> None:
    gold = _gold(gold_file)
    raw = RawDocument(source=gold["path"], body=(ROOT / gold["path"]).read_text(encoding="utf-8"),
                      kind="text")
    document = to_dict(clean(raw, boilerplate=batch_boilerplate))
    assert {f: document[f] for f in METADATA_FIELDS} == gold["metadata"]
    assert document["text"].startswith(gold["text_starts"])
    kept = [r["text"] for r in gold["lines"] if r["label"] == "keep"]
    assert document["text"].endswith(kept[-1])
