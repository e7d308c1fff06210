"""Assemble the cleaned Document: kept text plus metadata, each field from its best source.

Precedence, field by field: what the input record states (``RawDocument`` fields from
JSON Lines or WARC) > what the page's markup states (HTML meta tags) > what the text
states (masthead, dateline, byline, credits, source line, lead marker) > the URL.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from storyline.clean.dates import PartialDate, date_from_url, parse_iso
from storyline.clean.metadata import MetaLine, domain_outlet, self_name
from storyline.clean.signals import sentences
from storyline.clean.text import Classification
from storyline.errors import InputError
from storyline.models import DateOrigin, Document, RawDocument

TITLE_MAX_CHARS = 160


@dataclass(frozen=True)
class PageMeta:
    """Metadata the markup of a page states (empty for plain-text dumps)."""

    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    authors: tuple[str, ...] = ()


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for value in values:
        clean = " ".join(value.split())
        if clean and clean.casefold() not in seen:
            seen[clean.casefold()] = clean
    return tuple(seen.values())


def fallback_title(text: str) -> str:
    """The first sentence of the text, without its final full stop, cut at a word boundary."""
    first = text.split("\n\n", 1)[0]
    parts = sentences(first)
    sentence = parts[0] if parts else first
    if sentence.endswith(".") and not sentence.endswith(".."):
        sentence = sentence[:-1]
    if len(sentence) <= TITLE_MAX_CHARS:
        return sentence
    cut = sentence[:TITLE_MAX_CHARS].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def _text_outlet(found: Classification, metas: list[MetaLine]) -> str | None:
    for kind in ("masthead", "wire"):
        for meta in metas:
            if meta.kind == kind and meta.outlet:
                return meta.outlet
    if found.lead is not None and found.lead.outlet:
        return found.lead.outlet
    return self_name(found.texts("appeal"))


def _published(
    raw: RawDocument, page: PageMeta, metas: list[MetaLine], urls: list[str]
) -> tuple[PartialDate, DateOrigin] | None:
    for value in (raw.published, page.published):
        date = parse_iso(value) if value else None
        if date is not None:
            return date, "metadata"
    for meta in metas:
        if meta.kind in ("masthead", "dateline") and meta.date is not None:
            return meta.date, "dateline"
    for url in urls:
        date = date_from_url(url)
        if date is not None:
            return date, "url"
    return None


def _wire(found: Classification) -> tuple[str, ...]:
    wire: list[str] = []
    lead_added = False
    for verdict in found.verdicts:
        if verdict.keep and not lead_added:
            wire.extend(found.lead.wire if found.lead else ())
            lead_added = True
        if verdict.meta is not None:
            wire.extend(verdict.meta.wire)
    return _unique(wire)


def build_document(raw: RawDocument, found: Classification, page: PageMeta | None = None) -> Document:
    """The Document of ``raw`` from its classified text and the metadata around it."""
    page = page or PageMeta()
    text = "\n\n".join(p for p in found.paragraphs() if p.strip())
    if not text:
        raise InputError(
            raw.source,
            "no article text is left once menus, ads, captions and other page furniture are "
            "removed; check that the input is a news article with its body text",
        )
    metas = found.metadata()
    text_urls = [m.url for m in metas if m.url]
    urls = [u for u in (raw.url, page.url, *text_urls) if u]
    url = urls[0] if urls else None
    outlet = raw.outlet or page.outlet or _text_outlet(found, metas)
    if not outlet and url:
        outlet = domain_outlet(url)
    published = _published(raw, page, metas, urls)
    authors = raw.authors or page.authors or _unique(a for m in metas for a in m.authors)
    return Document(
        id=raw.id,
        source=raw.source,
        text=text,
        title=raw.title or page.title or found.title or fallback_title(text),
        url=url,
        outlet=outlet,
        published=published[0].iso if published else None,
        published_precision=published[0].precision if published else None,
        published_origin=published[1] if published else None,
        authors=_unique(authors),
        wire=_wire(found),
        language=found.language,
    )
