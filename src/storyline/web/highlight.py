"""Cut an article's text into segments marked with what the analysis found there."""

from __future__ import annotations

from dataclasses import dataclass

from storyline.models import Analysis


@dataclass(frozen=True)
class Segment:
    text: str
    marks: tuple[str, ...]  # css classes: "quote", "event", "entity", "claim", "timex"
    title: str = ""


def segments(text: str, analysis: Analysis | None) -> list[Segment]:
    """Split ``text`` at every span boundary; each piece carries the kinds covering it."""
    if analysis is None:
        return [Segment(text, ())]
    spans: list[tuple[int, int, str, str]] = []
    spans += [(q.start, q.end, "quote", f"{q.kind} quote, {q.speaker_text or '?'}")
              for q in analysis.quotes]
    spans += [(e.start, e.end, "event", f"{e.type}" + (f"/{e.mode}" if e.mode else ""))
              for e in analysis.events]
    spans += [(m.start, m.end, "entity", m.kind) for m in analysis.mentions]
    spans += [(c.start, c.end, "claim", f"{c.value:g} {c.noun}") for c in analysis.claims]
    spans += [(t.start, t.end, "timex", t.value) for t in analysis.timexes]
    cuts = sorted({0, len(text), *(s for s, *_ in spans), *(e for _, e, *_ in spans)})
    out: list[Segment] = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        covering = [s for s in spans if s[0] <= start and end <= s[1]]
        out.append(Segment(text[start:end], tuple(sorted({c[2] for c in covering})),
                           "; ".join(c[3] for c in covering)))
    return out
