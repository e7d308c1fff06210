"""HTML pages: trafilatura extracts the main text and the page's metadata."""

from __future__ import annotations

import re

import lxml.html
import trafilatura
from lxml import etree

from storyline.clean.assemble import PageMeta
from storyline.clean.dates import date_from_url, parse_iso
from storyline.errors import InputError
from storyline.models import RawDocument

_DATE_PARAMS = {"extensive_search": False, "original_date": True}
_DATE_META = (
    "article:published_time", "og:published_time", "og:article:published_time",
    "datepublished", "date", "pubdate", "publishdate", "publish-date", "publication_date",
    "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date",
)
_JSONLD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')


def page_date(html: str) -> str | None:
    """The publication date the markup states: a date ``<meta>``, ``<time itemprop=
    "datePublished">`` or JSON-LD ``datePublished``; None when it states none."""
    try:
        tree = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return None
    for element in tree.iter("meta"):
        name = (element.get("property") or element.get("name") or element.get("itemprop") or "")
        if name.strip().lower() in _DATE_META and element.get("content"):
            return str(element.get("content")).strip()
    for element in tree.iter("time"):
        if element.get("datetime") and (
            element.get("itemprop") == "datePublished" or element.get("pubdate") is not None
        ):
            return str(element.get("datetime")).strip()
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json" and script.text:
            match = _JSONLD_DATE.search(script.text)
            if match:
                return match.group(1)
    return None


def _authors(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    return tuple(a.strip() for a in re.split(r"\s*;\s*", value) if a.strip())


def extract_html(raw: RawDocument) -> tuple[str, PageMeta]:
    """The main text of an HTML page (one paragraph a line) and its metadata.

    Navigation, footers, comments and other boilerplate are left out by trafilatura; the
    date comes from the page's own metadata (``article:published_time``, ``<time>``...),
    never from today's date.
    """
    result = trafilatura.bare_extraction(
        raw.body,
        url=raw.url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        date_extraction_params=_DATE_PARAMS,
    )
    text = getattr(result, "text", None) if result is not None else None
    if not text or not text.strip():
        raise InputError(
            raw.source,
            "trafilatura found no article text in this HTML page; check that it is an "
            "article page and not a listing, a login wall or an empty shell filled by scripts",
        )
    url = getattr(result, "url", None) or None
    published = page_date(raw.body)
    if published is None:
        found = getattr(result, "date", None) or None
        url_date = date_from_url(url or raw.url or "")
        if found and (url_date is None or parse_iso(found) != url_date):
            published = found  # a date the page states, not one htmldate read in the URL
    page = PageMeta(
        title=getattr(result, "title", None) or None,
        url=url,
        outlet=getattr(result, "sitename", None) or None,
        published=published,
        authors=_authors(getattr(result, "author", None)),
    )
    return str(text), page
