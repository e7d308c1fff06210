"""Sentence and quotation bounds read from the text itself.

spaCy's French parser joins lines that have no final full stop and splits long sentences
at colons, so the claims stage finds a sentence by its punctuation instead: a sentence
ends at a line break, or at ".", "!", "?" or "…" followed by a space and a capital, a
digit or an opening quote, unless the dot ends an abbreviation ("M.", "Mme.", "J.").
Offsets are character offsets of the text.
"""

from __future__ import annotations

import re

_END = re.compile(r"[.!?…]+[»\"”)]*\s+(?=[«\"“(]?\s*[A-ZÀ-ÝŒ0-9«\"“])")
_ABBREVIATIONS = frozenset({
    "m", "mm", "mme", "mmes", "mlle", "mlles", "dr", "pr", "me", "mgr", "st", "ste", "av",
    "etc", "cf", "p", "vol", "tél", "no", "n°", "gal", "gén", "col", "cdt", "lt", "sgt",
})
_OPEN = "«“"
_CLOSE = "»”"


def sentence_bounds(text: str, position: int) -> tuple[int, int]:
    """The ``(start, end)`` of the sentence of ``text`` that holds ``position``."""
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    if line_end < 0:
        line_end = len(text)
    start, end = line_start, line_end
    for match in _END.finditer(text, line_start, line_end):
        if _abbreviation(text, match.start()):
            continue
        if match.end() <= position:
            start = match.end()
        elif match.start() >= position:
            end = match.start() + 1
            break
    return start, end


def _abbreviation(text: str, dot: int) -> bool:
    """True when the dot at ``dot`` closes an abbreviation or an initial ("M.", "J.")."""
    if text[dot] != ".":
        return False
    word = re.search(r"([\w°]+)$", text[max(0, dot - 6) : dot])
    if word is None:
        return False
    letters = word.group(1)
    return letters.lower() in _ABBREVIATIONS or (len(letters) == 1 and letters.isupper())


def quotation_bounds(text: str, position: int) -> tuple[int, int] | None:
    """The ``(start, end)`` of the «quotation» of the same line around ``position``.

    ``start`` is the opening mark and ``end`` the offset after the closing one; ``None``
    when ``position`` is not inside a quotation.
    """
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    if line_end < 0:
        line_end = len(text)
    opening = max(text.rfind(mark, line_start, position) for mark in _OPEN)
    if opening < 0:
        return None
    closed_before = max(text.rfind(mark, opening, position) for mark in _CLOSE)
    if closed_before >= 0:
        return None
    closings = [i for i in (text.find(mark, position, line_end) for mark in _CLOSE) if i >= 0]
    if not closings:
        return None
    return opening, min(closings) + 1
