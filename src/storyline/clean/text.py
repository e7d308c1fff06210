"""The line classifier of plain-text dumps: keep the article body, drop the page around it.

Every unit (a line, or the lines of a hard-wrapped paragraph) first gets a role from its
own shape (:mod:`storyline.clean.signals`, :mod:`storyline.clean.metadata`), then the
document corrects it: repeated lines, lines repeated across the batch, the caption under
a photo placeholder, link lists, everything after the article's closing credits, and the
headline at the top. Only units whose role stays ``body`` are kept.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Literal

from storyline.clean import signals
from storyline.clean.language import identify, is_foreign
from storyline.clean.metadata import Lead, MetaLine, is_name, parse_lead, parse_meta_line
from storyline.clean.units import Unit, blank_separated, ends_sentence, split_units

Role = Literal[
    "body", "title", "heading", "headline", "caption", "photo", "ad", "banner", "widget",
    "appeal", "related", "foreign", "metadata", "repeated", "boilerplate", "list", "trailing",
]
SHORT_REPEAT_WORDS = 30  # a caption-like unit this short printed twice in a row: all go
CAPTION_AFTER_PHOTO_WORDS = 30
LIST_MIN_ITEMS = 3
LIST_ITEM_WORDS = 30
NARRATIVE_MIN_WORDS = 6
TITLE_MIN_WORDS = 3
TITLE_ABOVE_MIN_WORDS = 5  # without shared words, a title needs more than a menu item has
MIN_INTERSPERSED_HEADLINES = 2
MASTHEAD_MAX_WORDS = 4


@dataclass(frozen=True)
class Verdict:
    """The role the classifier gives one unit, with what a metadata line states."""

    unit: Unit
    role: Role
    meta: MetaLine | None = None

    @property
    def keep(self) -> bool:
        return self.role == "body"


@dataclass(frozen=True)
class Classification:
    """A classified dump: one verdict per unit, its language, headline and lead marker."""

    verdicts: tuple[Verdict, ...]
    language: str | None
    title: str | None = None
    lead: Lead | None = None

    def line_labels(self) -> dict[int, bool]:
        """Raw line number (1-based) -> kept, for every non-blank line."""
        return {n: v.keep for v in self.verdicts for n in v.unit.lines}

    def paragraphs(self) -> list[str]:
        """Kept units in order, the lead marker cut from the first one."""
        kept = [v.unit.text for v in self.verdicts if v.keep]
        if kept and self.lead is not None:
            kept[0] = kept[0][self.lead.length:]
        return kept

    def metadata(self) -> list[MetaLine]:
        return [v.meta for v in self.verdicts if v.meta is not None]

    def texts(self, *roles: Role) -> list[str]:
        return [v.unit.text for v in self.verdicts if v.role in roles]


def key(text: str) -> str:
    """How units are compared for repetition: case and spacing ignored."""
    return " ".join(text.casefold().split())


def unit_role(text: str, language: str | None) -> tuple[Role, MetaLine | None]:
    """The role a unit gets from its own text, before its neighbours are considered."""
    meta = parse_meta_line(text)
    if meta is not None:
        return "metadata", meta
    checks: tuple[tuple[Role, Callable[[], bool]], ...] = (
        ("ad", lambda: signals.is_ad_label(text)),
        ("widget", lambda: signals.is_link_shape(text) or signals.is_counter(text)),
        ("photo", lambda: signals.is_photo_marker(text)),
        ("caption", lambda: signals.is_caption(text)),
        ("related", lambda: signals.is_read_more(text)),
        ("foreign", lambda: is_foreign(text, language)),
        ("appeal", lambda: signals.is_appeal(text)),
        ("banner", lambda: signals.is_shouting(text)),
        ("heading", lambda: signals.is_heading(text)),
        ("headline", lambda: signals.is_headline(text, language)),
    )
    for role, check in checks:
        if check():
            return role, None
    return "body", None


def _narrative(text: str) -> bool:
    """A sentence of the article's own voice: long enough, punctuated, not an appeal."""
    return (
        ends_sentence(text)
        and len(text.split()) >= NARRATIVE_MIN_WORDS
        and not signals.is_appeal(text)
    )


