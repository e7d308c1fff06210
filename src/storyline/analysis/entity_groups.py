"""Named mentions of one article grouped into entities: "Vladimir Poutine" = "M. Poutine".

People are grouped by surname when their first names agree (or one has none), and across a
one-letter typo of a long surname when the first names agree ("Karoline Leavitt" = "Karoline
Leavit"). A bare surname joins the latest full name with that surname before it, else the
last one after it. Other names are grouped by their folded form without article, an acronym
with the organisation it abbreviates, and a single word tagged as a person that is also an
organisation or place of the article ("proposé par Washington") with that entity.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from storyline.analysis.entity_names import NameSpan
from storyline.models import EntityType
from storyline.spelling import edit_distance_at_most_one, fold

if TYPE_CHECKING:
    from spacy.tokens import Doc

PARTICLES = frozenset({"de", "du", "des", "d'", "van", "von", "der", "den", "le", "la", "al", "el", "ben",
                       "bin"})
TYPE_PRIORITY: dict[str, int] = {"PER": 3, "ORG": 2, "LOC": 1, "MISC": 0}
LEADING = frozenset({"le", "la", "les", "a"})  # "La Yougoslavie" = "Yougoslavie", "A Belgrade"


@dataclass
class Group:
    """The named mentions of one entity, in reading order."""

    key: str
    spans: list[NameSpan] = field(default_factory=list)
    names: list[str] = field(default_factory=list)

    def type(self) -> EntityType:
        votes = Counter(s.type for s in self.spans)
        if votes["PER"] and len(votes) > 1 and all(len(words(n)) == 1 for n in self.names):
            del votes["PER"]  # a one-word organisation or place the model also took for a person
        acting = any(s.acts and s.type == "ORG" for s in self.spans)
        if votes["ORG"] and (votes["LOC"] or votes["PER"]) and acting:
            return "ORG"
        return max(votes, key=lambda t: (votes[t], TYPE_PRIORITY[t]))

    def name(self) -> str:
        counts = Counter(self.names)
        return max(counts, key=lambda n: (len(bare_words(n)), len(bare_words(n)) == len(words(n)),
                                          counts[n], len(n)))


def words(name: str) -> list[str]:
    """Folded words of a name, elided articles dropped: "l'Atlantique" -> "atlantique"."""
    found = []
    for word in fold(name).replace("-", " ").split():
        head, _, rest = word.partition("'")
        found.append(rest if rest and len(head) <= 2 else word)
    return [w for w in found if w]


def bare_words(name: str) -> list[str]:
    """Words of a name without a leading article or swallowed preposition: "La France" -> ["france"]."""
    found = words(name)
    return found[1:] if len(found) > 1 and found[0] in LEADING else found


def surname(name: str) -> str:
    tokens = words(name)
    return tokens[-1] if tokens else ""


def first_name(name: str) -> str | None:
    tokens = [w for w in words(name) if w not in PARTICLES]
    return tokens[0] if len(tokens) > 1 else None


def group_names(doc: Doc, spans: Sequence[NameSpan]) -> list[Group]:
    """One group per entity, keys "E1", "E2"… in order of first mention."""
    groups: list[Group] = []
    people: list[tuple[str, str | None, Group]] = []  # (surname, first name, group)
    others: dict[str, Group] = {}
    pending_bare: list[tuple[NameSpan, str]] = []

    def new_group() -> Group:
        group = Group(key=f"E{len(groups) + 1}")
        groups.append(group)
        return group

    for span in spans:
        name = span.name(doc)
        if span.type == "PER":
            last, first = surname(name), first_name(name)
            if first is None and len(words(name)) == 1 and " ".join(words(name)) in others \
                    and not any(p[0] == last and p[1] for p in people):
                _add(others[" ".join(words(name))], span, name)
                continue
            group = _person_group(people, last, first)
            if group is None and first is None:
                pending_bare.append((span, last))
                continue
            if group is None:
                group = new_group()
                people.append((last, first, group))
            _add(group, span, name)
        else:
            key = " ".join(bare_words(name))
            group = others.get(key) or _acronym_group(others, name)
            if group is None:
                group = new_group()
                others[key] = group
            _add(group, span, name)
    for span, last in pending_bare:  # a surname met before its full name, or never completed
        group = _person_group(people, last, None) or others.get(" ".join(words(span.name(doc))))
        if group is None:
            group = new_group()
            people.append((last, None, group))
        _add(group, span, span.name(doc))
    groups = _surnames_join_people(groups, people, others)
    for group in groups:
        group.spans.sort(key=lambda s: s.start)
    return groups


def _surnames_join_people(groups: list[Group], people: list[tuple[str, str | None, Group]],
                          others: dict[str, Group]) -> list[Group]:
    """'de Raffarin' tagged as a place beside 'Jean-Pierre Raffarin': a one-word name that is
    the surname of exactly one person of the article with a first name is that person."""
    gone: set[str] = set()
    for key, group in others.items():
        if " " in key or any(s.acts for s in group.spans):
            continue
        owners = {id(g): g for last, first, g in people if last == key and first}
        if len(owners) == 1:
            person = next(iter(owners.values()))
            person.spans.extend(group.spans)
            person.names.extend(group.names)
            gone.add(group.key)
    return [g for g in groups if g.key not in gone]


def _add(group: Group, span: NameSpan, name: str) -> None:
    group.spans.append(span)
    group.names.append(name)


def _person_group(people: list[tuple[str, str | None, Group]], last: str, first: str | None) -> Group | None:
    """The latest person whose surname and first name agree with (``last``, ``first``)."""
    for known_last, known_first, group in reversed(people):
        same = known_last == last or (len(last) >= 5 and edit_distance_at_most_one(known_last, last)
                                      and first is not None and first == known_first)
        if not same:
            continue
        if first is None or known_first is None or _first_names_agree(first, known_first):
            return group
    return None


def _first_names_agree(a: str, b: str) -> bool:
    return a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b)) \
        or (len(a) >= 5 and edit_distance_at_most_one(a, b))


def _acronym_group(others: dict[str, Group], name: str) -> Group | None:
    """'OTAN' for 'Organisation du traité de l'Atlantique nord', either way round."""
    letters = name.replace(".", "")
    if letters.isupper() and 2 <= len(letters) <= 6:
        for group in others.values():
            if _initials(group.names[0]) == letters.lower():
                return group
    for key, group in others.items():
        short = key.replace(" ", "")
        if group.names[0].replace(".", "").isupper() and short == _initials(name):
            return group
    return None


def _initials(name: str) -> str:
    return "".join(w[0] for w in words(name) if w not in PARTICLES and len(w) > 1)

