"""Metadata lines of a dump: source URL, credits, signatures, bylines, wire tags, mastheads,
datelines and the outlet lead of the first paragraph (``(Dan Tri) -``, ``PARIS (AFP) -``).

Each parser reads one unit of text and returns what it states, or None.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlsplit

from storyline.clean.dates import PartialDate, find_dates, parse_date
from storyline.clean.lexicon import lexicon

MetaKind = Literal["source", "credit", "signature", "wire", "byline", "masthead", "dateline"]
ENDS_ARTICLE: frozenset[str] = frozenset({"source", "credit", "signature", "wire"})
MAX_NAME_TOKENS = 5
DATELINE_MAX_WORDS = 20
DATELINE_MAX_REST = 10  # words allowed after the date (a time, "Updated 2 hours ago")

_NAME_TOKEN = re.compile(r"^[A-ZÀ-ÖØ-ÞĐƠƯ][\w'’.\-]*$")
_URL = re.compile(r"https?://\S+|www\.\S+", re.IGNORECASE)
_NUMERIC_DATE = r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}"
_GLUED_MASTHEAD = re.compile(rf"^(?P<name>\S.{{1,59}}?)\s*(?P=name)\s*(?P<date>{_NUMERIC_DATE})$")
_SEPARATED_MASTHEAD = re.compile(r"^(?P<name>[^|–—·]{2,50}?)\s*[|–—·]\s*(?P<date>.+)$")


@dataclass(frozen=True)
class MetaLine:
    """What one metadata line states."""

    kind: MetaKind
    url: str | None = None
    outlet: str | None = None
    authors: tuple[str, ...] = ()
    wire: tuple[str, ...] = ()
    date: PartialDate | None = None

    @property
    def ends_article(self) -> bool:
        """Source, credit, signature and wire lines close an article: what follows is page."""
        return self.kind in ENDS_ARTICLE


@dataclass(frozen=True)
class Lead:
    """An outlet or agency marker opening the first paragraph, and how long it is."""

    length: int
    outlet: str | None = None
    wire: tuple[str, ...] = ()


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in words)


def is_name(text: str, *, min_tokens: int = 1) -> bool:
    """Capitalised words (particles such as ``de`` or ``van`` allowed): a person or outlet."""
    parts = text.split()
    if not min_tokens <= len(parts) <= MAX_NAME_TOKENS:
        return False
    particles = lexicon().name_particles
    if not all(_NAME_TOKEN.match(p) or p.lower() in particles for p in parts):
        return False
    return bool(_NAME_TOKEN.match(parts[0]) and _NAME_TOKEN.match(parts[-1]))


def split_names(text: str, *, min_tokens: int = 1) -> tuple[str, ...] | None:
    """``A, B et C`` -> (A, B, C); None when one of them is not a name."""
    joiners = _alternation(lexicon().name_joiners)
    parts = re.split(rf"\s*(?:[,;&/]|\s(?:{joiners})\s)\s*", text.strip().rstrip("."))
    names = tuple(p.strip() for p in parts if p.strip())
    lex = lexicon()
    agency_ok = min_tokens == 1  # an agency may be credited, never be a person
    if not names or not all(
        is_name(n, min_tokens=min_tokens) or (agency_ok and lex.agency(n)) for n in names
    ):
        return None
    return names


def agencies(names: tuple[str, ...]) -> tuple[str, ...]:
    """Canonical spelling of known agencies; other names as written."""
    lex = lexicon()
    return tuple(lex.agency(n) or n for n in names)


def _source(text: str) -> MetaLine | None:
    labels = _alternation(lexicon().source_labels)
    match = re.match(rf"^\(?\s*(?:{labels})\s*:\s*(?P<value>.+?)\s*\)?\.?$", text, re.IGNORECASE)
    if not match:
        return None
    value = match.group("value")
    url = _URL.fullmatch(value)
    if url:
        return MetaLine("source", url=url.group(0), outlet=domain_outlet(url.group(0)))
    names = split_names(value)
    if names is None or not all(lexicon().agency(n) for n in names):
        return None  # "Source : Insee" under a chart credits data, not the article
    return MetaLine("wire", wire=agencies(names))


def _credit(text: str) -> MetaLine | None:
    lex = lexicon()
    low = text.lower().rstrip(".")
    for phrase in lex.credit_phrases:
        if low.endswith(" " + phrase):
            names = split_names(text[: len(low) - len(phrase)], min_tokens=2)
            return MetaLine("credit", authors=names) if names else None
    for lead in lex.credit_leads:
        if low.startswith(lead + " "):
            first = re.split(r"[;.]", text[len(lead) + 1:])[0]
            names = split_names(first, min_tokens=2)
            return MetaLine("credit", authors=names) if names else None
    return None


def _signature(text: str) -> MetaLine | None:
    markers = _alternation(lexicon().source_markers)
    match = re.match(rf"^(?P<name>[^()]+?)\s*\(\s*(?:{markers})\s*:?\s*(?P<src>[^()]+)\)\.?$",
                     text, re.IGNORECASE)
    if not match or not is_name(match.group("name"), min_tokens=2):
        return None
    wire = split_names(match.group("src"))
    if wire is None:
        return None
    return MetaLine("signature", authors=(match.group("name"),), wire=agencies(wire))


def _wire(text: str) -> MetaLine | None:
    lex = lexicon()
    bare = text.strip("() .")
    if lex.agency(bare):
        return MetaLine("wire", wire=(lex.agency(bare) or bare,))
    with_words = _alternation(lex.with_words)
    match = re.match(rf"^(?P<outlet>.*?)\s*\b(?:{with_words})\s+(?P<names>[^()]+?)\.?$", text,
                     re.IGNORECASE)
    if not match:
        return None
    names = split_names(match.group("names"))
    if names is None or not all(lex.agency(n) for n in names):
        return None  # "Avec Macron" is a heading, "Avec Reuters" a credit
    outlet = match.group("outlet").strip()
    if not outlet:
        return MetaLine("wire", wire=agencies(names))
    return MetaLine("wire", outlet=outlet, wire=agencies(names)) if is_name(outlet) else None


def _byline(text: str) -> MetaLine | None:
    lex = lexicon()
    match = re.match(
        rf"^(?:{_alternation(lex.byline_words)})\s+(?P<names>[^()]+?)"
        rf"(?:,\s+(?P<role>[a-zà-ÿ][^()]*))?"
        rf"(?:\s*\(\s*(?:{_alternation(lex.with_words)})\s+(?P<wire>[^()]+)\))?\.?$",
        text,
        re.IGNORECASE,
    )
    if not match or not text[0].isupper():
        return None
    names = split_names(match.group("names"), min_tokens=2)
    if names is None:
        return None
    wire = split_names(match.group("wire")) if match.group("wire") else ()
    return MetaLine("byline", authors=names, wire=agencies(wire or ()))


def _only_date(text: str) -> PartialDate | None:
    """The date of a line that is a date and little else (a time, an update note)."""
    dates = find_dates(text)
    if not dates or dates[0][0] != 0:
        return None
    return dates[0][2] if len(text[dates[0][1]:].split()) <= DATELINE_MAX_REST else None


def _masthead(text: str) -> MetaLine | None:
    glued = _GLUED_MASTHEAD.match(text)
    if glued:
        date = parse_date(glued.group("date"))
        if date is not None:
            return MetaLine("masthead", outlet=glued.group("name").strip(), date=date)
    separated = _SEPARATED_MASTHEAD.match(text)
    if separated and is_name(separated.group("name").strip()):
        date = _only_date(separated.group("date").strip())
        if date is not None:
            return MetaLine("masthead", outlet=separated.group("name").strip(), date=date)
    return None


def _dateline(text: str) -> MetaLine | None:
    if len(text.split()) > DATELINE_MAX_WORDS:
        return None
    low = text.lower()
    rest = text
    for label in lexicon().published_labels:
        if low.startswith(label + " ") or low.startswith(label + ":"):
            rest = text[len(label):].lstrip(" :")
            break
    date = _only_date(rest)
    return MetaLine("dateline", date=date) if date else None


_PARSERS = (_source, _credit, _signature, _byline, _masthead, _dateline, _wire)


def parse_meta_line(text: str) -> MetaLine | None:
    """What ``text`` states when it is a metadata line, else None."""
    for parser in _PARSERS:
        found = parser(text)
        if found is not None:
            return found
    return None


_LEAD = re.compile(
    r"^(?:(?P<place>[A-ZÀ-ÖØ-Þ][\w'’.\-]*(?:\s[A-ZÀ-ÖØ-Þ][\w'’.\-]*){0,3})"
    r"(?:,\s*(?P<when>[^()]{1,25}?))?\s+)?"
    r"\((?P<name>[^()]{2,40})\)\s*\.?\s*[-–—]+\s*"
)


def parse_lead(text: str) -> Lead | None:
    """``(Dan Tri) - ...``, ``PARIS (AFP) - ...``, ``Madrid, 14 sep (EFE).- ...``."""
    match = _LEAD.match(text)
    if not match:
        return None
    names = split_names(match.group("name"))
    if names is None or match.end() >= len(text):
        return None
    lex = lexicon()
    wire = tuple(lex.agency(n) or n for n in names if lex.agency(n))
    outlets = [n for n in names if not lex.agency(n)]
    return Lead(match.end(), outlet=outlets[0] if outlets else None, wire=wire)


def domain_outlet(url: str) -> str | None:
    """``https://www.thanhnien.vn/...`` -> ``thanhnien.vn``."""
    host = urlsplit(url if "://" in url else "http://" + url).hostname or ""
    host = re.sub(r"^(?:www\d?|m|amp)\.", "", host.lower())
    return host or None


_CAPITAL_RUN = re.compile(r"(?:[A-ZÀ-ÖØ-Þ][\w'’.\-]*)(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.\-]*)+")


def self_name(appeals: list[str]) -> str | None:
    """The outlet a page names in two or more of its own appeals (``Soutenez X``, ``X est un
    média indépendant``): runs of capitalised words, a leading call to action removed."""
    lex = lexicon()
    leading = lex.imperatives.union(*lex.stopwords.values())
    counts: Counter[str] = Counter()
    for text in appeals:
        seen: set[str] = set()
        for match in _CAPITAL_RUN.finditer(text):
            words = match.group(0).split()
            while words and words[0].lower() in leading:
                words = words[1:]
            if len(words) >= 2:
                seen.add(" ".join(words))
        counts.update(seen)
    best = [name for name, count in counts.most_common() if count >= 2]
    return best[0] if best else None