def _mark_repeats(verdicts: list[Verdict], language: str | None) -> None:
    """A short line that does not narrate, printed twice in a row, is a caption or a widget:
    every copy goes. Otherwise (a pull quote, a duplicated paragraph) the first copy stays."""
    keys = [key(v.unit.text) for v in verdicts]
    seen: set[str] = set()
    for i, v in enumerate(verdicts):
        k = keys[i]
        twin = (i > 0 and keys[i - 1] == k) or (i + 1 < len(keys) and keys[i + 1] == k)
        caption_like = (
            twin
            and v.unit.words <= SHORT_REPEAT_WORDS
            and signals.narrates(v.unit.text, language) is not True
        )
        if v.role in ("body", "headline") and (k in seen or caption_like):
            verdicts[i] = replace(v, role="repeated")
        seen.add(k)


def _mark_boilerplate(verdicts: list[Verdict], boilerplate: frozenset[str]) -> None:
    for i, v in enumerate(verdicts):
        if (
            v.role in ("body", "headline")
            and key(v.unit.text) in boilerplate
            and not _narrative(v.unit.text)
        ):
            verdicts[i] = replace(v, role="boilerplate")


def _mark_captions(verdicts: list[Verdict]) -> None:
    """The unit right under a photo placeholder is its caption when it is caption-sized."""
    for i in range(len(verdicts) - 1):
        if verdicts[i].role != "photo":
            continue
        nxt = verdicts[i + 1]
        text = nxt.unit.text
        short = (
            nxt.unit.words <= CAPTION_AFTER_PHOTO_WORDS
            and len(signals.sentences(text)) == 1
            and not text.startswith(("«", '"', "“"))
        )
        if nxt.role in ("body", "heading", "headline") and short:
            verdicts[i + 1] = replace(nxt, role="caption")


def _is_body(verdicts: list[Verdict], index: int) -> bool:
    return 0 <= index < len(verdicts) and verdicts[index].role == "body"


def _settle_headlines(verdicts: list[Verdict]) -> None:
    """A headline-shaped sentence is dropped when it sits among page furniture, or when the
    page intersperses two or more of them between paragraphs (inline links to other
    articles); a single one between paragraphs is a short paragraph and stays."""
    headlines = [i for i, v in enumerate(verdicts) if v.role == "headline"]
    between = [i for i in headlines if _is_body(verdicts, i - 1) and _is_body(verdicts, i + 1)]
    if len(between) >= MIN_INTERSPERSED_HEADLINES:
        return
    for i in headlines:
        if _is_body(verdicts, i - 1) or _is_body(verdicts, i + 1):
            verdicts[i] = replace(verdicts[i], role="body")


def _mark_split_metadata(verdicts: list[Verdict]) -> None:
    """A name alone on its line states metadata through its place: above a dateline it is
    the outlet's masthead; above the closing source line, or last under the last
    paragraph, the author's signature."""
    for i in range(len(verdicts) - 1):
        v, nxt = verdicts[i], verdicts[i + 1]
        if v.role != "heading" or nxt.meta is None or not is_name(v.unit.text):
            continue
        if nxt.meta.kind == "dateline" and v.unit.words <= MASTHEAD_MAX_WORDS:
            meta = MetaLine("masthead", outlet=v.unit.text, date=nxt.meta.date)
            verdicts[i] = replace(v, role="metadata", meta=meta)
        elif nxt.meta.kind == "source" and is_name(v.unit.text, min_tokens=2):
            meta = MetaLine("signature", authors=(v.unit.text,))
            verdicts[i] = replace(v, role="metadata", meta=meta)
    if len(verdicts) < 2:
        return
    last = verdicts[-1]
    if (
        last.role == "heading"
        and verdicts[-2].role == "body"
        and is_name(last.unit.text, min_tokens=2)
    ):
        meta = MetaLine("signature", authors=(last.unit.text,))
        verdicts[-1] = replace(last, role="metadata", meta=meta)


def _blocks(units: list[Unit]) -> Iterable[range]:
    start = 0
    for i in range(1, len(units) + 1):
        if i == len(units) or units[i].blank_before:
            yield range(start, i)
            start = i


