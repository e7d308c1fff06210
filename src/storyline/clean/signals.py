"""Signals on one unit of text: shape, length, punctuation, letter case, vocabulary.

Each function looks at one unit alone; :mod:`storyline.clean.text` combines them with
the unit's neighbours and the rest of the document.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from storyline.clean.language import tokens
from storyline.clean.lexicon import lexicon
from storyline.clean.units import ends_sentence

HEADING_MAX_WORDS = 25  # a line without final punctuation up to this length is a heading
HEADLINE_MAX_WORDS = 20  # a one-sentence present-tense line up to this length is a headline
CAPTION_MAX_WORDS = 60
WIDGET_MAX_WORDS = 8
KICKER_MAX_WORDS = 3
STEM_CHARS = 5

ABBREVIATIONS = frozenset({
    "m", "mm", "mme", "mmes", "mlle", "mlles", "dr", "pr", "me", "st", "ste", "mr", "mrs", "ms",
    "jr", "sr", "gen", "gén", "col", "lt", "sgt", "gov", "sen", "rep", "no", "n°", "p", "pp",
    "etc", "av", "apr", "vs", "cf", "ex", "env", "min", "max", "art", "vol", "éd", "ed", "ca",
    "approx", "fig", "dept", "prof",
})

_SENTENCE_END = re.compile(r"[.!?…]+[\"'»”’)\]]*\s+(?=[«\"“'(\[]?[A-ZÀ-ÖØ-Þ0-9])")
_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"")
_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
_EMAIL = re.compile(r"^\S+@\S+\.\w+$")
_HANDLES = re.compile(r"^(?:[@#][\w.]+[\s,]*)+$")
_SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)+$")
_TEMPLATE = re.compile(r"\b[a-z]+_[a-z_]+\b")
_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif)\b", re.IGNORECASE)
_SLASH_CREDIT = re.compile(
    r"\b[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+)*\s*/\s*[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*\s*\.?$"
)
_PIPE_CREDIT = re.compile(r"\|\s*[A-Z][A-Z0-9 .'/&-]{2,}$")
_COUNTER = re.compile(r"^(?:[^\W\d_]+(?:\s[^\W\d_]+)?\s*\(\d+\)|\d+\s+[^\W\d_]+)$")
_INNER_PUNCT = re.compile(r"[,;:«»\"“”()\[\]]")


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in words)


def sentences(text: str) -> list[str]:
    """Sentences of one paragraph; titles (``M.``), initials and numbers do not end one."""
    parts: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        before = text[start:match.start()].split()
        last = before[-1].lower().rstrip(".") if before else ""
        if text[match.start()] == "." and (last in ABBREVIATIONS or len(last) == 1):
            continue
        parts.append(text[start:match.end()].strip())
        start = match.end()
    rest = text[start:].strip()
    if rest:
        parts.append(rest)
    return parts


def without_quotes(text: str) -> str:
    """``text`` with every quoted passage removed (what the page says in its own voice)."""
    return _QUOTED.sub(" ", text)


def is_heading(text: str) -> bool:
    """A short line without final punctuation: title, section label, menu item, widget.

    A kicker may open it (``Rennes. Un incendie ravage un entrepôt``).
    """
    if ends_sentence(text) or len(text.split()) > HEADING_MAX_WORDS:
        return False
    parts = sentences(text)
    return len(parts) <= 1 or (len(parts) == 2 and len(parts[0].split()) <= KICKER_MAX_WORDS)


def narrates(text: str, language: str | None) -> bool | None:
    """Whether a sentence narrates (past, future, connective, pronoun subject); None when
    the language has no list of such signs."""
    signs = lexicon().narrative.get(language or "")
    if signs is None:
        return None
    words = tokens(text)
    if not words:
        return False
    if words[0] in signs.starts or any(w in signs.words for w in words):
        return True
    for raw in re.findall(r"[^\W\d_]+", text)[1:]:
        if raw[0].isupper():
            continue  # names do not conjugate
        low = raw.lower()
        if any(low.endswith(s) and len(low) > len(s) + 2 for s in signs.suffixes):
            return True
    return False


def is_headline(text: str, language: str | None) -> bool:
    """A one-sentence line shaped like a headline: short, no comma, quote or colon, and
    no sign of narration (headlines use the present; news paragraphs narrate)."""
    if not text.endswith(".") or text.endswith(".."):
        return False
    if len(text.split()) > HEADLINE_MAX_WORDS or len(sentences(text)) != 1:
        return False
    if _INNER_PUNCT.search(text):
        return False
    return narrates(text, language) is False


def reader_address(text: str) -> tuple[int, int, int]:
    """(second-person words, first-person-plural words, calls to action) outside quotes."""
    lex = lexicon()
    words = tokens(without_quotes(text))
    second = sum(w in lex.second_person for w in words)
    first = sum(w in lex.first_person for w in words)
    calls = sum(w in lex.imperatives for w in words)
    return second, first, calls


def is_appeal(text: str) -> bool:
    """The page speaks to its reader about itself: subscription, donation, cookie or
    newsletter appeal. It opens with a call to action, or says "we" and "you", or calls
    to action while saying "you". An explainer that only says "you" is not one."""
    words = tokens(without_quotes(text))
    if words and words[0] in lexicon().imperatives:
        return True
    second, first, calls = reader_address(text)
    return (second + calls >= 1 and first >= 1) or (calls >= 1 and second + calls >= 2)


def is_shouting(text: str) -> bool:
    """Mostly capital letters over several words (advertising, banners)."""
    if sum(c.islower() for c in text[:60]) > 12:
        return False  # plain prose: most units stop here
    letters = [c for c in text if c.isalpha() and c.lower() != c.upper()]
    if len(letters) < 10 or len(text.split()) < 2:
        return False
    return sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _starts_with_label(text: str, labels: tuple[str, ...]) -> bool:
    low = text.lower()
    return any(
        low == label or (low.startswith(label) and not low[len(label)].isalnum())
        for label in labels
    )


def is_ad_label(text: str) -> bool:
    """``Publicité``, ``Publicité par X``, ``Sponsored``...: an advertising slot."""
    return len(text.split()) <= 6 and _starts_with_label(text, lexicon().ad_labels)


def is_read_more(text: str) -> bool:
    """``Lire aussi | ...``, ``Read more: ...``: a link to another article."""
    return _starts_with_label(text, lexicon().read_more)


def is_link_shape(text: str) -> bool:
    """A URL, an e-mail, handles or hashtags, a slug, or a leaked template variable."""
    if _URL.match(text) or _EMAIL.match(text) or _HANDLES.match(text) or _SLUG.match(text):
        return True
    return len(text.split()) <= WIDGET_MAX_WORDS and bool(_TEMPLATE.search(text))


def is_counter(text: str) -> bool:
    """``Comment (0)``, ``12 commentaires``: a counter widget."""
    return bool(_COUNTER.match(text))


@cache
def _photo_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(placeholder marker, credit in brackets, credit at the end of the line)."""
    words = _alternation(lexicon().photo_words)
    labels = _alternation(lexicon().caption_labels)
    return (
        re.compile(rf"(?:^|[\s\-–—|:(])(?:{words})\s*\d{{1,3}}\s*[.)]?$", re.IGNORECASE),
        re.compile(rf"\(\s*(?:{labels})\s*:\s*[^()]{{1,80}}\)", re.IGNORECASE),
        re.compile(rf"(?:^|[\s.])(?:{labels})\s*:\s*\S[^.]{{0,60}}\.?$", re.IGNORECASE),
    )


