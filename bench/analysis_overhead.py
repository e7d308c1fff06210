"""How much the analysis stages add on top of spaCy alone, on the same text in the same run.

Usage: python bench/analysis_overhead.py [--copies N] [--processes P]

Builds a corpus of N copies of the example articles (each copy slightly varied), then times
(1) spaCy's fr_core_news_md over every text and (2) the same parse plus every analysis stage.
Prints words per second for both and the ratio, so machine drift cancels out, then the time
each stage takes on the same parsed documents.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from storyline.analysis.parse import load_nlp
from storyline.analysis.pipeline import AnalysisState, default_stages, run_stages
from storyline.clean import clean
from storyline.models import RawDocument

SEEDS = Path(__file__).resolve().parent.parent / "examples" / "seeds"


def corpus(copies: int) -> list:  # type: ignore[type-arg]
    raws = [RawDocument(source=p.name, body=p.read_text(encoding="utf-8"), kind="text")
            for p in sorted(SEEDS.glob("*.txt"))]
    docs = [clean(r) for r in raws]
    return [d for _ in range(copies) for d in docs]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=20)
    parser.add_argument("--processes", type=int, default=1)
    args = parser.parse_args()
    documents = corpus(args.copies)
    words = sum(len(d.text.split()) for d in documents)
    nlp = load_nlp()
    stages = default_stages()
    list(nlp.pipe([documents[0].text]))  # warm up

    start = time.perf_counter()
    for _ in nlp.pipe((d.text for d in documents), n_process=args.processes, batch_size=16):
        pass
    spacy_seconds = time.perf_counter() - start

    start = time.perf_counter()
    parsed = nlp.pipe((d.text for d in documents), n_process=args.processes, batch_size=16)
    docs = []
    for document, doc in zip(documents, parsed, strict=True):
        run_stages(document, doc, stages)
        docs.append(doc)
    full_seconds = time.perf_counter() - start

    per_stage = dict.fromkeys((s.name for s in stages), 0.0)  # the same stages again, timed one by one
    for document, doc in zip(documents, docs, strict=True):
        state = AnalysisState(document=document, doc=doc)
        for stage in stages:
            begin = time.perf_counter()
            state = stage.run(state)
            per_stage[stage.name] += time.perf_counter() - begin

    print(f"documents {len(documents)}, words {words}, processes {args.processes}")
    print(f"spaCy alone      {words / spacy_seconds:8.0f} words/s  ({spacy_seconds:.2f} s)")
    print(f"full analysis    {words / full_seconds:8.0f} words/s  ({full_seconds:.2f} s)")
    print(f"ratio full/spaCy {full_seconds / spacy_seconds:8.2f}")
    print("per stage (s)    " + ", ".join(f"{name} {seconds:.2f}" for name, seconds in per_stage.items()))


if __name__ == "__main__":
    main()
