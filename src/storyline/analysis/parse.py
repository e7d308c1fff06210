"""Loading the spaCy pipeline that every analysis stage reads."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.language import Language

from storyline.errors import ModelError

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

DEFAULT_MODEL = "fr_core_news_md"
TEXT_KEY = "storyline.text"


def text_of(doc: Doc) -> str:
    """``doc.text``, computed once per document: spaCy joins every token on each access, which
    made it the costliest call of the analysis stages."""
    cached = doc.user_data.get(TEXT_KEY)
    if not isinstance(cached, str):
        cached = doc.text
        doc.user_data[TEXT_KEY] = cached
    return cached


def _may_end_sentence(token: Token) -> bool:
    """Whether a sentence may end after ``token``: punctuation, a space, or a word closed by a
    sign ("M.", "diffamation.-")."""
    return token.is_punct or token.is_space or not token.text[-1].isalnum()


# Lines shorter than this are headlines, where a rubric runs into the title without a stop
# ("Carnet blanc Williams et Stéphanie"): the parser's breaks stand there.
_HEADLINE_TOKENS = 20


def _paragraphs(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the lines of ``doc``."""
    spans: list[tuple[int, int]] = []
    first = 0
    for token in doc[1:]:
        before = doc[token.i - 1]
        if "\n" in before.text or "\n" in before.whitespace_:
            spans.append((first, token.i))
            first = token.i
    spans.append((first, len(doc)))
    return spans


@Language.component("storyline_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break always ends a sentence: cleaned texts put one paragraph per line. Outside
    headlines, a word right after another word never starts one: the parser otherwise splits a
    long subject from its verb ("… d'Oussama ben | Laden avait plaidé")."""
    for first, end in _paragraphs(doc):
        if first:
            doc[first].is_sent_start = True
        if end - first < _HEADLINE_TOKENS:
            continue
        for token in doc[first + 1 : end]:
            if not _may_end_sentence(doc[token.i - 1]):
                token.is_sent_start = False
    return doc


@lru_cache(maxsize=2)
def load_nlp(model: str = DEFAULT_MODEL) -> Language:
    """Load (once per process) the spaCy pipeline named ``model``, paragraph-aware."""
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError as exc:
        package = model.replace("_", "-")
        raise ModelError(
            f"spaCy model {model!r} is not installed: run `pip install {package}==3.8.0` "
            "(it ships as a normal Python package)"
        ) from exc
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("storyline_paragraphs", before="parser")
    return nlp