def is_photo_marker(text: str) -> bool:
    """An image placeholder: ``... - Ảnh 1.``, ``Photo 2``, an image file name."""
    marker = _photo_patterns()[0]
    return bool(marker.search(text)) or (len(text.split()) <= 3 and bool(_IMAGE_FILE.search(text)))


def has_photo_credit(text: str) -> bool:
    """A photo credit: ``(Photo : AFP)``, ``Photo: X``, ``©``, ``NAME / AGENCY``, ``REUTERS/X``,
    ``| AGENCY``."""
    _, paren, tail = _photo_patterns()
    return bool(
        paren.search(text)
        or tail.search(text)
        or "©" in text
        or _SLASH_CREDIT.search(text)
        or _PIPE_CREDIT.search(text)
    )


def is_caption(text: str) -> bool:
    """A photo caption: a credit in a line of caption length."""
    return len(text.split()) <= CAPTION_MAX_WORDS and has_photo_credit(text)


def _stem(word: str) -> str:
    bare = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return bare[:STEM_CHARS]


def content_stems(text: str, language: str | None) -> set[str]:
    """Crude stems (accents removed, first five letters) of the words of four letters or
    more that are not stop words of ``language``: ``France`` and ``françaises`` meet."""
    stop = lexicon().stopwords.get(language or "", frozenset())
    return {_stem(w) for w in tokens(text) if len(w) >= 4 and w not in stop}
