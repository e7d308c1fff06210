"""Turn a RawDocument into a cleaned Document with metadata.

Plain-text dumps go through Storyline's line classifier (:mod:`storyline.clean.text`);
HTML pages through trafilatura first (:mod:`storyline.clean.html`), then the same
classifier. Metadata comes from the input record, the page markup and the text itself
(:mod:`storyline.clean.assemble`).
"""

from __future__ import annotations

from collections.abc import Iterable

from storyline.clean.assemble import PageMeta, build_document
from storyline.clean.html import extract_html
from storyline.clean.text import boilerplate_units, classify
from storyline.errors import InputError
from storyline.models import Document, RawDocument

BOILERPLATE_MIN_DOCUMENTS = 3


def clean(raw: RawDocument, *, boilerplate: frozenset[str] = frozenset()) -> Document:
    """The cleaned Document of ``raw`` (same id); ``boilerplate`` from :func:`boilerplate_lines`.

    Raises InputError when nothing of an article is left to keep.
    """
    if raw.kind == "html":
        body, page = extract_html(raw)
    elif raw.kind == "text":
        body, page = raw.body, PageMeta()
    else:
        raise InputError(raw.source, f"unknown document kind {raw.kind!r}: use 'text' or 'html'")
    return build_document(raw, classify(body, boilerplate=boilerplate), page)


def boilerplate_lines(
    bodies: Iterable[str], *, min_documents: int = BOILERPLATE_MIN_DOCUMENTS
) -> frozenset[str]:
    """Lines found in ``min_documents`` or more distinct dumps of a batch (site furniture,
    recurring ads), compared with case and spacing ignored. Pass the result to :func:`clean`;
    a repeated line that reads as a sentence of the article is never dropped for it."""
    return boilerplate_units(bodies, min_documents=min_documents)


__all__ = ["boilerplate_lines", "clean"]
