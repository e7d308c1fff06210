"""How exact a number is said to be: "plus de 300", "près de", "environ", "un nombre record de".

Qualifiers come out in a canonical form ("plus de", "moins de", "près de", "environ",
"au moins", "au plus", "jusqu'à", "seulement", "record") so claims of different
articles compare. They are read from the words just before the number ("plus de 300",
"supérieurs à 0,7 %"), a verb that frames it ("avoisiner les 150 000 F" -> "près de"),
the restrictive "ne ... que" ("n'a remporté qu'une victoire" -> "seulement"), an
approximate count ("une vingtaine" -> "environ"), a record noun ("un nombre record de
539 drones") and a few words after it ("cinq femmes seulement").
"""

from __future__ import annotations

import re

from storyline.analysis.claim_lexicon import ClaimLexicon
from storyline.analysis.parse import text_of
from storyline.analysis.quantities import Quantity, Words

_ARTICLES = frozenset({"les", "le", "la", "l'", "l’"})
_CLAUSE_BREAKS = frozenset({".", ";", ":", "!", "?", "«", "»", "(", ")"})


def qualifier(doc: Words, quantity: Quantity, end: int, lex: ClaimLexicon) -> tuple[str | None, int]:
    """The canonical qualifier of ``quantity`` and the token where its text starts.

    ``end`` is the token after the claim (number and noun); the start index moves before
    the number when the qualifier words touch it ("plus de 300").
    """
    start = quantity.start
    before = _words_before(doc, start, lex)
    if before is not None:
        return before
    verb = _framing_verb(doc, start, lex)
    if verb is not None:
        return verb, start
    if _restricted(doc, start, lex):
        return "seulement", start - 1
    if _record(doc, start, lex):
        return "record", start
    if quantity.approximate:
        return "environ", start
    if end < len(doc) and doc[end].lower_ in lex.qualifiers_after:
        return lex.qualifiers_after[doc[end].lower_], start
    if start + 1 < len(doc) and doc[start].lower_ in ("un", "une") and doc[start + 1].lower_ in (
        "seul", "seule"
    ):
        return "seulement", start
    return None, start


def _words_before(doc: Words, start: int, lex: ClaimLexicon) -> tuple[str, int] | None:
    """A qualifier phrase that ends right before the number, or before "les" and the number."""
    for gap in (0, 1):
        anchor = start - gap
        if gap and (anchor <= 0 or doc[anchor].lower_ not in _ARTICLES):
            continue
        for size in range(lex.longest_qualifier + 1, 0, -1):
            first = anchor - size
            if first < 0:
                continue
            span = doc[first:anchor]
            text = text_of(span[0].doc)[span[0].idx : span[-1].idx + len(span[-1].text)]
            phrase = re.sub(r"\s+", " ", text.lower()).replace("’", "'")
            if phrase in lex.qualifiers_before:
                return lex.qualifiers_before[phrase], first
            joined = "".join(t.lower_ for t in span).replace("’", "'")
            if joined in lex.qualifiers_before:
                return lex.qualifiers_before[joined], first
    return None


def _framing_verb(doc: Words, start: int, lex: ClaimLexicon) -> str | None:
    """ "avoisiner les 150.000 F", "dépasser 300 morts"."""
    k = start - 1
    if k >= 0 and doc[k].lower_ in _ARTICLES:
        k -= 1
    if k < 0:
        return None
    return lex.qualifying_verbs.get(doc[k].lemma_.lower())


def _restricted(doc: Words, start: int, lex: ClaimLexicon) -> bool:
    """ "n'avoir remporté qu'une victoire", "je n'en ai vu que trois"."""
    if start == 0 or doc[start - 1].lower_ not in ("que", "qu'", "qu’"):
        return False
    for k in range(start - 2, max(-1, start - 10), -1):
        word = doc[k].lower_
        if word in _CLAUSE_BREAKS:
            return False
        if word in lex.restrictive_negation:
            return True
    return False


def _record(doc: Words, start: int, lex: ClaimLexicon) -> bool:
    """ "un nombre record de 539 drones", "le niveau record de 12 %"."""
    if start < 2 or doc[start - 1].lower_ not in ("de", "d'", "d’"):
        return False
    return any(doc[k].lower_ in lex.record_words for k in range(max(0, start - 4), start - 1))
