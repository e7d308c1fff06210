"""Loading the spaCy pipeline that every analysis stage reads."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.language import Language

from storyline.errors import ModelError

if TYPE_CHECKING:
    from spacy.tokens import Doc

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


@Language.component("storyline_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break always ends a sentence: cleaned texts put one paragraph per line."""
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text or "\n" in doc[token.i - 1].whitespace_:
            token.is_sent_start = True
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
