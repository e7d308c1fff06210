"""The record of the example articles, compared with a reviewed golden file.

Any change of what the pipeline finds in ``examples/seeds`` (the five real articles) or in
``examples/probes`` (made-up articles of other stories and styles) shows here as a diff of
``tests/golden/<folder>_record.json``; review it, then regenerate the files with
``STORYLINE_UPDATE_GOLDEN=1 bash scripts/test.sh tests/cli/test_golden.py``. Python's hash seed
differs from run to run, so the comparison also guards that the record does not depend on it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from storyline.cli import app

ROOT = Path(__file__).resolve().parents[2]


def ordered(rows: Any) -> list[Any]:
    return sorted(rows, key=lambda row: json.dumps(row, ensure_ascii=False))


def summary(record: dict[str, Any]) -> dict[str, Any]:
    """What a reader of the record sees, without texts and ids that say nothing on their own."""
    names = {e["id"]: e["name"] for e in record["entities"]}
    titles = {d["id"]: Path(d["source"]).name for d in record["documents"]}  # the same in any folder

    def who(ids: list[str]) -> list[str]:
        return sorted(names.get(i, i) for i in ids)

    return {
        "documents": ordered(
            [titles[d["id"]], d["outlet"], d["published"], d["published_precision"], d["published_origin"],
             d["title"][:80], d["authors"], d["wire"]] for d in record["documents"]),
        "entities": ordered(
            [e["name"], e["type"], sorted(e["aliases"]), sorted(e["roles"]), len(e["documents"])]
            for e in record["entities"]),
        "quotes": ordered(
            [titles[q["document"]], q["start"], q["kind"], names.get(q["speaker"] or ""), q["cue"],
             q["text"][:60]] for q in record["quotes"]),
        "events": ordered(
            [e["type"], e["mode"], who(e["actors"]), who(e["recipients"]), e["date"], e["modality"],
             e["negated"], sorted([titles[m["document"]], m["start"]] for m in e["mentions"])]
            for e in record["events"]),
        "claims": ordered(
            [titles[c["document"]], c["start"], c["value"], c["noun"], c["qualifier"],
             names.get(c["attributed_to"] or ""), c["agreement"]]
            for c in record["claims"]),
        "stories": ordered([s["label"], sorted(titles[d] for d in s["documents"])]
                           for s in record["stories"]),
    }


@pytest.mark.parametrize("folder", ["seeds", "probes"])
def test_the_record_matches_the_golden_file(folder: str, tmp_path: Path) -> None:
    golden = ROOT / "tests" / "golden" / f"{folder}_record.json"
    runner = CliRunner()
    db = str(tmp_path / "golden.db")
    built = runner.invoke(app, ["build", str(ROOT / "examples" / folder), "--db", db, "--quiet"])
    assert built.exit_code == 0, built.stderr
    result = runner.invoke(app, ["export", "--db", db, "--format", "json"])
    assert result.exit_code == 0, result.stderr
    found = json.loads(json.dumps(summary(json.loads(result.stdout)), ensure_ascii=False))
    if os.environ.get("STORYLINE_UPDATE_GOLDEN"):
        golden.write_text(json.dumps(found, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    expected = json.loads(golden.read_text(encoding="utf-8"))
    for part in expected:
        assert found[part] == expected[part], f"the {folder}' {part} changed: review, then regenerate"
