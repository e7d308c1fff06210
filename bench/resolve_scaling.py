"""Resolve at growing corpus sizes: time should grow near-linearly with the number of articles.

Usage: python bench/resolve_scaling.py [SIZES...]   (default: 1000 10000 100000)

Generates synthetic articles and analyses (a few story templates with random names, numbers
and dates), then times ``storyline.resolve.resolve`` once per size and prints seconds, seconds
per 1,000 articles and peak memory.
"""

from __future__ import annotations

import random
import resource
import sys
import time

from storyline.models import Analysis, Claim, Document, EventMention, LocalEntity, Mention, Timex
from storyline.resolve import resolve

FIRST = ["Anna", "Boris", "Chloé", "David", "Elena", "Farid", "Greta", "Hugo", "Inès", "Jonas"]
LAST = ["Martin", "Petrov", "Kowalski", "Durand", "Novak", "Rossi", "Meyer", "Silva", "Moreau",
        "Ivanov", "Lindqvist", "Haddad", "Okafor", "Tanaka", "Nguyen", "Schmidt"]
PLACES = ["Lyon", "Kharkiv", "Gdansk", "Porto", "Tunis", "Oslo", "Gênes", "Brno"]
WORDS = [
    "accord", "sommet", "appel", "frappe", "drones", "missiles", "livraisons", "aide", "sanctions",
    "négociations", "ministre", "président", "porte-parole", "frontière", "village", "région",
    "armée", "gouvernement",
]


def letters(number: int) -> str:
    """A number spelled in letters (names keep no digits): 0 -> "a", 27 -> "bb"."""
    out = ""
    while True:
        number, rest = divmod(number, 26)
        out += "abcdefghijklmnopqrstuvwxyz"[rest]
        if number == 0:
            return out


def synthetic(n: int, seed: int = 7) -> tuple[list[Document], list[Analysis]]:
    rng = random.Random(seed)
    documents, analyses = [], []
    for i in range(n):
        story = rng.randrange(max(n // 20, 1))
        people = [f"{FIRST[(story + k) % 10]} {LAST[(story * 3 + k) % 16]}{letters(story)}"
                  for k in range(3)]
        place = PLACES[story % len(PLACES)]
        day = f"2025-{1 + story % 12:02d}-{1 + story % 28:02d}"
        text = " ".join(rng.choice(WORDS) for _ in range(60)) + f" {place} {' '.join(people)}."
        doc_id = f"d{i:07d}"
        documents.append(Document(id=doc_id, source=f"{doc_id}.txt", text=text,
                                  published=day if rng.random() > 0.1 else None,
                                  published_precision="day"))
        entities = tuple(LocalEntity(f"E{k + 1}", name if rng.random() > 0.2 else name.split()[-1],
                                     "PER") for k, name in enumerate(people))
        entities += (LocalEntity("E4", place, "LOC"),)
        mentions = tuple(Mention(0, 4, e.name, e.key) for e in entities for _ in range(2))
        events = (EventMention(type=rng.choice(["CONSULT", "ASSAULT", "REQUEST"]), start=5, end=9,
                               trigger="appel", sentence="Une phrase.", actors=("E1",),
                               recipients=("E2",), date=day, date_precision="day"),)
        claims = (Claim(start=20, end=30, text="x drones", value=float(100 + story % 50),
                        noun="drones", attributed_to="E4"),)
        timexes = (Timex(40, 45, "le jour", "DATE", day),)
        analyses.append(Analysis(document=doc_id, entities=entities, mentions=mentions,
                                 events=events, claims=claims, timexes=timexes))
    return documents, analyses


def main() -> None:
    sizes = [int(s) for s in sys.argv[1:]] or [1000, 10000, 100000]
    print(f"{'articles':>9} {'seconds':>9} {'s per 1k':>9} {'entities':>9} {'stories':>8} {'events':>8}"
          f" {'peak MB':>8}")
    for size in sizes:
        documents, analyses = synthetic(size)
        start = time.perf_counter()
        result = resolve(documents, analyses)
        seconds = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{size:>9} {seconds:>9.2f} {seconds / size * 1000:>9.3f} {len(result.entities):>9}"
              f" {len(result.stories):>8} {len(result.events):>8} {peak:>8.0f}", flush=True)


if __name__ == "__main__":
    main()