def _mark_lists(verdicts: list[Verdict]) -> None:
    """In a dump whose paragraphs are separated by blank lines, three or more short lines
    packed together are a link list (related articles, menus)."""
    units = [v.unit for v in verdicts]
    if not blank_separated(units):
        return
    for block in _blocks(units):
        if len(block) < LIST_MIN_ITEMS:
            continue
        items = [verdicts[i] for i in block]
        if all(
            v.role != "body"
            or (v.unit.words <= LIST_ITEM_WORDS and len(signals.sentences(v.unit.text)) == 1)
            for v in items
        ):
            for i in block:
                if verdicts[i].role == "body":
                    verdicts[i] = replace(verdicts[i], role="list")


def _mark_trailing(verdicts: list[Verdict]) -> None:
    """Source, credit, signature and wire lines close the article: the rest is the page.

    A credit closes the article only when more of the body lies above it than below (a
    ``Le Monde avec AFP`` line under the standfirst opens the article instead).
    """
    body_words = [v.unit.words if v.role == "body" else 0 for v in verdicts]
    for i, v in enumerate(verdicts):
        if v.meta is None or not v.meta.ends_article:
            continue
        if sum(body_words[:i]) > sum(body_words[i + 1:]):
            for j in range(i + 1, len(verdicts)):
                if verdicts[j].role == "body":
                    verdicts[j] = replace(verdicts[j], role="trailing")
            return


def _pick_title(verdicts: list[Verdict], language: str | None) -> str | None:
    """The heading above the first kept paragraph that shares most words with the body."""
    first = next((i for i, v in enumerate(verdicts) if v.role == "body"), None)
    if first is None:
        return None
    body: set[str] = set()
    for v in verdicts[first:]:
        if v.role == "body":
            body |= signals.content_stems(v.unit.text, language)
    best: tuple[int, int] | None = None  # (overlap, index)
    for i in range(first):
        v = verdicts[i]
        if v.role not in ("heading", "headline", "banner") or v.unit.words < TITLE_MIN_WORDS:
            continue
        overlap = len(signals.content_stems(v.unit.text, language) & body)
        if overlap > 0 and (best is None or overlap > best[0]):
            best = (overlap, i)
    if best is None:
        best = _title_above(verdicts, first)
    if best is None:
        return None
    verdicts[best[1]] = replace(verdicts[best[1]], role="title")
    title = verdicts[best[1]].unit.text
    return title[:-1] if title.endswith(".") and not title.endswith("..") else title


def _title_above(verdicts: list[Verdict], first: int) -> tuple[int, int] | None:
    """When no heading shares a word with the body: the heading right above the first
    paragraph (metadata lines between them allowed), if it is long enough for a title."""
    for i in range(first - 1, -1, -1):
        v = verdicts[i]
        if v.role == "metadata":
            continue
        if v.role in ("heading", "headline") and v.unit.words >= TITLE_ABOVE_MIN_WORDS:
            return (0, i)
        return None
    return None


def classify(body: str, *, boilerplate: frozenset[str] = frozenset()) -> Classification:
    """Classify every unit of a plain-text dump."""
    units = split_units(body)
    language = identify(" ".join(u.text for u in units))
    verdicts = [Verdict(u, *unit_role(u.text, language)) for u in units]
    _mark_repeats(verdicts, language)
    _mark_boilerplate(verdicts, boilerplate)
    _mark_captions(verdicts)
    _settle_headlines(verdicts)
    _mark_split_metadata(verdicts)
    _mark_lists(verdicts)
    _mark_trailing(verdicts)
    title = _pick_title(verdicts, language)
    first = next((v for v in verdicts if v.keep), None)
    lead = parse_lead(first.unit.text) if first is not None else None
    return Classification(tuple(verdicts), language, title, lead)


def boilerplate_units(bodies: Iterable[str], *, min_documents: int = 3) -> frozenset[str]:
    """Units (compared by :func:`key`) found in ``min_documents`` or more distinct dumps."""
    counts: Counter[str] = Counter()
    seen_bodies: set[str] = set()
    for body in bodies:
        if body in seen_bodies:
            continue
        seen_bodies.add(body)
        counts.update({key(u.text) for u in split_units(body)})
    return frozenset(k for k, n in counts.items() if n >= min_documents)
