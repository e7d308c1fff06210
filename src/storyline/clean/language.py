"""A small language identifier: stop-word counts plus letters only one language uses.

It knows French, English, Spanish, German, Italian, Portuguese, Dutch and Vietnamese
(``storyline/data/clean_stopwords.json``). It is meant for news lines and paragraphs, not
for single words: below two clues it says nothing rather than guess.
"""

from __future__ import annotations

import re
from functools import cache

from storyline.clean.lexicon import lexicon

_WORD = re.compile(r"[^\W\d_]+")
CHAR_WEIGHT = 2.0  # a word written with letters only one language uses
MIN_SCORE = 2.0
MARGIN = 1.5  # the best language must score this many times the runner-up
FOREIGN_MIN_SCORE = 3.0
FOREIGN_RATIO = 3.0


def tokens(text: str) -> list[str]:
    """Lower-case words; apostrophes and hyphens split (``l’Ukraine`` -> ``l``, ``ukraine``)."""
    return _WORD.findall(text.lower())


@cache
def _stopword_weights() -> dict[str, dict[str, float]]:
    """word -> {language: weight}; a word several languages share weighs 1/n in each."""
    owners: dict[str, list[str]] = {}
    for lang, stop in lexicon().stopwords.items():
        for word in stop:
            owners.setdefault(word, []).append(lang)
    return {w: {lang: 1.0 / len(langs) for lang in langs} for w, langs in owners.items()}


def language_scores(text: str) -> dict[str, float]:
    """Clues per language: stop words (shared ones split between their languages) plus
    words spelled with letters only one language uses."""
    lex = lexicon()
    weights = _stopword_weights()
    scores = {lang: 0.0 for lang in lex.stopwords}
    for word in tokens(text):
        for lang, weight in weights.get(word, {}).items():
            scores[lang] += weight
    owners = _char_owners()
    for raw in text.split():
        for lang in {owners[ch] for ch in raw if ch in owners}:
            scores[lang] = scores.get(lang, 0.0) + CHAR_WEIGHT
    return scores


@cache
def _char_owners() -> dict[str, str]:
    return {ch: lang for lang, chars in lexicon().language_chars.items() for ch in chars}


def identify(text: str, *, min_score: float = MIN_SCORE, margin: float = MARGIN) -> str | None:
    """ISO 639-1 code of the language of ``text``, or None when the clues are too few or split."""
    return _best(language_scores(text), min_score, margin)


def _best(scores: dict[str, float], min_score: float, margin: float) -> str | None:
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    if not ranked:
        return None
    best, score = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    if score < min_score or score < margin * runner_up:
        return None
    return best


def is_foreign(text: str, language: str | None) -> bool:
    """True when ``text`` is clearly written in another language than ``language``.

    Clearly: the other language scores at least 3 and three times the document's
    language, so a French line with an English name or two stays French.
    """
    if language is None:
        return False
    scores = language_scores(text)
    other = _best(scores, FOREIGN_MIN_SCORE, MARGIN)
    if other is None or other == language:
        return False
    return scores[other] >= FOREIGN_RATIO * scores.get(language, 0.0)
