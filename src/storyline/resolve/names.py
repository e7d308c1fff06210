"""Name normalisation: folded forms, titles removed, and spelling-tolerant keys for blocking."""

from __future__ import annotations

import re
from functools import lru_cache

from storyline.spelling import edit_distance_at_most_one, fold

TITLES = frozenset({"m", "m.", "mme", "mme.", "mlle", "dr", "dr.", "pr", "pr.", "me", "me.",
                    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "sir"})
_PARTICLES = frozenset({"de", "du", "des", "la", "le", "van", "von", "der", "da", "di", "al", "el",
                        "ben", "bin"})
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", re.UNICODE)


@lru_cache(maxsize=65536)
def name_tokens(name: str) -> list[str]:
    """Folded words of a name without courtesy titles ("M. Poutine" -> ["poutine"])."""
    words = list(_WORD.findall(fold(name)))
    while words and (words[0] in TITLES or words[0] + "." in TITLES):
        words = words[1:]
    return words


_ARTICLES = frozenset({"le", "la", "les"})


def place_tokens(name: str) -> list[str]:
    """Words of an organisation or place name without a leading article ("le Kremlin",
    "l'Ukraine" -> ["kremlin"], ["ukraine"])."""
    words = name_tokens(name)
    if len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]
    if words and words[0].startswith("l'") and len(words[0]) > 2:
        words = [words[0][2:], *words[1:]]
    return words


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """A spelling-tolerant key: transliteration variants of one name share it.

    Zelensky / Zelenskiy / Zelenskyy / Zelenski -> "zelenski"; Leavitt / Leavit -> "leavit";
    Soumy / Sumy -> "sumi".
    """
    key = fold(word).replace("-", "").replace("'", "")
    key = key.replace("ou", "u").replace("y", "i").replace("ph", "f").replace("ck", "k")
    key = re.sub(r"(.)\1+", r"\1", key)  # doubled letters
    key = re.sub(r"i+$", "i", key)  # -iy, -yy, -ii
    return key


def surname(tokens: list[str]) -> str | None:
    """The last word that is not a particle, or None for an empty name."""
    for word in reversed(tokens):
        if word not in _PARTICLES:
            return word
    return tokens[-1] if tokens else None


def deletion_keys(key: str) -> set[str]:
    """The key and every key with one letter deleted: words one edit apart share one of them."""
    return {key} | {key[:i] + key[i + 1:] for i in range(len(key))}


__all__ = ["TITLES", "deletion_keys", "edit_distance_at_most_one", "fold", "name_tokens", "place_tokens",
           "skeleton", "surname"]
