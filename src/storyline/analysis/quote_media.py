"""Where a statement was made: "sur Truth Social", "à Fox News", "dans un communiqué",
"lors d'une conférence de presse". Found from the prepositional structure around the cue and
the media nouns of the lexicon, never from a list of outlets."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from storyline.analysis.parse import text_of
from storyline.analysis.quote_lexicon import Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc

NAME = r"[A-Z][\w&.’'-]*(?:\s+(?:[A-Z][\w&.’'-]*|News|Times|Post))*"
DET = r"(?:(?:un|une|le|la|les|son|sa|ses|leur|leurs)\s+|l['’]\s*)?"
SOCIAL_NOUNS = r"(?:réseau social|réseaux sociaux|compte|plateforme|page|fil|site|chaîne|application)"
ON_SOCIAL = re.compile(
    rf"\b(?:publiée?s?|postée?s?|diffusée?s?|écrite?s?|mise? en ligne)\s+sur\s+{DET}"
    rf"(?:{SOCIAL_NOUNS}\s+)?(?P<name>{NAME})?"
    rf"|\bsur\s+{DET}{SOCIAL_NOUNS}\s+(?P<name2>{NAME})"
)
ASKED_BY = re.compile(rf"\b[Ii]nterrogée?s?\s+par\s+(?:l['’]|la\s+|le\s+)?(?P<name>{NAME})")
TO_OUTLET = re.compile(rf"^\s*(?:à|au|aux|sur)\s+(?:l['’]|la\s+|le\s+)?(?P<name>{NAME})")
QUOTED_TITLE = re.compile(r"«\s*(?P<name>[A-Z][^»]{0,40}?)\s*»")
IN_OUTLET = re.compile(rf"\b(?:sur|à|au|dans)\s+(?:l['’]|la\s+|le\s+)?(?P<name>{NAME})")
PLACE_LABELS = frozenset({"LOC", "PER"})


@lru_cache(maxsize=4)
def _media_pattern(nouns: tuple[str, ...]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    return re.compile(
        rf"\b(?i:dans|lors\s+d['’]|par\s+le\s+biais\s+d['’]|via|au\s+cours\s+d['’])\s*{DET}"
        rf"(?P<noun>{alternation})\b(?P<rest>[^,.;]*)"
    )


def names_medium(text: str, lexicon: Lexicon) -> bool:
    """Whether ``text`` says where something was stated ("dans une lettre", "lors d'une conférence")."""
    return _media_pattern(lexicon.media_nouns).search(text) is not None


def medium_of(doc: Doc, frame: tuple[int, int], mask: tuple[int, int], cue: int | None,
              lexicon: Lexicon) -> str | None:
    """The medium named in ``frame`` (character range) outside ``mask`` (the reported words).

    ``cue`` is the reporting verb's token index: "a révélé à NBC" names an outlet there.
    """
    text = text_of(doc)[frame[0]:mask[0]] + " " * (mask[1] - mask[0]) + text_of(doc)[mask[1]:frame[1]]
    if cue is not None:
        name = _outlet_after_cue(doc, cue, frame)
        if name:
            return name
    found: list[tuple[int, str]] = []
    for match in _media_pattern(lexicon.media_nouns).finditer(text):
        rest = match.group("rest")
        named = QUOTED_TITLE.search(rest) or ON_SOCIAL.search(rest) or IN_OUTLET.search(rest)
        name = _name(named) if named else None
        found.append((match.start(), name or match.group("noun")))
    for pattern in (ON_SOCIAL, ASKED_BY):
        for match in pattern.finditer(text):
            name = _name(match)
            if name:
                found.append((match.start(), name))
    return min(found)[1] if found else None


def _outlet_after_cue(doc: Doc, cue: int, frame: tuple[int, int]) -> str | None:
    verb = doc[cue]
    after = text_of(doc)[verb.idx + len(verb):frame[1]]
    match = TO_OUTLET.match(after)
    if not match:
        return None
    start = verb.idx + len(verb) + match.start("name")
    span = doc.char_span(start, start + len(match.group("name")), alignment_mode="expand")
    if span is not None and any(t.ent_type_ in PLACE_LABELS for t in span):
        return None
    return match.group("name")


def _name(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    for key in ("name", "name2"):
        if groups.get(key):
            return groups[key].strip()
    return None
