"""An incremental build analyses only the new article and updates the resolved record."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from storyline.cli import app
from storyline.models import to_dict
from storyline.store import Store

SEEDS = Path(__file__).resolve().parents[2] / "examples" / "seeds"
runner = CliRunner()


def run(*args: str) -> dict:  # type: ignore[type-arg]
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_a_third_article_is_the_only_one_analysed(tmp_path: Path):
    db, folder = str(tmp_path / "s.db"), tmp_path / "in"
    folder.mkdir()
    for name in ("001_f20b75c96bb59876.txt", "002_9abfb707a020ca86.txt"):
        shutil.copy(SEEDS / name, folder)
    first = run("build", str(folder), "--db", db, "--json")
    assert len(first["added"]) == 2 and first["unchanged"] == 0
    with Store(db) as store:
        analyses = {a.document: to_dict(a) for a in store.analyses()}
    entities = {e["id"]: e for e in run("entities", "--db", db, "--json")}
    stories = run("stories", "--db", db, "--json")

    shutil.copy(SEEDS / "000_a02933fc097f034d.txt", folder)
    second = run("build", str(folder), "--db", db, "--json")
    [new] = second["added"]
    assert second["unchanged"] == 2 and second["stored"] == 3 and new not in analyses
    with Store(db) as store:  # the two first analyses are the stored rows, untouched
        assert {a.document: to_dict(a) for a in store.analyses() if a.document != new} == analyses

    after = {e["id"]: e for e in run("entities", "--db", db, "--json")}
    trump = next(e for e in after.values() if e["name"] == "Donald Trump")
    assert trump["id"] in entities and new in trump["documents"]
    assert len(trump["documents"]) == len(entities[trump["id"]]["documents"]) + 1
    assert second["entities"] == len(after) >= first["entities"]

    story_of = {d: s["id"] for s in run("stories", "--db", db, "--json") for d in s["documents"]}
    assert set(story_of) == set(analyses) | {new}
    assert sum(len(s["documents"]) for s in stories) == 2
    timeline = run("timeline", "--db", db, "--json")
    assert any(m["document"] == new for e in timeline for m in e["mentions"])
    exported = json.loads(runner.invoke(app, ["export", "--db", db, "--format", "json"]).stdout)
    assert {d["id"]: d["story"] for d in exported["documents"]} == story_of
    assert len(exported["events"]) == len(timeline) == second["events"]
